"""Sending a PDF to a QPrinter page by page, as raster images rendered by QtPdf.

The printer prints the very PDF the preview shows. Each PDF page is rendered at the printer's
resolution and painted over the whole paper (full-page mode, no margins added), so the form's
own layout and calibration offsets decide where ink goes. QPrinter and QImage may be painted
outside the GUI thread, so this runs in a worker task.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from postdesk.ui.tasks import TaskContext


class PdfPages:
    """A PDF held in memory and opened with QtPdf; keep it alive while the pages are used."""

    def __init__(self, pdf: bytes) -> None:
        self.bytes = pdf
        self.document = QPdfDocument()
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def close(self) -> None:
        self.document.close()
        self._buffer.close()


def print_pdf(pdf: bytes, printer: QPrinter, context: TaskContext | None = None) -> int:
    """Print every page of ``pdf``; returns the number of pages sent."""
    pages = PdfPages(pdf)
    try:
        count = pages.page_count
        if count == 0:
            return 0
        printer.setFullPage(True)
        _match_page(printer, pages.document.pagePointSize(0))
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be opened")
        try:
            for index in range(count):
                if context is not None:
                    context.check()
                    context.progress(index, count)
                if index:
                    _match_page(printer, pages.document.pagePointSize(index))
                    printer.newPage()
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                image = pages.document.render(index, QSize(target.width(), target.height()))
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
        finally:
            painter.end()
        return count
    finally:
        pages.close()


def _match_page(printer: QPrinter, points: QSizeF) -> None:
    """Paper the size of the PDF page, in its orientation, without margins."""
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    landscape = points.width() > points.height()
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    if landscape:
        size = QPageSize(
            QSizeF(points.height(), points.width()),
            QPageSize.Unit.Point,
            "",
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
