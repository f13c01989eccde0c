"""Backups: the embedded SQLite database through SQLite's online backup API, PostgreSQL
through ``pg_dump``; restoring a SQLite backup; automatic backups kept to the last N.

The online backup API copies a consistent snapshot while other workstations keep working,
which copying the file (and its WAL) by hand does not. Every file made here is private (0600).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.common.paths import create_private_file


def sqlite_file(engine: Engine) -> Path | None:
    """The database file of a SQLite engine; ``None`` for PostgreSQL or an in-memory database."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def sqlite_backup(source: Path, target: Path) -> Path:
    """A consistent copy of ``source`` written to ``target`` (through a temporary file)."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    src, dst = sqlite3.connect(source), sqlite3.connect(partial)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    partial.replace(target)
    return target


def schema_revision_of(file: Path) -> str | None:
    """The migration revision stored in a SQLite backup; refuses files that are not one."""
    if not file.is_file():
        raise UserError(translate("Backup", "The backup file does not exist."))
    try:
        connection = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise UserError(translate("Backup", "The file is not a postdesk database backup.")) from exc
    return str(row[0]) if row else None


def restore_sqlite(backup: Path, database: Path, aside: Path) -> None:
    """Replace the live database's content with the backup's; the current content goes to ``aside``."""
    if database.exists():
        sqlite_backup(database, aside)
    else:
        create_private_file(database)
    src, dst = sqlite3.connect(f"file:{backup}?mode=ro", uri=True), sqlite3.connect(database)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def pg_dump(url: str, target: Path) -> Path:
    """A custom-format dump with the machine's ``pg_dump``; a clear message when there is none."""
    program = shutil.which("pg_dump")
    if program is None:
        raise UserError(
            translate(
                "Backup",
                "pg_dump is not installed on this computer: install the PostgreSQL client tools "
                "or back up the database on its server.",
            )
        )
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    create_private_file(target)
    args = [program, "--format=custom", f"--file={target}", f"--dbname={parsed.database}"]
    args += [f"--host={parsed.host or 'localhost'}", f"--port={parsed.port or 5432}"]
    if parsed.username:
        args.append(f"--username={parsed.username}")
    result = subprocess.run(args, check=False, env=env, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        message = (result.stderr.strip().splitlines() or ["?"])[-1]
        raise UserError(translate("Backup", "pg_dump failed: {reason}").replace("{reason}", message))
    return target


class AutomaticBackups:
    """Timestamped copies of one SQLite file in a folder, the newest ``keep`` kept."""

    def __init__(self, folder: Path, database: Path, keep: int) -> None:
        self.folder = folder
        self.database = database
        self.keep = max(1, keep)

    def _stamp(self) -> str:
        return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # sorts by time, unique per backup

    def files(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(self.folder.glob(f"{self.database.stem}-*.sqlite3"))

    def made_today(self) -> bool:
        today = dt.date.today().strftime("%Y%m%d")
        return any(f.name.startswith(f"{self.database.stem}-{today}-") for f in self.files())

    def make(self, reason: str) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = self.folder / f"{self.database.stem}-{self._stamp()}-{reason}.sqlite3"
        sqlite_backup(self.database, target)
        for old in self.files()[: -self.keep]:
            old.unlink(missing_ok=True)
        return target

    def aside_name(self) -> Path:
        """Where restore keeps the content it replaces (not counted among the automatic backups)."""
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self.folder / f"{self.database.stem}.before-restore-{self._stamp()}.sqlite3"
