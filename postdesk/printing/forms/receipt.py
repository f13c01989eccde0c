"""The acceptance receipt handed to the client: what was accepted and what it costs, A4 portrait."""

from __future__ import annotations

from postdesk.common.money import format_kop
from postdesk.common.weights import format_mass
from postdesk.printing import wording as w
from postdesk.printing.data import Document
from postdesk.printing.f103_lists import lists_of
from postdesk.printing.forms.f103 import office_text
from postdesk.printing.money import amount_in_words
from postdesk.printing.sheet import NO_OFFSET, Offset, Sheet

PAGE = (210.0, 297.0)
L, R = 15.0, 195.0


def render_receipt(document: Document, *, offset: Offset = NO_OFFSET) -> bytes:
    header = document.header
    client = header.client
    totals = document.totals
    lists = lists_of(document)
    numbers = ", ".join(printed.number for printed in lists)
    sheet = Sheet(*PAGE, offset=offset, title=f"Квитанция о приёме, список № {numbers}")
    sheet.text(L, 16, "ПОЧТА РОССИИ", 11, bold=True)
    office = office_text(header.office_postcode, header.office_name)
    sheet.fitted(R, 16, f"ОПС {office}" if office != "—" else "", 110, 8.5, align="right")
    sheet.text(105, 30, "КВИТАНЦИЯ", 15, bold=True, align="centre")
    sheet.text(105, 36, "о приёме партии почтовых отправлений", 10.5, align="centre")
    sheet.fitted(
        105,
        42,
        f"по {'списку' if len(lists) == 1 else 'спискам'} ф.103 № {numbers} от {w.date_ru(header.list_date)}",
        R - L,
        10.5,
        align="centre",
    )
    kinds = "; ".join(
        f"{w.kind_ru(printed.kind.mail_type, printed.kind.mail_category)}, "
        f"{w.name_of(w.MAIL_RANKS, printed.kind.mail_rank)}"
        + (f" (№ {printed.number})" if len(lists) > 1 else "")
        for printed in lists
    )
    top = 54.0
    requisites = f"ИНН {client.inn}" + (f", КПП {client.kpp}" if client.kpp else "")
    for label, value in (
        ("Отправитель", client.name),
        ("Реквизиты", requisites),
        ("Договор", f"№ {header.contract_number}" if header.contract_number else "—"),
        ("Отправления", kinds),
        ("Способ оплаты", w.name_of(w.PAYMENT_METHODS, header.payment_method)),
    ):
        sheet.text(L, top, label + ":", 9)
        sheet.fitted(L + 35, top, value, R - L - 35, 10, bold=label == "Отправитель")
        sheet.line(L + 35, top + 1, R, top + 1, 0.3)
        top += 7.5
    top += 4
    rows = (
        ("Принято отправлений, шт.", str(totals.count)),
        ("в том числе с уведомлением о вручении", str(totals.notices)),
        ("Общая масса, кг", format_mass(totals.priced_mass_g)),
        ("Объявленная ценность, руб.", format_kop(totals.declared_value_kop)),
        ("Наложенный платёж, руб.", format_kop(totals.cod_kop)),
        ("Плата за пересылку, руб.", format_kop(totals.net_kop)),
        ("НДС, руб.", format_kop(totals.vat_kop)),
    )
    for index, (label, value) in enumerate(rows):
        y = top + index * 7.5
        if index % 2 == 0:
            sheet.rect(L, y, R - L, 7.5, width=0, fill_grey=0.95)
        sheet.text(L + 2, y + 5.2, label, 9.5)
        sheet.text(R - 2, y + 5.2, value, 10, bold=True, align="right")
    top += len(rows) * 7.5
    sheet.rect(L, top - len(rows) * 7.5, R - L, len(rows) * 7.5, width=0.5)
    payable = totals.fee_with_vat_kop
    sheet.rect(L, top + 3, R - L, 17, width=0.9)
    sheet.text(L + 2, top + 9, "Итого к оплате, руб.:", 10.5, bold=True)
    sheet.text(R - 2, top + 9.2, format_kop(payable), 13, bold=True, align="right")
    sheet.paragraph(L + 2, top + 15.5, amount_in_words(payable), R - L - 4, 9.5, max_lines=1)
    top += 32
    sheet.text(L, top, "Принял (работник ОПС):", 9)
    sheet.line(L + 42, top + 1, L + 82, top + 1, 0.4)
    sheet.text(L + 62, top + 4.2, "подпись", 6.5, align="centre")
    sheet.fitted(L + 86, top, header.operator_name, 44, 9.5)
    sheet.line(L + 86, top + 1, L + 130, top + 1, 0.4)
    sheet.text(L, top + 12, "Документы получил (отправитель):", 9)
    sheet.line(L + 60, top + 13, L + 100, top + 13, 0.4)
    sheet.text(L + 80, top + 16.2, "подпись", 6.5, align="centre")
    sheet.rect(R - 45, top - 5, 45, 30, width=0.4)
    sheet.text(R - 22.5, top - 1, "Оттиск КПШ", 7, align="centre")
    return sheet.finish()
