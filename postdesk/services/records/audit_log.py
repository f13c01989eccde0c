"""Reading the audit log for the supervisor: filter by user, action, client, batch and period.

Read-only by construction: this module only selects. A client's entries are the client's own
and those of its batches, their items and its service records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, or_, select

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.audit import AuditEntry
from postdesk.models.batches import Batch, BatchItem
from postdesk.models.charges import ServiceRecord
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require

A = AuditEntry


@dataclass(frozen=True)
class AuditFilter:
    user_login: str | None = None
    action: str | None = None
    client_id: int | None = None
    batch_id: int | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None  # exclusive


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: dt.datetime
    user_login: str
    workstation: str
    action: str
    object_type: str
    object_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _ids(column: Any) -> Any:
    return cast(column, String(60))


def _batch_condition(batch_id: int) -> ColumnElement[bool]:
    items = select(_ids(BatchItem.id)).where(BatchItem.batch_id == batch_id)
    return or_(
        and_(A.object_type == "batch", A.object_id == str(batch_id)),
        and_(A.object_type == "batch_item", A.object_id.in_(items)),
    )


def _client_condition(client_id: int) -> ColumnElement[bool]:
    batches = select(Batch.id).where(Batch.client_id == client_id)
    return or_(
        and_(A.object_type == "client", A.object_id == str(client_id)),
        and_(
            A.object_type == "batch",
            A.object_id.in_(select(_ids(Batch.id)).where(Batch.client_id == client_id)),
        ),
        and_(
            A.object_type == "batch_item",
            A.object_id.in_(select(_ids(BatchItem.id)).where(BatchItem.batch_id.in_(batches))),
        ),
        and_(
            A.object_type == "service_record",
            A.object_id.in_(select(_ids(ServiceRecord.id)).where(ServiceRecord.client_id == client_id)),
        ),
    )


def conditions_of(wanted: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if wanted.user_login:
        conditions.append(A.user_login == wanted.user_login)
    if wanted.action:
        conditions.append(A.action == wanted.action)
    if wanted.client_id is not None:
        conditions.append(_client_condition(wanted.client_id))
    if wanted.batch_id is not None:
        conditions.append(_batch_condition(wanted.batch_id))
    if wanted.since is not None:
        conditions.append(A.at >= wanted.since)
    if wanted.until is not None:
        conditions.append(A.at < wanted.until)
    return conditions


class AuditLogService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def search(
        self, actor: Actor, wanted: AuditFilter, *, offset: int = 0, limit: int = 200
    ) -> list[AuditLine]:
        """Matching entries, newest first, one page at a time."""
        require(actor, Permission.VIEW_AUDIT)
        query = select(A).where(*conditions_of(wanted)).order_by(A.id.desc()).offset(offset).limit(limit)
        with self._uow() as tx:
            return [
                AuditLine(
                    e.id,
                    e.at,
                    e.user_login,
                    e.workstation,
                    e.action,
                    e.object_type,
                    e.object_id,
                    e.before,
                    e.after,
                )
                for e in tx.session.scalars(query)
            ]

    def choices(self, actor: Actor) -> tuple[list[str], list[str]]:
        """The users and the actions that occur in the log, for the viewer's filters."""
        require(actor, Permission.VIEW_AUDIT)
        with self._uow() as tx:
            users = list(tx.session.scalars(select(A.user_login).distinct().order_by(A.user_login)))
            actions = list(tx.session.scalars(select(A.action).distinct().order_by(A.action)))
        return users, actions
