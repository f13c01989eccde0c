"""The questions of one version as input widgets, for the operator's keyboard or the client's finger.

Keyboard mode (the operator types what the client says, or copies a paper form): scores are
typed as numbers, choices picked from lists, Tab moves on. Large mode (the screen turned to the
client): every answer is a big button. A follow-up question appears only after a low score.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.surveys.catalogue import NUMERIC_RANGES, QuestionKind
from postdesk.services.surveys.scores import is_low
from postdesk.services.surveys.views import Answer, QuestionView, VersionView

LARGE_BUTTON = 64
LARGE_POINTS = 18


class QuestionInput(QWidget):
    """One question's answer widget; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, question: QuestionView, large: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.large = large
        self.buttons: list[QPushButton] = []
        self.group: QButtonGroup | None = None
        self.number_edit: QLineEdit | None = None
        self.combo: QComboBox | None = None
        self.checks: list[QCheckBox] = []
        self.text_edit: QLineEdit | QPlainTextEdit | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kind = question.kind
        if kind in NUMERIC_RANGES or kind is QuestionKind.SINGLE:
            self._choices(layout)
        elif kind is QuestionKind.MULTIPLE:
            column = QVBoxLayout()
            for option in question.options:
                check = QCheckBox(option, self)
                check.toggled.connect(self.changed)
                self._enlarge(check)
                self.checks.append(check)
                column.addWidget(check)
            layout.addLayout(column)
        elif kind is QuestionKind.TEXT:
            self.text_edit = QLineEdit(self)
            self.text_edit.textChanged.connect(self.changed)
            self._enlarge(self.text_edit)
            layout.addWidget(self.text_edit)
        else:
            self.text_edit = QPlainTextEdit(self)
            self.text_edit.setTabChangesFocus(True)
            self.text_edit.setMaximumHeight(140 if large else 80)
            self.text_edit.textChanged.connect(self.changed)
            self._enlarge(self.text_edit)
            layout.addWidget(self.text_edit)
        layout.addStretch(1)

    def _labels(self) -> list[tuple[str, int]]:
        q = self.question
        if q.kind is QuestionKind.SINGLE:
            return [(o, i) for i, o in enumerate(q.options)]
        if q.kind is QuestionKind.YES_NO:
            return [(self.tr("Yes"), 1), (self.tr("No"), 0)]
        low, high = NUMERIC_RANGES[q.kind]
        return [(str(v), v) for v in range(low, high + 1)]

    def _choices(self, layout: QHBoxLayout) -> None:
        labels = self._labels()
        if self.large:
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
            for text, value in labels:
                button = QPushButton(text, self)
                button.setCheckable(True)
                button.setMinimumSize(LARGE_BUTTON, LARGE_BUTTON)
                self._enlarge(button)
                self.group.addButton(button, value)
                self.buttons.append(button)
                layout.addWidget(button)
            self.group.idToggled.connect(lambda _id, on: self.changed.emit() if on else None)
        elif self.question.kind in {QuestionKind.SINGLE, QuestionKind.YES_NO}:
            self.combo = QComboBox(self)
            self.combo.addItem("—", None)
            for text, value in labels:
                self.combo.addItem(text, value)
            self.combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(self.combo)
        else:
            low, high = NUMERIC_RANGES[self.question.kind]
            self.number_edit = QLineEdit(self)
            self.number_edit.setValidator(QIntValidator(low, high, self.number_edit))
            self.number_edit.setMaximumWidth(60)
            self.number_edit.setPlaceholderText(f"{low}–{high}")
            self.number_edit.textChanged.connect(self.changed)
            layout.addWidget(self.number_edit)

    def _enlarge(self, widget: QWidget) -> None:
        if self.large:
            font = QFont(widget.font())
            font.setPointSize(LARGE_POINTS)
            widget.setFont(font)

    def number(self) -> int | None:
        if self.group is not None:
            checked = self.group.checkedId()
            return None if checked < 0 else checked
        if self.combo is not None:
            data = self.combo.currentData()
            return None if data is None else int(data)
        if self.number_edit is not None:
            text = self.number_edit.text().strip()
            return int(text) if text.isdigit() else None
        return None

    def answer(self) -> Answer:
        position, kind = self.question.position, self.question.kind
        if kind is QuestionKind.MULTIPLE:
            return Answer(position, choices=tuple(i for i, c in enumerate(self.checks) if c.isChecked()))
        if kind is QuestionKind.SINGLE:
            picked = self.number()
            return Answer(position, choices=(picked,) if picked is not None else ())
        if self.text_edit is not None:
            text = (
                self.text_edit.toPlainText()
                if isinstance(self.text_edit, QPlainTextEdit)
                else self.text_edit.text()
            )
            return Answer(position, text=text)
        return Answer(position, self.number())

    def set_number(self, value: int) -> None:
        """Pick ``value`` (a score, yes = 1 / no = 0, or an option's index), as a tap or typing would."""
        if self.group is not None:
            self.group.button(value).setChecked(True)
        elif self.combo is not None:
            self.combo.setCurrentIndex(self.combo.findData(value))
        elif self.number_edit is not None:
            self.number_edit.setText(str(value))


class AnswerForm(QWidget):
    """All the questions of a version; follow-ups shown after a low score only."""

    changed = Signal()

    def __init__(self, version: VersionView, *, large: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version = version
        self.large = large
        self.inputs: list[QuestionInput] = []
        self.labels: list[QLabel] = []
        grid = QGridLayout(self)
        grid.setVerticalSpacing(18 if large else 8)
        for row, question in enumerate(version.questions):
            text = f"{question.position}. {question.text}" + (" *" if question.required else "")
            label = QLabel(text, self)
            label.setWordWrap(True)
            if large:
                font = QFont(label.font())
                font.setPointSize(LARGE_POINTS + 2)
                font.setBold(True)
                label.setFont(font)
            field = QuestionInput(question, large, self)
            label.setBuddy(field.number_edit or field.combo or field.text_edit or field)
            field.changed.connect(self._update)
            grid.addWidget(label, 2 * row if large else row, 0, 1, 1 if not large else 2)
            grid.addWidget(field, 2 * row + 1 if large else row, 0 if large else 1, 1, 2 if large else 1)
            self.labels.append(label)
            self.inputs.append(field)
        grid.setColumnStretch(1, 1)
        self._update()

    def _update(self) -> None:
        for field, label in zip(self.inputs, self.labels, strict=True):
            parent = field.question.follow_up_of
            if parent is None:
                continue
            source = self.inputs[parent - 1]
            visible = is_low(source.question.kind, source.number())
            field.setVisible(visible)
            label.setVisible(visible)
        self.changed.emit()

    def answers(self) -> tuple[Answer, ...]:
        return tuple(f.answer() for f in self.inputs if not f.isHidden())

    def low_score(self) -> bool:
        """An NPS 0–6 or CSAT 1–2 among the answers: the register may take it."""
        return any(
            f.question.kind in {QuestionKind.NPS, QuestionKind.SCALE} and is_low(f.question.kind, f.number())
            for f in self.inputs
        )
