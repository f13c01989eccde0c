"""What the forms print: plain, Qt-free, database-free data for one batch.

Renderers read only these classes, so any source (an accepted batch, a test, a benchmark)
can feed them. Money is integer kopecks, mass integer grams. Codes (mail type, category,
rank, payment method, notice kind) use the values of :mod:`postdesk.postal.mailclasses`.
Totals are computed from the items, never stored, so they always equal the sum of the rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from postdesk.postal.mailclasses import MailCategory, MailRank, MailType, NoticeKind


@dataclass(frozen=True)
class Party:
    """A sender or payee: an organisation with its requisites (bank details for ф.112ЭП)."""

    name: str
    address: str = ""
    postcode: str = ""
    inn: str = ""
    kpp: str = ""
    phone: str = ""
    bank_name: str = ""
    bik: str = ""
    settlement_account: str = ""
    correspondent_account: str = ""


@dataclass(frozen=True)
class DocumentHeader:
    """The batch as a whole: who hands it over, to which office, under which list and contract."""

    office_postcode: str
    office_name: str
    client: Party
    contract_number: str
    list_number: str
    list_date: dt.date
    mail_type: MailType | None
    mail_category: MailCategory | None
    mail_rank: MailRank = MailRank.WO_RANK
    payment_method: str = "CASHLESS"
    operator_name: str = ""


@dataclass(frozen=True)
class InventoryLine:
    """One line of an inventory (ф.107); ``value_kop`` None prints a dash (no declared value)."""

    name: str
    quantity: int
    value_kop: int | None = None


@dataclass(frozen=True)
class DocumentItem:
    """One mail item as printed. ``barcode`` is None for simple (untracked) items.

    ``vat_kop`` None means the VAT is not stated separately (the fee includes it); the
    column then prints a dash. A mail type, category or rank of None is the header's.
    """

    seq: int
    barcode: str | None
    recipient_name: str
    address: str
    postcode: str
    phone: str = ""
    priced_mass_g: int = 0  # the mass the item is priced by (as the stored item's)
    declared_value_kop: int = 0
    cod_kop: int = 0
    net_kop: int = 0  # the charge without VAT (never the list's fee)
    vat_kop: int | None = None
    notice: NoticeKind = NoticeKind.NONE
    inventory: tuple[InventoryLine, ...] = ()
    has_inventory: bool = False
    mail_type: MailType | None = None
    mail_category: MailCategory | None = None
    mail_rank: MailRank | None = None

    @property
    def needs_inventory(self) -> bool:
        return self.has_inventory or bool(self.inventory)


@dataclass(frozen=True)
class Totals:
    """Sums over a set of items; ``vat_kop`` is None when no item states its VAT."""

    count: int = 0
    priced_mass_g: int = 0
    declared_value_kop: int = 0
    cod_kop: int = 0
    net_kop: int = 0
    vat_kop: int | None = None
    notices: int = 0

    @classmethod
    def of(cls, items: Iterable[DocumentItem]) -> Totals:
        count = mass = value = cod = fee = notices = 0
        vat: int | None = None
        for item in items:
            count += 1
            mass += item.priced_mass_g
            value += item.declared_value_kop
            cod += item.cod_kop
            fee += item.net_kop
            if item.vat_kop is not None:
                vat = (vat or 0) + item.vat_kop
            if item.notice is not NoticeKind.NONE:
                notices += 1
        return cls(count, mass, value, cod, fee, vat, notices)

    @property
    def fee_with_vat_kop(self) -> int:
        """What the client pays: the fee plus VAT when VAT is stated on top."""
        return self.net_kop + (self.vat_kop or 0)


@dataclass(frozen=True)
class Document:
    """A batch ready for printing: the header and its items in list order."""

    header: DocumentHeader
    items: Sequence[DocumentItem] = field(default_factory=tuple)

    @property
    def totals(self) -> Totals:
        return Totals.of(self.items)
