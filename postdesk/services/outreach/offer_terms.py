"""The figures of an offer: our price per service, the discount we propose, theirs, the saving.

Batch mail is priced from the tariff in force (a registered letter's first weight step, the
commonest item a client sends); other services from our price in the service catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.money import percent_of
from postdesk.models.contracts import Service
from postdesk.postal.mailclasses import MailCategory, MailType
from postdesk.tariffs.changes import BATCH_MAIL
from postdesk.tariffs.model import TariffTable

REFERENCE_KIND = (MailType.LETTER, MailCategory.ORDERED)


@dataclass(frozen=True)
class OfferLine:
    service_code: str
    service_name: str
    our_kop: int | None  # None: priced per item by the tariff only
    offered_kop: int | None
    their_kop: int | None
    saving_month_kop: int | None  # at their monthly volume


@dataclass(frozen=True)
class OfferTerms:
    lines: tuple[OfferLine, ...]
    discount_percent: Decimal
    monthly_volume: int
    tariff_title: str
    tariff_version: str
    tariff_sample: bool

    @property
    def saving_month_kop(self) -> int | None:
        savings = [line.saving_month_kop for line in self.lines if line.saving_month_kop is not None]
        return sum(savings) if savings else None


def our_price(service: Service, tariff: TariffTable) -> int | None:
    if service.code == BATCH_MAIL:
        rate = tariff.rate(*REFERENCE_KIND)
        if rate is not None:
            return rate.first_step_kop
    return service.our_price_kop


def offer_terms(
    session: Session,
    tariff: TariffTable,
    services: Iterable[str],
    discount: Decimal,
    *,
    their_service: str = "",
    their_kop: int | None = None,
    monthly_volume: int = 0,
) -> OfferTerms:
    codes = list(dict.fromkeys(services)) or ([their_service] if their_service else [BATCH_MAIL])
    if their_service and their_kop is not None and their_service not in codes:
        codes.append(their_service)
    by_code = {s.code: s for s in session.scalars(select(Service).where(Service.code.in_(codes)))}
    lines = []
    for code in codes:
        service = by_code.get(code)
        if service is None:
            continue
        ours = our_price(service, tariff)
        offered = ours - percent_of(ours, discount) if ours is not None else None
        theirs = their_kop if code == their_service else None
        saving = None
        if theirs is not None and offered is not None and monthly_volume > 0:
            saving = (theirs - offered) * monthly_volume
        lines.append(OfferLine(code, service.name, ours, offered, theirs, saving))
    return OfferTerms(tuple(lines), discount, monthly_volume, tariff.title, tariff.version, tariff.sample)
