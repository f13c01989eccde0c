"""A thin drawing surface over a reportlab canvas, in millimetres from the top-left corner.

Forms think in millimetres measured from the top of the paper, as designers of paper forms
do; the sheet converts to PDF points (origin bottom-left). It also applies the printer's
calibration offset to every page, so a form never has to remember it.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from postdesk.printing.barcodes import Symbology, draw_barcode
from postdesk.printing.fonts import FONTS, register_fonts, text_width


@dataclass(frozen=True)
class Offset:
    """Printer calibration: positive x moves the print right, positive y moves it down."""

    x_mm: float = 0.0
    y_mm: float = 0.0


NO_OFFSET = Offset()


class Sheet:
    """Pages of one size; call :meth:`next_page` between pages and :meth:`finish` at the end."""

    def __init__(
        self,
        width_mm: float,
        height_mm: float,
        *,
        offset: Offset = NO_OFFSET,
        title: str = "",
        compress: bool = True,
        design: tuple[float, float] | None = None,
    ) -> None:
        """``design`` lays a form drawn for one size out on paper of another: scaled evenly, centred."""
        register_fonts()
        self.width, self.height = design or (width_mm, height_mm)
        self.scale = min(width_mm / self.width, height_mm / self.height)
        self._shift = ((width_mm - self.width * self.scale) / 2, (height_mm - self.height * self.scale) / 2)
        self.offset = offset
        self._buffer = io.BytesIO()
        self.canvas = Canvas(
            self._buffer, pagesize=(width_mm * mm, height_mm * mm), pageCompression=compress, invariant=True
        )
        self.canvas.setTitle(title)
        self.canvas.setCreator("postdesk")
        self.pages = 0
        self._begin_page()

    def _begin_page(self) -> None:
        self.pages += 1
        self.canvas.setLineWidth(0.5)
        dx, dy = self.offset.x_mm + self._shift[0], -self.offset.y_mm + self._shift[1]
        if dx or dy:
            self.canvas.translate(dx * mm, dy * mm)
        if self.scale != 1:
            self.canvas.scale(self.scale, self.scale)

    def next_page(self) -> None:
        self.canvas.showPage()
        self._begin_page()

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self._buffer.getvalue()

    # --- coordinates ---------------------------------------------------------------------------
    def y(self, top_mm: float) -> float:
        """PDF y (points) of a position ``top_mm`` below the top edge."""
        return float((self.height - top_mm) * mm)

    # --- text ----------------------------------------------------------------------------------
    def text(
        self,
        x_mm: float,
        top_mm: float,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        narrow: bool = False,
        align: str = "left",
    ) -> None:
        """Text whose baseline is ``top_mm`` below the top edge."""
        font = _font(bold, narrow)
        self.canvas.setFont(font, size)
        if align == "right":
            self.canvas.drawRightString(x_mm * mm, self.y(top_mm), text)
        elif align == "centre":
            self.canvas.drawCentredString(x_mm * mm, self.y(top_mm), text)
        else:
            self.canvas.drawString(x_mm * mm, self.y(top_mm), text)

    def fitted(
        self,
        x_mm: float,
        top_mm: float,
        text: str,
        width_mm: float,
        size: float = 9,
        *,
        bold: bool = False,
        narrow: bool = False,
        align: str = "left",
        min_size: float = 5.5,
    ) -> None:
        """One line that never leaves its box: shrunk down to ``min_size``, then cut with an ellipsis."""
        font = _font(bold, narrow)
        width = width_mm * mm
        natural = text_width(text, font, size)
        if natural > width:
            size = max(min_size, size * width / natural)
            text = clip(text, font, size, width)
        self.text(x_mm, top_mm, text, size, bold=bold, narrow=narrow, align=align)

    def paragraph(
        self,
        x_mm: float,
        top_mm: float,
        text: str,
        width_mm: float,
        size: float = 9,
        *,
        leading_mm: float | None = None,
        max_lines: int = 0,
        bold: bool = False,
        narrow: bool = False,
    ) -> float:
        """Wrapped text; returns the depth (mm below the top) just under the last line."""
        leading = leading_mm or size * 0.3528 * 1.22
        lines = wrap(text, _font(bold, narrow), size, width_mm * mm, max_lines)
        for index, line in enumerate(lines):
            self.text(x_mm, top_mm + index * leading, line, size, bold=bold, narrow=narrow)
        return top_mm + (len(lines) - 1) * leading + leading * 0.35 if lines else top_mm

    # --- lines and boxes ------------------------------------------------------------------------
    def line(self, x1_mm: float, top1_mm: float, x2_mm: float, top2_mm: float, width: float = 0.5) -> None:
        self.canvas.setLineWidth(width)
        self.canvas.line(x1_mm * mm, self.y(top1_mm), x2_mm * mm, self.y(top2_mm))

    def rect(
        self,
        x_mm: float,
        top_mm: float,
        width_mm: float,
        height_mm: float,
        *,
        width: float = 0.5,
        fill_grey: float | None = None,
    ) -> None:
        self.canvas.setLineWidth(width)
        if fill_grey is not None:
            self.canvas.setFillGray(fill_grey)
        self.canvas.rect(
            x_mm * mm,
            self.y(top_mm + height_mm),
            width_mm * mm,
            height_mm * mm,
            stroke=1 if width else 0,
            fill=1 if fill_grey is not None else 0,
        )
        if fill_grey is not None:
            self.canvas.setFillGray(0)

    def field(
        self,
        x_mm: float,
        top_mm: float,
        width_mm: float,
        label: str,
        value: str,
        *,
        size: float = 9,
        label_size: float = 6.5,
        bold: bool = False,
    ) -> None:
        """A filled-in form field: a small caption above, the value on an underline."""
        self.text(x_mm, top_mm, label, label_size)
        self.fitted(x_mm + 0.5, top_mm + 4.2, value, width_mm - 1, size, bold=bold)
        self.line(x_mm, top_mm + 5.2, x_mm + width_mm, top_mm + 5.2, 0.4)

    def cells(
        self,
        x_mm: float,
        top_mm: float,
        text: str,
        *,
        count: int,
        cell_mm: float,
        height_mm: float,
        size: float = 9,
    ) -> None:
        """A row of one-character boxes (account numbers, postcodes) filled from the left."""
        for index in range(count):
            self.rect(x_mm + index * cell_mm, top_mm, cell_mm, height_mm, width=0.4)
        for index, char in enumerate(text[:count]):
            self.text(
                x_mm + (index + 0.5) * cell_mm,
                top_mm + height_mm - (height_mm - size * 0.3528) / 2 - 0.4,
                char,
                size,
                align="centre",
            )

    def barcode(
        self,
        code: str,
        x_mm: float,
        top_mm: float,
        width_mm: float,
        height_mm: float,
        *,
        symbology: Symbology = Symbology.CODE128,
        text_size: float = 9.0,
        max_module_mm: float = 0.4,
    ) -> None:
        """A barcode with its human-readable line in the box whose top-left corner is (x, top)."""
        draw_barcode(
            self.canvas,
            code,
            x_mm,
            self.height - top_mm - height_mm,
            width_mm=width_mm,
            height_mm=height_mm,
            symbology=symbology,
            text_size=text_size,
            max_module_mm=max_module_mm,
            scale=self.scale,
        )

    def cut_mark(self, x_mm: float) -> None:
        """A dashed vertical cutting line across the page."""
        self.canvas.saveState()
        self.canvas.setDash(3, 2)
        self.canvas.setLineWidth(0.3)
        self.canvas.line(x_mm * mm, 4 * mm, x_mm * mm, (self.height - 4) * mm)
        self.canvas.restoreState()


def _font(bold: bool, narrow: bool) -> str:
    if narrow:
        return FONTS.narrow_bold if bold else FONTS.narrow
    return FONTS.bold if bold else FONTS.regular


def clip(text: str, font: str, size: float, width_pt: float) -> str:
    """The longest prefix of ``text`` that fits with an ellipsis (the text itself if it fits)."""
    if text_width(text, font, size) <= width_pt:
        return text
    budget = width_pt - text_width("…", font, size)
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle], font, size) <= budget:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip(" ,") + "…"


def wrap(text: str, font: str, size: float, width_pt: float, max_lines: int = 0) -> list[str]:
    """Greedy word wrap; a word longer than the line is cut; text beyond ``max_lines`` ends in an ellipsis."""
    lines: list[str] = []
    for line in _wrap_words(text.split(), font, size, width_pt):
        if max_lines and len(lines) == max_lines:
            lines[-1] = clip(lines[-1] + " " + line, font, size, width_pt)
            break
        lines.append(line)
    return lines


def _wrap_words(words: Sequence[str], font: str, size: float, width_pt: float) -> Iterator[str]:
    space = text_width(" ", font, size)
    current: list[str] = []
    used = 0.0
    for original in words:
        word = original
        width = text_width(word, font, size)
        if width > width_pt:
            word = clip(word, font, size, width_pt)
            width = text_width(word, font, size)
        if current and used + space + width > width_pt:
            yield " ".join(current)
            current, used = [], 0.0
        used += (space if current else 0.0) + width
        current.append(word)
    if current:
        yield " ".join(current)
