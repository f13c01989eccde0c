"""The register as a table: overdue rows red, rows due within two working days amber."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.services.feedback.catalogue import CHANNEL_TITLES, KIND_TITLES, STATE_TITLES, TOPIC_TITLES
from postdesk.services.feedback.views import FeedbackView

OVERDUE_BRUSH = QBrush(QColor("#f8d7da"))
DUE_SOON_BRUSH = QBrush(QColor("#fff3cd"))

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _t(text: str) -> str:
    return QCoreApplication.translate("Feedback", text)


SHARED_COLUMNS = (4, 5, 6)  # topic, client, state: elided to fit, whole in the tooltip


class FeedbackTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("FeedbackTable", "Number"),
        QT_TRANSLATE_NOOP("FeedbackTable", "Received"),
        QT_TRANSLATE_NOOP("FeedbackTable", "Kind"),
        QT_TRANSLATE_NOOP("FeedbackTable", "Channel"),
        QT_TRANSLATE_NOOP("FeedbackTable", "Topic"),
        QT_TRANSLATE_NOOP("FeedbackTable", "Client or author"),
        QT_TRANSLATE_NOOP("FeedbackTable", "State"),
        QT_TRANSLATE_NOOP("FeedbackTable", "Answer due"),
        QT_TRANSLATE_NOOP("FeedbackTable", "Claim period ends"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[FeedbackView] = []

    def set_rows(self, rows: list[FeedbackView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("FeedbackTable", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.overdue:
                return OVERDUE_BRUSH
            if item.due_soon:
                return DUE_SOON_BRUSH
            return None
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        wanted = role == Qt.ItemDataRole.DisplayRole or (
            role == Qt.ItemDataRole.ToolTipRole and index.column() in SHARED_COLUMNS
        )
        if not wanted:
            return None
        column = index.column()
        if column == 0:
            return item.number
        if column == 1:
            return item.received_on.strftime("%d.%m.%Y")
        if column == 2:
            return _t(KIND_TITLES[item.kind])
        if column == 3:
            return _t(CHANNEL_TITLES[item.channel])
        if column == 4:
            return _t(TOPIC_TITLES[item.topic])
        if column == 5:
            return item.client_name or item.author_name
        if column == 6:
            state = _t(STATE_TITLES[item.state])
            return state + (
                " · " + QCoreApplication.translate("FeedbackTable", "overdue") if item.overdue else ""
            )
        if column == 7:
            return item.due.strftime("%d.%m.%Y")
        return item.legal_due.strftime("%d.%m.%Y")
