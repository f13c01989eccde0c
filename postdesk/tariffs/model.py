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
class TariffTable:
    """One version of the tariffs, valid from ``effective_from`` until a later version starts."""

    version: str
    title: str
    effective_from: dt.date
    sample: bool
    sample_note: str
    source: str
    rates: dict[tuple[MailType, MailCategory], Rate] = field(repr=False)

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
