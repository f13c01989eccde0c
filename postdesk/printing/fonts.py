"""The shipped Cyrillic TrueType fonts, registered with reportlab once per process.

reportlab keeps registered fonts in its own process-wide table, so registration is cached:
the first form pays for parsing the TTF files, later forms reuse them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from postdesk.common.paths import resource_path


@dataclass(frozen=True)
class FontSet:
    """Names to pass to ``canvas.setFont``: a normal and a condensed family, each with bold."""

    regular: str = "DejaVuSans"
    bold: str = "DejaVuSans-Bold"
    narrow: str = "DejaVuSansCondensed"
    narrow_bold: str = "DejaVuSansCondensed-Bold"


FONTS = FontSet()


@functools.cache
def register_fonts() -> FontSet:
    """Register the four faces (idempotent) and return their names."""
    for name in (FONTS.regular, FONTS.bold, FONTS.narrow, FONTS.narrow_bold):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", f"{name}.ttf"))))
    pdfmetrics.registerFontFamily(FONTS.regular, normal=FONTS.regular, bold=FONTS.bold)
    pdfmetrics.registerFontFamily(FONTS.narrow, normal=FONTS.narrow, bold=FONTS.narrow_bold)
    return FONTS


@functools.cache
def char_widths(font_name: str) -> dict[str, float]:
    """Advance widths of the font at size 1, keyed by character, for fast text measuring."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    face = font.face
    default = face.defaultWidth / 1000
    widths = {chr(code): width / 1000 for code, width in face.charWidths.items()}
    return _DefaultDict(widths, default)


class _DefaultDict(dict[str, float]):
    def __init__(self, data: dict[str, float], default: float) -> None:
        super().__init__(data)
        self.default = default

    def __missing__(self, key: str) -> float:
        return self.default


def text_width(text: str, font_name: str, size: float) -> float:
    """Width in points; the same result as ``pdfmetrics.stringWidth`` without its per-call overhead."""
    widths = char_widths(font_name)
    return sum(map(widths.__getitem__, text)) * size
