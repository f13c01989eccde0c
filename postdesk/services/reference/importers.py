"""Turning the rows of a reference file into checked records, or refusing the file as a whole.

Each kind (tariffs, delivery, schedule, forms) has its columns and a row parser; the first
problems are reported with their row numbers and nothing is written when there is any.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from postdesk.common.i18n import translate
from postdesk.common.money import parse_rubles
from postdesk.models.reference import FormKind, HolidayRule, RouteKind
from postdesk.services.reference.tables import Column, ReferenceFileError

MAX_REPORTED = 5
_PREFIX = re.compile(r"^\d{0,6}$")
_CODE = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$")


class ImportKind(enum.StrEnum):
    TARIFFS = "tariffs"
    DELIVERY = "delivery"
    SCHEDULE = "schedule"
    FORMS = "forms"
    REGIONS = "regions"


class RowProblem(ValueError):
    """One row does not fit; the message is already translated."""


COLUMNS: dict[ImportKind, tuple[Column, ...]] = {
    ImportKind.TARIFFS: (
        Column("code", ("code", "код", "код услуги")),
        Column("name", ("name", "наименование", "услуга", "наименование услуги")),
        Column("unit", ("unit", "ед. изм.", "единица", "ед.изм.", "единица измерения"), required=False),
        Column("price", ("price", "цена", "тариф", "цена без ндс", "стоимость")),
        Column("vat", ("vat", "ндс", "ндс, %", "ставка ндс"), required=False),
        Column("group", ("group", "группа", "вид"), required=False),
    ),
    ImportKind.DELIVERY: (
        Column("from", ("from", "откуда", "индекс отправления", "от")),
        Column("to", ("to", "куда", "индекс назначения", "до")),
        Column("class", ("class", "класс", "вид отправления", "категория"), required=False),
        Column("days", ("days", "срок", "дней", "контрольный срок", "срок, дней")),
        Column("note", ("note", "примечание", "направление"), required=False),
    ),
    ImportKind.SCHEDULE: (
        Column("route", ("route", "маршрут", "номер маршрута")),
        Column("name", ("name", "наименование", "направление"), required=False),
        Column("kind", ("kind", "вид", "тип", "вид маршрута")),
        Column("to", ("to", "куда", "индексы", "индекс назначения")),
        Column("weekdays", ("weekdays", "дни", "дни отправления", "дни недели")),
        Column("time", ("time", "время", "время отправления", "отправление")),
        Column("ready", ("ready", "готовность, мин", "подготовить за, мин"), required=False),
        Column("holidays", ("holidays", "в праздники", "праздники"), required=False),
    ),
    ImportKind.FORMS: (
        Column("code", ("code", "код", "артикул")),
        Column("name", ("name", "наименование")),
        Column("kind", ("kind", "вид", "тип"), required=False),
        Column("unit", ("unit", "ед. изм.", "единица", "ед.изм."), required=False),
        Column("price", ("price", "цена", "стоимость")),
        Column("received", ("received", "поступило", "количество", "остаток"), required=False),
        Column("low_stock", ("low_stock", "минимальный остаток", "неснижаемый остаток"), required=False),
    ),
    ImportKind.REGIONS: (
        Column("prefix", ("prefix", "индекс", "префикс", "начало индекса", "индексы")),
        Column("name", ("name", "region", "регион", "субъект", "населенный пункт", "наименование")),
    ),
}


@dataclass(frozen=True)
class PriceRow:
    code: str
    name: str
    unit: str
    price_kop: int
    vat_percent: int
    group: str


@dataclass(frozen=True)
class NormRow:
    """A side names a postcode prefix or, with an empty prefix, a region ("" and "" = anywhere)."""

    from_prefix: str
    to_prefix: str
    mail_class: str
    days: int
    note: str
    from_region: str = ""
    to_region: str = ""


@dataclass(frozen=True)
class RegionRow:
    prefix: str
    name: str


@dataclass(frozen=True)
class RouteRow:
    route: str
    name: str
    kind: RouteKind
    to_prefix: str
    weekdays: str
    departs_at: dt.time
    ready_minutes: int
    holidays: HolidayRule = HolidayRule.SKIP


@dataclass(frozen=True)
class FormRow:
    code: str
    name: str
    kind: FormKind
    unit: str
    price_kop: int
    received: int
    low_stock: int


def _problem(text: str, value: str = "") -> RowProblem:
    return RowProblem(text.replace("%1", value))


def _money(text: str) -> int:
    try:
        return parse_rubles(text.replace(" ", "").replace("\u00a0", "").replace("₽", ""))
    except ValueError:
        raise _problem(translate("Reference", "«%1» is not a price in rubles."), text) from None


def _whole(text: str, default: int | None = None) -> int:
    if not text and default is not None:
        return default
    if not text.isdigit():
        raise _problem(translate("Reference", "«%1» is not a whole number of zero or more."), text)
    return int(text)


def _prefix(text: str) -> str:
    value = "" if text in {"*", "-", "—", "любой", "все"} else text.replace(" ", "")
    if not _PREFIX.match(value):
        raise _problem(
            translate("Reference", "«%1» is not a postcode prefix (up to 6 digits, * for any)."), text
        )
    return value


def region_key(name: str) -> str:
    """Region names compare without case, «ё» or extra spaces."""
    return " ".join(name.replace("ё", "е").replace("Ё", "Е").split()).casefold()


def _region_name(text: str) -> str:
    name = " ".join(text.split())
    if len(name) > 100:
        raise _problem(translate("Reference", "«%1» is too long for a region name."), name[:40])
    return name


def _side(text: str) -> tuple[str, str]:
    """A from/to cell: a postcode prefix (digits, * for any) or the name of a region or settlement
    (letters first: «10a» is a mistyped prefix, not a name)."""
    if text[:1].isalpha() and text.casefold() not in {"любой", "все"}:
        return "", _region_name(text)
    return _prefix(text), ""


def mail_class(text: str) -> str:
    """Mail classes are compared in capitals (LETTER, PARCEL, EMS...); "" or * means any class."""
    value = text.strip().upper()
    return "" if value in {"", "*"} else value


def parse_price(row: dict[str, str]) -> PriceRow:
    code, name = row["code"], row["name"]
    if not _CODE.match(code):
        raise _problem(
            translate("Reference", "«%1» is not a service code (Latin letters, digits, «_»)."), code
        )
    if not name:
        raise _problem(translate("Reference", "The service has no name."))
    vat_text = row.get("vat", "").rstrip("%").strip()
    vat = _whole(vat_text, 20)
    if vat > 100:
        raise _problem(translate("Reference", "«%1» is not a VAT rate in percent."), vat_text)
    return PriceRow(
        code, name[:300], row.get("unit", "") or "item", _money(row["price"]), vat, row.get("group", "")
    )


def _days(text: str) -> int:
    days = _whole(text)
    if days > 365:
        raise _problem(translate("Reference", "A control time of %1 days is not plausible."), str(days))
    return days


def parse_norm(row: dict[str, str]) -> NormRow:
    from_prefix, from_region = _side(row["from"])
    to_prefix, to_region = _side(row["to"])
    return NormRow(
        from_prefix,
        to_prefix,
        mail_class(row.get("class", "")),
        _days(row["days"]),
        row.get("note", "")[:200],
        from_region,
        to_region,
    )


class NormParser:
    """:func:`parse_norm` for a whole table: a norms table repeats its origins, classes and days
    thousands of times, so each distinct cell is checked once (50,000 rows in a fraction of a second)."""

    def __init__(self) -> None:
        self._sides: dict[str, tuple[str, str]] = {}
        self._classes: dict[str, str] = {}
        self._days: dict[str, int] = {}

    def __call__(self, row: dict[str, str]) -> NormRow:
        sides, classes, days = self._sides, self._classes, self._days
        origin, target, kind, term = row["from"], row["to"], row.get("class", ""), row["days"]
        if origin not in sides:
            sides[origin] = _side(origin)
        if target not in sides:
            sides[target] = _side(target)
        if kind not in classes:
            classes[kind] = mail_class(kind)
        if term not in days:
            days[term] = _days(term)
        (from_prefix, from_region), (to_prefix, to_region) = sides[origin], sides[target]
        note = row.get("note", "")
        return NormRow(from_prefix, to_prefix, classes[kind], days[term], note[:200], from_region, to_region)


def parse_region(row: dict[str, str]) -> RegionRow:
    prefix = row["prefix"].replace(" ", "")
    if not (prefix.isdigit() and prefix.isascii() and len(prefix) <= 6):
        raise _problem(
            translate("Reference", "«%1» is not a postcode prefix of 1 to 6 digits."), row["prefix"]
        )
    name = _region_name(row["name"])
    if not name:
        raise _problem(translate("Reference", "The region has no name."))
    return RegionRow(prefix, name)


_KINDS = {
    "inter_regional": RouteKind.INTER_REGIONAL,
    "межрегиональный": RouteKind.INTER_REGIONAL,
    "inter_district": RouteKind.INTER_DISTRICT,
    "межрайонный": RouteKind.INTER_DISTRICT,
    "intra_district": RouteKind.INTRA_DISTRICT,
    "внутрирайонный": RouteKind.INTRA_DISTRICT,
}
_HOLIDAYS = {
    "": HolidayRule.SKIP,
    "skip": HolidayRule.SKIP,
    "нет": HolidayRule.SKIP,
    "не ходит": HolidayRule.SKIP,
    "runs": HolidayRule.RUNS,
    "да": HolidayRule.RUNS,
    "ходит": HolidayRule.RUNS,
    "по расписанию": HolidayRule.RUNS,
}
_DAY_WORDS = {"пн": "1", "вт": "2", "ср": "3", "чт": "4", "пт": "5", "сб": "6", "вс": "7"}
_DAY_WORDS |= {"mon": "1", "tue": "2", "wed": "3", "thu": "4", "fri": "5", "sat": "6", "sun": "7"}


def weekdays(text: str) -> str:
    """ "пн, ср, пт", "1,3,5", "135" or "ежедневно" → "135" (ISO weekday digits)."""
    folded = text.casefold().strip()
    if folded in {"ежедневно", "daily", "1-7", "пн-вс"}:
        return "1234567"
    if folded in {"пн-пт", "1-5", "по будням", "weekdays"}:
        return "12345"
    digits = set()
    for token in re.split(r"[\s,;/]+", folded):
        if not token:
            continue
        if token in _DAY_WORDS:
            digits.add(_DAY_WORDS[token])
        elif token.isdigit() and set(token) <= set("1234567"):
            digits |= set(token)
        else:
            raise _problem(
                translate("Reference", "«%1» is not a list of weekdays (пн, ср, пт or 1,3,5)."), text
            )
    if not digits:
        raise _problem(translate("Reference", "The departure days are missing."))
    return "".join(sorted(digits))


def _time(text: str) -> dt.time:
    try:
        hours, _sep, minutes = text.replace(".", ":").partition(":")
        return dt.time(int(hours), int(minutes or 0))
    except ValueError:
        raise _problem(translate("Reference", "«%1» is not a time of day (HH:MM)."), text) from None


def parse_route(row: dict[str, str]) -> RouteRow:
    kind = _KINDS.get(row["kind"].casefold().replace("-", "_").strip())
    if kind is None:
        raise _problem(
            translate(
                "Reference", "«%1» is not a route kind (межрегиональный, межрайонный, внутрирайонный)."
            ),
            row["kind"],
        )
    if not row["route"]:
        raise _problem(translate("Reference", "The route has no number."))
    ready = _whole(row.get("ready", ""), 60)
    holidays = _HOLIDAYS.get(" ".join(row.get("holidays", "").casefold().split()))
    if holidays is None:
        raise _problem(
            translate("Reference", "«%1» is not a holiday rule (не ходит or ходит)."), row["holidays"]
        )
    return RouteRow(
        row["route"][:40],
        row.get("name", "")[:200],
        kind,
        _prefix(row["to"]),
        weekdays(row["weekdays"]),
        _time(row["time"]),
        min(ready, 24 * 60),
        holidays,
    )


def parse_form(row: dict[str, str]) -> FormRow:
    code, name = row["code"], row["name"]
    if not _CODE.match(code):
        raise _problem(translate("Reference", "«%1» is not a form code (Latin letters, digits, «_»)."), code)
    if not name:
        raise _problem(translate("Reference", "The form has no name."))
    kind_text = row.get("kind", "").casefold()
    kind = FormKind.PACKAGING if kind_text in {"packaging", "упаковка"} else FormKind.FORM
    return FormRow(
        code,
        name[:200],
        kind,
        row.get("unit", "") or "item",
        _money(row["price"]),
        _whole(row.get("received", ""), 0),
        _whole(row.get("low_stock", ""), 10),
    )


PARSERS: dict[ImportKind, Callable[[dict[str, str]], Any]] = {
    ImportKind.TARIFFS: parse_price,
    ImportKind.DELIVERY: parse_norm,
    ImportKind.SCHEDULE: parse_route,
    ImportKind.FORMS: parse_form,
    ImportKind.REGIONS: parse_region,
}


def parse_rows(kind: ImportKind, rows: Iterator[tuple[int, dict[str, str]]]) -> list[Any]:
    """Every row parsed, or a :class:`ReferenceFileError` naming the first problems by row number."""
    parser = NormParser() if kind is ImportKind.DELIVERY else PARSERS[kind]
    parsed: list[Any] = []
    problems: list[str] = []
    for number, row in rows:
        try:
            parsed.append(parser(row))
        except RowProblem as exc:
            text = str(exc).rstrip(".")
            problems.append(
                translate("Reference", "row %1: %2").replace("%1", str(number)).replace("%2", text)
            )
            if len(problems) >= MAX_REPORTED:
                break
    if problems:
        raise ReferenceFileError(
            translate("Reference", "Nothing was imported: %1.").replace("%1", "; ".join(problems))
        )
    if not parsed:
        raise ReferenceFileError(translate("Reference", "Nothing was imported: the file has no data rows."))
    return parsed


def check_unique(kind: ImportKind, parsed: list[Any]) -> None:
    """A code priced twice (a form, a region prefix listed twice) in one file is refused, not merged."""
    if kind not in {ImportKind.TARIFFS, ImportKind.FORMS, ImportKind.REGIONS}:
        return
    seen: set[str] = set()
    for row in parsed:
        key = row.prefix if kind is ImportKind.REGIONS else row.code
        if key in seen:
            raise ReferenceFileError(
                translate("Reference", "Nothing was imported: «%1» is listed twice.").replace("%1", key)
            )
        seen.add(key)
