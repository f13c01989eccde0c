"""The paper questionnaire: the office, the title, the client's name, the questions with boxes
to tick, and a Code 128 barcode naming the questionnaire, its version and the client, so the
filled form is entered later by scanning it. Texts are Russian: the form is a document.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from postdesk.printing.barcodes import Symbology, draw_barcode
from postdesk.printing.fonts import register_fonts

BARCODE_WIDTH_MM = 70
BARCODE_HEIGHT_MM = 16


@dataclass(frozen=True)
class PaperQuestion:
    position: int
    text: str
    kind: str  # the question kind's code (single, multiple, scale, nps, effort, yes_no, text, long_text)
    required: bool = False
    options: tuple[str, ...] = ()
    follow_up_of: int | None = None


@dataclass(frozen=True)
class PaperForm:
    office_name: str
    title: str
    purpose: str
    version: int
    client_name: str
    contact_name: str
    code: str
    printed_on: dt.date
    questions: tuple[PaperQuestion, ...]


_BOX = "☐"
_SCALES = {"scale": range(1, 6), "nps": range(0, 11), "effort": range(1, 8)}
_HINTS = {
    "single": "отметьте один вариант",
    "multiple": "отметьте все подходящие варианты",
    "scale": "1 — совсем не удовлетворены, 5 — полностью удовлетворены",
    "nps": "0 — точно не порекомендую, 10 — обязательно порекомендую",
    "effort": "1 — очень трудно, 7 — очень легко",
}


def _answer_lines(q: PaperQuestion) -> list[str]:
    if q.kind in {"single", "multiple"}:
        return [f"{_BOX} {escape(o)}" for o in q.options]
    if q.kind in _SCALES:
        return ["&nbsp;&nbsp;&nbsp;".join(f"{_BOX} {v}" for v in _SCALES[q.kind])]
    if q.kind == "yes_no":
        return [f"{_BOX} да&nbsp;&nbsp;&nbsp;&nbsp;{_BOX} нет"]
    lines = 1 if q.kind == "text" else 4
    return ["_" * 80] * lines


def questionnaire_pdf(form: PaperForm) -> bytes:
    fonts = register_fonts()
    base = ParagraphStyle("q", fontName=fonts.regular, fontSize=10.5, leading=14)
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11)
    title = ParagraphStyle("title", parent=base, fontName=fonts.bold, fontSize=14, leading=18, spaceAfter=4)
    question = ParagraphStyle("question", parent=base, fontName=fonts.bold, spaceBefore=6, spaceAfter=2)
    answer = ParagraphStyle("answer", parent=base, leftIndent=6 * mm, leading=16)

    story: list[object] = [
        Paragraph(escape(form.office_name), small),
        Spacer(1, 14 * mm),
        Paragraph(escape(form.title), title),
    ]
    if form.purpose:
        story.append(Paragraph(escape(form.purpose), base))
    who = form.client_name + (f", {form.contact_name}" if form.contact_name else "")
    story.append(Paragraph(escape(f"Клиент: {who}" if who else "Клиент: ____________________"), base))
    story.append(
        Paragraph(
            escape(f"Анкета № {form.code}, версия {form.version}, от {form.printed_on.strftime('%d.%m.%Y')}"),
            small,
        )
    )
    story.append(Spacer(1, 4 * mm))
    for q in form.questions:
        head = f"{q.position}. {escape(q.text)}" + (" *" if q.required else "")
        parts: list[object] = [Paragraph(head, question)]
        notes = []
        if q.follow_up_of is not None:
            notes.append(f"ответьте, если в вопросе {q.follow_up_of} поставили низкую оценку")
        if q.kind in _HINTS:
            notes.append(_HINTS[q.kind])
        if notes:
            parts.append(Paragraph(escape("; ".join(notes).capitalize()), small))
        parts.extend(Paragraph(line, answer) for line in _answer_lines(q))
        story.append(KeepTogether(parts))
    story.append(Spacer(1, 6 * mm))
    story.append(
        Paragraph(escape("* — обязательный вопрос. Спасибо, что помогаете нам работать лучше!"), small)
    )

    def first_page(canvas: Canvas, _document: object) -> None:
        width, height = A4
        draw_barcode(
            canvas,
            form.code,
            width / mm - 15 - BARCODE_WIDTH_MM,
            height / mm - 12 - BARCODE_HEIGHT_MM,
            width_mm=BARCODE_WIDTH_MM,
            height_mm=BARCODE_HEIGHT_MM,
            symbology=Symbology.CODE128,
        )

    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=15 * mm,
        title=form.title,
        author=form.office_name,
    )
    document.build(story, onFirstPage=first_page)
    return out.getvalue()
