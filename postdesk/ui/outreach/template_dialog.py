"""The supervisor's editor of the letter texts (Jinja2): offers, tariff notices, expiry reminders."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.ui.context import UiContext

TEMPLATES = (
    ("offer.txt.j2", "Offer"),
    ("tariff_notice.txt.j2", "Tariff change notice"),
    ("contract_expiry.txt.j2", "Contract expiry reminder"),
)


class TemplateDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Letter texts"))
        self.resize(820, 560)
        self.name_combo = QComboBox(self)
        self.name_combo.addItem(self.tr("Offer"), TEMPLATES[0][0])
        self.name_combo.addItem(self.tr("Tariff change notice"), TEMPLATES[1][0])
        self.name_combo.addItem(self.tr("Contract expiry reminder"), TEMPLATES[2][0])
        self.hint = QLabel(
            self.tr(
                "Paragraphs are separated by a blank line; {{ name }} inserts a value "
                "(the values of each letter: resources/letters/README.md)."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.reset_button = QPushButton(self.tr("&Shipped text…"), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_combo)
        layout.addWidget(self.hint)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset)
        self.name_combo.currentIndexChanged.connect(self.load)
        self.load()

    def name(self) -> str:
        return str(self.name_combo.currentData())

    def load(self, *_args: object) -> None:
        self.ctx.tasks.start(self.ctx.ops.outreach.template_text(self.name()), self.text_edit.setPlainText)

    def save(self) -> None:
        self.ctx.tasks.start(
            self.ctx.ops.outreach.save_template(self.name(), self.text_edit.toPlainText()),
            lambda _none: self.ctx.messages.info(self.tr("The letter text is saved.")),
        )

    def reset(self) -> None:
        answer = QMessageBox.question(
            self, self.windowTitle(), self.tr("Go back to the shipped text of this letter?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.tasks.start(self.ctx.ops.outreach.reset_template(self.name()), lambda _none: self.load())
