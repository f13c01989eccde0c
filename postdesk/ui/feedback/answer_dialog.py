"""The decision and the letter: a refusal or partial decision needs reasons with their rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError
from postdesk.services.feedback.answers import AnswerRequest
from postdesk.services.feedback.catalogue import DECISION_TITLES, Decision
from postdesk.services.feedback.views import FeedbackView
from postdesk.ui.context import UiContext


class AnswerDialog(QDialog):
    def __init__(self, ctx: UiContext, item: FeedbackView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Answer %1").replace("%1", item.number))
        self.result_value: AnswerRequest | None = None
        self.decision_combo = QComboBox(self)
        for decision in Decision:
            self.decision_combo.addItem(
                QCoreApplication.translate("Feedback", DECISION_TITLES[decision]), decision
            )
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(self.tr("What was found and what was done"))
        self.reasons_edit = QPlainTextEdit(self)
        self.reasons_edit.setPlaceholderText(
            self.tr(
                "One reason per line, each with its rule or contract clause (e.g. «p. 4.2 of the contract»)"
            )
        )
        self.appeal_label = QLabel(self.tr("The letter will tell the client where to appeal."), self)
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("E-mail the letter to (empty: print it)"))
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.decision_combo)
        form.addRow(self.tr("Answer"), self.text_edit)
        form.addRow(self.tr("Reasons"), self.reasons_edit)
        form.addRow("", self.appeal_label)
        form.addRow(self.tr("E-mail"), self.email_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.decision_combo.currentIndexChanged.connect(self._decision_changed)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._decision_changed()

    def set_decision(self, decision: Decision) -> None:
        self.decision_combo.setCurrentIndex(self.decision_combo.findData(decision.value))

    def _decision_changed(self) -> None:
        against = self.decision_combo.currentData() != Decision.SATISFIED.value
        self.reasons_edit.setEnabled(against)
        self.appeal_label.setVisible(against)

    def submit(self) -> None:
        decision = Decision(self.decision_combo.currentData())
        reasons = tuple(line.strip() for line in self.reasons_edit.toPlainText().splitlines() if line.strip())
        if decision is not Decision.SATISFIED and not reasons:
            self.ctx.messages.user_error(
                UserError(self.tr("A refusal must state its reasons, each with the rule or contract clause."))
            )
            return
        self.result_value = AnswerRequest(
            decision,
            self.text_edit.toPlainText(),
            reasons if decision is not Decision.SATISFIED else (),
            email_to=self.email_edit.text().strip(),
        )
        self.accept()
