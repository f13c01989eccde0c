"""The migration chain is linear, upgrades a fresh database, and matches the models."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from postdesk.db.engine import make_engine
from postdesk.db.migrate import current_revision, is_at_head, script_directory, upgrade_to_head
from postdesk.models import Base


def test_chain_is_linear_with_one_head_and_dated_file_names():
    scripts = script_directory()
    assert len(scripts.get_heads()) == 1, "several heads: make the new migration revise the latest one"
    assert len(scripts.get_bases()) == 1
    for revision in scripts.walk_revisions():
        parents = revision.down_revision
        assert parents is None or isinstance(parents, str), f"{revision.revision} is a merge"
        name = revision.path.rsplit("/", 1)[-1]
        assert name[:8].isdigit() and name[8] == "_", f"{name} lacks a date prefix"


def test_models_match_migrated_schema(database_url):
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    assert is_at_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations disagree: {diff}"


def test_upgrade_is_idempotent(sqlite_url):
    engine = make_engine(sqlite_url)
    upgrade_to_head(engine)
    head = current_revision(engine)
    upgrade_to_head(engine)
    assert current_revision(engine) == head
    assert "clients" in inspect(engine).get_table_names()
    engine.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_url):
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_a_database_newer_than_the_program_is_refused_in_plain_words(sqlite_url):
    from postdesk.db.migrate import SchemaTooNew

    engine = make_engine(sqlite_url)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    for attempt in (upgrade_to_head, is_at_head):
        try:
            attempt(engine)
        except SchemaTooNew as exc:
            assert "более новой версией postdesk" in exc.message and "0099_future" in exc.message
            assert "locate" not in exc.message
        else:
            raise AssertionError("a newer schema was accepted")
    engine.dispose()
