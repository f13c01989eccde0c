"""ф.103: the list of batch items, A4 landscape, every copy complete with page and grand totals.

The rows are laid out once (wrapping names and addresses, paginating) and drawn for each copy,
so the copies are identical page for page. Cell text goes through one text object per page,
and the grid is one path per page: the form costs little more than writing its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.textobject import PDFTextObject

from postdesk.common.money import format_kop
from postdesk.common.weights import format_mass
from postdesk.printing import wording as w
from postdesk.printing.data import Document, DocumentItem, Totals
from postdesk.printing.fonts import FONTS, text_width
from postdesk.printing.money import amount_in_words
from postdesk.printing.sheet import NO_OFFSET, Offset, Sheet, wrap

PAGE_W, PAGE_H = 297.0, 210.0
LEFT, RIGHT, TOP, BOTTOM = 12.0, 10.0, 9.0, 10.0
SIZE = 7.5  # cell text, points
LEADING = 3.1  # mm between lines of a cell
PAD = 1.2  # mm above the first line and below the last
HEAD_FIRST = 47.0  # mm from the top edge to the table on the first page
HEAD_NEXT = 21.0
TABLE_HEAD = 9.0
TOTAL_ROW = 5.0
SUMMARY = 44.0  # grand totals in words, signatures, stamp
FOOT = 6.0

# (title lines, width mm, right-aligned)
COLUMNS: tuple[tuple[tuple[str, ...], float, bool], ...] = (
    (("№", "п/п"), 9, True),
    (("ШПИ",), 28, False),
    (("Адресат", "(наименование, ФИО, телефон)"), 52, False),
    (("Адрес, индекс",), 73, False),
    (("Масса,", "кг"), 15, True),
    (("Объявленная", "ценность, руб."), 21, True),
    (("Наложенный", "платёж, руб."), 21, True),
    (("Плата за", "пересылку, руб."), 21, True),
    (("НДС,", "руб."), 16, True),
    (("Отметки",), 19, False),
)
EDGES = [LEFT]
for _title, _column_width, _aligned_right in COLUMNS:
    EDGES.append(EDGES[-1] + _column_width)


@dataclass(frozen=True)
class Row:
    item: DocumentItem
    name: list[str]
    address: list[str]
    marks: list[str]
    height: float


@dataclass(frozen=True)
class Page:
    rows: Sequence[Row]
    totals: Totals
    first: bool
    last: bool


def layout(document: Document) -> list[Page]:
    """Rows wrapped and split into pages; the last page keeps room for the summary block."""
    font = FONTS.narrow
    name_w = (COLUMNS[2][1] - 2) * mm
    addr_w = (COLUMNS[3][1] - 2) * mm
    rows = []
    for item in document.items:
        name = wrap(item.recipient_name, font, SIZE, name_w, max_lines=3)
        if item.phone:
            name.append(item.phone)
        address = wrap(
            f"{item.postcode}, {item.address}" if item.postcode else item.address,
            font,
            SIZE,
            addr_w,
            max_lines=4,
        )
        marks = _marks(item)
        lines = max(len(name), len(address), len(marks), 1)
        rows.append(Row(item, name, address, marks, (lines - 1) * LEADING + SIZE * 0.3528 + 2 * PAD))
    pages: list[Page] = []
    start = 0
    while True:
        first = not pages
        room = PAGE_H - BOTTOM - FOOT - TOTAL_ROW - TABLE_HEAD - (HEAD_FIRST if first else HEAD_NEXT)
        used, end = 0.0, start
        while end < len(rows) and used + rows[end].height <= room:
            used += rows[end].height
            end += 1
        if end == start and end < len(rows):
            end += 1  # a single row taller than the page still goes somewhere
        last = end >= len(rows) and used + SUMMARY + TOTAL_ROW <= room
        if end >= len(rows) and not last and end - start > 1:
            end -= 1  # the summary does not fit: carry the last row over so it has company
        page_rows = rows[start:end]
        pages.append(Page(page_rows, Totals.of(r.item for r in page_rows), first, last))
        start = end
        if last:
            return pages


def render_f103(document: Document, *, copies: int = 2, offset: Offset = NO_OFFSET) -> bytes:
    return render_f103_lists((document,), copies=copies, offset=offset)


def render_f103_lists(documents: Sequence[Document], *, copies: int = 2, offset: Offset = NO_OFFSET) -> bytes:
    """Several lists in one file, one after another, each with its copies, pages and totals."""
    numbers = ", ".join(document.header.list_number for document in documents)
    title = f"Список ф.103 № {numbers}" if len(documents) == 1 else f"Списки ф.103 № {numbers}"
    sheet = Sheet(PAGE_W, PAGE_H, offset=offset, title=title)
    started = False
    for document in documents:
        pages = layout(document)
        grand = document.totals
        for copy in range(1, copies + 1):
            for number, page in enumerate(pages, start=1):
                if started:
                    sheet.next_page()
                started = True
                _draw_page(sheet, document, page, number=number, count=len(pages), copy=copy, grand=grand)
    return sheet.finish()


def office_text(postcode: str, name: str) -> str:
    """«430005 ОПС Саранск»: the postcode once, even when the office's name already has it."""
    name = name.strip()
    if postcode and postcode in name:
        return name
    return f"{postcode} {name}".strip() or "—"


def _copy_title(copy: int) -> str:
    return {1: "Экземпляр 1 — для ОПС", 2: "Экземпляр 2 — отправителю"}.get(copy, f"Экземпляр {copy}")


def _draw_page(
    sheet: Sheet, document: Document, page: Page, *, number: int, count: int, copy: int, grand: Totals
) -> None:
    header = document.header
    top = (
        _draw_first_header(sheet, document, copy) if page.first else _draw_next_header(sheet, document, copy)
    )
    top = _draw_table_head(sheet, top)
    table_top = top - TABLE_HEAD
    top = _draw_rows(sheet, page.rows, top)
    top = _draw_total(sheet, top, "Итого по листу", page.totals)
    if page.last:
        top = _draw_total(sheet, top, "Всего по списку", grand, bold=True)
    _draw_grid(sheet, table_top, top)
    if page.last:
        _draw_summary(sheet, document, grand, top + 4)
    sheet.text(PAGE_W / 2, PAGE_H - BOTTOM + 1, f"Лист {number} из {count}", 7, align="centre")
    sheet.text(
        PAGE_W - RIGHT,
        PAGE_H - BOTTOM + 1,
        f"Список № {header.list_number} от {w.date_ru(header.list_date)}",
        6.5,
        align="right",
    )


def _draw_first_header(sheet: Sheet, document: Document, copy: int) -> float:
    header = document.header
    client = header.client
    sheet.text(PAGE_W - RIGHT, TOP + 3, "Ф. 103", 10, bold=True, align="right")
    sheet.text(PAGE_W - RIGHT, TOP + 7, _copy_title(copy), 7.5, align="right")
    sheet.text(PAGE_W / 2, TOP + 4, f"СПИСОК № {header.list_number}", 13, bold=True, align="centre")
    sheet.text(
        PAGE_W / 2,
        TOP + 9,
        f"партионных почтовых отправлений от {w.date_ru(header.list_date)}",
        9.5,
        align="centre",
    )
    left, mid = LEFT, LEFT + 150
    top = TOP + 15.5
    requisites = f"ИНН {client.inn}" + (f", КПП {client.kpp}" if client.kpp else "")
    fields_left = (
        ("Отправитель", f"{client.name}; {requisites}"),
        ("Адрес отправителя", ", ".join(p for p in (client.postcode, client.address) if p)),
        ("Договор", f"№ {header.contract_number}" if header.contract_number else "—"),
    )
    fields_right = (
        (
            "Вид и категория РПО",
            w.kind_ru(header.mail_type, header.mail_category),
        ),
        ("Разряд", w.name_of(w.MAIL_RANKS, header.mail_rank)),
        ("Способ оплаты", w.name_of(w.PAYMENT_METHODS, header.payment_method)),
    )
    for index, (label, value) in enumerate(fields_left):
        _labelled(sheet, left, top + index * 6.5, width=140, label=label, value=value)
    for index, (label, value) in enumerate(fields_right):
        _labelled(sheet, mid, top + index * 6.5, width=PAGE_W - RIGHT - mid, label=label, value=value)
    office = office_text(header.office_postcode, header.office_name)
    _labelled(sheet, left, top + 19.5, width=PAGE_W - RIGHT - left, label="Место приёма (ОПС)", value=office)
    return HEAD_FIRST


def _labelled(sheet: Sheet, x: float, top: float, *, width: float, label: str, value: str) -> None:
    sheet.text(x, top, label + ":", 7.5)
    label_w = text_width(label + ": ", FONTS.regular, 7.5) / mm
    sheet.fitted(x + label_w, top, value, width - label_w, 8.5, bold=True, min_size=6)
    sheet.line(x + label_w, top + 1, x + width - 2, top + 1, 0.3)


def _draw_next_header(sheet: Sheet, document: Document, copy: int) -> float:
    header = document.header
    sheet.text(
        LEFT,
        TOP + 4,
        f"Список № {header.list_number} от {w.date_ru(header.list_date)} (продолжение)",
        9,
        bold=True,
    )
    sheet.fitted(LEFT, TOP + 8.5, f"Отправитель: {header.client.name}, ИНН {header.client.inn}", 180, 7.5)
    sheet.text(PAGE_W - RIGHT, TOP + 3, "Ф. 103", 10, bold=True, align="right")
    sheet.text(PAGE_W - RIGHT, TOP + 7, _copy_title(copy), 7.5, align="right")
    return HEAD_NEXT


def _draw_table_head(sheet: Sheet, top: float) -> float:
    sheet.rect(LEFT, top, EDGES[-1] - LEFT, TABLE_HEAD, width=0, fill_grey=0.9)
    for (title, width, _right), x in zip(COLUMNS, EDGES, strict=False):
        first = top + TABLE_HEAD / 2 - (len(title) - 1) * 1.4 + 1.0
        for index, line in enumerate(title):
            sheet.text(x + width / 2, first + index * 2.8, line, 6.5, narrow=True, bold=True, align="centre")
    return top + TABLE_HEAD


def _money(value: int) -> str:
    return format_kop(value) if value else "—"


def _draw_rows(sheet: Sheet, rows: Sequence[Row], top: float) -> float:
    canvas = sheet.canvas
    text = canvas.beginText()
    text.setFont(FONTS.narrow, SIZE)
    widths_cache: dict[str, float] = {}
    ascent = SIZE * 0.3528
    grid = canvas.beginPath()
    x_id, x_name, x_addr = (EDGES[i] * mm for i in range(1, 4))
    for row in rows:
        item = row.item
        baseline = top + PAD + ascent
        y = sheet.y(baseline)
        step = LEADING * mm
        _right(text, str(item.seq), EDGES[1] - 1, y, widths_cache)
        if item.barcode:
            text.setTextOrigin(x_id + 1 * mm, y)
            text.textOut(item.barcode)
        for index, line in enumerate(row.name):
            text.setTextOrigin(x_name + 1 * mm, y - index * step)
            text.textOut(line)
        for index, line in enumerate(row.address):
            text.setTextOrigin(x_addr + 1 * mm, y - index * step)
            text.textOut(line)
        _right(text, format_mass(item.priced_mass_g), EDGES[5] - 1, y, widths_cache)
        _right(text, _money(item.declared_value_kop), EDGES[6] - 1, y, widths_cache)
        _right(text, _money(item.cod_kop), EDGES[7] - 1, y, widths_cache)
        _right(text, format_kop(item.net_kop), EDGES[8] - 1, y, widths_cache)
        _right(text, format_kop(item.vat_kop), EDGES[9] - 1, y, widths_cache)
        for index, line in enumerate(row.marks):
            text.setTextOrigin((EDGES[9] + 0.8) * mm, y - index * step)
            text.textOut(line)
        top += row.height
        grid.moveTo(LEFT * mm, sheet.y(top))
        grid.lineTo(EDGES[-1] * mm, sheet.y(top))
    canvas.drawText(text)
    canvas.setLineWidth(0.3)
    canvas.drawPath(grid, stroke=1, fill=0)
    return top


def _marks(item: DocumentItem) -> list[str]:
    """Short notes, one per line: the kind of notice and the inventory."""
    marks = [w.NOTICES_SHORT[item.notice]] if w.NOTICES_SHORT.get(item.notice) else []
    if item.needs_inventory:
        marks.append("опись ф.107")
    return marks


def _right(text: PDFTextObject, value: str, right_mm: float, y: float, cache: dict[str, float]) -> None:
    width = cache.get(value)
    if width is None:
        width = cache[value] = text_width(value, FONTS.narrow, SIZE)
    text.setTextOrigin(right_mm * mm - width, y)
    text.textOut(value)


def _draw_total(sheet: Sheet, top: float, label: str, totals: Totals, *, bold: bool = False) -> float:
    baseline = top + 3.6
    sheet.rect(LEFT, top, EDGES[-1] - LEFT, TOTAL_ROW, width=0, fill_grey=0.95 if not bold else 0.88)
    sheet.text(EDGES[1] + 1, baseline, label, SIZE, bold=True, narrow=True)
    sheet.text(EDGES[2] + 1, baseline, f"отправлений: {totals.count}", SIZE, bold=bold, narrow=True)
    values = (
        format_mass(totals.priced_mass_g),
        format_kop(totals.declared_value_kop),
        format_kop(totals.cod_kop),
        format_kop(totals.net_kop),
        format_kop(totals.vat_kop),
    )
    for index, value in enumerate(values, start=5):
        sheet.text(EDGES[index] - 1, baseline, value, SIZE, bold=bold, narrow=True, align="right")
    sheet.line(LEFT, top + TOTAL_ROW, EDGES[-1], top + TOTAL_ROW, 0.6 if bold else 0.3)
    return top + TOTAL_ROW


def _draw_grid(sheet: Sheet, table_top: float, bottom: float) -> None:
    canvas = sheet.canvas
    path = canvas.beginPath()
    for x in EDGES:
        path.moveTo(x * mm, sheet.y(table_top))
        path.lineTo(x * mm, sheet.y(bottom))
    path.moveTo(LEFT * mm, sheet.y(table_top + TABLE_HEAD))
    path.lineTo(EDGES[-1] * mm, sheet.y(table_top + TABLE_HEAD))
    canvas.setLineWidth(0.5)
    canvas.drawPath(path, stroke=1, fill=0)
    sheet.rect(LEFT, table_top, EDGES[-1] - LEFT, bottom - table_top, width=0.8)


def _draw_summary(sheet: Sheet, document: Document, grand: Totals, top: float) -> None:
    header = document.header
    payable = grand.fee_with_vat_kop
    sheet.text(
        LEFT,
        top + 3,
        f"Всего отправлений: {grand.count}; общая масса: {format_mass(grand.priced_mass_g)} кг; "
        f"с уведомлением: {grand.notices}",
        8.5,
    )
    sheet.paragraph(
        LEFT,
        top + 8,
        f"Сумма платы за пересылку (с НДС): {format_kop(payable)} руб. "
        f"({amount_in_words(payable, capitalise=False)})",
        160,
        8.5,
        bold=True,
        max_lines=2,
    )
    if grand.declared_value_kop:
        sheet.paragraph(
            LEFT,
            top + 16,
            f"Объявленная ценность: {format_kop(grand.declared_value_kop)} руб. "
            f"({amount_in_words(grand.declared_value_kop, capitalise=False)})",
            160,
            8,
            max_lines=2,
        )
    sign_top = top + 25
    _signature(sheet, sign_top, "Сдал (отправитель):", "")
    _signature(sheet, sign_top + 10, "Принял (работник ОПС):", header.operator_name)
    stamp_x = PAGE_W - RIGHT - 48
    sheet.rect(stamp_x, top, 48, 36, width=0.5)
    sheet.text(stamp_x + 24, top + 4, "Оттиск КПШ ОПС места приёма", 6.5, align="centre")


def _signature(sheet: Sheet, top: float, label: str, name: str) -> None:
    """A label, a line to sign on and a line for the name, with captions underneath."""
    sheet.text(LEFT, top, label, 8)
    sign_x = LEFT + 38
    name_x = sign_x + 45
    sheet.line(sign_x, top + 0.8, sign_x + 40, top + 0.8, 0.4)
    sheet.line(name_x, top + 0.8, name_x + 70, top + 0.8, 0.4)
    sheet.text(sign_x + 20, top + 3.6, "подпись", 6, align="centre")
    sheet.text(name_x + 35, top + 3.6, "фамилия, инициалы", 6, align="centre")
    if name:
        sheet.fitted(name_x + 1, top, name, 68, 8)
