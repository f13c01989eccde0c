"""What an offer may be made of, and what it is made of unless the operator chooses otherwise.

The offer dialog shows the defaults (a client's contract services or what it used, its discount
and the contact person who has an e-mail; a prospect's needs, the proposed discount and the
person who decides) and hands back an :class:`OfferChoice`; the offer service builds the letter
from the defaults with the choice laid over them, so the command line and the screen agree.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.models.charges import ServiceRecord
from postdesk.models.clients import Client, ContactPerson
from postdesk.models.contracts import Service
from postdesk.models.records import Outcome
from postdesk.services.contract_terms import contract_in_force, discount_of
from postdesk.services.outreach.prospect_data import ProspectView
from postdesk.tariffs.changes import BATCH_MAIL

_POSTCODE = re.compile(r"(?<!\d)(\d{6})(?!\d)")


@dataclass(frozen=True)
class OfferChoice:
    """What the operator changed in the dialog; ``None`` keeps the default."""

    services: tuple[str, ...] | None = None
    discount: Decimal | None = None
    contact_id: int | None = None


@dataclass(frozen=True)
class OfferContact:
    id: int
    name: str
    role: str
    email: str


@dataclass(frozen=True)
class CatalogueService:
    code: str
    name: str


@dataclass(frozen=True)
class OfferDefaults:
    organisation: str
    services: tuple[str, ...]
    discount: Decimal
    contacts: tuple[OfferContact, ...]
    contact_id: int | None
    catalogue: tuple[CatalogueService, ...]


@dataclass(frozen=True)
class ClientBasis:
    """The figures an offer to a client starts from: its services, discount, competitor price, volume."""

    services: tuple[str, ...]
    discount: Decimal
    their_service: str
    their_kop: int | None
    monthly_volume: int


def postcode_in(address: str) -> str:
    """The first six-digit number of an address, as Russian addresses start with the postcode."""
    found = _POSTCODE.search(address)
    return found.group(1) if found else ""


def catalogue(session: Session) -> tuple[CatalogueService, ...]:
    rows = session.scalars(select(Service).order_by(Service.sort_order, Service.name))
    return tuple(CatalogueService(s.code, s.name) for s in rows)


def client_basis(session: Session, client: Client, today: dt.date) -> ClientBasis:
    """The contract's services (or those used in the last 12 months) and its discount."""
    contract = contract_in_force(session, client.id, today)
    services = [s.service_code for s in contract.services] if contract else []
    since = dt.datetime.combine(today - dt.timedelta(days=365), dt.time(), tzinfo=dt.UTC)
    if not services:
        services = list(
            session.scalars(
                select(ServiceRecord.service_code)
                .where(ServiceRecord.client_id == client.id, ServiceRecord.at >= since)
                .distinct()
                .order_by(ServiceRecord.service_code)
            )
        )
    their = session.execute(
        select(ServiceRecord.service_code, ServiceRecord.competitor_price_kop)
        .where(ServiceRecord.client_id == client.id, ServiceRecord.competitor_price_kop.is_not(None))
        .order_by(ServiceRecord.at.desc())
        .limit(1)
    ).first()
    items = session.scalar(
        select(func.coalesce(func.sum(ServiceRecord.items_count), 0)).where(
            ServiceRecord.client_id == client.id,
            ServiceRecord.service_code == BATCH_MAIL,
            ServiceRecord.outcome == Outcome.GIVEN,
            ServiceRecord.at >= since,
        )
    )
    return ClientBasis(
        tuple(services),
        discount_of(contract),
        their[0] if their else "",
        their[1] if their else None,
        int(items or 0) // 12,
    )


def client_person(client: Client, contact_id: int | None) -> ContactPerson | None:
    """The chosen contact person, else the first with an e-mail, else the first."""
    if contact_id is not None:
        for person in client.contacts:
            if person.id == contact_id:
                return person
    return next((c for c in client.contacts if c.email), client.contacts[0] if client.contacts else None)


def client_defaults(session: Session, client: Client, today: dt.date) -> OfferDefaults:
    basis = client_basis(session, client, today)
    person = client_person(client, None)
    return OfferDefaults(
        client.short_name or client.full_name,
        basis.services or (BATCH_MAIL,),
        basis.discount,
        tuple(OfferContact(c.id, c.name, c.position, c.email) for c in client.contacts),
        person.id if person else None,
        catalogue(session),
    )


def prospect_defaults(session: Session, prospect: ProspectView) -> OfferDefaults:
    person = prospect.decision_maker
    return OfferDefaults(
        prospect.name,
        prospect.services or (BATCH_MAIL,),
        prospect.proposed_discount_percent,
        tuple(OfferContact(c.id, c.name, c.role, c.email) for c in prospect.contacts),
        person.id if person else None,
        catalogue(session),
    )
