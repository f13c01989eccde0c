"""Automatic SQLite backups: before a migration, once a day at start, the newest N kept."""

from __future__ import annotations

import sqlite3
import stat

from alembic import command

from postdesk.bootstrap import automatic_backups, back_up_automatically
from postdesk.common import settings as s
from postdesk.common.settings import SettingsStore
from postdesk.db.backup import restore_sqlite, schema_revision_of, sqlite_backup
from postdesk.db.engine import make_engine
from postdesk.db.migrate import alembic_config, current_revision, upgrade_to_head


def _settings(app_paths, keep: int = 3) -> SettingsStore:
    store = SettingsStore(app_paths.settings_file, environ={})
    store.set(s.BACKUP_KEEP, keep)
    return store


def test_a_new_database_is_not_backed_up(app_paths, sqlite_url):
    engine = make_engine(sqlite_url)
    back_up_automatically(engine, app_paths, _settings(app_paths))
    backups = automatic_backups(engine, app_paths, _settings(app_paths))
    assert backups is not None and backups.files() == []
    engine.dispose()


def test_backup_before_a_migration_then_daily_once(app_paths, sqlite_url):
    engine = make_engine(sqlite_url)
    command.upgrade(alembic_config(engine), "0005")
    settings = _settings(app_paths)
    back_up_automatically(engine, app_paths, settings)
    backups = automatic_backups(engine, app_paths, settings)
    assert backups is not None
    [before] = backups.files()
    assert "-before-" in before.name and schema_revision_of(before) == "0005"
    assert stat.S_IMODE(before.stat().st_mode) == 0o600
    upgrade_to_head(engine)
    back_up_automatically(engine, app_paths, settings)
    assert len(backups.files()) == 1  # one already made today
    engine.dispose()


def test_only_the_newest_backups_are_kept(app_paths, sqlite_url):
    engine = make_engine(sqlite_url)
    upgrade_to_head(engine)
    backups = automatic_backups(engine, app_paths, _settings(app_paths, keep=2))
    assert backups is not None
    made = [backups.make(f"test{n}") for n in range(4)]
    assert backups.files() == made[-2:]
    assert not made[0].exists()
    engine.dispose()


def test_restore_brings_back_the_content_and_keeps_the_replaced_one(app_paths, sqlite_url, tmp_path):
    engine = make_engine(sqlite_url)
    upgrade_to_head(engine)
    database = tmp_path / "postdesk.sqlite3"
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO workstations (name, office_postcode) VALUES ('before', '430005')"
        )
    engine.dispose()
    backup = sqlite_backup(database, tmp_path / "copy.sqlite3")
    with sqlite3.connect(database) as connection:
        connection.execute("INSERT INTO workstations (name, office_postcode) VALUES ('after', '430005')")
    aside = tmp_path / "aside.sqlite3"
    restore_sqlite(backup, database, aside)
    with sqlite3.connect(database) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM workstations")}
    with sqlite3.connect(aside) as connection:
        kept = {row[0] for row in connection.execute("SELECT name FROM workstations")}
    assert names == {"before"} and kept == {"before", "after"}
    assert current_revision(make_engine(sqlite_url)) is not None
