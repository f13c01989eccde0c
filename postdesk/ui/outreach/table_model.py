"""The prospects as a table: overdue next actions red, those due today amber."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.money import format_kop
from postdesk.services.outreach.prospect_data import STAGE_TITLES, ProspectRow

OVERDUE_BRUSH = QBrush(QColor("#f8d7da"))
DUE_TODAY_BRUSH = QBrush(QColor("#fff3cd"))

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ProspectTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ProspectTable", "Organisation"),
        QT_TRANSLATE_NOOP("ProspectTable", "INN"),
        QT_TRANSLATE_NOOP("ProspectTable", "Stage"),
        QT_TRANSLATE_NOOP("ProspectTable", "Next action"),
        QT_TRANSLATE_NOOP("ProspectTable", "Due"),
        QT_TRANSLATE_NOOP("ProspectTable", "Owner"),
        QT_TRANSLATE_NOOP("ProspectTable", "Competitor"),
        QT_TRANSLATE_NOOP("ProspectTable", "Their price, ₽"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ProspectRow] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[ProspectRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = dt.date.today()
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("ProspectTable", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.overdue:
                return OVERDUE_BRUSH
            if row.next_action_on == self.today:
                return DUE_TODAY_BRUSH
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (
            row.name,
            row.inn,
            QCoreApplication.translate("Prospects", STAGE_TITLES[row.stage]),
            row.next_action,
            row.next_action_on.strftime("%d.%m.%Y") if row.next_action_on else "",
            row.owner_login,
            row.competitor_name,
            format_kop(row.competitor_price_kop, dash=""),
        )
        return values[index.column()]
