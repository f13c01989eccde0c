"""Reading service records as plain rows with their names joined in (one query, no lazy loads)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from postdesk.models.charges import ServiceRecord
from postdesk.models.clients import Client, ContactPerson
from postdesk.models.contracts import Service
from postdesk.models.records import Competitor, RefusalReason
from postdesk.services.records.data import RecordInfo

R = ServiceRecord


def record_query(conditions: Sequence[ColumnElement[bool]]) -> Any:
    return (
        select(
            R.id,
            R.at,
            R.client_id,
            Client.short_name,
            Client.inn,
            R.service_code,
            Service.name,
            R.outcome,
            R.items_count,
            R.amount_kop,
            R.reason_code,
            RefusalReason.name,
            Competitor.name,
            R.competitor_price_kop,
            ContactPerson.name,
            R.user_login,
            R.workstation,
            R.note,
            R.batch_id,
            R.kind,
        )
        .join(Client, Client.id == R.client_id)
        .join(Service, Service.code == R.service_code)
        .outerjoin(RefusalReason, RefusalReason.code == R.reason_code)
        .outerjoin(Competitor, Competitor.id == R.competitor_id)
        .outerjoin(ContactPerson, ContactPerson.id == R.contact_person_id)
        .where(*conditions)
    )


def info_of(row: Any) -> RecordInfo:
    return RecordInfo(
        id=row[0],
        at=row[1],
        client_id=row[2],
        client_name=row[3],
        client_inn=row[4],
        service_code=row[5],
        service_name=row[6],
        outcome=row[7],
        quantity=row[8],
        amount_kop=row[9],
        reason_code=row[10],
        reason_name=row[11] or "",
        competitor_name=row[12] or "",
        competitor_price_kop=row[13],
        contact_name=row[14] or "",
        user_login=row[15],
        workstation=row[16],
        note=row[17],
        batch_id=row[18],
        kind=row[19],
    )


def load_records(
    session: Session, conditions: Sequence[ColumnElement[bool]], limit: int | None = None
) -> list[RecordInfo]:
    query = record_query(conditions).order_by(R.at.desc(), R.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [info_of(row) for row in session.execute(query)]
