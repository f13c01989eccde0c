"""What the reference services hand out: plain frozen dataclasses, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from postdesk.models.reference import FormKind, HolidayRule, OrganisationKind, RouteKind


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: how many rows, and the price list version it made (tariffs only)."""

    kind: str
    rows: int
    version: str = ""
    effective_from: dt.date | None = None


@dataclass(frozen=True)
class DeliveryEstimate:
    from_postcode: str
    to_postcode: str
    mail_class: str
    days: int
    posted_on: dt.date
    arrives_by: dt.date
    norm_from: str  # the prefixes of the norm that matched ("" = anywhere)
    norm_to: str


@dataclass(frozen=True)
class NormInfo:
    from_prefix: str
    to_prefix: str
    mail_class: str
    days: int
    note: str
    from_region: str = ""  # a side named by region has an empty prefix
    to_region: str = ""


@dataclass(frozen=True)
class RegionInfo:
    prefix: str
    name: str


@dataclass(frozen=True)
class RouteInfo:
    id: int
    route: str
    name: str
    kind: RouteKind
    to_prefix: str
    weekdays: str
    departs_at: dt.time
    ready_minutes: int
    holidays: HolidayRule = HolidayRule.SKIP


@dataclass(frozen=True)
class Dispatch:
    """The next departure that can still take mail for a postcode, and when the mail must be ready."""

    postcode: str
    route: str
    name: str
    kind: RouteKind
    departs_at: dt.datetime
    ready_by: dt.datetime


@dataclass(frozen=True)
class QueueDispatch:
    """A batch waiting without its client and the first departure some of its items must make."""

    batch_id: int
    client_name: str
    list_number: str
    dispatch: Dispatch


@dataclass(frozen=True)
class FormInfo:
    code: str
    name: str
    kind: FormKind
    unit: str
    price_kop: int
    stock: int
    low_stock: int
    active: bool

    @property
    def is_low(self) -> bool:
        return self.active and self.stock <= self.low_stock


@dataclass(frozen=True)
class SaleResult:
    form: FormInfo
    service_record_id: int
    amount_kop: int


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    name: str
    kind: OrganisationKind
    phone: str
    contact_person: str
    email: str
    address: str
    note: str


@dataclass(frozen=True)
class OrganisationDraft:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    phone: str = ""
    contact_person: str = ""
    email: str = ""
    address: str = ""
    note: str = ""


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    title: str
    effective_from: dt.date | None
    filename: str
    size: int
    added_at: dt.datetime


@dataclass(frozen=True)
class PriceVersionInfo:
    version: str
    title: str
    effective_from: dt.date
    sample: bool
    source: str
    imported: bool  # stored in the database (an import), not a shipped or installed file
    prices: int


@dataclass(frozen=True)
class PriceChange:
    """One line of the comparison of two price list versions."""

    code: str
    name: str
    old_kop: int | None  # None: the service is new
    new_kop: int | None  # None: the service is gone


@dataclass(frozen=True)
class RangeCapacity:
    """A registered identifier range and whether its remaining numbers call for a new one."""

    id: int
    kind: str
    prefix: str
    suffix: str
    period: str
    contract_id: int | None
    first_serial: int
    last_serial: int
    remaining: int
    warning: bool
    note: str


@dataclass(frozen=True)
class ContractChoice:
    """A contract as the range picker lists it: its number and its client."""

    id: int
    number: str
    client_name: str
    client_inn: str
    active: bool
