"""Tables that fit their width: columns sized to their contents, the long text ones sharing the rest.

A table at 1280×720 should never need a horizontal scroll bar. Numbers and dates keep the width
their contents need; the columns of free text (names, topics, states) share what is left and
are elided, their whole text being the cell's tooltip (set by the model or the items).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget


def share_width(view: QTableView, shared: Iterable[int]) -> None:
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in shared:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


def tooltips_from_text(table: QTableWidget, columns: Iterable[int]) -> None:
    """The whole text of the shared columns' cells as their tooltips (the cells may be elided)."""
    for column in columns:
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is not None:
                item.setToolTip(item.text())
