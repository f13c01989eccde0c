"""An address label for a letter sent by post: the office as sender, the addressee below right.

Sized for a DL envelope's window-free face (110 × 220 mm, landscape); pasted or printed directly.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from postdesk.printing.fonts import register_fonts
from postdesk.printing.letters.model import Addressee, Letterhead

WIDTH, HEIGHT = 220 * mm, 110 * mm


def _lines(canvas: Canvas, x: float, y: float, lines: list[str], *, font: str, size: float) -> None:
    canvas.setFont(font, size)
    for line in lines:
        canvas.drawString(x, y, line)
        y -= size * 1.35


def _split(text: str, width: int = 48) -> list[str]:
    words, lines, current = text.split(), [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current] if current else lines


def render_address_label(sender: Letterhead, addressee: Addressee) -> bytes:
    fonts = register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(WIDTH, HEIGHT))
    canvas.setTitle(addressee.name)
    _lines(
        canvas,
        10 * mm,
        HEIGHT - 12 * mm,
        ["От кого:", sender.office_name, *_split(sender.address)],
        font=fonts.regular,
        size=9,
    )
    _lines(
        canvas,
        105 * mm,
        50 * mm,
        ["Кому:", *_split(addressee.name), *_split(addressee.address)],
        font=fonts.bold,
        size=12,
    )
    canvas.showPage()
    canvas.save()
    return out.getvalue()
