"""Writing and reading the audit log. Entries are written in the caller's transaction."""

from __future__ import annotations

import datetime as dt
import decimal
import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.db.audit_chain import queue_entry
from postdesk.db.audit_digest import HASHED_FIELDS, entry_digest
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
    """Append one entry; call it inside the unit of work that makes the change.

    The entry is written when that unit of work commits, stamped with the database server's
    time and linked to the previous entry (``db/audit_chain.py``); a rollback drops it.
    """
    queue_entry(
        session,
        {
            "user_id": actor.user_id,
            "user_login": actor.login[:64],  # a guessed login can be longer than the column
            "workstation": actor.workstation[:100],
            "action": action,
            "object_type": object_type,
            "object_id": str(object_id)[:60],
            "before": _jsonable(before) if before is not None else None,
            "after": _jsonable(after) if after is not None else None,
        },
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

    def verify(self, actor: Actor) -> ChainReport:
        """Walk the whole chain (read only); the caller reports the first broken link."""
        require(actor, Permission.VIEW_AUDIT)
        with self._uow() as tx:
            return verify_chain(tx.session)


@dataclass(frozen=True)
class ChainReport:
    """The result of walking the audit chain; ``broken_id`` is the first entry that fails."""

    entries: int
    broken_id: int | None = None
    broken_at: dt.datetime | None = None
    broken_action: str = ""
    reason: str = ""  # "changed": the entry differs from its hash; "link": an entry before it is missing
    head_hash: str = ""  # the newest entry's hash: noted elsewhere, it also guards the newest entries

    @property
    def intact(self) -> bool:
        return self.broken_id is None


def verify_chain(session: Session) -> ChainReport:
    """Recompute every link in id order; stops at the first broken one."""
    prev_hash, count = "", 0
    result = session.execute(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=2000))
    try:
        for entry in result.scalars():
            fields = {name: getattr(entry, name) for name in HASHED_FIELDS}
            reason = ""
            if entry.prev_hash != prev_hash:
                reason = "link"
            elif entry_digest(prev_hash, entry.at, fields) != entry.entry_hash:
                reason = "changed"
            if reason:
                return ChainReport(count, entry.id, entry.at, entry.action, reason)
            prev_hash = entry.entry_hash
            count += 1
    finally:
        result.close()  # a server-side cursor on PostgreSQL
    return ChainReport(count, head_hash=prev_hash)
