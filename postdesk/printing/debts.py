"""Debt reminder letters and reconciliation statements (акт сверки) as PDF, A4 portrait.

Drawn with the forms' sheet and fonts. :func:`debt_reminder_pdf` and :func:`reconciliation_pdf`
take plain data and the office's one letterhead (``printing.letters``, filled from the letter
settings), the same one the answers to complaints carry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from postdesk.common.money import format_kop
from postdesk.printing.letters.model import Letterhead
from postdesk.printing.money import amount_in_words
from postdesk.printing.sheet import Sheet
from postdesk.printing.wording import date_ru

PAGE = (210.0, 297.0)
L, R = 20.0, 190.0
_BOTTOM = 270.0


@dataclass(frozen=True)
class InvoiceLine:
    entry_on: dt.date
    due_on: dt.date
    document: str
    unpaid_kop: int
    days_overdue: int


@dataclass(frozen=True)
class DebtLetter:
    letterhead: Letterhead
    letter_date: dt.date
    client_name: str
    client_inn: str
    client_address: str
    contract_number: str
    contract_signed_on: dt.date
    debt_kop: int
    overdue_kop: int
    deadline: dt.date
    consequence: str
    invoices: tuple[InvoiceLine, ...]


@dataclass(frozen=True)
class StatementLine:
    day: dt.date
    document: str
    debit_kop: int  # charged to the client
    credit_kop: int  # paid or reversed in the client's favour


@dataclass(frozen=True)
class Reconciliation:
    letterhead: Letterhead
    client_name: str
    client_inn: str
    contract_number: str
    start: dt.date
    end: dt.date
    opening_kop: int  # the client's balance before ``start`` (negative: the client owed)
    lines: tuple[StatementLine, ...]

    @property
    def closing_kop(self) -> int:
        return self.opening_kop + sum(x.credit_kop - x.debit_kop for x in self.lines)


def _head(sheet: Sheet, head: Letterhead) -> float:
    sheet.text(L, 18, "ПОЧТА РОССИИ", 12, bold=True)
    sheet.fitted(R, 18, head.office_name, 110, 9, align="right")
    place = ", ".join(p for p in (head.address, head.contacts) if p)
    if place:
        sheet.fitted(R, 23, place, 110, 8, align="right")
    sheet.line(L, 26, R, 26, 0.8)
    return 34.0


def debt_reminder_pdf(letter: DebtLetter) -> bytes:
    sheet = Sheet(*PAGE, title=f"Напоминание о задолженности: {letter.client_name}")
    top = _head(sheet, letter.letterhead)
    sheet.text(L, top, date_ru(letter.letter_date), 10)
    sheet.fitted(R, top, letter.client_name, 90, 10.5, bold=True, align="right")
    sheet.fitted(R, top + 5, f"ИНН {letter.client_inn}", 90, 9, align="right")
    if letter.client_address:
        sheet.fitted(R, top + 10, letter.client_address, 90, 8.5, align="right")
    top += 24
    sheet.text(105, top, "НАПОМИНАНИЕ О ЗАДОЛЖЕННОСТИ", 13, bold=True, align="centre")
    top += 10
    body = (
        f"По договору № {letter.contract_number} от {date_ru(letter.contract_signed_on)} "
        f"за вами числится задолженность {format_kop(letter.debt_kop)} руб. "
        f"({amount_in_words(letter.debt_kop, capitalise=False)}), из неё просрочено "
        f"{format_kop(letter.overdue_kop)} руб. Просим погасить задолженность до "
        f"{date_ru(letter.deadline)}."
    )
    top = sheet.paragraph(L, top, body, R - L, 10.5) + 6
    sheet.text(L, top, "Счета, по которым не поступила оплата:", 10, bold=True)
    top += 6
    columns = (
        (L, "Дата"),
        (L + 28, "Документ"),
        (L + 95, "Срок оплаты"),
        (L + 125, "Дней"),
        (R, "Сумма, руб."),
    )
    for x, title in columns:
        sheet.text(x, top, title, 8.5, bold=True, align="right" if x == R else "left")
    sheet.line(L, top + 1.5, R, top + 1.5, 0.4)
    top += 6
    shown = letter.invoices[:25]
    for line in shown:
        sheet.text(L, top, date_ru(line.entry_on), 9)
        sheet.fitted(L + 28, top, line.document or "—", 64, 9)
        sheet.text(L + 95, top, date_ru(line.due_on), 9)
        sheet.text(L + 125, top, str(max(0, line.days_overdue)), 9)
        sheet.text(R, top, format_kop(line.unpaid_kop), 9, align="right")
        top += 5
    if len(letter.invoices) > len(shown):
        rest = sum(x.unpaid_kop for x in letter.invoices[len(shown) :])
        sheet.text(L, top, f"и ещё {len(letter.invoices) - len(shown)} счетов", 9)
        sheet.text(R, top, format_kop(rest), 9, align="right")
        top += 5
    sheet.line(L, top - 3.5, R, top - 3.5, 0.4)
    sheet.text(L, top + 1, "Итого задолженность:", 10, bold=True)
    sheet.text(R, top + 1, format_kop(letter.debt_kop), 10, bold=True, align="right")
    top += 10
    top = sheet.paragraph(L, top, letter.consequence, R - L, 10) + 8
    sheet.paragraph(
        L,
        top,
        "Если оплата уже произведена, просим сообщить номер и дату платёжного поручения. "
        "Акт сверки взаимных расчётов направим по запросу.",
        R - L,
        9,
    )
    sheet.text(L, _BOTTOM, "Начальник отделения", 10)
    sheet.line(L + 45, _BOTTOM + 1, L + 95, _BOTTOM + 1, 0.4)
    return sheet.finish()


def reconciliation_pdf(statement: Reconciliation) -> bytes:
    sheet = Sheet(*PAGE, title=f"Акт сверки: {statement.client_name}")
    top = _head(sheet, statement.letterhead)
    sheet.text(105, top, "АКТ СВЕРКИ ВЗАИМНЫХ РАСЧЁТОВ", 13, bold=True, align="centre")
    top += 6
    sheet.text(
        105, top, f"за период с {date_ru(statement.start)} по {date_ru(statement.end)}", 10, align="centre"
    )
    top += 8
    sheet.paragraph(
        L,
        top,
        f"между {statement.letterhead.office_name} и {statement.client_name} (ИНН {statement.client_inn}) "
        f"по договору № {statement.contract_number}",
        R - L,
        10,
    )
    top += 14
    x_doc, x_debit, x_credit = L + 25, R - 35, R
    for x, title, align in (
        (L, "Дата", "left"),
        (x_doc, "Документ", "left"),
        (x_debit, "Начислено", "right"),
        (x_credit, "Оплачено", "right"),
    ):
        sheet.text(x, top, title, 9, bold=True, align=align)
    sheet.line(L, top + 1.5, R, top + 1.5, 0.4)
    top += 6
    opening = statement.opening_kop
    sheet.text(x_doc, top, "Сальдо на начало периода", 9, bold=True)
    sheet.text(x_debit if opening < 0 else x_credit, top, format_kop(abs(opening)), 9, align="right")
    top += 5.5
    for line in statement.lines:
        if top > _BOTTOM - 25:
            sheet.next_page()
            top = 20.0
        sheet.text(L, top, date_ru(line.day), 9)
        sheet.fitted(x_doc, top, line.document, x_debit - x_doc - 30, 9)
        if line.debit_kop:
            sheet.text(x_debit, top, format_kop(line.debit_kop), 9, align="right")
        if line.credit_kop:
            sheet.text(x_credit, top, format_kop(line.credit_kop), 9, align="right")
        top += 5
    sheet.line(L, top - 3.5, R, top - 3.5, 0.4)
    debit = sum(x.debit_kop for x in statement.lines)
    credit = sum(x.credit_kop for x in statement.lines)
    sheet.text(x_doc, top + 1, "Обороты за период", 9, bold=True)
    sheet.text(x_debit, top + 1, format_kop(debit), 9, bold=True, align="right")
    sheet.text(x_credit, top + 1, format_kop(credit), 9, bold=True, align="right")
    closing = statement.closing_kop
    top += 7
    sheet.text(x_doc, top, "Сальдо на конец периода", 9, bold=True)
    sheet.text(
        x_debit if closing < 0 else x_credit, top, format_kop(abs(closing)), 9, bold=True, align="right"
    )
    top += 10
    verdict = (
        f"Задолженность {statement.client_name} на {date_ru(statement.end)}: {format_kop(-closing)} руб."
        if closing < 0
        else f"Задолженности {statement.client_name} на {date_ru(statement.end)} нет; "
        f"аванс {format_kop(closing)} руб."
    )
    sheet.paragraph(L, top, verdict, R - L, 10)
    sheet.text(L, _BOTTOM, "От отделения:", 9)
    sheet.line(L + 25, _BOTTOM + 1, L + 75, _BOTTOM + 1, 0.4)
    sheet.text(L + 90, _BOTTOM, "От клиента:", 9)
    sheet.line(L + 112, _BOTTOM + 1, R, _BOTTOM + 1, 0.4)
    return sheet.finish()
