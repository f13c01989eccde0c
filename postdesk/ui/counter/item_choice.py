"""Choosing the item to weigh: the scan field, the table's selection and the weighing target.

The scan field owns the keyboard (every step gives the focus back to it). A scan, a click or
a step through the list makes an item the *target* the next captured weight is recorded for.
Part of :class:`~postdesk.ui.counter.weighing_view.WeighingView`, kept apart for its size.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QTableView, QWidget

from postdesk.common.errors import NotFound
from postdesk.postal.weighing import WeightCheck, WeightDecision
from postdesk.services.counter.batch_views import BatchSummary, ItemView
from postdesk.ui.context import UiContext
from postdesk.ui.counter.item_model import ItemFilter, ItemTableModel
from postdesk.ui.counter.panels import DiscrepancyPanel

if TYPE_CHECKING:
    _ViewBase = QWidget
else:
    _ViewBase = object

_OK_STYLE = "color: #1E7B34;"
_ERROR_STYLE = "color: #B3261E; font-weight: bold;"


class ItemChoice(_ViewBase):
    """Finds, selects and announces the item to weigh next; keeps the keyboard on the scan field."""

    # The view's state and widgets that its parts share (set by the view and its layout).
    ctx: UiContext
    batch: BatchSummary | None
    target_id: int | None
    pack_ids: list[int]
    checks: dict[int, WeightCheck]
    model: ItemTableModel
    proxy: ItemFilter
    table: QTableView
    scan_edit: QLineEdit
    scan_status: QLabel
    target_label: QLabel
    step_check: QCheckBox
    filter_combo: QComboBox
    discrepancy: DiscrepancyPanel
    _show_target: Callable[[], None]

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

    def say(self, text: str, *, error: bool = False) -> None:
        self.scan_status.setText(text)
        self.scan_status.setVisible(bool(text))
        self.scan_status.setStyleSheet(_ERROR_STYLE if error else _OK_STYLE)
