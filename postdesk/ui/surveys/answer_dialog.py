"""Taking one answer set: at the counter (the operator types), turned to the client (large form,
F11), or copied from a scanned paper form. Ctrl+Enter saves; a low score offers the register."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.surveys.catalogue import Channel
from postdesk.services.surveys.views import ResponseInput, ResponseSaved, VersionView
from postdesk.ui.context import UiContext
from postdesk.ui.surveys.answer_form import LARGE_POINTS, AnswerForm


class AnswerDialog(QDialog):
    """Signals: declined() — the questionnaire was offered and the client said no (recorded)."""

    declined = Signal()

    def __init__(
        self,
        ctx: UiContext,
        survey_id: int,
        title: str,
        version: VersionView,
        *,
        channel: Channel = Channel.COUNTER,
        client_id: int | None = None,
        client_name: str = "",
        source_ref: str = "",
        offered: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.survey_id = survey_id
        self.version = version
        self.channel = channel
        self.client_id = client_id
        self.source_ref = source_ref
        self.saved: ResponseSaved | None = None
        self.setWindowTitle(self.tr("Questionnaire: %1").replace("%1", title))
        self.resize(900, 680)

        self.title_label = QLabel(title, self)
        self.title_label.setWordWrap(True)
        self.client_edit = QLineEdit(self)
        self.client_edit.setPlaceholderText(self.tr("INN, or empty for a walk-in visitor"))
        if client_id is not None:
            self.client_edit.setText(client_name)
            self.client_edit.setReadOnly(True)
        self.respondent_edit = QLineEdit(self)
        head = QFormLayout()
        head.addRow(self.tr("&Client:"), self.client_edit)
        head.addRow(self.tr("&Who answers:"), self.respondent_edit)
        self.head = QWidget(self)
        self.head.setLayout(head)

        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.form = self._make_form(large=channel is Channel.KIOSK)

        self.register_check = QCheckBox(
            self.tr("The client agrees: put it in the feedback register as"), self
        )
        self.register_kind = QComboBox(self)
        self.register_kind.addItem(self.tr("a complaint"), "complaint")
        self.register_kind.addItem(self.tr("a suggestion"), "suggestion")
        self.register_text = QPlainTextEdit(self)
        self.register_text.setPlaceholderText(self.tr("What the client wants registered"))
        self.register_text.setMaximumHeight(70)
        self.register_box = QWidget(self)
        box = QVBoxLayout(self.register_box)
        box.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.register_check)
        line.addWidget(self.register_kind)
        line.addStretch(1)
        box.addLayout(line)
        box.addWidget(self.register_text)

        self.large_button = QPushButton(self.tr("&Large form for the client (F11)"), self)
        self.large_button.setCheckable(True)
        self.large_button.setChecked(channel is Channel.KIOSK)
        self.large_button.setVisible(channel is not Channel.PAPER)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save (Ctrl+Enter)"))
        self.decline_button = QPushButton(self.tr("The client &declines"), self)
        self.decline_button.setVisible(offered)
        self.decline_button.clicked.connect(self.decline)
        bottom = QHBoxLayout()
        bottom.addWidget(self.large_button)
        bottom.addWidget(self.decline_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.head)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.register_box)
        layout.addLayout(bottom)

        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.large_button.toggled.connect(self.set_large)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.submit)
        QShortcut(QKeySequence("F11"), self, self.large_button.toggle)
        self._low_changed()

    def _make_form(self, *, large: bool) -> AnswerForm:
        form = AnswerForm(self.version, large=large, parent=self)
        form.changed.connect(self._low_changed)
        self.scroller.setWidget(form)
        return form

    def set_large(self, large: bool) -> None:
        """Turn the screen to the client: big buttons and text, answers typed so far are kept."""
        kept = self.form.answers()
        self.form = self._make_form(large=large)
        for answer in kept:
            field = self.form.inputs[answer.position - 1]
            if answer.number is not None:
                field.set_number(answer.number)
            elif answer.choices and field.question.kind.value == "single":
                field.set_number(answer.choices[0])
            elif answer.choices:
                for index in answer.choices:
                    field.checks[index].setChecked(True)
            elif isinstance(field.text_edit, QLineEdit):
                field.text_edit.setText(answer.text)
            elif field.text_edit is not None:
                field.text_edit.setPlainText(answer.text)
        font = QFont(self.title_label.font())
        font.setPointSize(LARGE_POINTS + 4 if large else font.pointSize())
        font.setBold(large)
        self.title_label.setFont(font)
        self.head.setVisible(not large)
        self.channel = (
            Channel.KIOSK if large else (Channel.PAPER if self.channel is Channel.PAPER else Channel.COUNTER)
        )
        self.setWindowState(
            self.windowState() | Qt.WindowState.WindowMaximized if large else Qt.WindowState.WindowNoState
        )

    def _low_changed(self) -> None:
        self.register_box.setVisible(self.form.low_score())

    def request(self) -> ResponseInput:
        agreed = self.register_box.isVisible() and self.register_check.isChecked()
        inn = "" if self.client_id is not None else self.client_edit.text().strip()
        return ResponseInput(
            answers=self.form.answers(),
            channel=self.channel,
            client_id=self.client_id,
            client_inn=inn,
            respondent=self.respondent_edit.text(),
            version=self.version.number,
            register_as=self.register_kind.currentData() if agreed else "",
            register_text=self.register_text.toPlainText() if agreed else "",
            source_ref=self.source_ref,
        )

    def submit(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.surveys.record(self.survey_id, self.request()), self._saved)

    def decline(self) -> None:
        """Offered and refused: it counts as an invitation in the response rate."""

        def done(_none: None) -> None:
            self.declined.emit()
            self.reject()

        self.ctx.tasks.start(self.ctx.ops.surveys.decline(self.survey_id, self.client_id), done)

    def _saved(self, saved: ResponseSaved) -> None:
        self.saved = saved
        text = self.tr("Thank you! The answers are saved.")
        if saved.follow_up_id is not None:
            text += " " + self.tr("A follow-up of the low score is on the list.")
        self.ctx.messages.info(text)
        self.accept()
