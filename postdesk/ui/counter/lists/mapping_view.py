"""Correcting the guessed mapping: which field each column holds, and the units of the numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.lists.fields import TITLES, Field
from postdesk.lists.mapping import ColumnMapping
from postdesk.lists.table import Row, column_letter


class MappingView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Holds")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.mass_in_kg = QCheckBox(self.tr("Mass in kilograms"), self)
        self.money_in_kopecks = QCheckBox(self.tr("Money in kopecks"), self)
        self.size_in_mm = QCheckBox(self.tr("Sizes in millimetres"), self)
        self.remembered = QLabel(self)
        self.combos: list[QComboBox] = []
        units = QHBoxLayout()
        for box in (self.mass_in_kg, self.money_in_kopecks, self.size_in_mm):
            units.addWidget(box)
        units.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.remembered)
        layout.addWidget(self.table)
        layout.addLayout(units)

    def load(
        self,
        headers: list[str],
        sample: list[Row],
        mapping: ColumnMapping,
        first_column: int,
        remembered: bool,
    ) -> None:
        self.remembered.setText(
            self.tr("The mapping remembered for this client's files was applied.")
            if remembered
            else self.tr("Check what each column holds.")
        )
        by_index = {index: field for field, index in mapping.columns.items()}
        self.table.setRowCount(len(headers))
        self.combos = []
        for row, header in enumerate(headers):
            name = header or column_letter(row + first_column)
            self.table.setItem(row, 0, QTableWidgetItem(name))
            example = next(
                (str(cells[row]) for cells in sample if row < len(cells) and cells[row] not in (None, "")), ""
            )
            self.table.setItem(row, 1, QTableWidgetItem(example.replace("\n", " ⏎ ")[:60]))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— not used —"), None)
            for field in Field:
                combo.addItem(QCoreApplication.translate("ListField", TITLES[field]), field)
            chosen = by_index.get(row)
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.mass_in_kg.setChecked(mapping.mass_in_kg)
        self.money_in_kopecks.setChecked(mapping.money_in_kopecks)
        self.size_in_mm.setChecked(mapping.size_in_mm)
        self.table.resizeColumnsToContents()

    def set_field(self, column: int, field: Field | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(field) if field is not None else 0)

    def mapping(self) -> ColumnMapping:
        columns: dict[Field, int] = {}
        for index, combo in enumerate(self.combos):
            data = combo.currentData()  # Qt hands a StrEnum back as a plain str
            if data and Field(data) not in columns:
                columns[Field(data)] = index
        return ColumnMapping(
            columns,
            self.mass_in_kg.isChecked(),
            self.money_in_kopecks.isChecked(),
            self.size_in_mm.isChecked(),
        )
