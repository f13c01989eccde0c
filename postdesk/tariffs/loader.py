"""Reading and validating tariff files (TOML) and choosing the version in force on a date.

A file holds one version: a ``[tariff]`` header (version, title, effective date, sample flag),
``[defaults]`` merged into every rate, ``[[rates]]`` for each mail type and its categories, and
``[[prices]]`` for every other service (postal extras, forms, packaging, stamps, courier...).
Money is written in rubles as strings (``"41.50"``) so no float ever touches it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.common.money import parse_percent, parse_rubles
from postdesk.postal.mailclasses import MailCategory, MailType, NoticeKind
from postdesk.tariffs.model import Rate, ServicePrice, TariffInfo, TariffTable

_HEADER_KEYS = {"version", "title", "effective_from", "sample", "sample_note"}
_RATE_KEYS = {
    "mail_type",
    "categories",
    "first_step_g",
    "first_step_price",
    "step_g",
    "step_price",
    "max_mass_g",
    "declared_value_percent",
    "notice_simple",
    "notice_ordered",
    "notice_electronic",
    "inventory",
    "sms",
    "vat_percent",
}
_DEFAULTABLE = _RATE_KEYS - {"mail_type", "categories"}
_PRICE_KEYS = {"code", "name", "unit", "price", "vat_percent", "group"}


class TariffFileError(UserError):
    """A tariff file is missing, unreadable or inconsistent; the message names the file and the field."""


class NoTariffInForceError(UserError):
    """No tariff version covers the requested date."""


def _fail(source: str, problem: str) -> TariffFileError:
    message = translate("Tariffs", "Tariff file %1: %2").replace("%1", source).replace("%2", problem)
    return TariffFileError(message)


def _int(source: str, where: str, data: Mapping[str, Any], key: str, *, minimum: int = 0) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise _fail(
            source,
            translate("Tariffs", "%1: «%2» must be a whole number of at least %3.")
            .replace("%1", where)
            .replace("%2", key)
            .replace("%3", str(minimum)),
        )
    return value


def _money(source: str, where: str, data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return parse_rubles(value)
    except ValueError:
        raise _fail(
            source,
            translate("Tariffs", '%1: «%2» must be an amount in rubles written as text, e.g. "41.50".')
            .replace("%1", where)
            .replace("%2", key),
        ) from None


def _percent(source: str, where: str, data: Mapping[str, Any], key: str) -> Any:
    value = data.get(key)
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return parse_percent(value)
    except ValueError:
        raise _fail(
            source,
            translate("Tariffs", '%1: «%2» must be a percentage from 0 to 100 written as text, e.g. "20".')
            .replace("%1", where)
            .replace("%2", key),
        ) from None


def _rates(source: str, entry: Mapping[str, Any], defaults: Mapping[str, Any], index: int) -> list[Rate]:
    where = translate("Tariffs", "rate %1").replace("%1", str(index + 1))
    unknown = set(entry) - _RATE_KEYS
    if unknown:
        raise _fail(
            source,
            translate("Tariffs", "%1: unknown fields %2.")
            .replace("%1", where)
            .replace("%2", ", ".join(sorted(unknown))),
        )
    data = {**defaults, **entry}
    try:
        mail_type = MailType(str(data.get("mail_type")))
        categories = [MailCategory(c) for c in data.get("categories", [])]
    except ValueError as exc:
        raise _fail(
            source,
            translate("Tariffs", "%1: unknown mail type or category (%2).")
            .replace("%1", where)
            .replace("%2", str(exc)),
        ) from None
    if not categories:
        raise _fail(source, translate("Tariffs", "%1: list at least one category.").replace("%1", where))
    first_step_g = _int(source, where, data, "first_step_g", minimum=1)
    max_mass_g = _int(source, where, data, "max_mass_g", minimum=1)
    if max_mass_g < first_step_g:
        raise _fail(
            source,
            translate("Tariffs", "%1: the maximum weight is below the first weight step.").replace(
                "%1", where
            ),
        )
    notice = {
        NoticeKind.NONE: 0,
        NoticeKind.SIMPLE: _money(source, where, data, "notice_simple"),
        NoticeKind.ORDERED: _money(source, where, data, "notice_ordered"),
        NoticeKind.ELECTRONIC: _money(source, where, data, "notice_electronic"),
    }
    common = {
        "mail_type": mail_type,
        "first_step_g": first_step_g,
        "first_step_kop": _money(source, where, data, "first_step_price"),
        "step_g": _int(source, where, data, "step_g", minimum=1),
        "step_kop": _money(source, where, data, "step_price"),
        "max_mass_g": max_mass_g,
        "declared_value_percent": _percent(source, where, data, "declared_value_percent"),
        "notice_kop": notice,
        "inventory_kop": _money(source, where, data, "inventory"),
        "sms_kop": _money(source, where, data, "sms"),
        "vat_percent": _percent(source, where, data, "vat_percent"),
    }
    return [Rate(category=category, **common) for category in categories]


def _prices(source: str, entries: object, version: str, sample: bool) -> tuple[ServicePrice, ...]:
    """``[[prices]]``: one entry per service unit (code, name, unit, price, VAT percent, group)."""
    if not isinstance(entries, list):
        raise _fail(source, translate("Tariffs", "[[prices]] must be a list of entries."))
    prices: dict[str, ServicePrice] = {}
    for index, entry in enumerate(entries):
        where = translate("Tariffs", "price %1").replace("%1", str(index + 1))
        if not isinstance(entry, dict) or set(entry) - _PRICE_KEYS:
            raise _fail(source, translate("Tariffs", "%1: unknown fields.").replace("%1", where))
        code, name = str(entry.get("code", "")).strip(), str(entry.get("name", "")).strip()
        if not code or not name:
            raise _fail(source, translate("Tariffs", "%1: needs a «code» and a «name».").replace("%1", where))
        if code in prices:
            raise _fail(source, translate("Tariffs", "%1 is priced twice.").replace("%1", code))
        vat = _percent(source, where, {"vat_percent": entry.get("vat_percent", "20")}, "vat_percent")
        prices[code] = ServicePrice(
            code,
            name,
            str(entry.get("unit", "item")),
            _money(source, where, entry, "price"),
            int(vat),
            str(entry.get("group", "")),
            version,
            sample,
        )
    return tuple(prices.values())


def parse_table(text: str, source: str) -> TariffTable:
    """Parse and validate one tariff file's text; ``source`` names it in messages."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(source, translate("Tariffs", "not valid TOML (%1).").replace("%1", str(exc))) from None
    header = document.get("tariff")
    if not isinstance(header, dict) or set(header) - _HEADER_KEYS:
        raise _fail(source, translate("Tariffs", "the [tariff] section is missing or has unknown fields."))
    version, title = header.get("version"), header.get("title", "")
    effective_from = header.get("effective_from")
    if not isinstance(version, str) or not version.strip():
        raise _fail(source, translate("Tariffs", "[tariff] needs a «version» name."))
    if not isinstance(effective_from, dt.date) or isinstance(effective_from, dt.datetime):
        raise _fail(
            source, translate("Tariffs", "[tariff] needs «effective_from» as a date, e.g. 2026-01-01.")
        )
    sample = header.get("sample")
    if not isinstance(sample, bool):
        raise _fail(source, translate("Tariffs", "[tariff] must say «sample = true» or «sample = false»."))
    defaults = document.get("defaults", {})
    if not isinstance(defaults, dict) or set(defaults) - _DEFAULTABLE:
        raise _fail(source, translate("Tariffs", "the [defaults] section has unknown fields."))
    entries = document.get("rates", [])
    if not isinstance(entries, list) or not entries:
        raise _fail(source, translate("Tariffs", "the file has no [[rates]]."))
    rates: dict[tuple[MailType, MailCategory], Rate] = {}
    for index, entry in enumerate(entries):
        for rate in _rates(source, entry, defaults, index):
            key = (rate.mail_type, rate.category)
            if key in rates:
                raise _fail(
                    source,
                    translate("Tariffs", "%1 / %2 is priced twice.")
                    .replace("%1", key[0].value)
                    .replace("%2", key[1].value),
                )
            rates[key] = rate
    prices = _prices(source, document.get("prices", []), version.strip(), sample)
    return TariffTable(
        version.strip(),
        str(title),
        effective_from,
        sample,
        str(header.get("sample_note", "")),
        source,
        rates,
        prices,
    )


@dataclass(frozen=True)
class TariffBook:
    """All known tariff versions, oldest first."""

    tables: tuple[TariffTable, ...]

    @classmethod
    def load(cls, folders: Iterable[Path]) -> TariffBook:
        """Read every ``*.toml`` in the folders; a later folder's file wins for the same version."""
        by_version: dict[str, TariffTable] = {}
        for folder in folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.toml")):
                try:
                    text = path.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as exc:
                    raise _fail(str(path), str(exc)) from None
                table = parse_table(text, str(path))
                by_version[table.version] = table
        tables = sorted(by_version.values(), key=lambda t: t.effective_from)
        dates = [t.effective_from for t in tables]
        if len(set(dates)) != len(dates):
            raise TariffFileError(
                translate("Tariffs", "Two tariff versions start on the same day: keep only one.")
            )
        return cls(tuple(tables))

    def in_force(self, day: dt.date) -> TariffTable:
        current = None
        for table in self.tables:
            if table.effective_from <= day:
                current = table
        if current is None:
            raise NoTariffInForceError(
                translate(
                    "Tariffs",
                    "No tariff is in force on %1: add a tariff file that starts on or before that day.",
                ).replace("%1", day.strftime("%d.%m.%Y"))
            )
        return current

    def version(self, name: str) -> TariffTable:
        for table in self.tables:
            if table.version == name:
                return table
        raise NoTariffInForceError(
            translate("Tariffs", "Tariff version «%1» is no longer available.").replace("%1", name)
        )

    def infos(self) -> list[TariffInfo]:
        return [TariffInfo.of(t) for t in self.tables]
