"""Writing and reading the audit log. Entries are written in the caller's transaction."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.audit import AuditEntry
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


def record(
    session: Session,
    actor: Actor,
    action: str,
    object_type: str,
    object_id: object = "",
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Append one entry; call it inside the unit of work that makes the change."""
    session.add(
        AuditEntry(
            user_id=actor.user_id,
            user_login=actor.login,
            workstation=actor.workstation,
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            before=_jsonable(before) if before is not None else None,
            after=_jsonable(after) if after is not None else None,
        )
    )


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that differ, so entries stay readable."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    user_login: str
    workstation: str
    action: str
    object_type: str
    object_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class AuditService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def entries_for(
        self, actor: Actor, object_type: str, object_id: object, limit: int = 200
    ) -> list[AuditRow]:
        require(actor, Permission.VIEW_AUDIT)
        with self._uow(read_only=True) as tx:
            rows = tx.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.object_type == object_type, AuditEntry.object_id == str(object_id))
                .order_by(AuditEntry.id.desc())
                .limit(limit)
            )
            return [
                AuditRow(
                    r.at, r.user_login, r.workstation, r.action, r.object_type, r.object_id, r.before, r.after
                )
                for r in rows
            ]
