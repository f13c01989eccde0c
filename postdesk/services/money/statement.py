"""Reading a bank statement in the 1CClientBankExchange text format (pure, no database).

The file is ``key=value`` lines in Windows-1251 or UTF-8, starting with ``1CClientBankExchange``
and ending with ``КонецФайла``; each payment is a ``СекцияДокумент=...`` … ``КонецДокумента``
section. A file that is not such a statement, is cut short or has a payment with a bad date
or amount is refused as a whole, with the line to look at: nothing of it is imported.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from postdesk.common.errors import UserError
from postdesk.common.i18n import QT_TRANSLATE_NOOP, translate

HEADER = "1CClientBankExchange"
_REQUIRED = ("Номер", "Дата", "Сумма", "ПлательщикИНН")


@dataclass(frozen=True)
class StatementDocument:
    number: str
    date: dt.date
    amount_kop: int
    payer_inn: str
    payer_name: str
    purpose: str
    payer_account: str = ""

    @property
    def key(self) -> str:
        """The document's identity: the same payment in a repeated statement has the same key."""
        raw = "|".join(
            (self.number, self.date.isoformat(), str(self.amount_kop), self.payer_inn, self.payer_account)
        )
        return hashlib.sha256(raw.encode()).hexdigest()


class StatementError(UserError):
    """The file is not a statement this office can import; the message says where."""


def _fail(text: str, line: int | None = None) -> StatementError:
    message = translate("Money", text)
    if line is not None:
        message = translate("Money", "Line %1: %2").replace("%1", str(line)).replace("%2", message)
    return StatementError(
        translate("Money", "The bank statement cannot be imported. %1").replace("%1", message)
    )


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes as such, else Windows-1251."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def _date(value: str, line: int) -> dt.date:
    try:
        return dt.datetime.strptime(value.strip(), "%d.%m.%Y").date()
    except ValueError:
        raise _fail(QT_TRANSLATE_NOOP("Money", "the date is not DD.MM.YYYY."), line) from None


def _amount(value: str, line: int) -> int:
    try:
        amount = Decimal(value.strip().replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise _fail(QT_TRANSLATE_NOOP("Money", "the amount is not a number."), line) from None
    if amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise _fail(QT_TRANSLATE_NOOP("Money", "the amount must be positive, in rubles and kopecks."), line)
    return int(amount * 100)


def parse_statement(data: bytes) -> list[StatementDocument]:
    lines = decode(data).splitlines()
    if not lines or lines[0].strip() != HEADER:
        raise _fail(QT_TRANSLATE_NOOP("Money", "It does not start with 1CClientBankExchange."))
    reader = _Reader()
    for number, raw in enumerate(lines[1:], start=2):
        if raw.strip():
            reader.feed(number, raw.strip())
    if reader.current is not None:
        raise _fail(
            QT_TRANSLATE_NOOP("Money", "The file is cut short inside a document (no КонецДокумента).")
        )
    if not reader.ended:
        raise _fail(QT_TRANSLATE_NOOP("Money", "The file is cut short (no КонецФайла at the end)."))
    return reader.documents


class _Reader:
    """The sections of the file, line by line."""

    def __init__(self) -> None:
        self.documents: list[StatementDocument] = []
        self.current: dict[str, tuple[str, int]] | None = None
        self.start = 0
        self.ended = False

    def feed(self, number: int, line: str) -> None:
        if self.ended:
            raise _fail(QT_TRANSLATE_NOOP("Money", "there is text after КонецФайла."), number)
        key, _, value = line.partition("=")
        if key == "СекцияДокумент":
            if self.current is not None:
                raise _fail(
                    QT_TRANSLATE_NOOP("Money", "a document starts before the previous one ended."), number
                )
            self.current, self.start = {}, number
        elif key == "КонецДокумента":
            if self.current is None:
                raise _fail(QT_TRANSLATE_NOOP("Money", "КонецДокумента without СекцияДокумент."), number)
            self.documents.append(_document(self.current, self.start))
            self.current = None
        elif key == "КонецФайла":
            if self.current is not None:
                raise _fail(QT_TRANSLATE_NOOP("Money", "the file ends inside a document."), number)
            self.ended = True
        elif self.current is not None:
            self.current[key] = (value.strip(), number)


def _document(fields: dict[str, tuple[str, int]], start: int) -> StatementDocument:
    missing = [name for name in _REQUIRED if not fields.get(name, ("", 0))[0]]
    if missing:
        raise _fail(translate("Money", "the document has no %1.").replace("%1", ", ".join(missing)), start)
    inn, inn_line = fields["ПлательщикИНН"]
    if not re.fullmatch(r"\d{10}|\d{12}", inn):
        raise _fail(QT_TRANSLATE_NOOP("Money", "the payer's INN is not 10 or 12 digits."), inn_line)
    return StatementDocument(
        number=fields["Номер"][0],
        date=_date(*fields["Дата"]),
        amount_kop=_amount(*fields["Сумма"]),
        payer_inn=inn,
        payer_name=fields.get("Плательщик", ("", 0))[0] or fields.get("Плательщик1", ("", 0))[0],
        purpose=fields.get("НазначениеПлатежа", ("", 0))[0],
        payer_account=fields.get("ПлательщикСчет", ("", 0))[0],
    )
