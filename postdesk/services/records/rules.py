"""The rules a service record obeys, checked before anything is written."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.models.clients import Client, ContactPerson
from postdesk.models.contracts import Service
from postdesk.models.records import Outcome, ReasonScope, RefusalReason
from postdesk.services.records.data import ServiceRecordDraft

MAX_QUANTITY = 1_000_000
MAX_AMOUNT_KOP = 10**12  # ten billion rubles: anything above is a typing slip


def record_time(on: dt.date | None, today: dt.date, now: dt.datetime) -> dt.datetime:
    """Now for today (or no day); midday of an earlier day entered afterwards."""
    if on is None or on == today:
        return now
    if on > today:
        raise UserError(
            translate("Records", "The date %1 is in the future: enter today or an earlier day.").replace(
                "%1", on.strftime("%d.%m.%Y")
            )
        )
    return dt.datetime.combine(on, dt.time(12), tzinfo=dt.UTC)


def check_numbers(draft: ServiceRecordDraft) -> None:
    if draft.quantity < 0 or draft.amount_kop < 0 or (draft.competitor_price_kop or 0) < 0:
        raise UserError(translate("Records", "Quantity, amount and price cannot be negative."))
    if draft.quantity > MAX_QUANTITY or draft.amount_kop > MAX_AMOUNT_KOP:
        raise UserError(translate("Records", "The quantity or amount is too large: check what was typed."))
    if (draft.competitor_price_kop or 0) > MAX_AMOUNT_KOP:
        raise UserError(translate("Records", "The competitor's price is too large: check what was typed."))
    if draft.outcome is Outcome.GIVEN and draft.quantity < 1:
        raise UserError(translate("Records", "A service given has a quantity of at least 1."))


def check_refusal(session: Session, draft: ServiceRecordDraft) -> RefusalReason | None:
    """The reason of a declined or impossible service; none for a service given."""
    if draft.outcome is Outcome.GIVEN:
        if draft.reason_code or draft.competitor_name or draft.competitor_price_kop is not None:
            raise UserError(
                translate(
                    "Records",
                    "A reason or a competitor is recorded only for a declined or impossible service.",
                )
            )
        return None
    if not draft.reason_code:
        raise UserError(translate("Records", "Choose the reason the service was declined or not possible."))
    reason = session.get(RefusalReason, draft.reason_code)
    if reason is None or not reason.active:
        raise NotFound(
            translate("Records", "Unknown refusal reason «%1»: choose one from the list.").replace(
                "%1", draft.reason_code
            )
        )
    if reason.scope is not ReasonScope.ANY and reason.scope.value != draft.outcome.value:
        raise UserError(
            translate("Records", "The reason «%1» does not fit this outcome: choose another.").replace(
                "%1", reason.name
            )
        )
    if draft.competitor_price_kop is not None and not draft.competitor_name.strip():
        raise UserError(translate("Records", "Name the competitor whose price the client gave."))
    return reason


def load_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(translate("Records", "The client was not found: it may have been deleted."))
    return client


def client_by_inn(session: Session, inn: str) -> Client:
    clients = list(session.scalars(select(Client).where(Client.inn == inn.strip()).order_by(Client.id)))
    if not clients:
        raise NotFound(
            translate("Records", "No client with INN %1: check the number or add the client.").replace(
                "%1", inn
            )
        )
    return clients[0]


def load_service(session: Session, code: str) -> Service:
    service = session.get(Service, code)
    if service is None:
        raise NotFound(
            translate("Records", "Unknown service «%1»: choose one from the catalogue.").replace("%1", code)
        )
    return service


def check_contact(session: Session, draft: ServiceRecordDraft) -> ContactPerson | None:
    if draft.contact_person_id is None:
        return None
    contact = session.get(ContactPerson, draft.contact_person_id)
    if contact is None or contact.client_id != draft.client_id:
        raise UserError(translate("Records", "The contact person is not one of this client's: choose again."))
    return contact
