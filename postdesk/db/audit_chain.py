"""The hash chain of the audit log, sealed when a unit of work commits.

Services queue entries with :func:`queue_entry`; just before the commit the queued entries
are stamped with the database server's time, linked to the newest stored entry and inserted
in order. On PostgreSQL a transaction-scoped advisory lock serialises this final step across
workstations, so two writers never link to the same predecessor; it is held only from the
sealing to the commit, not for the whole unit of work. SQLite's write lock already serialises.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from postdesk.db.audit_digest import entry_digest
from postdesk.db.clock import database_now
from postdesk.models.audit import AuditEntry

_PENDING_KEY = "postdesk.audit_pending"
# Any constant bigint identifies the lock; this one spells "audit" in ASCII.
AUDIT_CHAIN_LOCK = 0x6175646974


def queue_entry(session: Session, fields: dict[str, Any]) -> None:
    """Keep an entry for the commit of this session's transaction (dropped on rollback)."""
    session.info.setdefault(_PENDING_KEY, []).append(fields)


def discard_pending(session: Session, *_args: object) -> None:
    session.info.pop(_PENDING_KEY, None)


def seal_pending(session: Session) -> None:
    """``before_commit`` hook: insert the queued entries as the next links of the chain."""
    pending: list[dict[str, Any]] = session.info.pop(_PENDING_KEY, [])
    if not pending:
        return
    session.flush()  # every other change first, so the lock below is held as briefly as possible
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_CHAIN_LOCK})
    prev_hash = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)) or ""
    at = database_now(session)
    for fields in pending:
        digest = entry_digest(prev_hash, at, fields)
        session.add(AuditEntry(at=at, prev_hash=prev_hash, entry_hash=digest, **fields))
        session.flush()
        prev_hash = digest
