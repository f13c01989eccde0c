"""Finding the header row and deciding which column holds what, in which units.

The header may sit anywhere in the first 30 rows under a title block (client, list number,
date, kind). Units come from the header text («Вес, г», «Масса (кг)», «руб.», «коп.») and,
when the header is silent, from the values: a mass column of small decimals is kilograms.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from postdesk.lists.fields import Field, field_for_header, normalise_header
from postdesk.lists.table import Row
from postdesk.lists.values import CellProblem, mail_class_from_title, to_decimal
from postdesk.postal.mailclasses import MailCategory, MailType

HEADER_SEARCH_ROWS = 30
_MIN_HEADER_FIELDS = 3


@dataclass
class ColumnMapping:
    """Column index (within the row as read) for each field, and the units of the numbers."""

    columns: dict[Field, int] = field(default_factory=dict)
    mass_in_kg: bool = False
    money_in_kopecks: bool = False
    size_in_mm: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "columns": {str(f): i for f, i in self.columns.items()},
            "mass_in_kg": self.mass_in_kg,
            "money_in_kopecks": self.money_in_kopecks,
            "size_in_mm": self.size_in_mm,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ColumnMapping:
        columns = {
            Field(k): int(v) for k, v in data.get("columns", {}).items() if k in Field.__members__.values()
        }
        return cls(
            columns,
            bool(data.get("mass_in_kg")),
            bool(data.get("money_in_kopecks")),
            bool(data.get("size_in_mm")),
        )


@dataclass
class ListTitle:
    """What the title block above the header says about the whole list."""

    number: str = ""
    date: dt.date | None = None
    mail_type: MailType | None = None
    mail_category: MailCategory | None = None
    # Who the list says it is from (compared with the chosen client at the counter).
    inn: str = ""
    kpp: str = ""
    sender: str = ""


@dataclass
class HeaderGuess:
    header_index: int | None  # index into the preview rows; None: field names come with the format
    headers: list[str]
    mapping: ColumnMapping
    title: ListTitle


def detect_header(preview: list[Row], field_names: list[str] | None = None) -> HeaderGuess | None:
    """The row among the first 30 that names the most known fields (at least three)."""
    if field_names is not None:
        headers = [str(n) for n in field_names]
        return HeaderGuess(None, headers, guess_mapping(headers, preview), ListTitle())
    best: tuple[int, int] | None = None
    for index, cells in enumerate(preview[:HEADER_SEARCH_ROWS]):
        known = {field_for_header(c) for c in cells if isinstance(c, str)} - {None}
        if len(known) >= _MIN_HEADER_FIELDS and (best is None or len(known) > best[1]):
            best = (index, len(known))
    if best is None:
        return None
    index = best[0]
    headers = [_header_text(c) for c in preview[index]]
    mapping = guess_mapping(headers, preview[index + 1 :])
    return HeaderGuess(index, headers, mapping, parse_title(preview[:index]))


def _header_text(cell: object) -> str:
    return " ".join(str(cell).split()) if cell is not None else ""


def guess_mapping(headers: list[str], sample: list[Row]) -> ColumnMapping:
    mapping = ColumnMapping()
    for index, text in enumerate(headers):
        found = field_for_header(text)
        if found is not None and found not in mapping.columns:
            mapping.columns[found] = index
    if Field.RECIPIENT_AND_BARCODE in mapping.columns:
        mapping.columns.pop(Field.RECIPIENT, None)
        mapping.columns.pop(Field.BARCODE, None)
    mass = mapping.columns.get(Field.MASS)
    if mass is not None:
        mapping.mass_in_kg = _mass_in_kg(headers[mass], [r[mass] for r in sample if mass < len(r)])
    money_headers = [
        headers[mapping.columns[f]]
        for f in (Field.DECLARED_VALUE, Field.COD, Field.FEE)
        if f in mapping.columns
    ]
    mapping.money_in_kopecks = any(_has_word(h, ("коп", "копейки", "копейках", "kop")) for h in money_headers)
    for f in (Field.LENGTH, Field.WIDTH, Field.HEIGHT):
        if f in mapping.columns:
            mapping.size_in_mm = _has_word(headers[mapping.columns[f]], ("мм", "mm"))
    return mapping


def _has_word(header: str, words: tuple[str, ...]) -> bool:
    tokens = set(re.findall(r"\w+", header.casefold()))
    return any(w in tokens for w in words)


def _mass_in_kg(header: str, values: list[object]) -> bool:
    if _has_word(header, ("кг", "kg", "килограмм", "килограммы")):
        return True
    if _has_word(header, ("г", "гр", "грамм", "граммы", "граммах", "g", "gr")):
        return False
    numbers = []
    for value in values[:200]:
        try:
            number = to_decimal(value)
        except CellProblem:
            continue
        if number is not None and number > 0:
            numbers.append(number)
    # Kilograms written as decimals (0,017; 1,5) never reach 40 and usually carry a fraction.
    return bool(numbers) and max(numbers) < 40 and any(n != n.to_integral_value() for n in numbers)


_NUMBER_RE = re.compile(r"№\s*([\w\-/]+)")
_INN_RE = re.compile(r"\bИНН\b\s*[:№]?\s*(\d{12}|\d{10})(?!\d)", re.IGNORECASE)
_KPP_RE = re.compile(r"\bКПП\b\s*[:№]?\s*(\d{9})(?!\d)", re.IGNORECASE)
_SENDER_LABELS = ("отправитель", "клиент", "организация", "заказчик", "наименование отправителя")
_LEGAL_FORMS = re.compile(
    r"^(ООО|ОАО|ЗАО|ПАО|АО|НАО|ИП|АНО|НКО|ФГУП|ГУП|МУП|ФГБУ|ГБУ|МБУ|ГАУ|"
    r"общество с ограниченной ответственностью|акционерное общество|индивидуальный предприниматель)\b",
    re.IGNORECASE,
)
_DATE_RE = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{2,4})")


def parse_title(rows: list[Row]) -> ListTitle:
    title = ListTitle()
    kind_label: str | None = None
    sender_label = False
    for cells in rows:
        for cell in cells:
            if isinstance(cell, dt.datetime | dt.date) and title.date is None:
                title.date = cell.date() if isinstance(cell, dt.datetime) else cell
                continue
            if not isinstance(cell, str) or not cell.strip():
                continue
            text = cell.strip()
            lowered = text.casefold()
            if not title.number and (match := _NUMBER_RE.search(text)) and "список" in lowered:
                title.number = match.group(1)
            if title.date is None and (match := _DATE_RE.search(text)):
                day, month, year = (int(g) for g in match.groups())
                year += 2000 if year < 100 else 0
                with contextlib.suppress(ValueError):
                    title.date = dt.date(year, month, day)
            _title_sender(title, text, after_label=sender_label)
            sender_label = text.endswith(":") and lowered.rstrip(": ") in _SENDER_LABELS
            if kind_label is not None:  # «Вид отправления:» in one cell, the kind in the next
                _title_kind(title, text)
                kind_label = None
            if lowered.startswith(_KIND_LABELS) or any(word in lowered for word in _LIST_WORDS):
                _title_kind(title, text.split(":", 1)[-1])
                if lowered.startswith(_KIND_LABELS) and text.endswith(":"):
                    kind_label = text
        kind_label = None
        sender_label = False
    return title


_KIND_LABELS = ("вид", "категория", "наименование рпо")
_LIST_WORDS = ("список", "реестр", "опись")


def _title_sender(title: ListTitle, text: str, *, after_label: bool) -> None:
    """«ООО «Ромашка», ИНН 1326000000» or «Отправитель: ...»: the sender's INN, КПП and name."""
    inn = _INN_RE.search(text)
    if inn and not title.inn:
        title.inn = inn.group(1)
    kpp = _KPP_RE.search(text)
    if kpp and not title.kpp:
        title.kpp = kpp.group(1)
    if title.sender:
        return
    label, colon, rest = text.partition(":")
    labelled = after_label or (bool(colon) and label.strip().casefold() in _SENDER_LABELS)
    if after_label:
        rest = text
    name = re.split(
        r"[,;]?\s*\b(?:ИНН|КПП|ОГРН)\b", rest if labelled else text, maxsplit=1, flags=re.IGNORECASE
    )[0]
    name = name.strip(" ,;")
    if name and (labelled or _LEGAL_FORMS.match(name)):
        title.sender = name


def _title_kind(title: ListTitle, text: str) -> None:
    kind, category = mail_class_from_title(text)
    title.mail_type = title.mail_type or kind
    title.mail_category = title.mail_category or category


def shape_key(headers: list[str]) -> str:
    """Identifies a file shape by its normalised header texts (profiles are keyed by it)."""
    text = "|".join(normalise_header(h) for h in headers)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def sheets_key(file_format: str, sheet_names: list[str]) -> str:
    text = file_format + "|" + "|".join(sheet_names)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
