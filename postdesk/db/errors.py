"""Database failures the person at the counter can act on: a busy file, a lost server.

Both are transient. The unit of work has already rolled the work back when they surface, so the
message only has to say what happened and that trying again is safe.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate

# Seconds the message suggests waiting before trying again.
RETRY_AFTER_S = 5


class DatabaseBusy(UserError):
    """Another workstation holds the SQLite write lock longer than the busy timeout."""


class ConnectionLost(UserError):
    """The PostgreSQL server closed the connection while the work was in progress."""


def is_sqlite_busy(exc: BaseException) -> bool:
    if not isinstance(exc, OperationalError):
        return False
    text = str(exc.orig).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def is_connection_lost(exc: BaseException) -> bool:
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def busy_error() -> DatabaseBusy:
    return DatabaseBusy(
        translate("Database", "The database is busy with another workstation: try again in %1 s.").replace(
            "%1", str(RETRY_AFTER_S)
        )
    )


def connection_lost_error() -> ConnectionLost:
    return ConnectionLost(
        translate(
            "Database",
            "The connection to the database server was lost; nothing of this operation was saved. "
            "The program reconnects by itself: try again.",
        )
    )


def user_error_for(exc: BaseException) -> UserError | None:
    """The plain message for a transient database failure, or ``None`` for anything else."""
    if is_sqlite_busy(exc):
        return busy_error()
    if is_connection_lost(exc):
        return connection_lost_error()
    return None
