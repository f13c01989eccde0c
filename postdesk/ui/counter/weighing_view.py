"""Weighing a draft or received batch: scan (or step through), weigh, decide, then accept.

The item a captured weight belongs to is the *target*: the item just scanned, clicked or
reached by stepping. A weight is recorded only for a target; after that the target is cleared
(or moves on in step mode), so an item left on the platform is never recorded twice and the
next item's weight never lands on the previous one. F5 makes the selected item the target
again and re-reads the platform (asking first when that would replace a weight typed by hand).

The scan field owns the keyboard: after every decision, dialog, pack and error the focus
returns to it, and keys typed elsewhere in the view are handed to it (``scanner_focus``).

The view is put together from parts: its widgets (``weighing_layout``), choosing the item
(``item_choice``) and recording weights (``weight_entry``); decisions and packs are here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from postdesk.common.weights import grams
from postdesk.models.batches import BatchStatus
from postdesk.postal.mailclasses import MailCategory
from postdesk.postal.weighing import WeightCheck, WeightDecision
from postdesk.services.counter.batch_views import BatchSummary, ItemView
from postdesk.services.counter.weighing import PackResult
from postdesk.ui.context import UiContext
from postdesk.ui.counter.accept_flow import AcceptFlow
from postdesk.ui.counter.dialogs import FormDialog, PackDialog
from postdesk.ui.counter.draft_actions import DraftActions
from postdesk.ui.counter.texts import batch_status_text, list_number_text
from postdesk.ui.counter.weighing_layout import WeighingLayout


class WeighingView(WeighingLayout, QWidget):
    """Signals: back() — return to the batch list; finished(int) — the batch was accepted or queued."""

    back = Signal()
    finished = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch: BatchSummary | None = None
        self.target_id: int | None = None
        self.pack_ids: list[int] = []
        self.checks: dict[int, WeightCheck] = {}
        self.dialog: FormDialog | None = None
        self.scale = ctx.scale
        self.flow = AcceptFlow(self)
        self.drafts = DraftActions(self)
        self._build()
        if self.scale is not None:
            self.scale.weighing_captured.connect(self.on_weighing)

    def key_bindings(self) -> list[tuple[str, Callable[[], object]]]:
        """The counter's keys; the Acceptance page makes them shortcuts of the whole page."""
        return [
            ("F2", self.focus_scan),
            ("F5", self.weigh_again),
            ("F6", self.decide_take_actual),
            ("F7", self.drafts.hand_back),
            ("F8", self.open_manual_weight),
            ("F9", self.open_pack),
            ("Ctrl+E", self.drafts.fix),
            ("Ctrl+Del", self.drafts.remove),
            ("Ctrl+Return", self.flow.accept),
            ("Ctrl+Enter", self.flow.accept),
            ("Esc", self.back.emit),
        ]

    # --- opening -------------------------------------------------------------------------------
    def open_batch(self, batch: BatchSummary) -> None:
        self.batch = batch
        self.target_id, self.pack_ids, self.checks = None, [], {}
        self.discrepancy.clear()
        self.title_label.setText(
            self.tr("%1 · list %2 · %3 · %n item(s)", "", batch.items_count)
            .replace("%1", batch.client_name)
            .replace("%2", list_number_text(batch.list_number))
            .replace("%3", batch_status_text(batch.status))
        )
        self.title_label.setToolTip(self.title_label.text())
        self.queue_button.setVisible(False)
        if batch.status is BatchStatus.DRAFT:
            self.ctx.tasks.start(
                self.ctx.ops.counter.allows_without_client(batch.id), self.queue_button.setVisible
            )
        self._show_target()
        self.say("")
        self.reload_items()
        self.admission.refresh(batch.id)
        if self.scale is not None:
            self.scale.begin_capture()
        self.focus_scan()

    def reload_items(self) -> None:
        if self.batch is not None:
            self.ctx.tasks.start(self.ctx.ops.counter.items(self.batch.id), self._loaded)

    def item_changed(self, item: ItemView) -> None:
        self.model.update_items([item])
        if item.id in self.discrepancy.item_ids or item.id == self.target_id:
            self.discrepancy.clear()
            self.target_id = None
            self._show_target()
        self.refresh_summary()

    def _loaded(self, items: list[ItemView]) -> None:
        self.model.set_rows(items)
        self.refresh_summary()
        if self.step_check.isChecked():
            self.step_next()

    def _show_target(self) -> None:
        if self.pack_ids:
            text = self.tr("Put the pack of %n item(s) on the scale.", "", len(self.pack_ids))
        else:
            row = self.model.row_of(self.target_id) if self.target_id is not None else None
            if row is None:
                text = self.tr("Scan the next item (or choose it in the list).")
            else:
                item = self.model.item(row)
                text = (
                    self.tr("On the scale: item № %1 (%2), declared %3 g")
                    .replace("%1", str(item.seq))
                    .replace("%2", item.barcode or "—")
                    .replace("%3", grams(item.declared_mass_g))
                )
        self.target_label.setText(text)

    def decide_take_actual(self) -> None:
        self.decide(WeightDecision.TAKE_ACTUAL)

    def decide_hand_back(self) -> None:
        self.decide(WeightDecision.HAND_BACK)

    def decide(self, decision: WeightDecision) -> None:
        item_ids = list(self.discrepancy.item_ids)
        if not item_ids:
            return

        def done(items: list[ItemView]) -> None:
            self.model.update_items(items)
            self.discrepancy.clear()
            self.say(
                self.tr("Handed back: %n item(s).", "", len(items))
                if decision is WeightDecision.HAND_BACK
                else self.tr("The actual weight is taken: %n item(s).", "", len(items))
            )
            self.refresh_summary()
            self._after_item()
            self.focus_scan()

        self.ctx.tasks.start(self.ctx.ops.counter.decide(item_ids, decision), done, self.failed)

    # --- packs ---------------------------------------------------------------------------------
    def open_pack(self) -> PackDialog | None:
        selected = [i for i in self.selected_items() if i.mail_category == MailCategory.SIMPLE]
        if not selected:  # from the keyboard: the first simple letter not weighed yet
            selected = [
                i
                for i in self.model.rows
                if i.mail_category == MailCategory.SIMPLE and i.weighed_mass_g is None
            ][:1]
        start = self.model.row_of(selected[0].id) if selected else None
        if start is None or self.batch is None:
            self.say(self.tr("Select the first letter of the stack in the list."), error=True)
            self.focus_scan()
            return None
        candidates = [i for i in self.model.rows[start:] if i.weighed_mass_g is None]
        dialog = PackDialog(len(candidates), len(selected) if len(selected) > 1 else 10, self)
        self.dialog = dialog

        def chosen() -> None:
            self.pack_ids = [i.id for i in candidates[: dialog.count_spin.value()]]
            self.target_id = None
            self._show_target()
            if dialog.total_g is not None:
                self.weigh_pack(dialog.total_g, manual=True)
            elif self.scale is not None:
                self.scale.begin_capture()

        dialog.accepted.connect(chosen)
        dialog.finished.connect(lambda _code: self.dialog_closed())
        dialog.open()
        return dialog

    def weigh_pack(self, total_g: int, *, manual: bool) -> None:
        assert self.batch is not None
        batch_id, ids = self.batch.id, list(self.pack_ids)
        self.pack_ids = []

        def done(result: PackResult) -> None:
            self.model.update_items(result.items)
            if result.needs_decision:
                self.discrepancy.show_pack(list(result.items), result.check)
            else:
                self.discrepancy.clear()
                self.say(self.tr("The pack of %n item(s) is within the tolerance.", "", len(result.items)))
            self._show_target()
            self.refresh_summary()
            self.focus_scan()

        def failed(error: BaseException) -> bool:
            self._show_target()
            return self.failed(error)

        self.ctx.tasks.start(
            self.ctx.ops.counter.weigh_pack(batch_id, ids, total_g, manual=manual), done, failed
        )

    # --- summary -------------------------------------------------------------------------------
    def refresh_summary(self) -> None:
        self.summary_refresher.refresh()
