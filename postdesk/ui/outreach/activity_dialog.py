"""Writing down a call, visit, letter, e-mail or meeting, with its outcome and the next action."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from postdesk.models.prospects import ActivityKind
from postdesk.services.outreach.prospect_data import ACTIVITY_TITLES


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ActivityDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.kind_combo = QComboBox(self)
        for kind, text in ACTIVITY_TITLES.items():
            self.kind_combo.addItem(QCoreApplication.translate("Prospects", text), kind.value)
        self.outcome_edit = QPlainTextEdit(self)
        self.outcome_edit.setPlaceholderText(self.tr("What was agreed"))
        self.next_edit = QLineEdit(self)
        self.next_date = QDateEdit(self)
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("dd.MM.yyyy")
        self.next_date.setDate(_qdate(dt.date.today() + dt.timedelta(days=7)))
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Outcome"), self.outcome_edit)
        form.addRow(self.tr("&Next action"), self.next_edit)
        form.addRow(self.tr("Next action on"), self.next_date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def kind(self) -> ActivityKind:
        return ActivityKind(self.kind_combo.currentData())

    def outcome(self) -> str:
        return self.outcome_edit.toPlainText()

    def next_action(self) -> tuple[str | None, dt.date | None]:
        """The next action typed, or (None, None) to keep the one the prospect has."""
        text = self.next_edit.text().strip()
        return (text, _pydate(self.next_date.date())) if text else (None, None)
