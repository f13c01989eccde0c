"""ф.119: the notice of delivery, A6 landscape; the front addresses the notice back to the sender.

Each notice takes two pages: the front (identifier, return address, addressee) and the back,
where the postal worker records to whom and when the item was delivered.
"""

from __future__ import annotations

from postdesk.printing import wording as w
from postdesk.printing.barcodes import Symbology
from postdesk.printing.data import Document, DocumentItem
from postdesk.printing.sheet import NO_OFFSET, Offset, Sheet

PAGE = (148.0, 105.0)
M = 6.0


def render_f119(
    document: Document, *, offset: Offset = NO_OFFSET, symbology: Symbology = Symbology.CODE128
) -> bytes:
    sheet = Sheet(*PAGE, offset=offset, title=f"Уведомления ф.119, список № {document.header.list_number}")
    for index, item in enumerate(document.items):
        if index:
            sheet.next_page()
        _front(sheet, document, item, symbology)
        sheet.next_page()
        _back(sheet, item)
    return sheet.finish()


def _front(sheet: Sheet, document: Document, item: DocumentItem, symbology: Symbology) -> None:
    client = document.header.client
    width = PAGE[0] - 2 * M
    sheet.text(M, M + 4, "ПОЧТА РОССИИ", 9, bold=True)
    sheet.text(PAGE[0] - M, M + 4, "ф. 119", 8, bold=True, align="right")
    sheet.text(M, M + 11, "УВЕДОМЛЕНИЕ", 12, bold=True)
    kind = w.NOTICE_TITLES.get(item.notice, "")
    sheet.text(M, M + 15.5, f"о вручении ({kind})" if kind else "о вручении", 8.5)
    header = document.header
    mail = w.kind_ru(item.mail_type or header.mail_type, item.mail_category or header.mail_category)
    sheet.paragraph(M, M + 19.5, mail, 64, 6.5, max_lines=2)
    if item.barcode:
        sheet.barcode(
            item.barcode,
            72,
            M + 1,
            PAGE[0] - M - 72,
            19,
            symbology=symbology,
            text_size=8,
            max_module_mm=0.33,
        )
    sheet.line(M, M + 24, PAGE[0] - M, M + 24, 0.6)
    sheet.text(M, M + 30, "Адресат отправления:", 7)
    sheet.fitted(M + 30, M + 30, item.recipient_name, width - 30, 8.5, bold=True)
    sheet.fitted(M + 30, M + 34.5, f"{item.postcode}, {item.address}", width - 30, 7.5)
    sheet.rect(M, M + 39, width, 50, width=0.8)
    sheet.text(M + 3, M + 45, "Вернуть по адресу:", 8, bold=True)
    sheet.text(M + 3, M + 52, "Кому:", 7.5)
    bottom = sheet.paragraph(M + 16, M + 52, client.name, width - 20, 10, bold=True, max_lines=2)
    top = max(bottom + 4.5, M + 61)
    sheet.text(M + 3, top, "Куда:", 7.5)
    sheet.paragraph(M + 16, top, client.address, width - 20, 9, max_lines=2)
    sheet.text(M + 3, M + 84, "Индекс:", 7.5)
    sheet.cells(M + 16, M + 78, client.postcode, count=6, cell_mm=6.5, height_mm=7.5, size=12)


def _back(sheet: Sheet, item: DocumentItem) -> None:
    width = PAGE[0] - 2 * M
    sheet.text(M, M + 5, "Отметки о вручении", 10, bold=True)
    if item.barcode:
        sheet.text(PAGE[0] - M, M + 5, f"ШПИ {item.barcode}", 8, align="right")
    rows = (
        "Вручено (кому):",
        "Дата вручения:",
        "Доверенность №:",
        "Подпись получателя:",
        "Вручил (работник почтовой связи):",
    )
    for index, label in enumerate(rows):
        top = M + 16 + index * 11
        sheet.text(M, top, label, 8)
        sheet.line(M + 56, top + 0.8, M + width, top + 0.8, 0.3)
    sheet.rect(PAGE[0] - M - 36, PAGE[1] - M - 22, 36, 22, width=0.4)
    sheet.text(PAGE[0] - M - 18, PAGE[1] - M - 18, "Оттиск КПШ", 6.5, align="centre")
