"""Recording a service at the counter: given, declined by the client, or not possible here.

One unit of work writes the record, a competitor the client named for the first time, the
price the client quoted (as a price observation) and the audit entry, or nothing at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.base import utc_now
from postdesk.models.charges import ServiceRecord
from postdesk.models.contracts import Contract, ContractStatus
from postdesk.models.records import Competitor, PriceObservation, PriceSource
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records import rules, summaries
from postdesk.services.records.data import RecordInfo, ServiceRecordDraft
from postdesk.services.records.record_rows import load_records

COUNTER_KIND = "counter"


def find_competitor(session: Session, name: str) -> Competitor | None:
    """The directory entry of that name, ignoring case and spacing (the directory is small)."""
    folded = " ".join(name.split()).casefold()
    for competitor in session.scalars(select(Competitor)):
        if competitor.name.casefold() == folded:
            return competitor
    return None


def competitor_named(session: Session, actor: Actor, name: str) -> Competitor:
    """The directory entry of that name, added (and audited) when it is new."""
    wanted = " ".join(name.split())
    found = find_competitor(session, wanted)
    if found is not None:
        return found
    competitor = Competitor(name=wanted[:200])
    session.add(competitor)
    session.flush()
    audit.record(session, actor, "competitor_add", "competitor", competitor.id, after={"name": wanted})
    return competitor


def _active_contract_id(session: Session, client_id: int) -> int | None:
    return session.scalar(
        select(Contract.id)
        .where(Contract.client_id == client_id, Contract.status == ContractStatus.ACTIVE)
        .order_by(Contract.starts_on.desc())
        .limit(1)
    )


class RecordService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def client_id_by_inn(self, actor: Actor, inn: str) -> int:
        """The client with that INN (the first one when branches share it)."""
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow() as tx:
            return rules.client_by_inn(tx.session, inn).id

    def add(self, actor: Actor, draft: ServiceRecordDraft) -> RecordInfo:
        require(actor, Permission.RECORD_SERVICES)
        with self._uow() as tx:
            record_id = add_record_in(tx.session, actor, draft, self._today())
            info = load_records(tx.session, [ServiceRecord.id == record_id])[0]
            tx.commit()
            return info


def add_record_in(session: Session, actor: Actor, draft: ServiceRecordDraft, today: dt.date) -> int:
    """Write one service record (with its competitor, price and audit entry) in the caller's unit of work.

    Selling forms at the counter uses it so the sale and the stock change commit together.
    """
    require(actor, Permission.RECORD_SERVICES)
    rules.check_numbers(draft)
    at = rules.record_time(draft.on, today, utc_now())
    client = rules.load_client(session, draft.client_id)
    service = rules.load_service(session, draft.service_code)
    reason = rules.check_refusal(session, draft)
    contact = rules.check_contact(session, draft)
    competitor = (
        competitor_named(session, actor, draft.competitor_name) if draft.competitor_name.strip() else None
    )
    record = ServiceRecord(
        at=at,
        client_id=client.id,
        contract_id=_active_contract_id(session, client.id),
        service_code=service.code,
        kind=COUNTER_KIND,
        outcome=draft.outcome,
        items_count=draft.quantity,
        amount_kop=draft.amount_kop,
        reason_code=reason.code if reason else None,
        competitor_id=competitor.id if competitor else None,
        competitor_price_kop=draft.competitor_price_kop,
        contact_person_id=contact.id if contact else None,
        user_id=actor.user_id,
        user_login=actor.login,
        workstation=actor.workstation,
        note=draft.note.strip(),
    )
    summaries.add_record(session, record)
    if competitor is not None and draft.competitor_price_kop is not None:
        session.add(
            PriceObservation(
                competitor_id=competitor.id,
                service_code=service.code,
                price_kop=draft.competitor_price_kop,
                unit=service.price_unit,
                observed_on=at.date(),
                source=PriceSource.CLIENT_SAID,
                service_record_id=record.id,
                user_login=actor.login,
            )
        )
    audit.record(
        session,
        actor,
        "service_record_add",
        "service_record",
        record.id,
        after={
            "client_id": client.id,
            "service": service.code,
            "outcome": draft.outcome,
            "quantity": draft.quantity,
            "amount_kop": draft.amount_kop,
            "reason": record.reason_code,
            "competitor": competitor.name if competitor else None,
            "competitor_price_kop": draft.competitor_price_kop,
            "at": at,
        },
    )
    session.flush()
    return record.id
