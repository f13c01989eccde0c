"""ф.116: the accompanying address of a parcel, A4 landscape, one per item.

The main part (left) carries sender, addressee and the amounts in figures and in words; the
tear-off coupon (right) repeats the identifier, so both parts carry a barcode.
"""

from __future__ import annotations

from postdesk.common.money import format_kop
from postdesk.common.weights import format_mass
from postdesk.printing import wording as w
from postdesk.printing.barcodes import Symbology
from postdesk.printing.data import Document, DocumentItem
from postdesk.printing.money import amount_in_words
from postdesk.printing.sheet import NO_OFFSET, Offset, Sheet

PAGE = (297.0, 210.0)
LEFT, TOP = 12.0, 10.0
CUT = 205.0


def render_f116(
    document: Document, *, offset: Offset = NO_OFFSET, symbology: Symbology = Symbology.CODE128
) -> bytes:
    sheet = Sheet(
        *PAGE, offset=offset, title=f"Сопроводительные адреса ф.116, список № {document.header.list_number}"
    )
    for index, item in enumerate(document.items):
        if index:
            sheet.next_page()
        _main_part(sheet, document, item, symbology)
        _coupon(sheet, item, symbology)
    return sheet.finish()


def _main_part(sheet: Sheet, document: Document, item: DocumentItem, symbology: Symbology) -> None:
    header = document.header
    client = header.client
    right = CUT - 6
    sheet.text(LEFT, TOP + 5, "ПОЧТА РОССИИ", 12, bold=True)
    sheet.text(right, TOP + 5, "ф. 116", 10, bold=True, align="right")
    sheet.text(LEFT, TOP + 13, "СОПРОВОДИТЕЛЬНЫЙ АДРЕС", 13, bold=True)
    sheet.text(
        LEFT,
        TOP + 19,
        w.kind_ru(item.mail_type or header.mail_type, item.mail_category or header.mail_category),
        9,
    )
    if item.barcode:
        sheet.barcode(item.barcode, 118, TOP + 8, right - 118, 20, symbology=symbology, text_size=9.5)
    top = TOP + 33
    for label, value in (
        ("Объявленная ценность", item.declared_value_kop),
        ("Наложенный платёж", item.cod_kop),
    ):
        sheet.rect(LEFT, top, right - LEFT, 13, width=0.5)
        sheet.text(LEFT + 2, top + 4.5, f"{label}:", 8)
        sheet.text(
            LEFT + 42,
            top + 4.8,
            f"{format_kop(value)} руб." if value else "не объявлена" if label.startswith("Объявл") else "нет",
            11,
            bold=True,
        )
        if value:
            sheet.fitted(
                LEFT + 2, top + 10.5, f"({amount_in_words(value, capitalise=False)})", right - LEFT - 4, 8.5
            )
        top += 15
    top += 6
    sheet.text(LEFT, top, "От кого:", 8)
    sheet.fitted(LEFT + 20, top, client.name, right - LEFT - 20, 10.5, bold=True)
    sheet.text(LEFT, top + 7, "Адрес:", 8)
    bottom = sheet.paragraph(LEFT + 20, top + 7, client.address, right - LEFT - 60, 9.5, max_lines=2)
    sheet.cells(right - 36, top + 2.5, client.postcode, count=6, cell_mm=6.0, height_mm=7.0, size=12)
    top = max(bottom, top + 12) + 8
    sheet.line(LEFT, top - 4, right, top - 4, 0.6)
    sheet.text(LEFT, top, "Кому:", 8)
    sheet.fitted(LEFT + 20, top, item.recipient_name, right - LEFT - 20, 12, bold=True)
    sheet.text(LEFT, top + 8, "Куда:", 8)
    bottom = sheet.paragraph(LEFT + 20, top + 8, item.address, right - LEFT - 70, 10.5, max_lines=3)
    sheet.cells(right - 48, top + 3, item.postcode, count=6, cell_mm=8.0, height_mm=9.0, size=15)
    top = max(bottom, top + 16) + 6
    if item.phone:
        sheet.text(LEFT, top, f"Тел. получателя: {item.phone}", 9)
    sheet.text(right, top, f"Масса: {format_mass(item.priced_mass_g)} кг", 9, align="right")
    _delivery_block(sheet, max(top + 8, 150), right)
    sheet.text(
        LEFT,
        200,
        f"Отправление № {item.seq} списка № {header.list_number} от {w.date_ru(header.list_date)}",
        7.5,
    )


def _coupon(sheet: Sheet, item: DocumentItem, symbology: Symbology) -> None:
    left, right = CUT + 6, PAGE[0] - 10
    sheet.cut_mark(CUT)
    sheet.text(left, TOP + 5, "Отрывной талон", 10, bold=True)
    sheet.text(right, TOP + 5, "ф. 116", 8, align="right")
    if item.barcode:
        sheet.barcode(
            item.barcode,
            left,
            TOP + 9,
            right - left,
            17,
            symbology=symbology,
            text_size=8.5,
            max_module_mm=0.3,
        )
    top = TOP + 36
    rows = (
        (
            "Объявленная ценность, руб.",
            format_kop(item.declared_value_kop) if item.declared_value_kop else "—",
        ),
        ("Наложенный платёж, руб.", format_kop(item.cod_kop) if item.cod_kop else "—"),
        ("Масса, кг", format_mass(item.priced_mass_g)),
    )
    for label, value in rows:
        sheet.text(left, top, label, 7.5)
        sheet.text(right, top, value, 9, bold=True, align="right")
        sheet.line(left, top + 1.2, right, top + 1.2, 0.3)
        top += 7
    top += 4
    sheet.text(left, top, "Кому:", 7.5)
    bottom = sheet.paragraph(left, top + 4.5, item.recipient_name, right - left, 9, bold=True, max_lines=2)
    sheet.text(left, bottom + 5, "Куда:", 7.5)
    sheet.paragraph(left, bottom + 9.5, f"{item.postcode}, {item.address}", right - left, 8.5, max_lines=4)
    sheet.rect(left, 150, right - left, 40, width=0.4)
    sheet.text(left + 2, 154, "Оттиск КПШ ОПС места приёма", 6.5)


def _delivery_block(sheet: Sheet, top: float, right: float) -> None:
    """Filled in by hand at delivery: who received the item and with which document."""
    sheet.rect(LEFT, top, right - LEFT, 40, width=0.5)
    sheet.text(LEFT + 2, top + 5, "Отметки о вручении", 8.5, bold=True)
    for index, label in enumerate(
        ("Получил(а), дата:", "Документ, удостоверяющий личность:", "Подпись получателя:")
    ):
        y = top + 13 + index * 9
        sheet.text(LEFT + 2, y, label, 8)
        sheet.line(LEFT + 66, y + 0.8, right - 4, y + 0.8, 0.3)
