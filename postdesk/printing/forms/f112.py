"""ф.112ЭП: the postal money order that carries a cash-on-delivery remittance back to the client.

A4 portrait, one per item with cash on delivery. The payee is the client (with its bank
requisites for crediting an account), the payer the item's addressee; the amount is printed
in figures and in words, the message boxes name the item the money is paid for.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from postdesk.printing import wording as w
from postdesk.printing.barcodes import Symbology
from postdesk.printing.data import Document, DocumentItem
from postdesk.printing.fonts import FONTS, text_width
from postdesk.printing.money import amount_in_words, format_rub_kop
from postdesk.printing.sheet import NO_OFFSET, Offset, Sheet

PAGE = (210.0, 297.0)
L, R = 12.0, 198.0
CELL = 4.8


def render_f112(
    document: Document, *, offset: Offset = NO_OFFSET, symbology: Symbology = Symbology.CODE128
) -> bytes:
    sheet = Sheet(
        *PAGE, offset=offset, title=f"Почтовые переводы ф.112ЭП, список № {document.header.list_number}"
    )
    for index, item in enumerate(document.items):
        if index:
            sheet.next_page()
        _draw(sheet, document, item, symbology)
    return sheet.finish()


def message_lines(document: Document, item: DocumentItem) -> tuple[str, str]:
    """The two 35-character message lines: which item and which list the money is for."""
    header = document.header
    first = f"НП за РПО {item.barcode or item.seq}"
    second = f"список {header.list_number} от {w.date_ru(header.list_date)}"
    return first[:35], second[:35]


def _draw(sheet: Sheet, document: Document, item: DocumentItem, symbology: Symbology) -> None:
    sheet.text(L, 14, "ПОЧТА РОССИИ", 11, bold=True)
    sheet.text(L, 22, "ПОЧТОВЫЙ ПЕРЕВОД", 15, bold=True)
    sheet.text(L, 28, "наложенного платежа", 10)
    sheet.text(L, 33, "ф. 112ЭП", 9, bold=True)
    if item.barcode:
        sheet.text(R - 35, 9, "к отправлению", 7, align="centre")
        sheet.barcode(
            item.barcode, R - 70, 10.5, 70, 20, symbology=symbology, text_size=9, max_module_mm=0.35
        )
    _amount(sheet, item.cod_kop)
    _payee(sheet, document)
    top = 138.0
    _section(sheet, top, "Сообщение")
    for index, line in enumerate(message_lines(document, item)):
        sheet.cells(L, top + 5 + index * 7, line.upper(), count=35, cell_mm=CELL, height_mm=6.0, size=9)
    _payer(sheet, item)
    _office_part(sheet)
    sheet.text(
        L,
        285,
        f"Отправление № {item.seq} списка № {document.header.list_number} от "
        f"{w.date_ru(document.header.list_date)}",
        7.5,
    )


def _amount(sheet: Sheet, cod_kop: int) -> None:
    top = 40.0
    rubles, kopecks = format_rub_kop(cod_kop)
    sheet.rect(L, top, R - L, 20, width=0.8)
    sheet.text(L + 3, top + 7, "на сумму", 8.5)
    x = L + 22
    for value, unit in ((rubles, "руб."), (kopecks, "коп.")):
        sheet.text(x, top + 7.5, value, 15, bold=True)
        x += text_width(value, FONTS.bold, 15) / mm + 2
        sheet.text(x, top + 7, unit, 9)
        x += 12
    sheet.paragraph(
        L + 3, top + 14, f"({amount_in_words(cod_kop, capitalise=False)})", R - L - 6, 9, max_lines=1
    )


def _payee(sheet: Sheet, document: Document) -> None:
    client = document.header.client
    top = 66.0
    _section(sheet, top, "Кому (получатель перевода)")
    sheet.fitted(L, top + 7, client.name, R - L, 11, bold=True)
    sheet.text(L, top + 14, "Куда:", 8)
    sheet.paragraph(L + 12, top + 14, client.address, R - L - 60, 9, max_lines=2)
    sheet.cells(R - 6 * 6.5, top + 9.5, client.postcode, count=6, cell_mm=6.5, height_mm=7.0, size=12)
    top = 92.0
    _section(sheet, top, "Реквизиты для зачисления на расчётный счёт")
    _boxed(sheet, top + 6, "ИНН", client.inn, 12)
    _boxed(sheet, top + 6, "БИК", client.bik, 9, x=L + 110)
    _boxed(sheet, top + 15, "Корр. счёт", client.correspondent_account, 20)
    _boxed(sheet, top + 24, "Расчётный счёт", client.settlement_account, 20)
    sheet.text(L, top + 37, "Банк:", 8)
    sheet.fitted(L + 28, top + 37, client.bank_name, R - L - 28, 9.5)
    sheet.line(L + 28, top + 38, R, top + 38, 0.3)


def _payer(sheet: Sheet, item: DocumentItem) -> None:
    top = 167.0
    _section(sheet, top, "От кого (отправитель перевода)")
    sheet.fitted(L, top + 7, item.recipient_name, R - L, 11, bold=True)
    sheet.text(L, top + 14, "Адрес:", 8)
    sheet.paragraph(L + 12, top + 14, item.address, R - L - 60, 9, max_lines=2)
    sheet.cells(R - 6 * 6.5, top + 9.5, item.postcode, count=6, cell_mm=6.5, height_mm=7.0, size=12)
    if item.phone:
        sheet.text(L, top + 25, f"Телефон: {item.phone}", 9)


def _office_part(sheet: Sheet) -> None:
    top = 198.0
    _section(sheet, top, "Заполняется работником почтовой связи")
    for index, label in enumerate(("Перевод принят, дата:", "Принял (подпись):")):
        y = top + 10 + index * 10
        sheet.text(L, y, label, 8.5)
        sheet.line(L + 38, y + 0.8, L + 110, y + 0.8, 0.3)
    sheet.rect(R - 50, top + 4, 50, 34, width=0.4)
    sheet.text(R - 25, top + 8, "Оттиск КПШ", 7, align="centre")


def _section(sheet: Sheet, top: float, title: str) -> None:
    sheet.rect(L, top - 3.8, R - L, 5.0, width=0, fill_grey=0.9)
    sheet.text(L + 1.5, top, title, 8.5, bold=True)


def _boxed(sheet: Sheet, top: float, label: str, value: str, count: int, *, x: float = L) -> None:
    sheet.text(x, top + 4.6, label, 8)
    sheet.cells(x + 28, top, value, count=count, cell_mm=CELL, height_mm=6.0, size=9)
