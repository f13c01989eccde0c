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


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def normalise_url(url: str) -> str:
    """Accept the short ``postgresql://`` form and use the psycopg 3 driver for it."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy manage transactions; make every connection enforce foreign keys, use WAL
    # (readers never block the writer) and wait instead of failing when another process writes.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
    if mode and str(mode[0]).lower() not in {"wal", "memory"}:
        log.warning("SQLite refused WAL mode (%s)", mode[0])
    cursor.execute("PRAGMA synchronous=NORMAL")
    # An 8 MB page cache (the default is 2 MB): storing a large list spills fewer index pages.
    cursor.execute("PRAGMA cache_size=-8192")
    cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    # IMMEDIATE takes the write lock at the start, so two workstations on one file queue up
    # instead of deadlocking when both upgrade a read to a write.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str, *, echo: bool = False) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not Path(database).exists():
            create_private_file(Path(database))  # SQLite gives its -wal and -shm files the same mode
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


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
