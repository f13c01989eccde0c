"""Plain data the records area hands out and takes in (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from postdesk.models.records import CompetitorKind, Outcome, PriceSource, ReasonScope


@dataclass(frozen=True)
class ServiceRecordDraft:
    """What the operator enters at the counter; ``on`` is the day (None: now)."""

    client_id: int
    service_code: str
    outcome: Outcome = Outcome.GIVEN
    quantity: int = 1
    amount_kop: int = 0
    reason_code: str | None = None
    competitor_name: str = ""
    competitor_price_kop: int | None = None
    contact_person_id: int | None = None
    note: str = ""
    on: dt.date | None = None


@dataclass(frozen=True)
class RecordInfo:
    id: int
    at: dt.datetime
    client_id: int
    client_name: str
    client_inn: str
    service_code: str
    service_name: str
    outcome: Outcome
    quantity: int
    amount_kop: int
    reason_code: str | None
    reason_name: str
    competitor_name: str
    competitor_price_kop: int | None
    contact_name: str
    user_login: str
    workstation: str
    note: str
    batch_id: int | None
    kind: str


@dataclass(frozen=True)
class CatalogueEntry:
    """A service of the catalogue with our usual price for its unit."""

    code: str
    name: str
    our_price_kop: int | None = None
    unit: str = "item"


@dataclass(frozen=True)
class ReasonInfo:
    code: str
    name: str
    scope: ReasonScope
    active: bool = True
    sort_order: int = 0

    def applies_to(self, outcome: Outcome) -> bool:
        return self.scope is ReasonScope.ANY or self.scope.value == outcome.value


@dataclass(frozen=True)
class CompetitorInfo:
    id: int
    name: str
    kind: CompetitorKind
    note: str = ""


@dataclass(frozen=True)
class PriceObservationInfo:
    competitor_name: str
    service_code: str
    price_kop: int
    unit: str
    observed_on: dt.date
    source: PriceSource


@dataclass(frozen=True)
class PriceComparison:
    """One competitor's prices for one service against ours."""

    competitor_name: str
    service_code: str
    service_name: str
    latest_kop: int
    latest_on: dt.date
    median_kop: int
    observations: int
    our_price_kop: int | None
    unit: str


@dataclass(frozen=True)
class Period:
    """Days ``start``..``end``, both included."""

    start: dt.date
    end: dt.date

    @property
    def since(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time(), tzinfo=dt.UTC)

    @property
    def until(self) -> dt.datetime:
        """The first instant after the period."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
