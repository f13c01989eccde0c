"""Table model for the client list (plain summaries, never ORM rows)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.models.clients import ClientStatus
from postdesk.services.clients.data import ClientSummary

STATUS_TITLES = {
    ClientStatus.ACTIVE: QT_TRANSLATE_NOOP("ClientStatus", "Active"),
    ClientStatus.PROSPECT: QT_TRANSLATE_NOOP("ClientStatus", "Prospect"),
    ClientStatus.FORMER: QT_TRANSLATE_NOOP("ClientStatus", "Former"),
}

_COLUMNS = (
    QT_TRANSLATE_NOOP("ClientTable", "Client"),
    QT_TRANSLATE_NOOP("ClientTable", "INN"),
    QT_TRANSLATE_NOOP("ClientTable", "Status"),
    QT_TRANSLATE_NOOP("ClientTable", "Contract"),
    QT_TRANSLATE_NOOP("ClientTable", "Contract ends"),
)

EXPIRING_BACKGROUND = QColor("#fff3cd")

Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ClientSummary] = []

    def set_rows(self, rows: list[ClientSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ClientTable", _COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.short_name
            if column == 1:
                return row.inn
            if column == 2:
                return QCoreApplication.translate("ClientStatus", STATUS_TITLES[row.status])
            if column == 3:
                return row.contract_number
            if column == 4:
                return row.contract_ends_on.strftime("%d.%m.%Y") if row.contract_ends_on else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.expiring:
                return QCoreApplication.translate("ClientTable", "The contract ends soon: time to renew it")
            return row.full_name
        if role == Qt.ItemDataRole.BackgroundRole and row.expiring:
            return QBrush(EXPIRING_BACKGROUND)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
