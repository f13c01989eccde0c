"""The print preview: shows exactly the PDF that will print, then prints it or saves it.

The document is produced off the GUI thread (from the database, or any renderer), shown with
QtPdf, sent to the printer chosen in Qt's print dialog from a worker task, or saved to a file.
Each print or save of a batch document is audited (reprints included).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.common import settings as s
from postdesk.common.i18n import translate
from postdesk.printing.options import FORM_TITLES, LABEL_FORMS, FormKind, options_from_settings
from postdesk.services.counter.printing import RenderedDocument
from postdesk.ui.context import UiContext
from postdesk.ui.operations.base import Operation
from postdesk.ui.printing.printer import PdfPages, print_pdf
from postdesk.ui.tasks import TaskHandle, TaskKind


class PrintPreviewDialog(QDialog):
    """Signals:
    loaded(int): the document is shown; the number of pages.
    printed(int): pages sent to the printer.
    saved(str): the file the PDF was written to.
    """

    loaded = Signal(int)
    printed = Signal(int)
    saved = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        produce: Operation[RenderedDocument | bytes],
        *,
        title: str,
        label_printer: bool = False,
        file_name: str = "document.pdf",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title)
        self.resize(1000, 680)  # within a 1280×720 screen with its title bar
        self._produce = produce
        self._label_printer = label_printer
        self._file_name = file_name
        self.rendered: RenderedDocument | None = None
        self.pdf: bytes = b""
        self.pages: PdfPages | None = None
        self._print_task: TaskHandle[int] | None = None
        # Tests (and an administrator's scripts) set this to print without the dialog.
        self.printer_factory: Callable[[], QPrinter | None] = self._ask_printer

        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.status = QLabel(self.tr("Preparing the document..."), self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save as PDF..."), self)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.fit_button = QPushButton(self.tr("Fit &width"), self)
        self.fit_button.setCheckable(True)
        self.cancel_button = QPushButton(self.tr("Cancel printing"), self)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.print_button, self.save_button, self.fit_button):
            button.setEnabled(False)

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.fit_button.toggled.connect(self._fit)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.clicked.connect(self._cancel_print)
        ctx.tasks.start(self._produce, self._show, self._failed)

    # --- constructors ------------------------------------------------------------------------
    @classmethod
    def for_batch(
        cls,
        ctx: UiContext,
        batch_id: int,
        kind: FormKind,
        parent: QWidget | None = None,
        *,
        list_number: str = "",
    ) -> PrintPreviewDialog:
        """The preview of one of a batch's forms (``list_number``: one of its ф.103), with this
        workstation's print settings."""
        options = options_from_settings(ctx.settings)
        title = translate("PrintForms", FORM_TITLES[kind])
        if list_number:
            title = f"{title} № {list_number}"
        produce: Operation[RenderedDocument | bytes] = ctx.ops.printing.render(
            batch_id, kind, options, list_number
        )
        return cls(
            ctx,
            produce,
            title=title,
            label_printer=kind in LABEL_FORMS,
            file_name=f"{kind.value}-{batch_id}.pdf",
            parent=parent,
        )

    # --- showing -------------------------------------------------------------------------------
    def _show(self, result: RenderedDocument | bytes) -> None:
        if isinstance(result, RenderedDocument):
            self.rendered, self.pdf = result, result.pdf
            self._file_name = f"{result.title}.pdf"
        else:
            self.pdf = result
        self.pages = PdfPages(self.pdf)
        self.view.setDocument(self.pages.document)
        count = self.pages.page_count
        self.status.setText(self.tr("%n page(s)", "", count))
        for button in (self.print_button, self.save_button, self.fit_button):
            button.setEnabled(count > 0)
        self.loaded.emit(count)

    def _failed(self, _error: BaseException) -> bool:
        self.status.setText(self.tr("The document could not be prepared."))
        return False  # the task runner shows user errors and reports bugs

    def _fit(self, width: bool) -> None:
        mode = QPdfView.ZoomMode.FitToWidth if width else QPdfView.ZoomMode.FitInView
        self.view.setZoomMode(mode)

    # --- printing ------------------------------------------------------------------------------
    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = self.ctx.settings.get(s.LABEL_PRINTER if self._label_printer else s.SHEET_PRINTER)
        if name:
            printer.setPrinterName(name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_document(self) -> None:
        printer = self.printer_factory()
        if printer is None or not self.pdf:
            return
        pdf = self.pdf
        self._busy(True)

        job = Operation.with_progress("print", TaskKind.IO, lambda context: print_pdf(pdf, printer, context))

        def done(pages: int) -> None:
            self._busy(False)
            self.status.setText(self.tr("Sent to the printer: %n page(s).", "", pages))
            self._record(f"printed on {printer.printerName() or printer.outputFileName()}")
            self.printed.emit(pages)

        def failed(error: BaseException) -> bool:
            self._busy(False)
            if isinstance(error, OSError):
                self.ctx.messages.error(
                    self.tr("The printer could not print the document: %1").replace("%1", str(error))
                )
                return True
            return False

        self._print_task = self.ctx.tasks.start(
            job,
            done,
            failed,
            on_progress=self._progress,
            on_cancelled=lambda: self._busy(False),
        )

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for button in (self.print_button, self.save_button, self.close_button):
            button.setEnabled(not busy)

    def _cancel_print(self) -> None:
        if self._print_task is not None:
            self._print_task.cancel()

    # --- saving --------------------------------------------------------------------------------
    def save_document(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save as PDF"), self._file_name, self.tr("PDF documents (*.pdf)")
            )
        if not path:
            return
        target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        pdf = self.pdf

        def write() -> str:
            target.write_bytes(pdf)
            return str(target)

        def done(written: str) -> None:
            self.status.setText(self.tr("Saved to %1").replace("%1", written))
            self._record(f"saved to {target.name}")
            self.saved.emit(written)

        def failed(error: BaseException) -> bool:
            if isinstance(error, OSError):
                self.ctx.messages.error(
                    self.tr("The file could not be written: %1").replace("%1", str(error))
                )
                return True
            return False

        self.ctx.tasks.start(Operation.files("save PDF", write), done, failed)

    def _record(self, how: str) -> None:
        """Audit the output of a batch document (previews of other PDFs are not batch documents)."""
        rendered = self.rendered
        if rendered is None:
            return
        self.ctx.tasks.start(self.ctx.ops.printing.record_output(rendered, how))

    def done(self, result: int) -> None:
        if self._print_task is not None and not self._print_task.done:
            return  # printing is under way: Cancel it first
        if self.pages is not None:
            self.pages.close()
            self.pages = None
        super().done(result)


def show_calibration_page(
    ctx: UiContext, *, labels: bool, parent: QWidget | None = None
) -> PrintPreviewDialog:
    """The printer test page on the label stock or on A4, with the offsets currently saved."""
    from postdesk.printing.forms.calibration import render_calibration

    options = options_from_settings(ctx.settings)
    width, height = (
        (options.label_stock.width_mm, options.label_stock.height_mm) if labels else (210.0, 297.0)
    )
    offset = options.label_offset if labels else options.sheet_offset

    produce: Operation[RenderedDocument | bytes] = Operation.files(
        "calibration page", lambda: render_calibration(width, height, offset=offset)
    )
    dialog = PrintPreviewDialog(
        ctx,
        produce,
        title=translate("PrintSettings", "Printer test page"),
        label_printer=labels,
        file_name="test-page.pdf",
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog
