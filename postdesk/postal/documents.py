"""Plain data of an accepted batch for its printed documents (ф.103, labels, ф.107, ф.119, ф.112, receipt).

Built by ``services.documents.batch_document`` and rendered by the printing package, which
needs nothing else: no database, no ORM, no Qt. Money in kopecks, mass in grams.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class PartyData:
    """The sender (the client) with the requisites the money order (ф.112) needs."""

    name: str
    full_name: str
    inn: str
    kpp: str
    postal_address: str
    legal_address: str
    phones: str
    bank_name: str
    bik: str
    settlement_account: str
    correspondent_account: str


@dataclass(frozen=True)
class ContractData:
    number: str
    signed_on: dt.date
    discount_percent: Decimal


@dataclass(frozen=True)
class ItemFees:
    """One item's fees in kopecks; ``net`` excludes VAT, ``total`` includes it (pricing's ItemCharge)."""

    postage_kop: int
    discount_kop: int
    declared_value_fee_kop: int
    notice_kop: int
    inventory_kop: int
    sms_kop: int
    net_kop: int
    vat_kop: int
    total_kop: int


@dataclass(frozen=True)
class DocumentItem:
    seq: int
    barcode: str  # "" for untracked (simple) items
    recipient_name: str
    address: str
    postcode: str
    phone: str
    mail_type: str
    mail_category: str
    mail_rank: str
    declared_mass_g: int
    weighed_mass_g: int | None
    weight_manual: bool
    mass_g: int  # the mass priced
    declared_value_kop: int
    cod_kop: int
    notice: str  # NONE, SIMPLE, ORDERED, ELECTRONIC
    inventory: bool
    sms: bool
    fees: ItemFees


@dataclass(frozen=True)
class DocumentTotals:
    items: int
    mass_g: int
    declared_value_kop: int
    cod_kop: int
    fees: ItemFees


@dataclass(frozen=True)
class BatchDocument:
    batch_id: int
    list_number: str
    list_date: dt.date | None
    accepted_at: dt.datetime
    office_postcode: str
    mail_type: str
    mail_category: str
    mail_rank: str
    payment_method: str
    operator_name: str
    workstation: str
    tariff_version: str
    tariff_is_sample: bool
    sender: PartyData
    contract: ContractData | None
    items: tuple[DocumentItem, ...]  # accepted items in list order (voided ones left out)
    totals: DocumentTotals  # equals the sum of ``items``
