"""Plain data of the prospects pipeline passed in and out of the service, and its pure checks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from postdesk.common.i18n import QT_TRANSLATE_NOOP, translate
from postdesk.models.prospects import ActivityKind, ProspectSource, Stage
from postdesk.postal import requisites

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
OPEN_STAGES = (Stage.NEW, Stage.CONTACTED, Stage.OFFER_SENT, Stage.NEGOTIATING)

STAGE_TITLES: dict[Stage, str] = {
    Stage.NEW: QT_TRANSLATE_NOOP("Prospects", "New"),
    Stage.CONTACTED: QT_TRANSLATE_NOOP("Prospects", "Contacted"),
    Stage.OFFER_SENT: QT_TRANSLATE_NOOP("Prospects", "Offer sent"),
    Stage.NEGOTIATING: QT_TRANSLATE_NOOP("Prospects", "Negotiating"),
    Stage.WON: QT_TRANSLATE_NOOP("Prospects", "Contract signed"),
    Stage.LOST: QT_TRANSLATE_NOOP("Prospects", "Lost"),
}
SOURCE_TITLES: dict[ProspectSource, str] = {
    ProspectSource.WALK_IN: QT_TRANSLATE_NOOP("Prospects", "Walk-in"),
    ProspectSource.REFERRAL: QT_TRANSLATE_NOOP("Prospects", "Referral"),
    ProspectSource.COUNTER_REFUSAL: QT_TRANSLATE_NOOP("Prospects", "Refusal at the counter"),
    ProspectSource.ORGANISATION_LIST: QT_TRANSLATE_NOOP("Prospects", "List of organisations"),
}
ACTIVITY_TITLES: dict[ActivityKind, str] = {
    ActivityKind.CALL: QT_TRANSLATE_NOOP("Prospects", "Call"),
    ActivityKind.VISIT: QT_TRANSLATE_NOOP("Prospects", "Visit"),
    ActivityKind.LETTER: QT_TRANSLATE_NOOP("Prospects", "Letter"),
    ActivityKind.EMAIL: QT_TRANSLATE_NOOP("Prospects", "E-mail"),
    ActivityKind.MEETING: QT_TRANSLATE_NOOP("Prospects", "Meeting"),
}


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    phones: str = ""
    email: str = ""
    decides: bool = False


@dataclass(frozen=True)
class ProspectDraft:
    name: str
    inn: str = ""
    kpp: str = ""
    sector: str = ""
    address: str = ""
    phones: str = ""
    email: str = ""
    source: ProspectSource = ProspectSource.WALK_IN
    contacts: tuple[ContactInput, ...] = ()
    services: tuple[str, ...] = ()
    competitor_name: str = ""
    competitor_price_kop: int | None = None
    competitor_service_code: str = ""  # default: the first service needed, else batch mail
    monthly_volume: int = 0
    proposed_discount_percent: Decimal = Decimal("0")
    next_action: str = ""
    next_action_on: dt.date | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ContactView:
    id: int
    name: str
    role: str
    phones: str
    email: str
    decides: bool


@dataclass(frozen=True)
class ProspectView:
    id: int
    name: str
    inn: str
    kpp: str
    sector: str
    address: str
    phones: str
    email: str
    source: ProspectSource
    stage: Stage
    lost_reason_code: str | None
    contacts: tuple[ContactView, ...]
    services: tuple[str, ...]
    competitor_name: str
    competitor_price_kop: int | None
    competitor_service_code: str
    monthly_volume: int
    proposed_discount_percent: Decimal
    next_action: str
    next_action_on: dt.date | None
    owner_login: str
    client_id: int | None
    notes: str

    @property
    def decision_maker(self) -> ContactView | None:
        """The person offers go to: the one who decides, else the first contact."""
        deciding = [c for c in self.contacts if c.decides] or list(self.contacts)
        return deciding[0] if deciding else None

    def to_draft(self) -> ProspectDraft:
        return ProspectDraft(
            name=self.name,
            inn=self.inn,
            kpp=self.kpp,
            sector=self.sector,
            address=self.address,
            phones=self.phones,
            email=self.email,
            source=self.source,
            contacts=tuple(ContactInput(c.name, c.role, c.phones, c.email, c.decides) for c in self.contacts),
            services=self.services,
            competitor_name=self.competitor_name,
            competitor_price_kop=self.competitor_price_kop,
            competitor_service_code=self.competitor_service_code,
            monthly_volume=self.monthly_volume,
            proposed_discount_percent=self.proposed_discount_percent,
            next_action=self.next_action,
            next_action_on=self.next_action_on,
            notes=self.notes,
            id=self.id,
        )


@dataclass(frozen=True)
class ProspectRow:
    """One line of the board: enough to read at a glance, nothing loaded per row."""

    id: int
    name: str
    inn: str
    stage: Stage
    next_action: str
    next_action_on: dt.date | None
    owner_login: str
    competitor_name: str
    competitor_price_kop: int | None
    overdue: bool


@dataclass(frozen=True)
class ProspectBoard:
    rows: tuple[ProspectRow, ...]
    stage_counts: dict[Stage, int] = field(default_factory=dict)
    due_count: int = 0


@dataclass(frozen=True)
class ActivityView:
    id: int
    kind: ActivityKind
    at: dt.datetime
    outcome: str
    user_login: str


@dataclass(frozen=True)
class Conversion:
    client_id: int
    contract_id: int
    contract_number: str


def _contact_errors(contacts: tuple[ContactInput, ...]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for index, contact in enumerate(contacts):
        if not contact.name.strip():
            errors[f"contacts.{index}.name"] = translate("Prospects", "A contact person needs a name.")
        if contact.email.strip() and not _EMAIL_RE.match(contact.email.strip()):
            errors[f"contacts.{index}.email"] = translate("Prospects", "The e-mail address looks wrong.")
    return errors


def validate_prospect(draft: ProspectDraft) -> dict[str, str]:
    """Field name -> message for every problem; empty when the draft can be saved."""
    errors: dict[str, str] = {}
    if not draft.name.strip():
        errors["name"] = translate("Prospects", "Enter the organisation's name.")
    if draft.inn.strip():
        problem = requisites.check_inn(draft.inn)
        if problem:
            errors["inn"] = problem
    if draft.kpp.strip():
        problem = requisites.check_kpp(draft.kpp)
        if problem:
            errors["kpp"] = problem
    if draft.email.strip() and not _EMAIL_RE.match(draft.email.strip()):
        errors["email"] = translate("Prospects", "The e-mail address looks wrong.")
    errors.update(_contact_errors(draft.contacts))
    if draft.competitor_price_kop is not None:
        if draft.competitor_price_kop < 0:
            errors["competitor_price"] = translate("Prospects", "A price cannot be negative.")
        if not draft.competitor_name.strip():
            errors["competitor_price"] = translate(
                "Prospects", "A competitor's price needs the competitor's name."
            )
    if draft.monthly_volume < 0:
        errors["monthly_volume"] = translate("Prospects", "The volume per month cannot be negative.")
    if not Decimal(0) <= draft.proposed_discount_percent <= Decimal(100):
        errors["proposed_discount_percent"] = translate("Prospects", "A discount is between 0 and 100 %.")
    return errors
