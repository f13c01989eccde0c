"""The shelf of guiding documents: added as PDF files, opened in the built-in viewer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.permissions import Permission
from postdesk.services.reference.data import DocumentInfo
from postdesk.ui.context import UiContext
from postdesk.ui.printing.preview import PrintPreviewDialog
from postdesk.ui.reference.tables import fill, read_only_table, selected_row


class DocumentsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.documents: list[DocumentInfo] = []
        self.preview: PrintPreviewDialog | None = None
        self.table = read_only_table(
            self,
            "documentsTable",
            [self.tr("Title"), self.tr("In force from"), self.tr("File"), self.tr("Size, KB")],
        )
        self.open_button = QPushButton(self.tr("&Open"), self)
        manage = ctx.can(Permission.MANAGE_REFERENCE)
        self.add_button = QPushButton(self.tr("&Add PDF…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        for button in (self.add_button, self.delete_button):
            button.setVisible(manage)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_document)
        self.table.doubleClicked.connect(lambda _i: self.open_document())
        self.add_button.clicked.connect(self._add_clicked)
        self.delete_button.clicked.connect(self._delete_clicked)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.reference.documents(), self._show)

    def _show(self, documents: list[DocumentInfo]) -> None:
        self.documents = documents
        fill(
            self.table,
            [
                [
                    d.title,
                    d.effective_from.strftime("%d.%m.%Y") if d.effective_from else "",
                    d.filename,
                    str(max(1, d.size // 1024)),
                ]
                for d in documents
            ],
        )

    def selected(self) -> DocumentInfo | None:
        row = selected_row(self.table)
        return self.documents[row] if row is not None and row < len(self.documents) else None

    def open_document(self) -> PrintPreviewDialog | None:
        document = self.selected()
        if document is None:
            return None
        self.preview = PrintPreviewDialog(
            self.ctx,
            self.ctx.ops.reference.document_pdf(document.id),
            title=document.title,
            file_name=document.filename,
            parent=self,
        )
        self.preview.open()
        return self.preview

    def _add_clicked(self) -> None:
        self.add_document()

    def _delete_clicked(self) -> None:
        self.delete()

    def add_document(
        self, path: Path | None = None, title: str | None = None, effective_from: dt.date | None = None
    ) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the PDF file"), "", "PDF (*.pdf)")
            if not name:
                return
            path = Path(name)
        if title is None:
            title, ok = QInputDialog.getText(
                self, self.tr("Guiding document"), self.tr("Title"), text=path.stem
            )
            if not ok:
                return
        self.ctx.tasks.start(
            self.ctx.ops.reference.add_document(title, path, effective_from), lambda _d: self.refresh()
        )

    def delete(self, *, confirmed: bool = False) -> None:
        document = self.selected()
        if document is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Delete"), self.tr("Delete «%1» from the shelf?").replace("%1", document.title)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctx.tasks.start(self.ctx.ops.reference.delete_document(document.id), lambda _r: self.refresh())
