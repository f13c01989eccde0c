"""The database server's clock: one time for every workstation sharing a database.

Workstations' own clocks drift or can be set back; audit entries and sign-in lockouts use
the server's time instead. On SQLite the "server" is this computer, read through SQLite.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session


def database_now(bind: Session | Connection) -> dt.datetime:
    """The current time as the database sees it (on PostgreSQL: the transaction's start time)."""
    dialect = bind.get_bind().dialect if isinstance(bind, Session) else bind.dialect
    if dialect.name == "postgresql":
        value = bind.execute(text("SELECT now()")).scalar_one()
        assert isinstance(value, dt.datetime)
        return value.astimezone(dt.UTC)
    raw = bind.execute(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")).scalar_one()
    return dt.datetime.fromisoformat(str(raw)).replace(tzinfo=dt.UTC)
