"""Barcodes drawn as vectors from python-barcode's module strings.

python-barcode encodes the identifier unchanged (no check digit of its own, unlike reportlab's
I2of5 with its default ``checksum=1``); we draw each run of dark modules as a rectangle of one
filled path, so a label costs one PDF path operator per barcode. The human-readable line is
grouped as the post prints it: a ШПИ as ``index month serial check`` with the serial in bold,
an S10 code as ``RA 47312482 9 RU``.
"""

from __future__ import annotations

import enum
import functools
import itertools
from dataclasses import dataclass

import barcode
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from postdesk.printing.fonts import FONTS, text_width

MIN_MODULE_MM = 0.25
QUIET_MODULES = 10
MIN_QUIET_MM = 2.5


class Symbology(enum.StrEnum):
    CODE128 = "code128"
    ITF = "itf"


def symbology_for(code: str, preferred: Symbology) -> Symbology:
    """ITF encodes only an even number of digits (a 14-digit ШПИ); anything else falls back to Code 128."""
    if preferred is Symbology.ITF and not (code.isdigit() and code.isascii() and len(code) % 2 == 0):
        return Symbology.CODE128
    return preferred


@functools.lru_cache(maxsize=4096)
def modules(code: str, symbology: Symbology) -> str:
    """The barcode as a string of ``1`` (dark) and ``0`` (light) modules, without quiet zones."""
    if symbology is Symbology.ITF:
        encoder = barcode.get_barcode_class("itf")(code, narrow=1, wide=3)
    else:
        encoder = barcode.get_barcode_class("code128")(code)
    return "".join(encoder.build())


def bar_runs(pattern: str) -> list[tuple[int, int]]:
    """(start, width) of every dark run, in modules."""
    runs = []
    position = 0
    for dark, group in itertools.groupby(pattern):
        width = sum(1 for _ in group)
        if dark == "1":
            runs.append((position, width))
        position += width
    return runs


@dataclass(frozen=True)
class BarcodeGeometry:
    """Sizes in millimetres of a barcode laid out to fit a width."""

    module_mm: float
    bars_mm: float  # width of the bars alone
    quiet_mm: float

    @property
    def total_mm(self) -> float:
        return self.bars_mm + 2 * self.quiet_mm


def fit(
    code: str, symbology: Symbology, max_width_mm: float, max_module_mm: float = 0.4, scale: float = 1.0
) -> BarcodeGeometry:
    """The widest module (up to ``max_module_mm``) that fits the bars and both quiet zones.

    Sizes are in drawing units; ``scale`` converts them to paper millimetres, where the module
    is never below 0.25 mm and each quiet zone at least 10 modules and 2.5 mm.
    """
    count = len(modules(code, symbology))
    smallest = MIN_MODULE_MM / scale
    module = max(max_module_mm, smallest)
    while True:
        quiet = max(QUIET_MODULES * module, MIN_QUIET_MM / scale)
        if count * module + 2 * quiet <= max_width_mm or module <= smallest:
            return BarcodeGeometry(module, count * module, quiet)
        module = max(smallest, module - 0.005)


def readable_groups(code: str) -> list[tuple[str, bool]]:
    """The human-readable line as (text, bold) pieces; joined with spaces when printed."""
    if len(code) == 14 and code.isdigit():
        return [(code[:6], False), (code[6:8], False), (code[8:13], True), (code[13], False)]
    if len(code) == 13 and code[:2].isalpha() and code[2:11].isdigit() and code[11:].isalpha():
        return [(code[:2], False), (code[2:10], True), (code[10], False), (code[11:], False)]
    return [(code, False)]


def draw_barcode(
    canvas: Canvas,
    code: str,
    x_mm: float,
    y_mm: float,
    *,
    width_mm: float,
    height_mm: float,
    symbology: Symbology = Symbology.CODE128,
    text_size: float = 9.0,
    max_module_mm: float = 0.4,
    scale: float = 1.0,
) -> BarcodeGeometry:
    """Draw ``code`` centred in the box whose lower-left corner is (x, y); text goes below the bars.

    ``height_mm`` includes the human-readable line when ``text_size`` is non-zero. ``scale`` is
    the drawing's scale on paper (a form laid out on smaller stock), to keep real sizes legal.
    """
    symbology = symbology_for(code, symbology)
    geometry = fit(code, symbology, width_mm, max_module_mm, scale)
    left = x_mm + (width_mm - geometry.total_mm) / 2 + geometry.quiet_mm
    text_mm = text_size * 0.3528 * 1.25 if text_size else 0.0
    bars_bottom = y_mm + text_mm
    bars_height = (height_mm - text_mm) * mm
    path = canvas.beginPath()
    module = geometry.module_mm * mm
    origin = left * mm
    for start, width in bar_runs(modules(code, symbology)):
        path.rect(origin + start * module, bars_bottom * mm, width * module, bars_height)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.drawPath(path, stroke=0, fill=1)
    if text_size:
        _draw_readable(canvas, code, (x_mm + width_mm / 2) * mm, (y_mm + 0.3) * mm, text_size)
    canvas.restoreState()
    return geometry


def _draw_readable(canvas: Canvas, code: str, centre_x: float, baseline: float, size: float) -> None:
    groups = readable_groups(code)
    gap = text_width(" ", FONTS.regular, size)
    widths = [text_width(text, FONTS.bold if bold else FONTS.regular, size) for text, bold in groups]
    x = centre_x - (sum(widths) + gap * (len(groups) - 1)) / 2
    for (text, bold), width in zip(groups, widths, strict=True):
        canvas.setFont(FONTS.bold if bold else FONTS.regular, size)
        canvas.drawString(x, baseline, text)
        x += width + gap
