"""Designing a questionnaire: the header and a table of questions (type, text, required, options,
the score question a follow-up depends on). Saving after publishing drafts the next version."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.i18n import translate
from postdesk.services.surveys.catalogue import AUDIENCE_TITLES, KIND_TITLES, Audience, QuestionKind
from postdesk.services.surveys.views import QuestionDraft, SurveyDraft, SurveyView
from postdesk.ui.context import UiContext

TYPE, TEXT, REQUIRED, OPTIONS, FOLLOWS = range(5)


class DesignDialog(QDialog):
    def __init__(
        self, ctx: UiContext, survey: SurveyView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.survey = survey
        self.result_view: SurveyView | None = None
        self.setWindowTitle(self.tr("Questionnaire") if survey is None else survey.title)
        self.resize(1100, 640)
        self.title_edit = QLineEdit(self)
        self.purpose_edit = QLineEdit(self)
        self.audience_combo = QComboBox(self)
        for audience in Audience:
            self.audience_combo.addItem(translate("Surveys", AUDIENCE_TITLES[audience]), audience.value)
        self.starts_edit = QDateEdit(QDate.currentDate(), self)
        self.starts_edit.setCalendarPopup(True)
        self.ends_check = QCheckBox(self.tr("until"), self)
        self.ends_edit = QDateEdit(QDate.currentDate().addMonths(3), self)
        self.ends_edit.setCalendarPopup(True)
        self.repeat_check = QCheckBox(self.tr("A client may answer more than once"), self)
        self.version_label = QLabel(self)
        period = QHBoxLayout()
        period.addWidget(self.starts_edit)
        period.addWidget(self.ends_check)
        period.addWidget(self.ends_edit)
        period.addStretch(1)
        head = QFormLayout()
        head.addRow(self.tr("&Title:"), self.title_edit)
        head.addRow(self.tr("&Purpose:"), self.purpose_edit)
        head.addRow(self.tr("&Audience:"), self.audience_combo)
        head.addRow(self.tr("Period from:"), period)
        head.addRow("", self.repeat_check)

        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("questionTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Type"),
                self.tr("Question"),
                self.tr("Required"),
                self.tr("Options (one per «;»)"),
                self.tr("Only after a low score in №"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(OPTIONS, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("&Add question (Ctrl+N)"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.up_button = QPushButton(self.tr("&Up"), self)
        self.down_button = QPushButton(self.tr("Do&wn"), self)
        tools = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.version_label)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save draft"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.publish_button = self.buttons.addButton(
            self.tr("Save and &publish"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.add_button.clicked.connect(lambda: self.add_question(QuestionDraft(QuestionKind.SCALE, "")))
        QShortcut(
            QKeySequence("Ctrl+N"), self, lambda: self.add_question(QuestionDraft(QuestionKind.SCALE, ""))
        )
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.save_button.clicked.connect(lambda: self.submit(publish=False))
        self.publish_button.clicked.connect(lambda: self.submit(publish=True))
        self.buttons.rejected.connect(self.reject)
        self._keys: list[int] = []
        self._fill(survey)

    def _fill(self, survey: SurveyView | None) -> None:
        if survey is None:
            self.ends_edit.setEnabled(False)
            self.ends_check.toggled.connect(self.ends_edit.setEnabled)
            return
        draft = survey.to_draft()
        self.title_edit.setText(draft.title)
        self.purpose_edit.setText(draft.purpose)
        self.audience_combo.setCurrentIndex(self.audience_combo.findData(draft.audience.value))
        self.starts_edit.setDate(QDate(draft.starts_on.year, draft.starts_on.month, draft.starts_on.day))
        self.ends_check.setChecked(draft.ends_on is not None)
        self.ends_edit.setEnabled(draft.ends_on is not None)
        self.ends_check.toggled.connect(self.ends_edit.setEnabled)
        if draft.ends_on:
            self.ends_edit.setDate(QDate(draft.ends_on.year, draft.ends_on.month, draft.ends_on.day))
        self.repeat_check.setChecked(draft.allow_repeat)
        for question in draft.questions:
            self.add_question(question)
        editing = survey.draft.number if survey.draft else (survey.published_version or 0) + 1
        self.version_label.setText(
            self.tr("Version %1 is published; saving makes version %2.")
            .replace("%1", str(survey.published_version))
            .replace("%2", str(editing))
            if survey.draft is None and survey.published_version
            else self.tr("Editing version %1 (not published).").replace("%1", str(editing))
        )

    def add_question(self, question: QuestionDraft) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox(self.table)
        for k in QuestionKind:
            kind.addItem(translate("Surveys", KIND_TITLES[k]), k.value)
        kind.setCurrentIndex(kind.findData(question.kind.value))
        self.table.setCellWidget(row, TYPE, kind)
        self.table.setItem(row, TEXT, QTableWidgetItem(question.text))
        required = QTableWidgetItem()
        required.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        required.setCheckState(Qt.CheckState.Checked if question.required else Qt.CheckState.Unchecked)
        self.table.setItem(row, REQUIRED, required)
        self.table.setItem(row, OPTIONS, QTableWidgetItem("; ".join(question.options)))
        follows = QSpinBox(self.table)
        follows.setRange(0, 99)
        follows.setSpecialValueText("—")
        follows.setValue(question.follow_up_of or 0)
        self.table.setCellWidget(row, FOLLOWS, follows)
        self._keys.append(question.key)
        self.table.setCurrentCell(row, TEXT)
        return row

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._keys[row]

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        questions = self.questions()
        questions[row], questions[target] = questions[target], questions[row]
        self.table.setRowCount(0)
        self._keys = []
        for question in questions:
            self.add_question(question)
        self.table.setCurrentCell(target, TEXT)

    def questions(self) -> list[QuestionDraft]:
        found = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, TYPE)
            follows = self.table.cellWidget(row, FOLLOWS)
            assert isinstance(kind, QComboBox) and isinstance(follows, QSpinBox)
            text = self.table.item(row, TEXT)
            options = self.table.item(row, OPTIONS)
            required = self.table.item(row, REQUIRED)
            found.append(
                QuestionDraft(
                    kind=QuestionKind(kind.currentData()),
                    text=text.text() if text else "",
                    required=required is not None and required.checkState() == Qt.CheckState.Checked,
                    options=tuple(
                        o.strip() for o in (options.text() if options else "").split(";") if o.strip()
                    ),
                    follow_up_of=follows.value() or None,
                    key=self._keys[row],
                )
            )
        return found

    def draft(self) -> SurveyDraft:
        return SurveyDraft(
            title=self.title_edit.text(),
            audience=Audience(self.audience_combo.currentData()),
            starts_on=self.starts_edit.date().toPython(),  # type: ignore[arg-type]
            ends_on=self.ends_edit.date().toPython() if self.ends_check.isChecked() else None,  # type: ignore[arg-type]
            purpose=self.purpose_edit.text(),
            allow_repeat=self.repeat_check.isChecked(),
            questions=tuple(self.questions()),
        )

    def submit(self, *, publish: bool) -> None:
        ops = self.ctx.ops.surveys
        draft = self.draft()
        save = ops.create(draft) if self.survey is None else ops.save_draft(self.survey.id, draft)

        def saved(view: SurveyView) -> None:
            self.survey = view
            if publish:
                self.ctx.tasks.start(ops.publish(view.id), self._done)
            else:
                self._done(view)

        self.ctx.tasks.start(save, saved)

    def _done(self, view: SurveyView) -> None:
        self.result_view = view
        self.accept()
