"""ф.107: the inventory of contents, two identical copies side by side on A4 landscape.

One copy goes inside the parcel, the other back to the sender. Lines without a declared value
print a dash; an item marked for an inventory but without lines gets blank lines to fill in
by hand. The total must equal the item's declared value: a mismatch is printed, not hidden.
"""

from __future__ import annotations

from postdesk.common.money import format_kop
from postdesk.printing.barcodes import Symbology
from postdesk.printing.data import Document, DocumentItem, InventoryLine
from postdesk.printing.sheet import NO_OFFSET, Offset, Sheet

PAGE = (297.0, 210.0)
HALF = PAGE[0] / 2
LINES = 14
COLUMNS = (
    (("№", "п/п"), 10.0),
    (("Наименование предметов",), 76.0),
    (("Количество", "предметов"), 20.0),
    (("Объявленная", "ценность, руб."), 26.0),
)


def render_f107(
    document: Document, *, offset: Offset = NO_OFFSET, symbology: Symbology = Symbology.CODE128
) -> bytes:
    sheet = Sheet(*PAGE, offset=offset, title=f"Описи вложения ф.107, список № {document.header.list_number}")
    first = True
    for item in document.items:
        chunks = [item.inventory[i : i + LINES] for i in range(0, len(item.inventory), LINES)] or [()]
        for number, chunk in enumerate(chunks, start=1):
            if not first:
                sheet.next_page()
            first = False
            last = number == len(chunks)
            for copy, left in enumerate((8.0, HALF + 8.0), start=1):
                _copy(
                    sheet,
                    document,
                    item,
                    left=left,
                    copy=copy,
                    symbology=symbology,
                    lines=chunk,
                    last=last,
                    first_number=(number - 1) * LINES + 1,
                )
                if len(chunks) > 1:
                    sheet.text(
                        left + (HALF - 16) / 2, 200, f"Лист {number} из {len(chunks)}", 7, align="centre"
                    )
            sheet.cut_mark(HALF)
    return sheet.finish()


def _copy(
    sheet: Sheet,
    document: Document,
    item: DocumentItem,
    *,
    left: float,
    copy: int,
    symbology: Symbology,
    lines: tuple[InventoryLine, ...],
    last: bool,
    first_number: int = 1,
) -> None:
    width = HALF - 16
    right = left + width
    sheet.text(left, 12, "ф. 107", 8, bold=True)
    sheet.text(
        right, 12, "экземпляр в отправление" if copy == 1 else "экземпляр отправителю", 7, align="right"
    )
    sheet.text(left + width / 2, 19, "О П И С Ь", 13, bold=True, align="centre")
    sheet.text(left + width / 2, 24, "вложения", 9, align="centre")
    if item.barcode:
        sheet.barcode(
            item.barcode, left + 28, 26, width - 56, 14, symbology=symbology, text_size=8, max_module_mm=0.3
        )
    sheet.text(left, 46, "Куда:", 7.5)
    sheet.fitted(left + 12, 46, f"{item.postcode}, {item.address}", width - 12, 8.5)
    sheet.line(left + 12, 47, right, 47, 0.3)
    sheet.text(left, 52, "Кому:", 7.5)
    sheet.fitted(left + 12, 52, item.recipient_name, width - 12, 9, bold=True)
    sheet.line(left + 12, 53, right, 53, 0.3)
    top = _table(sheet, lines, item.inventory if last else None, left=left, top=57, first_number=first_number)
    if last and item.inventory and item.declared_value_kop != sum(x.value_kop or 0 for x in item.inventory):
        sheet.fitted(
            left,
            top + 3.5,
            "Внимание: итог описи не равен объявленной ценности отправления "
            f"({format_kop(item.declared_value_kop)} руб.)",
            width,
            7.5,
            bold=True,
        )
        top += 3
    sheet.text(left, top + 7, "Отправитель:", 7.5)
    sheet.line(left + 20, top + 7.8, left + 55, top + 7.8, 0.3)
    sheet.text(left + 37.5, top + 10.3, "подпись", 5.5, align="centre")
    sheet.fitted(left + 58, top + 7, document.header.client.name, width - 58 - 41, 7.5)
    sheet.text(left, top + 16, "Проверил (работник ОПС):", 7.5)
    sheet.line(left + 36, top + 16.8, left + 75, top + 16.8, 0.3)
    sheet.text(left + 55.5, top + 19.3, "подпись", 5.5, align="centre")
    sheet.rect(right - 38, top + 3, 38, 22, width=0.4)
    sheet.text(right - 19, top + 6.5, "Оттиск КПШ", 6.5, align="centre")


def _table(
    sheet: Sheet,
    lines: tuple[InventoryLine, ...],
    all_lines: tuple[InventoryLine, ...] | None,
    *,
    left: float,
    top: float,
    first_number: int,
) -> float:
    """The 14-line table; ``all_lines`` (on the last sheet) gives the totals row its figures."""
    head, row = 8.0, 7.0
    edges = [left]
    for _title, width in COLUMNS:
        edges.append(edges[-1] + width)
    sheet.rect(left, top, edges[-1] - left, head, width=0, fill_grey=0.9)
    for (title, width), x in zip(COLUMNS, edges, strict=False):
        for index, text in enumerate(title):
            sheet.text(
                x + width / 2,
                top + 3.4 + index * 2.8 + (1.4 if len(title) == 1 else 0),
                text,
                6.5,
                bold=True,
                narrow=True,
                align="centre",
            )
    y = top + head
    shown = lines[:LINES]
    for number in range(1, LINES + 1):
        baseline = y + row - 2.2
        if number <= len(shown):
            line = shown[number - 1]
            sheet.text(edges[1] - 1.5, baseline, str(first_number + number - 1), 8, align="right")
            sheet.fitted(edges[1] + 1.5, baseline, line.name, COLUMNS[1][1] - 3, 8.5)
            sheet.text(edges[3] - 2, baseline, str(line.quantity), 8.5, align="right")
            sheet.text(edges[4] - 2, baseline, format_kop(line.value_kop), 8.5, align="right")
        y += row
        sheet.line(left, y, edges[-1], y, 0.3)
    totals = all_lines or ()
    quantity = sum(line.quantity for line in totals)
    value = sum(line.value_kop or 0 for line in totals)
    sheet.text(
        edges[1] + 1.5,
        y + row - 2.2,
        "Итого" if all_lines is not None else "Продолжение на следующем листе",
        8.5,
        bold=True,
    )
    if totals:
        sheet.text(edges[3] - 2, y + row - 2.2, str(quantity), 8.5, bold=True, align="right")
        sheet.text(edges[4] - 2, y + row - 2.2, format_kop(value), 8.5, bold=True, align="right")
    y += row
    for x in edges:
        sheet.line(x, top, x, y, 0.4)
    sheet.rect(left, top, edges[-1] - left, y - top, width=0.7)
    return y
