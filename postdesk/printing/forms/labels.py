"""ф.7-п address labels: one label per item, on the workstation's label stock.

The label is designed for 198 × 141 mm stock and laid out evenly scaled on smaller stock;
the barcode keeps a real module of at least 0.25 mm and 2.5 mm quiet zones whatever the scale.
"""

from __future__ import annotations

from postdesk.common.money import format_kop
from postdesk.common.weights import format_mass
from postdesk.printing import wording as w
from postdesk.printing.barcodes import Symbology
from postdesk.printing.data import Document, DocumentItem
from postdesk.printing.options import LabelStock
from postdesk.printing.sheet import NO_OFFSET, Offset, Sheet

DESIGN = (198.0, 141.0)
M = 6.0  # margin
MID = 99.0
DESIGN_STOCK = LabelStock(*DESIGN)


def render_labels(
    document: Document,
    *,
    stock: LabelStock = DESIGN_STOCK,
    offset: Offset = NO_OFFSET,
    symbology: Symbology = Symbology.CODE128,
) -> bytes:
    sheet = Sheet(
        stock.width_mm,
        stock.height_mm,
        offset=offset,
        design=DESIGN,
        title=f"Адресные ярлыки ф.7-п, список № {document.header.list_number}",
    )
    for index, item in enumerate(document.items):
        if index:
            sheet.next_page()
        draw_label(sheet, document, item, symbology)
    return sheet.finish()


def draw_label(sheet: Sheet, document: Document, item: DocumentItem, symbology: Symbology) -> None:
    header = document.header
    width, height = DESIGN
    sheet.rect(M - 2, M - 2, width - 2 * M + 4, height - 2 * M + 4, width=0.8)
    sheet.text(M, M + 4, "ПОЧТА РОССИИ", 12, bold=True)
    sheet.text(width - M, M + 4, "ф. 7-п", 9, bold=True, align="right")
    mail_type = item.mail_type or header.mail_type
    kind = w.kind_ru(mail_type, item.mail_category or header.mail_category)
    type_name = w.name_of(w.MAIL_TYPES, mail_type)
    sheet.text(M, M + 10, type_name.upper() + kind[len(type_name) :], 8.5, bold=True)
    sheet.line(M - 2, M + 12.5, width - M + 2, M + 12.5, 0.6)
    sheet.line(MID, M + 12.5, MID, height - M - 8, 0.6)
    _sender(sheet, document)
    _amounts(sheet, item)
    _recipient(sheet, item, symbology)
    sheet.line(M - 2, height - M - 8, width - M + 2, height - M - 8, 0.6)
    sheet.text(
        M,
        height - M - 2.5,
        f"Отправление № {item.seq} списка № {header.list_number} от {w.date_ru(header.list_date)}",
        7.5,
    )
    notice = w.NOTICE_TITLES.get(item.notice)
    if notice:
        sheet.text(width - M, height - M - 2.5, f"С уведомлением ({notice})", 8, bold=True, align="right")


def _sender(sheet: Sheet, document: Document) -> None:
    client = document.header.client
    left, right = M, MID - 4
    sheet.text(left, M + 18, "От кого:", 7.5)
    bottom = sheet.paragraph(left + 13, M + 18, client.name, right - left - 13, 10, bold=True, max_lines=2)
    top = max(bottom + 4.5, M + 27)
    sheet.text(left, top, "Откуда:", 7.5)
    bottom = sheet.paragraph(left + 13, top, client.address, right - left - 13, 9, max_lines=3)
    top = bottom + 3
    sheet.text(left, top + 5, "Индекс:", 7.5)
    sheet.cells(left + 13, top, client.postcode, count=6, cell_mm=6.0, height_mm=7.0, size=12)
    if client.phone:
        sheet.text(left + 53, top + 5, f"Тел.: {client.phone}", 8)


def _amounts(sheet: Sheet, item: DocumentItem) -> None:
    left, right = M, MID - 4
    top = 60.0
    rows = (("Объявленная ценность", item.declared_value_kop), ("Наложенный платёж", item.cod_kop))
    for index, (label, value) in enumerate(rows):
        row_top = top + index * 11
        sheet.rect(left, row_top, right - left, 9, width=0.5)
        sheet.text(left + 2, row_top + 6, label + ",  руб.", 8.5)
        sheet.text(
            right - 2, row_top + 6.3, format_kop(value) if value else "—", 11, bold=True, align="right"
        )
    sheet.text(left, top + 27, f"Масса: {format_mass(item.priced_mass_g)} кг", 9)
    if item.needs_inventory:
        sheet.text(right, top + 27, "С описью вложения", 9, bold=True, align="right")
    sheet.rect(left, top + 32, right - left, 33, width=0.4)
    sheet.text(left + 2, top + 36, "Отметки ОПС места приёма", 7)


def _recipient(sheet: Sheet, item: DocumentItem, symbology: Symbology) -> None:
    left, right = MID + 4, DESIGN[0] - M
    if item.barcode:
        sheet.barcode(item.barcode, left, M + 14.5, right - left, 24, symbology=symbology, text_size=10)
    top = M + 46
    sheet.text(left, top, "Кому:", 7.5)
    bottom = sheet.paragraph(
        left + 11, top, item.recipient_name, right - left - 11, 11, bold=True, max_lines=2
    )
    top = max(bottom + 5, top + 9)
    sheet.text(left, top, "Куда:", 7.5)
    bottom = sheet.paragraph(left + 11, top, item.address, right - left - 11, 10, max_lines=4)
    top = max(bottom + 3, 84.0)
    sheet.text(left, top + 6.5, "Индекс:", 7.5)
    sheet.cells(left + 13, top, item.postcode, count=6, cell_mm=8.0, height_mm=9.0, size=15)
    if item.phone:
        sheet.text(left, top + 15, f"Тел. получателя: {item.phone}", 9)
