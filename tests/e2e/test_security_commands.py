"""Audit verification, accounts, backups and signed-in commands, run as the real command."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine, select, text

from postdesk.db.engine import normalise_url
from postdesk.models import AuditEntry

ADMIN_PASSWORD = "admin-pass-1"


def _database(env: dict[str, str]) -> Path:
    return Path(env["POSTDESK_HOME"]) / "data" / "postdesk.sqlite3"


def _add(run, login: str, role: str = "admin", stdin: str = ADMIN_PASSWORD + "\n", env=None):
    return run("user", "add", login, "--role", role, "--password-stdin", stdin=stdin, env=env)


def _logins(database: Path) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {row[0] for row in connection.execute("SELECT login FROM users")}


def _one_line_failure(result) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr


def test_audit_verify_names_the_first_tampered_entry(run_postdesk, postdesk_env):
    assert _add(run_postdesk, "chief").returncode == 0
    assert _add(run_postdesk, "petrov", "operator", "operator-pass-1\n").returncode == 0
    intact = run_postdesk("audit", "verify")
    assert intact.returncode == 0, intact.stderr
    assert "Журнал аудита цел" in intact.stdout
    database = _database(postdesk_env)
    with sqlite3.connect(database) as connection:  # a tamperer who can drop the triggers
        connection.execute("DROP TRIGGER audit_log_no_update")
        first = connection.execute("SELECT min(id) FROM audit_log").fetchone()[0]
        connection.execute("UPDATE audit_log SET user_login = 'someone' WHERE id = ?", (first,))
    broken = run_postdesk("audit", "verify")
    _one_line_failure(broken)
    assert f"записи № {first}" in broken.stderr and "изменена" in broken.stderr


def test_disable_and_reset_from_the_command_line(run_postdesk, postdesk_env):
    assert _add(run_postdesk, "chief").returncode == 0
    assert _add(run_postdesk, "petrov", "operator", "operator-pass-1\n").returncode == 0
    assert run_postdesk("user", "disable", "petrov").returncode == 0
    with sqlite3.connect(_database(postdesk_env)) as connection:
        assert connection.execute("SELECT active FROM users WHERE login = 'petrov'").fetchone()[0] == 0
    weak = run_postdesk("user", "reset", "petrov", "--password-stdin", stdin="weak\n")
    _one_line_failure(weak)
    assert (
        run_postdesk("user", "reset", "petrov", "--password-stdin", stdin="fresh-pass-42\n").returncode == 0
    )
    missing = run_postdesk("user", "disable", "nobody")
    _one_line_failure(missing)
    with sqlite3.connect(_database(postdesk_env)) as connection:
        actions = [row[0] for row in connection.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-2:] == ["user_disable", "password_reset"]


def test_backup_and_restore_end_to_end(run_postdesk, postdesk_env, tmp_path):
    assert _add(run_postdesk, "chief").returncode == 0
    backup = tmp_path / "saved.sqlite3"
    made = run_postdesk("db", "backup", "--out", str(backup))
    assert made.returncode == 0, made.stderr
    assert _add(run_postdesk, "later", "operator", "operator-pass-1\n").returncode == 0
    database = _database(postdesk_env)
    declined = run_postdesk("db", "restore", str(backup), stdin="n\n")
    _one_line_failure(declined)
    assert _logins(database) == {"chief", "later"}
    restored = run_postdesk("db", "restore", str(backup), stdin="y\n")
    assert restored.returncode == 0, restored.stderr
    assert _logins(database) == {"chief"}
    [aside] = (database.parent / "backups").glob("postdesk.before-restore-*.sqlite3")
    assert _logins(aside) == {"chief", "later"}
    assert run_postdesk("audit", "verify").returncode == 0  # the restored log is whole
    with sqlite3.connect(database) as connection:
        last = connection.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert last == "db_restore"
    future = tmp_path / "future.sqlite3"
    future.write_bytes(backup.read_bytes())
    with sqlite3.connect(future) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    newer = run_postdesk("db", "restore", str(future), "--yes")
    _one_line_failure(newer)
    assert "более новой версией" in newer.stderr
    assert _logins(database) == {"chief"}
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("hello", encoding="utf-8")
    _one_line_failure(run_postdesk("db", "restore", str(not_a_backup), "--yes"))


def test_postgresql_commands_that_change_data_need_a_signed_in_account(
    run_postdesk, postdesk_env, postgres_url
):
    env = dict(postdesk_env, POSTDESK_DATABASE_URL=postgres_url)
    assert _add(run_postdesk, "chief", env=env).returncode == 0  # the first account needs no one
    refused = _add(run_postdesk, "petrov", "operator", "operator-pass-1\n", env=env)
    _one_line_failure(refused)
    assert "--user" in refused.stderr
    wrong = run_postdesk(
        "user", "disable", "chief", "--user", "chief", "--password-stdin", stdin="nope\n", env=env
    )
    _one_line_failure(wrong)
    added = run_postdesk(
        "user",
        "add",
        "petrov",
        "--role",
        "operator",
        "--user",
        "chief",
        "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\noperator-pass-1\n",
        env=env,
    )
    assert added.returncode == 0, added.stderr
    engine = create_engine(normalise_url(postgres_url))
    with engine.connect() as connection:
        entry = connection.execute(
            select(AuditEntry.user_login, AuditEntry.workstation)
            .where(AuditEntry.action == "user_add")
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).one()
        assert connection.execute(text("SELECT count(*) FROM users")).scalar() == 2
    engine.dispose()
    assert entry.user_login == "chief" and entry.workstation.endswith("(console)")
    assert run_postdesk("audit", "verify", env=env).returncode == 0


def test_postgresql_backup_uses_pg_dump_or_says_it_is_missing(
    run_postdesk, postdesk_env, postgres_url, tmp_path
):
    env = dict(postdesk_env, POSTDESK_DATABASE_URL=postgres_url)
    dump = tmp_path / "shared.dump"
    without = run_postdesk(
        "db", "backup", "--out", str(dump), env=dict(env, PATH=str(Path(sys.executable).parent))
    )
    _one_line_failure(without)
    assert "pg_dump" in without.stderr
    server_binaries = [str(folder) for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"))]
    path = os.pathsep.join([*server_binaries, env.get("PATH", "")])
    made = run_postdesk("db", "backup", "--out", str(dump), env=dict(env, PATH=path))
    assert made.returncode == 0, made.stderr
    assert dump.read_bytes()[:5] == b"PGDMP"
