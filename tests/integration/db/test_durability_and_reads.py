"""Committed work survives, reads never queue behind a writer, and transient failures read plainly."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, func, select, text

from postdesk.common.errors import UserError
from postdesk.db.engine import make_engine, normalise_url
from postdesk.db.errors import ConnectionLost, DatabaseBusy
from postdesk.db.migrate import upgrade_to_head
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models import Service


def _add_service(tx, code: str) -> None:  # type: ignore[no-untyped-def]
    tx.session.add(Service(code=code, name=code, sort_order=900))
    tx.session.flush()


def test_sqlite_syncs_every_commit(sqlite_url):
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    engine.dispose()


def test_sqlite_reads_do_not_wait_for_a_writer_and_a_blocked_write_is_a_plain_message(sqlite_url):
    engine = make_engine(sqlite_url, busy_timeout_ms=300)
    upgrade_to_head(engine)
    uow = UnitOfWorkFactory(engine)
    with uow() as writer:  # another workstation in the middle of a long acceptance
        _add_service(writer, "held")
        started = time.monotonic()
        with uow(read_only=True) as reader:
            count = reader.session.scalar(select(func.count()).select_from(Service))
        assert time.monotonic() - started < 0.25
        assert count is not None and count >= 0
        with pytest.raises(DatabaseBusy) as refused, uow() as second:
            _add_service(second, "blocked")
        assert "занята другим рабочим местом" in refused.value.message
        assert "повторите через 5 с" in refused.value.message
        writer.commit()
    with uow(read_only=True) as reader:
        codes = set(reader.session.scalars(select(Service.code)))
    assert "held" in codes and "blocked" not in codes
    engine.dispose()


def test_a_read_only_unit_cannot_write(database_url):
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    uow = UnitOfWorkFactory(engine)
    with uow(read_only=True) as tx, pytest.raises(RuntimeError):
        tx.commit()
    engine.dispose()


def test_postgresql_refuses_writes_in_a_read_only_unit(postgres_url):
    engine = make_engine(postgres_url)
    uow = UnitOfWorkFactory(engine)
    with pytest.raises(Exception, match="read-only transaction"), uow(read_only=True) as tx:
        _add_service(tx, "sneaky")
    engine.dispose()


def test_postgresql_connection_lost_mid_work_rolls_back_and_reconnects(postgres_url):
    engine = make_engine(postgres_url)
    uow = UnitOfWorkFactory(engine)
    killer = create_engine(normalise_url(postgres_url), isolation_level="AUTOCOMMIT")
    with pytest.raises(ConnectionLost) as lost, uow() as tx:
        _add_service(tx, "half-done")
        pid = tx.session.scalar(text("SELECT pg_backend_pid()"))
        with killer.connect() as connection:
            assert connection.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        tx.session.scalar(text("SELECT 1"))
        tx.commit()
    assert isinstance(lost.value, UserError)
    assert "соединение с сервером базы данных потеряно" in lost.value.message.lower()
    # The next unit of work gets a fresh connection by itself, and nothing half-done was kept.
    with uow(read_only=True) as tx:
        assert tx.session.scalar(select(func.count()).where(Service.code == "half-done")) == 0
    killer.dispose()
    engine.dispose()


def test_a_single_read_survives_a_dropped_connection_and_runs_outside_a_transaction(postgres_url):
    engine = make_engine(postgres_url)
    uow = UnitOfWorkFactory(engine)
    killer = create_engine(normalise_url(postgres_url), isolation_level="AUTOCOMMIT")
    ask = text("SELECT pg_backend_pid() AS pid, now() = statement_timestamp() AS outside")
    (first,) = uow.read_rows(ask, {})
    assert first.outside  # no transaction began before the statement
    with killer.connect() as connection:
        assert connection.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": first.pid})
    (second,) = uow.read_rows(ask, {})  # the pooled connection is dead: retried on a new one
    assert second.pid != first.pid
    killer.dispose()
    engine.dispose()
