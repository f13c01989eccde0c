"""Plain data passed in and out of the client service, and the pure validation of it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from postdesk.common.i18n import translate
from postdesk.models.clients import ClientStatus
from postdesk.models.contracts import ContractStatus, PaymentTerms
from postdesk.postal import requisites

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class ContactDraft:
    name: str
    position: str = ""
    phones: str = ""
    email: str = ""
    note: str = ""
    id: int | None = None


# Requisites typed into plain text fields (status and notes are edited differently).
CLIENT_TEXT_FIELDS = (
    "full_name",
    "short_name",
    "inn",
    "kpp",
    "ogrn",
    "legal_address",
    "postal_address",
    "phones",
    "email",
    "bank_name",
    "bik",
    "settlement_account",
    "correspondent_account",
)


@dataclass
class ClientDraft:
    full_name: str
    short_name: str
    inn: str
    kpp: str = ""
    ogrn: str = ""
    legal_address: str = ""
    postal_address: str = ""
    phones: str = ""
    email: str = ""
    bank_name: str = ""
    bik: str = ""
    settlement_account: str = ""
    correspondent_account: str = ""
    status: ClientStatus = ClientStatus.ACTIVE
    notes: str = ""
    contacts: list[ContactDraft] = field(default_factory=list)
    id: int | None = None


@dataclass
class ContractDraft:
    client_id: int
    number: str
    signed_on: dt.date
    starts_on: dt.date
    ends_on: dt.date | None = None
    status: ContractStatus = ContractStatus.ACTIVE
    services: list[str] = field(default_factory=list)
    accept_without_client: bool = False
    lists_electronic: bool = False
    lists_on_media: bool = False
    discount_percent: Decimal = Decimal("0")
    payment_terms: PaymentTerms = PaymentTerms.PREPAID
    credit_limit_kop: int = 0
    payment_term_days: int = 30
    notes: str = ""
    weight_tolerance_percent: Decimal = Decimal("2")
    weight_tolerance_g: int = 5
    id: int | None = None


@dataclass(frozen=True)
class ContractInfo:
    id: int
    client_id: int
    number: str
    signed_on: dt.date
    starts_on: dt.date
    ends_on: dt.date | None
    status: ContractStatus
    services: tuple[str, ...]
    accept_without_client: bool
    lists_electronic: bool
    lists_on_media: bool
    discount_percent: Decimal
    payment_terms: PaymentTerms
    credit_limit_kop: int
    balance_kop: int  # the ledger's sum, read only
    notes: str
    expiring: bool
    weight_tolerance_percent: Decimal = Decimal("2")
    weight_tolerance_g: int = 5
    payment_term_days: int = 30

    def to_draft(self) -> ContractDraft:
        return ContractDraft(
            client_id=self.client_id,
            number=self.number,
            signed_on=self.signed_on,
            starts_on=self.starts_on,
            ends_on=self.ends_on,
            status=self.status,
            services=list(self.services),
            accept_without_client=self.accept_without_client,
            lists_electronic=self.lists_electronic,
            lists_on_media=self.lists_on_media,
            discount_percent=self.discount_percent,
            payment_terms=self.payment_terms,
            credit_limit_kop=self.credit_limit_kop,
            payment_term_days=self.payment_term_days,
            notes=self.notes,
            weight_tolerance_percent=self.weight_tolerance_percent,
            weight_tolerance_g=self.weight_tolerance_g,
            id=self.id,
        )


@dataclass(frozen=True)
class ClientSummary:
    id: int
    short_name: str
    full_name: str
    inn: str
    status: ClientStatus
    contract_number: str
    contract_ends_on: dt.date | None
    expiring: bool


@dataclass(frozen=True)
class ClientDetails:
    draft: ClientDraft
    contracts: tuple[ContractInfo, ...]


@dataclass(frozen=True)
class ServiceInfo:
    code: str
    name: str


def validate_client(draft: ClientDraft) -> dict[str, str]:
    """Field name -> message for every problem; empty when the draft can be saved."""
    errors: dict[str, str] = {}
    if not draft.full_name.strip():
        errors["full_name"] = translate("ClientValidation", "Enter the full legal name.")
    if not draft.short_name.strip():
        errors["short_name"] = translate("ClientValidation", "Enter the short name used at the counter.")
    checks = {
        "inn": requisites.check_inn(draft.inn),
        "kpp": requisites.check_kpp(draft.kpp),
        "ogrn": requisites.check_ogrn(draft.ogrn),
        "bik": requisites.check_bik(draft.bik),
        "settlement_account": requisites.check_settlement_account(draft.settlement_account, draft.bik),
        "correspondent_account": requisites.check_correspondent_account(
            draft.correspondent_account, draft.bik
        ),
    }
    errors.update({name: message for name, message in checks.items() if message})
    inn = draft.inn.strip()
    ogrn = draft.ogrn.strip()
    if "inn" not in errors and "ogrn" not in errors and ogrn:
        if len(inn) == 10 and len(ogrn) != 13:
            errors["ogrn"] = translate(
                "ClientValidation", "An organisation (10-digit INN) has a 13-digit OGRN."
            )
        elif len(inn) == 12 and len(ogrn) != 15:
            errors["ogrn"] = translate(
                "ClientValidation", "An individual entrepreneur (12-digit INN) has a 15-digit OGRNIP."
            )
    if (
        len(inn) == 10
        and not draft.kpp.strip()
        and draft.status == ClientStatus.ACTIVE
        and "inn" not in errors
    ):
        errors["kpp"] = translate("ClientValidation", "An organisation needs a KPP.")
    if draft.email.strip() and not _EMAIL_RE.match(draft.email.strip()):
        errors["email"] = translate("ClientValidation", "The e-mail address looks wrong.")
    for index, contact in enumerate(draft.contacts):
        if not contact.name.strip():
            errors[f"contacts.{index}.name"] = translate("ClientValidation", "A contact person needs a name.")
        if contact.email.strip() and not _EMAIL_RE.match(contact.email.strip()):
            errors[f"contacts.{index}.email"] = translate(
                "ClientValidation", "The e-mail address looks wrong."
            )
    return errors


def parse_percent(text: str) -> Decimal:
    try:
        return Decimal(text.strip().replace(",", ".") or "0")
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def validate_contract(draft: ContractDraft, known_services: set[str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not draft.number.strip():
        errors["number"] = translate("ClientValidation", "Enter the contract number.")
    if draft.ends_on is not None and draft.ends_on < draft.starts_on:
        errors["ends_on"] = translate("ClientValidation", "The contract cannot end before it starts.")
    if draft.starts_on < draft.signed_on:
        errors["starts_on"] = translate("ClientValidation", "The contract cannot start before it is signed.")
    if not Decimal(0) <= draft.discount_percent <= Decimal(100):
        errors["discount_percent"] = translate("ClientValidation", "A discount is between 0 and 100 %.")
    if (
        not Decimal(0) <= draft.weight_tolerance_percent <= Decimal(50)
        or not 0 <= draft.weight_tolerance_g <= 5000
    ):
        errors["weight_tolerance"] = translate(
            "ClientValidation", "A weight tolerance is 0 to 50 % and 0 to 5000 g."
        )
    if draft.credit_limit_kop < 0:
        errors["credit_limit_kop"] = translate("ClientValidation", "A credit limit cannot be negative.")
    if not 0 <= draft.payment_term_days <= 365:
        errors["payment_term_days"] = translate("ClientValidation", "The payment term is from 0 to 365 days.")
    unknown = [code for code in draft.services if code not in known_services]
    if unknown:
        errors["services"] = translate("ClientValidation", "Unknown services: %1.").replace(
            "%1", ", ".join(unknown)
        )
    return errors
