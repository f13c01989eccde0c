"""Weighing a draft or received batch: scan (or step through), weigh, decide, then accept.

The item a captured weight belongs to is the *target*: the item just scanned, clicked or
reached by stepping. A weight is recorded only for a target; after that the target is cleared
(or moves on in step mode), so an item left on the platform is never recorded twice and the
next item's weight never lands on the previous one. F5 makes the selected item the target
again and re-reads the platform (asking first when that would replace a weight typed by hand).

The scan field owns the keyboard: after every decision, dialog, pack and error the focus
returns to it, and keys typed elsewhere in the view are handed to it (``scanner_focus``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import NotFound
from postdesk.common.weights import grams, whole_grams
from postdesk.devices.scales.readings import Weighing
from postdesk.models.batches import BatchStatus
from postdesk.postal.mailclasses import MailCategory
from postdesk.postal.weighing import WeightCheck, WeightDecision
from postdesk.services.counter.batch_views import BatchSummary, ItemView
from postdesk.services.counter.weighing import PackResult, WeighingResult
from postdesk.ui.context import UiContext
from postdesk.ui.counter.accept_flow import AcceptFlow
from postdesk.ui.counter.dialogs import FormDialog, ManualWeightDialog, PackDialog
from postdesk.ui.counter.draft_actions import DraftActions
from postdesk.ui.counter.item_model import ItemFilter, ItemTableModel, size_columns
from postdesk.ui.counter.panels import DiscrepancyPanel, SummaryPanel
from postdesk.ui.counter.scale_display import ScaleDisplay
from postdesk.ui.counter.scanner_focus import ScanKeyForwarder
from postdesk.ui.counter.summary_refresh import SummaryRefresher
from postdesk.ui.counter.texts import batch_status_text, list_number_text
from postdesk.ui.money.admission_banner import AdmissionBanner

_OK_STYLE = "color: #1E7B34;"
_ERROR_STYLE = "color: #B3261E; font-weight: bold;"


class WeighingView(QWidget):
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

    # --- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Batches (Esc)"), self)
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.scan_edit = QLineEdit(self)
        self.scan_edit.setObjectName("scanField")
        font = QFont(self.scan_edit.font())
        font.setPointSize(16)
        self.scan_edit.setFont(font)
        self.scan_edit.setPlaceholderText(self.tr("Scan or type the identifier and press Enter (F2)"))
        self.scan_edit.setClearButtonEnabled(True)
        self.scan_status = QLabel(self)
        self.scan_status.setWordWrap(True)
        self.step_check = QCheckBox(self.tr("Step through the list in order"), self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.addItems([self.tr("All items"), self.tr("Not weighed"), self.tr("Discrepancies")])
        self.model = ItemTableModel(self)
        self.proxy = ItemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        size_columns(self.table)

        self.scale_display = ScaleDisplay(self.scale, self)
        self.target_label = QLabel(self)
        self.target_label.setWordWrap(True)
        self.target_label.setStyleSheet("font-weight: bold;")
        self.recapture_button = QPushButton(self.tr("Weigh again (F5)"), self)
        self.manual_button = QPushButton(self.tr("Manual weight… (F8)"), self)
        self.pack_button = QPushButton(self.tr("Weigh a pack… (F9)"), self)
        self.hand_back_button = QPushButton(self.tr("Hand back… (F7)"), self)
        self.hand_back_button.setToolTip(
            self.tr("Return the selected item to the client; it is not accepted")
        )
        self.fix_button = QPushButton(self.tr("Fix… (Ctrl+E)"), self)
        self.fix_button.setToolTip(self.tr("Fix the declared data of the selected item before acceptance"))
        self.remove_button = QPushButton(self.tr("Remove… (Ctrl+Del)"), self)
        self.remove_button.setToolTip(self.tr("Take the selected item out of the list: it is not handed in"))
        self.discrepancy = DiscrepancyPanel(self)
        self.summary = SummaryPanel(self)
        self.admission = AdmissionBanner(self.ctx, self)
        self.summary_refresher = SummaryRefresher(
            self.ctx, self.summary, self.model, lambda: self.batch.id if self.batch is not None else None
        )
        self.accept_button = QPushButton(self.tr("Accept batch (Ctrl+Enter)"), self)
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.setStyleSheet("font-weight: bold; padding: 6px;")
        self.queue_button = QPushButton(self.tr("Accept without the client waiting"), self)
        self.queue_button.setToolTip(
            self.tr("Register the batch as received: any operator accepts it later (if the contract allows)")
        )

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        left = QVBoxLayout()
        left.addWidget(self.scan_edit)
        left.addWidget(self.scan_status)
        tools = QHBoxLayout()
        tools.addWidget(self.step_check)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Show:"), self))
        tools.addWidget(self.filter_combo)
        left.addLayout(tools)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(self.scale_display)
        right.addWidget(self.target_label)
        weigh_buttons = QHBoxLayout()
        weigh_buttons.addWidget(self.recapture_button)
        weigh_buttons.addWidget(self.manual_button)
        right.addLayout(weigh_buttons)
        right.addWidget(self.pack_button)
        draft_buttons = QHBoxLayout()
        for button in (self.hand_back_button, self.fix_button, self.remove_button):
            draft_buttons.addWidget(button)
        right.addLayout(draft_buttons)
        right.addWidget(self.discrepancy)
        right.addWidget(self.summary)
        right.addStretch(1)
        right.addWidget(self.flow.progress_row())
        right.addWidget(self.queue_button)
        right.addWidget(self.accept_button)
        right_holder = QWidget(self)
        right_holder.setLayout(right)
        right_holder.setFixedWidth(360)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(right_holder)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.admission)
        layout.addLayout(body, 1)

        self.back_button.clicked.connect(self.back)
        self.scan_edit.returnPressed.connect(self.scan)
        self.filter_combo.currentIndexChanged.connect(self.proxy.set_mode)
        self.table.clicked.connect(lambda _index: self._target_selected())
        self.table.activated.connect(lambda _index: self._target_selected())
        self.step_check.toggled.connect(lambda _on: self.focus_scan())
        self.filter_combo.activated.connect(lambda _i: self.focus_scan())
        self.recapture_button.clicked.connect(self.weigh_again)
        self.manual_button.clicked.connect(self.open_manual_weight)
        self.pack_button.clicked.connect(self.open_pack)
        self.hand_back_button.clicked.connect(self.drafts.hand_back)
        self.fix_button.clicked.connect(self.drafts.fix)
        self.remove_button.clicked.connect(self.drafts.remove)
        self.discrepancy.decided.connect(self.decide)
        self.accept_button.clicked.connect(self.flow.accept)
        self.queue_button.clicked.connect(self.flow.register_received)
        self.forwarder = ScanKeyForwarder(self.scan_edit)
        self.forwarder.watch(
            [
                self.table,
                self.back_button,
                self.step_check,
                self.recapture_button,
                self.manual_button,
                self.pack_button,
                self.hand_back_button,
                self.fix_button,
                self.remove_button,
                self.discrepancy.take_button,
                self.discrepancy.return_button,
                self.queue_button,
                self.accept_button,
            ]
        )
        QWidget.setTabOrder(self.scan_edit, self.step_check)
        QWidget.setTabOrder(self.step_check, self.filter_combo)
        QWidget.setTabOrder(self.filter_combo, self.table)
        QWidget.setTabOrder(self.table, self.recapture_button)
        QWidget.setTabOrder(self.recapture_button, self.manual_button)
        QWidget.setTabOrder(self.manual_button, self.pack_button)
        QWidget.setTabOrder(self.pack_button, self.queue_button)
        QWidget.setTabOrder(self.queue_button, self.accept_button)

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

    def focus_scan(self) -> None:
        self.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan_edit.selectAll()

    def dialog_closed(self) -> None:
        """A dialog of the view closed: its window gets the keyboard back, on the scan field."""
        if self.isVisible() and QApplication.activeModalWidget() is None:
            self.window().activateWindow()
        self.focus_scan()

    def failed(self, _error: BaseException) -> bool:
        """Any failed step: the message is shown by the task runner, the keyboard goes back to scanning."""
        self.focus_scan()
        return False

    # --- choosing the item ---------------------------------------------------------------------
    def scan(self) -> None:
        code = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if not code or self.batch is None:
            return
        batch_id = self.batch.id

        def found(item: ItemView) -> None:
            self.select_item(item.id)
            self.say(self.tr("Found: item № %1. Put it on the scale.").replace("%1", str(item.seq)))
            self.focus_scan()

        def missing(error: BaseException) -> bool:
            self.focus_scan()
            if isinstance(error, NotFound):
                self.say(error.message, error=True)
                return True
            return False

        self.ctx.tasks.start(self.ctx.ops.counter.find_item(batch_id, code), found, missing)

    def select_item(self, item_id: int) -> None:
        """Select the item in the table (showing all items if the filter hid it) and weigh it next."""
        row = self.model.row_of(item_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter_combo.setCurrentIndex(ItemFilter.ALL)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self._target_selected()

    def selected_items(self) -> list[ItemView]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item(r) for r in rows]

    def current_item(self) -> ItemView | None:
        index = self.table.currentIndex()
        return self.model.item(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def _target_selected(self) -> None:
        item = self.current_item()
        self.target_id = item.id if item is not None else None
        self.pack_ids = []
        if item is not None and item.weight_decision is WeightDecision.UNDECIDED:
            self.discrepancy.show_item(item, self.checks.get(item.id))
        else:
            self.discrepancy.clear()
        self._show_target()

    def step_next(self) -> None:
        if self.batch is None:
            return
        batch_id = self.batch.id

        def reached(item: ItemView | None) -> None:
            if item is None:
                self.target_id = None
                self._show_target()
                self.say(self.tr("Every item is weighed."))
            else:
                self.select_item(item.id)

        self.ctx.tasks.start(self.ctx.ops.counter.next_unweighed(batch_id), reached)

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

    def say(self, text: str, *, error: bool = False) -> None:
        self.scan_status.setText(text)
        self.scan_status.setVisible(bool(text))
        self.scan_status.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE)

    # --- weighing ------------------------------------------------------------------------------
    def on_weighing(self, weighing: Weighing) -> None:
        """A stable weight was captured (or typed): record it for the target item or pack."""
        if self.batch is None or not self.isVisible() or self.flow.busy:
            return
        if self.pack_ids:
            self.weigh_pack(whole_grams(weighing.grams), manual=weighing.manual)
        elif self.target_id is not None:
            self.record(self.target_id, whole_grams(weighing.grams), manual=weighing.manual)
        else:
            self.say(self.tr("Scan the item's identifier before putting it on the scale."), error=True)

    def record(self, item_id: int, mass_g: int, *, manual: bool = False) -> None:
        self.target_id = None
        self.ctx.tasks.start(
            self.ctx.ops.counter.record_weight(item_id, mass_g, manual=manual), self._recorded, self.failed
        )

    def _recorded(self, result: WeighingResult) -> None:
        item = result.item
        self.model.update_items([item])
        self.checks[item.id] = result.check
        if result.needs_decision:
            self.select_item(item.id)
            self.target_id = None
            self.discrepancy.show_item(item, result.check)
            self.say(
                self.tr("Item № %1: the weight is outside the tolerance.").replace("%1", str(item.seq)),
                error=True,
            )
        else:
            self.discrepancy.clear()
            self.say(
                self.tr("Item № %1 weighed: %2 g.")
                .replace("%1", str(item.seq))
                .replace("%2", grams(item.weighed_mass_g or 0))
            )
            self._after_item()
        self._show_target()
        self.refresh_summary()
        self.focus_scan()

    def _after_item(self) -> None:
        if self.step_check.isChecked():
            self.step_next()

    def weigh_again(self) -> None:
        """F5: the selected item is weighed (again) from what is on the platform now."""
        item = self.current_item()
        if item is None:
            return
        if item.manual_weight and not self._replace_manual_weight(item):
            self.focus_scan()
            return
        self.target_id = item.id
        self._show_target()
        if self.scale is not None:
            self.scale.begin_capture()
        self.focus_scan()

    def _replace_manual_weight(self, item: ItemView) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Weigh again"),
            self.tr("Item № %1 has a weight entered by hand, %2 g. Replace it with the weight on the scale?")
            .replace("%1", str(item.seq))
            .replace("%2", grams(item.weighed_mass_g or 0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_manual_weight(self) -> ManualWeightDialog | None:
        item = self.current_item()
        if item is None or self.batch is None:
            self.say(self.tr("Choose the item first (scan its identifier)."), error=True)
            self.focus_scan()
            return None
        dialog = ManualWeightDialog(item, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.record(item.id, dialog.grams, manual=True))
        dialog.finished.connect(lambda _code: self.dialog_closed())
        dialog.open()
        return dialog

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
