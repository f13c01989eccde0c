"""``postdesk db backup [--out FILE]`` and ``postdesk db restore FILE [--yes]``.

Backup copies the embedded SQLite database with SQLite's online backup API (other
workstations keep working) or, on PostgreSQL, runs ``pg_dump`` when it is installed. Restore
(SQLite) refuses a backup from a newer program, asks before replacing anything (``--yes`` for
scripts), keeps the current content aside in the backups folder and then migrates if needed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from postdesk.cli.common import EXIT_OK, fail, guarded, prepare
from postdesk.common.i18n import translate
from postdesk.db.backup import pg_dump, restore_sqlite, schema_revision_of, sqlite_backup
from postdesk.db.engine import describe, make_engine, normalise_url
from postdesk.db.migrate import script_directory, upgrade_to_head
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.services import audit
from postdesk.services.context import Actor


def register_backup_commands(db_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = db_commands.add_parser("backup", help="back up the database (SQLite copy, or pg_dump)")
    backup.add_argument("--out", type=Path, help="file to write (default: the backups folder)")
    backup.set_defaults(handler=guarded(_backup))
    restore = db_commands.add_parser("restore", help="replace the embedded database with a backup")
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=guarded(_restore))


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _backup(args: argparse.Namespace) -> int:
    from postdesk.bootstrap import automatic_backups, database_url

    paths, settings, _ring = prepare()
    url = database_url(settings, paths)
    engine = make_engine(url)
    try:
        backups = automatic_backups(engine, paths, settings)
        if backups is None:
            out = args.out or Path.cwd() / f"postdesk-{_stamp()}.dump"
            pg_dump(normalise_url(url), out)
        else:
            if not backups.database.exists() or backups.database.stat().st_size == 0:
                return fail(translate("Backup", "There is no database to back up yet."))
            out = args.out or backups.folder / f"{backups.database.stem}-{_stamp()}-manual.sqlite3"
            out.parent.mkdir(parents=True, exist_ok=True)
            sqlite_backup(backups.database, out)
        print(f"{describe(engine)}: backup written to {out}")
    finally:
        engine.dispose()
    return EXIT_OK


def _confirmed(database: Path, backup: Path, aside: Path) -> bool:
    sys.stdout.write(
        translate(
            "Backup", "Replace the database {db} with {file}? Its current content is kept in {aside}. [y/N] "
        )
        .replace("{db}", str(database))
        .replace("{file}", str(backup))
        .replace("{aside}", str(aside))
    )
    sys.stdout.flush()
    return sys.stdin.readline().strip().lower() in {"y", "yes", "д", "да"}


def _restore(args: argparse.Namespace) -> int:
    from postdesk.bootstrap import automatic_backups, database_url

    paths, settings, _ring = prepare()
    engine = make_engine(database_url(settings, paths))
    backups = automatic_backups(engine, paths, settings)
    engine.dispose()
    if backups is None:
        return fail(
            translate("Backup", "A shared PostgreSQL database is restored on its server with pg_restore.")
        )
    revision = schema_revision_of(args.file)
    if revision is None:
        return fail(translate("Backup", "The file is not a postdesk database backup."))
    if revision not in {script.revision for script in script_directory().walk_revisions()}:
        return fail(
            translate(
                "Backup",
                "The backup was made by a newer version of postdesk (schema {rev}): "
                "update the program first.",
            ).replace("{rev}", revision)
        )
    aside = backups.aside_name()
    if not args.yes and not _confirmed(backups.database, args.file, aside):
        return fail(translate("Backup", "Restore cancelled: nothing was changed."))
    restore_sqlite(args.file, backups.database, aside)
    engine = make_engine(database_url(settings, paths))
    try:
        upgrade_to_head(engine)
        with UnitOfWorkFactory(engine)() as tx:  # the restored log records its own restore
            audit.record(
                tx.session,
                Actor.system("console"),
                "db_restore",
                "database",
                backups.database.name,
                after={"from": str(args.file), "schema": revision, "replaced_kept_in": str(aside)},
            )
            tx.commit()
    finally:
        engine.dispose()
    kept = f"; the replaced content is in {aside}" if aside.exists() else ""
    print(f"{backups.database}: restored from {args.file} (schema {revision}){kept}")
    return EXIT_OK
