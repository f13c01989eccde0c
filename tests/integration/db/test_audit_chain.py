"""The audit log is a hash chain stamped with the database server's time; TRUNCATE is refused."""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

from postdesk.db.engine import normalise_url
from postdesk.models import AuditEntry
from postdesk.services import audit
from postdesk.services.audit import verify_chain
from postdesk.services.context import Actor


def _entries(core) -> list[AuditEntry]:
    with core.uow() as tx:
        entries = list(tx.session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        tx.session.expunge_all()
        return entries


def _write(core, actor, count: int, action: str = "probe") -> None:
    for n in range(count):
        with core.uow() as tx:
            audit.record(tx.session, actor, action, "probe", n, after={"n": n, "note": "тест"})
            tx.commit()


def test_each_entry_links_to_the_previous_one(core, staff):
    _write(core, staff.operator, 3)
    entries = _entries(core)
    assert len(entries) >= 6
    assert entries[0].prev_hash == ""
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.entry_hash and len(after.entry_hash) == 64
    report = core.audit.verify(staff.supervisor)
    assert report.intact and report.entries == len(entries) and report.head_hash == entries[-1].entry_hash


def test_rolled_back_work_leaves_no_entry(core, staff):
    before = len(_entries(core))
    with core.uow() as tx:
        audit.record(tx.session, staff.operator, "probe", "probe", 1)
    assert len(_entries(core)) == before


def test_time_comes_from_the_database_server(core, staff):
    _write(core, staff.operator, 1)
    with core.uow() as tx:
        server_now = tx.session.execute(
            text("SELECT now()" if core.engine.dialect.name == "postgresql" else "SELECT datetime('now')")
        ).scalar_one()
    latest = _entries(core)[-1]
    server = server_now if isinstance(server_now, dt.datetime) else dt.datetime.fromisoformat(server_now)
    server = server.replace(tzinfo=dt.UTC) if server.tzinfo is None else server
    assert abs((latest.at - server).total_seconds()) < 5


def test_postgresql_refuses_truncate_and_a_workstation_time(postgres_url, app_paths):
    from tests.support.core import make_core, make_staff

    core = make_core(postgres_url, app_paths)
    try:
        make_staff(core)
        with pytest.raises(DBAPIError, match="append-only"), core.uow() as tx:
            tx.session.execute(text("TRUNCATE audit_log CASCADE"))
            tx.commit()
        with pytest.raises(DBAPIError, match="server"), core.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO audit_log (at, user_login, workstation, action, object_type, object_id,"
                    " prev_hash, entry_hash)"
                    " VALUES (now() - interval '1 day', 'x', '', 'forged', 'x', '', '', '')"
                )
            )
        assert core.audit.verify(Actor.system("tests")).intact
    finally:
        core.close()


def _tamper(core, statement: str) -> None:
    """Change the log behind the triggers' back, as a database superuser could."""
    engine = create_engine(normalise_url(str(core.engine.url.render_as_string(hide_password=False))))
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SET session_replication_role = replica"))  # triggers off
        else:
            connection.execute(text("DROP TRIGGER audit_log_no_update"))
            connection.execute(text("DROP TRIGGER audit_log_no_delete"))
        connection.execute(text(statement))
    engine.dispose()


def test_verify_names_a_changed_entry(core, staff):
    _write(core, staff.operator, 4)
    target = _entries(core)[-3]
    _tamper(core, f"UPDATE audit_log SET object_id = 'forged' WHERE id = {target.id}")
    report = core.audit.verify(staff.supervisor)
    assert not report.intact and report.broken_id == target.id and report.reason == "changed"


def test_verify_names_the_entry_after_a_removed_one(core, staff):
    _write(core, staff.operator, 4)
    entries = _entries(core)
    _tamper(core, f"DELETE FROM audit_log WHERE id = {entries[-3].id}")
    report = core.audit.verify(staff.supervisor)
    assert report.broken_id == entries[-2].id and report.reason == "link"


def _append_many(url: str, home: str, barrier, count: int) -> None:
    from tests.support.core import make_core

    core = make_core(url, _paths(home))
    actor = Actor.system("worker")
    barrier.wait()
    _write(core, actor, count)
    core.close()


def _paths(home: str):
    from pathlib import Path

    from postdesk.common.paths import AppPaths

    base = Path(home)
    return AppPaths(data_dir=base / "data", config_dir=base / "config", log_dir=base / "logs").ensure()


def test_concurrent_writers_on_postgresql_keep_one_chain(postgres_url, app_paths, tmp_path):
    from tests.support.core import make_core

    workers, count = 4, 15
    barrier = multiprocessing.get_context("spawn").Barrier(workers)
    processes = [
        multiprocessing.get_context("spawn").Process(
            target=_append_many, args=(postgres_url, str(tmp_path / f"w{n}"), barrier, count)
        )
        for n in range(workers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
        assert process.exitcode == 0
    core = make_core(postgres_url, app_paths)
    try:
        with core.uow() as tx:
            report = verify_chain(tx.session)
            hashes = list(tx.session.scalars(select(AuditEntry.prev_hash)))
        assert report.intact and report.entries == workers * count
        assert len(set(hashes)) == len(hashes)  # no two entries link to the same predecessor
    finally:
        core.close()
