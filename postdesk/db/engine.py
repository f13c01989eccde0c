"""Opening the database: embedded SQLite by default, PostgreSQL when workstations share one."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from postdesk.common.paths import create_private_file

log = logging.getLogger(__name__)

# Execution option carried by the read-only engine view (see ``read_only_view``).
READ_ONLY_OPTION = "postdesk_read_only"
# How long a writer waits for another workstation's transaction before giving up.
BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def normalise_url(url: str) -> str:
    """Accept the short ``postgresql://`` form and use the psycopg 3 driver for it."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_connect_hook(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        _on_sqlite_connect(dbapi_connection, record, busy_timeout_ms)

    return on_connect


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any, busy_timeout_ms: int) -> None:
    # Let SQLAlchemy manage transactions; make every connection enforce foreign keys, use WAL
    # (readers never block the writer) and wait instead of failing when another process writes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
    if mode and str(mode[0]).lower() not in {"wal", "memory"}:
        log.warning("SQLite refused WAL mode (%s)", mode[0])
    # FULL syncs the WAL at every commit: a committed identifier block survives a power cut,
    # so numbers already printed on labels are never handed out again.
    cursor.execute("PRAGMA synchronous=FULL")
    # An 8 MB page cache (the default is 2 MB): storing a large list spills fewer index pages.
    cursor.execute("PRAGMA cache_size=-8192")
    cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    # Writers take the write lock at the start (IMMEDIATE), so two workstations on one file
    # queue up instead of deadlocking when both upgrade a read to a write. Read-only work
    # begins deferred: in WAL it reads its snapshot without waiting for any writer.
    if conn.get_execution_options().get(READ_ONLY_OPTION):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _on_postgresql_begin(conn: Any) -> None:
    # The server refuses any write in a unit of work opened for reading only.
    if conn.get_execution_options().get(READ_ONLY_OPTION):
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")


def make_engine(url: str, *, echo: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not Path(database).exists():
            create_private_file(Path(database))  # SQLite gives its -wal and -shm files the same mode
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _sqlite_connect_hook(busy_timeout_ms))
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    # pre_ping tests a pooled connection before use: after the server dropped it (restart,
    # network cut) the next unit of work silently gets a new one.
    engine = create_engine(url, echo=echo, pool_pre_ping=True)
    event.listen(engine, "begin", _on_postgresql_begin)
    return engine


def read_only_view(engine: Engine) -> Engine:
    """The same engine and pool, marked so that its transactions begin read-only."""
    return engine.execution_options(**{READ_ONLY_OPTION: True})


def url_without_password(url: str) -> str:
    """The address as shown on screen and written to the audit log: the password masked."""
    if not url:
        return ""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:  # unparsable: show only what follows the credentials
        return url.rsplit("@", maxsplit=1)[-1]


def describe(engine: Engine) -> str:
    """A short, password-free description of the database for status bars and logs."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database}"
    return f"PostgreSQL {url.host or 'localhost'}:{url.port or 5432}/{url.database}"
