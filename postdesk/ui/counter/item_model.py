"""The items of one batch as a table: fast for tens of thousands of rows.

Rows are plain :class:`ItemView` values kept in a list with an id → row index, so a weighing
updates one row (``dataChanged``) instead of reloading the table, and says which items changed
(``items_updated``) so the summary follows without re-reading the batch. Cells are computed on
demand; the filter proxy looks at the row's state only.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from typing import ClassVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from postdesk.common.weights import grams
from postdesk.services.counter.batch_views import ItemView
from postdesk.ui.counter.texts import ItemState, item_state_key, item_state_text

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

SEQ, BARCODE, RECIPIENT, DECLARED, WEIGHED, DIFFERENCE, STATE, MANUAL = range(8)

# Unweighed rows keep the table's own background.
_BACKGROUNDS = {
    ItemState.UNDECIDED: QColor("#FDE2E1"),
    ItemState.RETURNED: QColor("#EEEEEE"),
    ItemState.TAKE_ACTUAL: QColor("#FFF4D6"),
    ItemState.WITHIN: QColor("#E6F4EA"),
    ItemState.ACCEPTED: QColor("#E6F4EA"),
    ItemState.VOIDED: QColor("#EEEEEE"),
}
_BRUSHES = {state: QBrush(colour) for state, colour in _BACKGROUNDS.items()}


# What a painted cell is asked for, as plain ints (compared once per role of every cell).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_NUMBERS = frozenset({SEQ, DECLARED, WEIGHED, DIFFERENCE})
# The other roles a view paints with; the model leaves them to the view's defaults.
_UNUSED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.DecorationRole,
    )
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

COLUMN_WIDTHS = {SEQ: 44, BARCODE: 122, DECLARED: 86, WEIGHED: 86, DIFFERENCE: 80, MANUAL: 64}
SHARED_COLUMNS = (RECIPIENT, STATE)  # share what is left, elided, whole in their tooltips


def size_columns(view: QTableView) -> None:
    """Fixed widths for the numbers (sizing to contents would read every one of 10,000 rows); the
    recipient and the state share the rest, so the table never scrolls sideways at 1280 px."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    for column, width in COLUMN_WIDTHS.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    for column in SHARED_COLUMNS:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)


class ItemTableModel(QAbstractTableModel):
    """Columns: №, ШПИ, recipient, declared g, weighed g, difference, state, manual marker.

    Signals: items_updated(list[ItemView]) — rows replaced by ``update_items``.
    """

    items_updated = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ItemView] = []
        self._row_of: dict[int, int] = {}
        self._headers = [
            self.tr("№"),
            self.tr("Identifier"),
            self.tr("Recipient"),
            self.tr("Declared, g"),
            self.tr("Weighed, g"),
            self.tr("Difference, g"),
            self.tr("State"),
            self.tr("Manual"),
        ]

    def set_rows(self, rows: list[ItemView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._row_of = {item.id: n for n, item in enumerate(rows)}
        self.endResetModel()
        # The rows live as long as the screen: out of the collector's full passes, which would
        # otherwise rescan 200,000 rows now and then in the middle of a weighing. Rows are freed
        # by reference counting when replaced, frozen or not.
        gc.freeze()

    def update_items(self, items: Iterable[ItemView]) -> None:
        updated = []
        for item in items:
            row = self._row_of.get(item.id)
            if row is None:
                continue
            self.rows[row] = item
            updated.append(item)
            self.dataChanged.emit(self.index(row, 0), self.index(row, MANUAL))
        if updated:
            self.items_updated.emit(updated)

    def row_of(self, item_id: int) -> int | None:
        return self._row_of.get(item_id)

    def item(self, row: int) -> ItemView:
        return self.rows[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        return self._value(self.rows[index.row()], index.column(), role)

    def multiData(self, index: _Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """All the roles a cell is painted with, in one call: Qt would otherwise call ``data``
        once per role, seven calls into Python per cell, for every row a scan scrolls into view.
        Every role is answered or cleared: the view hands in the same span cell after cell."""
        item = self.rows[index.row()]
        column = index.column()
        roles = [span] if isinstance(span, QModelRoleData) else cast(Iterable[QModelRoleData], span)
        for role_data in roles:
            role = role_data.role()
            value: object
            if role == _DISPLAY:
                value = self._display(item, column)
            elif role == _BACKGROUND:
                value = _BRUSHES.get(item_state_key(item))
            elif role == _ALIGNMENT:
                value = _RIGHT if column in _NUMBERS else None
            elif role in _UNUSED_ROLES:
                value = None
            else:  # anything else (a tooltip...) as ``data`` answers it
                value = self._value(item, column, role)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, item: ItemView, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _BACKGROUNDS.get(item_state_key(item))
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SEQ, DECLARED, WEIGHED, DIFFERENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == MANUAL and item.manual_weight:
            return self.tr("The weight was entered by hand")
        if role == Qt.ItemDataRole.ToolTipRole and column in SHARED_COLUMNS:
            return self._display(item, column)
        return None

    def _display(self, item: ItemView, column: int) -> str | int:
        if column == SEQ:
            return item.seq
        if column == BARCODE:
            return item.barcode or self.tr("(assigned at acceptance)")
        if column == RECIPIENT:
            return item.recipient_name
        if column == DECLARED:
            return grams(item.declared_mass_g)
        if column == WEIGHED:
            return grams(item.weighed_mass_g) if item.weighed_mass_g is not None else ""
        if column == DIFFERENCE:
            if item.weighed_mass_g is None:
                return ""
            diff = item.weighed_mass_g - item.declared_mass_g
            return ("+" if diff > 0 else "") + grams(diff)
        if column == STATE:
            return item_state_text(item)
        return self.tr("by hand") if item.manual_weight else ""


class ItemFilter(QSortFilterProxyModel):
    """All items, only those not weighed yet, or only discrepancies (waiting, taken or handed back)."""

    ALL, UNWEIGHED, DISCREPANCIES = range(3)
    _KEYS: ClassVar[dict[int, frozenset[str]]] = {
        UNWEIGHED: frozenset({"unweighed"}),
        DISCREPANCIES: frozenset({"undecided", "take_actual", "returned"}),
    }

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = self.ALL

    def set_mode(self, mode: int) -> None:
        self.beginFilterChange()
        self.mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def multiData(self, index: _Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Passed to the items' own ``multiData`` (the proxy would ask them one role at a time)."""
        model = self.sourceModel()
        assert isinstance(model, ItemTableModel)
        model.multiData(self.mapToSource(index), span)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        keys = self._KEYS.get(self.mode)
        if keys is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, ItemTableModel)
        return item_state_key(model.item(source_row)) in keys
