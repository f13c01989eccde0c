"""Importing a reference table: the file, the column mapping, and (tariffs) the first day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from postdesk.common.errors import UserError
from postdesk.services.reference.data import ImportResult
from postdesk.services.reference.importers import COLUMNS, ImportKind
from postdesk.services.reference.tables import parse_mapping
from postdesk.ui.context import UiContext
from postdesk.ui.reference.tables import day_of


class ImportDialog(QDialog):
    """Signals: imported(ImportResult) once the table is stored."""

    imported = Signal(object)

    def __init__(self, ctx: UiContext, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.setWindowTitle(self.tr("Import a table"))
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFile")
        self.file_edit.setPlaceholderText(self.tr("xlsx or CSV file"))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        self.mapping_edit = QLineEdit(self)
        self.mapping_edit.setObjectName("importMapping")
        self.mapping_edit.setPlaceholderText(self.tr("empty: found by the headers; e.g. days=Срок, to=B"))
        fields = ", ".join(c.field for c in COLUMNS[kind])
        self.fields_label = QLabel(self.tr("Fields: %1").replace("%1", fields), self)
        self.fields_label.setWordWrap(True)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.title_edit = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(self.tr("&File"), row)
        form.addRow(self.tr("Column &mapping"), self.mapping_edit)
        form.addRow(self.fields_label)
        if kind is ImportKind.TARIFFS:
            form.addRow(self.tr("In force &from"), self.date_edit)
            form.addRow(self.tr("&Title"), self.title_edit)
        else:
            form.addRow(QLabel(self.tr("The imported table replaces the current one."), self))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file"), "", self.tr("Tables (*.xlsx *.xls *.ods *.csv *.txt)")
        )
        if name:
            self.file_edit.setText(name)

    def submit(self) -> None:
        path = Path(self.file_edit.text().strip())
        if not self.file_edit.text().strip():
            self.ctx.messages.warning(self.tr("Choose the file to import."))
            return
        pairs = [p.strip() for p in self.mapping_edit.text().split(",") if p.strip()]
        try:
            mapping = parse_mapping(pairs)
        except UserError as exc:
            self.ctx.messages.warning(exc.message)
            return
        effective: dt.date | None = None
        if self.kind is ImportKind.TARIFFS:
            effective = day_of(self.date_edit.date())
        operation = self.ctx.ops.reference.import_file(
            self.kind, path, mapping, effective_from=effective, title=self.title_edit.text()
        )
        self.ctx.tasks.start(operation, self._done)

    def _done(self, result: ImportResult) -> None:
        self.ctx.messages.info(
            self.tr("Imported rows: %1.").replace("%1", str(result.rows))
            + (" " + self.tr("Version %1.").replace("%1", result.version) if result.version else "")
        )
        self.imported.emit(result)
        self.accept()
