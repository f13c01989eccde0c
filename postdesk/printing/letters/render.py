"""A letter as PDF: letterhead block, number and date, addressee, subject, body, signature."""

from __future__ import annotations

import io
import logging
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from postdesk.printing.fonts import register_fonts
from postdesk.printing.letters.model import Letter

log = logging.getLogger(__name__)


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _logo(path: str) -> Flowable | None:
    """The office's logo, at most 40 × 20 mm; a missing or unreadable file leaves it out (logged)."""
    if not path:
        return None
    try:
        reader = ImageReader(path)
        width, height = reader.getSize()
        scale = min(40 * mm / width, 20 * mm / height)
        image = Image(path, width=width * scale, height=height * scale)
    except Exception as exc:  # any unreadable image: the letter goes out without it
        log.warning("letter logo %s not used: %s", path, exc)
        return None
    image.hAlign = "LEFT"
    return image


def render_letter(letter: Letter, *, title: str = "") -> bytes:
    fonts = register_fonts()
    base = ParagraphStyle("letter", fontName=fonts.regular, fontSize=11, leading=15)
    small = ParagraphStyle("small", parent=base, fontSize=9, leading=11)
    head = ParagraphStyle("head", parent=base, fontName=fonts.bold, fontSize=12, leading=15)
    body = ParagraphStyle("body", parent=base, firstLineIndent=10 * mm, spaceAfter=6, alignment=4)
    subject = ParagraphStyle("subject", parent=base, fontName=fonts.bold, spaceBefore=6, spaceAfter=8)
    right = ParagraphStyle("right", parent=base)

    left_block: list[Flowable] = []
    lh = letter.letterhead
    logo = _logo(lh.logo_file)
    if logo is not None:
        left_block.append(logo)
    if lh.higher_organisation:
        left_block.append(Paragraph(_text(lh.higher_organisation), small))
    left_block.append(Paragraph(_text(lh.office_name), head))
    if lh.address:
        left_block.append(Paragraph(_text(lh.address), small))
    if lh.contacts:
        left_block.append(Paragraph(_text(lh.contacts), small))
    if lh.requisites:
        left_block.append(Paragraph(_text(lh.requisites), small))
    number_line = f"{letter.date.strftime('%d.%m.%Y')} № {letter.number}"
    left_block.append(Spacer(1, 3 * mm))
    left_block.append(Paragraph(_text(number_line), base))
    if letter.in_reply_to:
        left_block.append(Paragraph(_text(letter.in_reply_to), small))

    addressee = [Paragraph(_text(letter.addressee.name), right)]
    if letter.addressee.address:
        addressee.append(Paragraph(_text(letter.addressee.address), right))
    if letter.addressee.email:
        addressee.append(Paragraph(_text(letter.addressee.email), right))

    header = Table([[left_block, addressee]], colWidths=[95 * mm, 75 * mm])
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))

    story = [header, Spacer(1, 8 * mm)]
    if letter.subject:
        story.append(Paragraph(_text(letter.subject), subject))
    story.extend(Paragraph(_text(p), body) for p in letter.paragraphs)
    if letter.signature:
        story.extend([Spacer(1, 10 * mm), Paragraph(_text(letter.signature), base)])

    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=20 * mm,
        title=title or letter.subject,
        author=lh.office_name,
    )
    document.build(story)
    return out.getvalue()
