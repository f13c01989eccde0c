"""The one extension to 20 working days: the reason and the requests sent to other companies."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.feedback.views import ExtensionRequest, FeedbackView


class ExtendDialog(QDialog):
    def __init__(self, item: FeedbackView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extend %1 to 20 working days").replace("%1", item.number))
        self.reason_edit = QLineEdit(self)
        self.companies_edit = QPlainTextEdit(self)
        self.companies_edit.setPlaceholderText(self.tr("Companies asked, one per line"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_edit)
        form.addRow(self.tr("Requests sent to"), self.companies_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def requests(self) -> tuple[ExtensionRequest, ...]:
        today = dt.date.today()
        lines = (line.strip() for line in self.companies_edit.toPlainText().splitlines())
        return tuple(ExtensionRequest(company, today) for company in lines if company)
