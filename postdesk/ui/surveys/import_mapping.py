"""The mapping step of importing a web form's answers: each column of the file → a question,
the client's INN, the time of the answer, the respondent's name, or not imported.

The choices start from what was chosen for a column of the same name at the questionnaire's last
import, else from the guess by header text («3. …», «Q3», the question's own words, «ИНН», «Дата»…).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.surveys.imports import CLIENT, WHEN, WHO, ImportColumns, ImportMapping

SKIP = ""  # targets: "client", "date", "respondent", a question's position ("3"), or not imported


def _targets(columns: ImportColumns) -> dict[int, str]:
    """Column index -> target key of the guessed mapping."""
    guess = columns.guess
    found = {c: str(p) for p, c in guess.questions.items()}
    for key, column in ((CLIENT, guess.client), (WHEN, guess.when), (WHO, guess.respondent)):
        if column is not None:
            found[column] = key
    return found


class ImportMappingDialog(QDialog):
    def __init__(self, columns: ImportColumns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.setWindowTitle(self.tr("Columns of %1").replace("%1", columns.file_name))
        self.resize(900, 560)
        note = QLabel(
            self.tr(
                "Choose what each column of the file holds. Columns left as «not imported» are "
                "skipped; a row whose answers cannot be read is reported and not imported."
            ),
            self,
        )
        note.setWordWrap(True)
        self.table = QTableWidget(len(columns.headers), 2, self)
        self.table.setObjectName("importMapping")
        self.table.setHorizontalHeaderLabels([self.tr("Column of the file"), self.tr("Goes to")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 320)
        guessed = _targets(columns)
        kept = columns.remembered
        self.choices: list[QComboBox] = []
        for row, header in enumerate(columns.headers):
            item = QTableWidgetItem(header or self.tr("(column %1)").replace("%1", str(row + 1)))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(header)
            self.table.setItem(row, 0, item)
            combo = self._combo()
            target = kept.get(header, guessed.get(row, SKIP))
            combo.setCurrentIndex(max(combo.findData(target), 0))
            combo.setToolTip(combo.currentText())
            self.table.setCellWidget(row, 1, combo)
            self.choices.append(combo)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _combo(self) -> QComboBox:
        combo = QComboBox(self.table)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(30)
        combo.addItem(self.tr("— not imported"), SKIP)
        combo.addItem(self.tr("Client's INN"), CLIENT)
        combo.addItem(self.tr("Date and time of the answer"), WHEN)
        combo.addItem(self.tr("Respondent's name"), WHO)
        for question in self.columns.questions:
            text = f"{question.position}. {question.text}"
            combo.addItem(text, str(question.position))
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        combo.currentTextChanged.connect(combo.setToolTip)  # the question is cut to the column
        return combo

    def set_target(self, column: int, target: str) -> None:
        combo = self.choices[column]
        combo.setCurrentIndex(combo.findData(target))

    def chosen(self) -> dict[int, str]:
        return {i: str(c.currentData()) for i, c in enumerate(self.choices) if c.currentData()}

    def mapping(self) -> ImportMapping | None:
        """The chosen mapping, or None (with the problem shown) when two columns go to one place."""
        by_target: dict[str, int] = {}
        for column, target in self.chosen().items():
            if target in by_target:
                self.problem.setText(
                    self.tr("Columns %1 and %2 both go to the same place: choose one.")
                    .replace("%1", str(by_target[target] + 1))
                    .replace("%2", str(column + 1))
                )
                return None
            by_target[target] = column
        questions = {int(t): c for t, c in by_target.items() if t.isdigit()}
        if not questions:
            self.problem.setText(self.tr("Map at least one column to a question."))
            return None
        return ImportMapping(questions, by_target.get(CLIENT), by_target.get(WHEN), by_target.get(WHO))

    def submit(self) -> None:
        if self.mapping() is not None:
            self.accept()
