"""Weighing a draft or received batch: scan (or step through), weigh, decide, then accept.

The item a captured weight belongs to is the *target*: the item just scanned, clicked or
reached by stepping. A weight is recorded only for a target; after that the target is cleared
(or moves on in step mode), so an item left on the platform is never recorded twice and the
next item's weight never lands on the previous one. F5 makes the selected item the target
again and re-reads the platform.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import NotFound
from postdesk.devices.scales.readings import Weighing
from postdesk.models.batches import BatchStatus
from postdesk.postal.weighing import WeightCheck, WeightDecision
from postdesk.services.counter.batch_views import BatchSummary, ItemView
from postdesk.services.counter.weighing import PackResult, WeighingResult
from postdesk.ui.context import UiContext
from postdesk.ui.counter.accept_flow import AcceptFlow
from postdesk.ui.counter.dialogs import ManualWeightDialog, PackDialog, whole_grams
from postdesk.ui.counter.item_model import ItemFilter, ItemTableModel, size_columns
from postdesk.ui.counter.panels import DiscrepancyPanel, SummaryPanel
from postdesk.ui.counter.scale_display import ScaleDisplay
from postdesk.ui.counter.summary_refresh import SummaryRefresher
from postdesk.ui.counter.texts import batch_status_text
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
        self.dialog: ManualWeightDialog | PackDialog | None = None
        self.scale: Any | None = ctx.devices.get("scale")
        self.flow = AcceptFlow(self)
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
        self.pack_button = QPushButton(self.tr("Weigh a pack…"), self)
        self.discrepancy = DiscrepancyPanel(self)
        self.summary = SummaryPanel(self)
        self.admission = AdmissionBanner(self.ctx, self)
        self.summary_refresher = SummaryRefresher(
            self.ctx, self.summary, lambda: self.batch.id if self.batch is not None else None
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
        right.addWidget(self.discrepancy)
        right.addWidget(self.summary)
        right.addStretch(1)
        right.addWidget(self.flow.progress_row())
        right.addWidget(self.queue_button)
        right.addWidget(self.accept_button)
        right_holder = QWidget(self)
        right_holder.setLayout(right)
        right_holder.setFixedWidth(400)
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
        self.recapture_button.clicked.connect(self.weigh_again)
        self.manual_button.clicked.connect(self.open_manual_weight)
        self.pack_button.clicked.connect(self.open_pack)
        self.discrepancy.decided.connect(self.decide)
        self.accept_button.clicked.connect(self.flow.accept)
        self.queue_button.clicked.connect(self.flow.register_received)
        shortcuts = [
            ("F2", self.focus_scan),
            ("F5", self.weigh_again),
            ("F8", self.open_manual_weight),
            ("Ctrl+Return", self.flow.accept),
            ("Ctrl+Enter", self.flow.accept),
            ("Esc", self.back.emit),
        ]
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        QWidget.setTabOrder(self.scan_edit, self.step_check)
        QWidget.setTabOrder(self.step_check, self.filter_combo)
        QWidget.setTabOrder(self.filter_combo, self.table)
        QWidget.setTabOrder(self.table, self.recapture_button)
        QWidget.setTabOrder(self.recapture_button, self.manual_button)
        QWidget.setTabOrder(self.manual_button, self.pack_button)
        QWidget.setTabOrder(self.pack_button, self.queue_button)
        QWidget.setTabOrder(self.queue_button, self.accept_button)

    # --- opening -------------------------------------------------------------------------------
    def open_batch(self, batch: BatchSummary) -> None:
        self.batch = batch
        self.target_id, self.pack_ids, self.checks = None, [], {}
        self.discrepancy.clear()
        self.title_label.setText(
            self.tr("%1 · list № %2 · %3 · %n item(s)", "", batch.items_count)
            .replace("%1", batch.client_name)
            .replace("%2", batch.list_number or str(batch.id))
            .replace("%3", batch_status_text(batch.status))
        )
        self.queue_button.setVisible(batch.status is BatchStatus.DRAFT)
        self._show_target()
        self._say("")
        actor, batches = self.ctx.actor, self.ctx.core.batches
        self.ctx.tasks.run(lambda: batches.items(actor, batch.id), self._loaded)
        self.admission.refresh(batch.id)
        if self.scale is not None:
            self.scale.begin_capture()
        self.focus_scan()

    def _loaded(self, items: list[ItemView]) -> None:
        self.model.set_rows(items)
        self.refresh_summary()
        if self.step_check.isChecked():
            self.step_next()

    def focus_scan(self) -> None:
        self.scan_edit.setFocus()
        self.scan_edit.selectAll()

    # --- choosing the item ---------------------------------------------------------------------
    def scan(self) -> None:
        code = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if not code or self.batch is None:
            return
        actor, batch_id = self.ctx.actor, self.batch.id

        def found(item: ItemView) -> None:
            self.select_item(item.id)
            self._say(self.tr("Found: item № %1. Put it on the scale.").replace("%1", str(item.seq)))

        def missing(error: BaseException) -> bool:
            if isinstance(error, NotFound):
                self._say(error.message, error=True)
                return True
            return False

        self.ctx.tasks.run(lambda: self.ctx.core.batches.find_item(actor, batch_id, code), found, missing)

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
        actor, batch_id = self.ctx.actor, self.batch.id

        def reached(item: ItemView | None) -> None:
            if item is None:
                self.target_id = None
                self._show_target()
                self._say(self.tr("Every item is weighed."))
            else:
                self.select_item(item.id)

        self.ctx.tasks.run(lambda: self.ctx.core.batches.next_unweighed(actor, batch_id), reached)

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
                    .replace("%3", str(item.declared_mass_g))
                )
        self.target_label.setText(text)

    def _say(self, text: str, *, error: bool = False) -> None:
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
            self._say(self.tr("Scan the item's identifier before putting it on the scale."), error=True)

    def record(self, item_id: int, mass_g: int, *, manual: bool = False) -> None:
        actor, weighing = self.ctx.actor, self.ctx.core.weighing
        self.target_id = None
        self.ctx.tasks.run(
            lambda: weighing.record_weight(actor, item_id, mass_g, manual=manual), self._recorded
        )

    def _recorded(self, result: WeighingResult) -> None:
        item = result.item
        self.model.update_items([item])
        self.checks[item.id] = result.check
        if result.needs_decision:
            self.select_item(item.id)
            self.target_id = None
            self.discrepancy.show_item(item, result.check)
            self._say(
                self.tr("Item № %1: the weight is outside the tolerance.").replace("%1", str(item.seq)),
                error=True,
            )
        else:
            self.discrepancy.clear()
            self._say(
                self.tr("Item № %1 weighed: %2 g.")
                .replace("%1", str(item.seq))
                .replace("%2", str(item.weighed_mass_g))
            )
            self._after_item()
        self._show_target()
        self.refresh_summary()

    def _after_item(self) -> None:
        if self.step_check.isChecked():
            self.step_next()

    def weigh_again(self) -> None:
        """F5: the selected item is weighed (again) from what is on the platform now."""
        item = self.current_item()
        if item is None:
            return
        self.target_id = item.id
        self._show_target()
        if self.scale is not None:
            self.scale.begin_capture()

    def open_manual_weight(self) -> ManualWeightDialog | None:
        item = self.current_item()
        if item is None or self.batch is None:
            self._say(self.tr("Choose the item first (scan its identifier)."), error=True)
            return None
        dialog = ManualWeightDialog(item, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.record(item.id, dialog.grams, manual=True))
        dialog.open()
        return dialog

    def decide(self, decision: WeightDecision) -> None:
        item_ids = list(self.discrepancy.item_ids)
        if not item_ids:
            return
        actor, weighing = self.ctx.actor, self.ctx.core.weighing

        def done(items: list[ItemView]) -> None:
            self.model.update_items(items)
            self.discrepancy.clear()
            self.refresh_summary()
            self._after_item()

        self.ctx.tasks.run(lambda: weighing.decide(actor, item_ids, decision), done)

    # --- packs ---------------------------------------------------------------------------------
    def open_pack(self) -> PackDialog | None:
        selected = self.selected_items()
        start = self.model.row_of(selected[0].id) if selected else None
        if start is None or self.batch is None:
            self._say(self.tr("Select the first letter of the stack in the list."), error=True)
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
        dialog.open()
        return dialog

    def weigh_pack(self, total_g: int, *, manual: bool) -> None:
        assert self.batch is not None
        actor, batch_id, ids = self.ctx.actor, self.batch.id, list(self.pack_ids)
        self.pack_ids = []

        def done(result: PackResult) -> None:
            self.model.update_items(result.items)
            if result.needs_decision:
                self.discrepancy.show_pack(list(result.items), result.check)
            else:
                self.discrepancy.clear()
                self._say(self.tr("The pack of %n item(s) is within the tolerance.", "", len(result.items)))
            self._show_target()
            self.refresh_summary()

        def failed(_error: BaseException) -> bool:
            self._show_target()
            return False

        self.ctx.tasks.run(
            lambda: self.ctx.core.weighing.weigh_pack(actor, batch_id, ids, total_g, manual=manual),
            done,
            failed,
        )

    # --- summary -------------------------------------------------------------------------------
    def refresh_summary(self) -> None:
        self.summary_refresher.refresh()
