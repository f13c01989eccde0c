"""The data of one tariff table: rates per mail type and category, and extra-service fees."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from postdesk.postal.mailclasses import MailCategory, MailType, NoticeKind


@dataclass(frozen=True)
class Rate:
    """Prices for one mail type and category; all money in kopecks without VAT."""

    mail_type: MailType
    category: MailCategory
    first_step_g: int
    first_step_kop: int
    step_g: int
    step_kop: int
    max_mass_g: int
    declared_value_percent: Decimal
    notice_kop: dict[NoticeKind, int]
    inventory_kop: int
    sms_kop: int
    vat_percent: Decimal


@dataclass(frozen=True)
class ServicePrice:
    """The price of one unit of a service beyond batch mail (a form, a box, a notice...), no VAT.

    ``code`` is the service catalogue's code where the service is one (``packaging``...), else
    the price list's own; ``version`` names the tariff version the price comes from.
    """

    code: str
    name: str
    unit: str
    price_kop: int
    vat_percent: int
    group: str = ""
    version: str = ""
    sample: bool = False


@dataclass(frozen=True)
class PriceVersion:
    """One version of the service prices: a tariff file's ``[[prices]]`` or an imported price list."""

    version: str
    title: str
    effective_from: dt.date
    sample: bool
    source: str
    imported: bool
    prices: tuple[ServicePrice, ...] = field(repr=False)


def prices_in_force(versions: list[PriceVersion], day: dt.date) -> list[ServicePrice]:
    """Each service at the price of the latest version, started by ``day``, that lists it."""
    merged: dict[str, ServicePrice] = {}
    for version in sorted(versions, key=lambda v: v.effective_from):
        if version.effective_from <= day:
            merged.update((p.code, p) for p in version.prices)
    return sorted(merged.values(), key=lambda p: (p.group, p.code))


@dataclass(frozen=True)
class TariffTable:
    """One version of the tariffs, valid from ``effective_from`` until a later version starts."""

    version: str
    title: str
    effective_from: dt.date
    sample: bool
    sample_note: str
    source: str
    rates: dict[tuple[MailType, MailCategory], Rate] = field(repr=False)
    # Prices of every other service the office sells (postal extras and non-core services).
    prices: tuple[ServicePrice, ...] = field(default=(), repr=False)

    def rate(self, mail_type: MailType, category: MailCategory) -> Rate | None:
        return self.rates.get((mail_type, category))


@dataclass(frozen=True)
class TariffInfo:
    """What the UI shows about the tariff in force (including whether it is only a sample)."""

    version: str
    title: str
    effective_from: dt.date
    sample: bool
    sample_note: str
    source: str

    @classmethod
    def of(cls, table: TariffTable) -> TariffInfo:
        return cls(
            table.version, table.title, table.effective_from, table.sample, table.sample_note, table.source
        )
