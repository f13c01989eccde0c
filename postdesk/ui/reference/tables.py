"""Filling a read-only table from rows of text: the reference tables are small and shown whole."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

WARNING_BRUSH = QBrush(QColor("#fff3cd"))


def day_of(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def read_only_table(parent: QWidget, name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], marked: Sequence[bool] = ()) -> None:
    """Replace the rows; a marked row is highlighted (low stock, a range running out)."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if r < len(marked) and marked[r]:
                item.setBackground(WARNING_BRUSH)
            table.setItem(r, c, item)


def selected_row(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None
