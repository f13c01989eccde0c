"""The administrator's commands, run as a user would run them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from postdesk.db.engine import normalise_url
from postdesk.models import Client, Contract, User


def _count(url: str, model) -> int:
    engine = create_engine(normalise_url(url))
    with engine.connect() as connection:
        value = connection.execute(select(func.count()).select_from(model)).scalar_one()
    engine.dispose()
    return value


def test_demo_seeds_users_and_thirty_clients(run_postdesk, postdesk_env):
    result = run_postdesk("demo", "--no-gui")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    accounts = {line.split()[0]: line.split()[2] for line in lines if line.startswith("  ")}
    assert accounts == {"operator": "operator", "supervisor": "supervisor", "admin": "admin"}
    url = "sqlite:///" + str(Path(postdesk_env["POSTDESK_HOME"]) / "data" / "demo.sqlite3")
    assert 28 <= _count(url, Client) <= 35
    assert _count(url, Contract) >= 20
    # running it again starts from a fresh demo database
    again = run_postdesk("demo", "--no-gui")
    assert again.returncode == 0, again.stderr
    assert _count(url, User) == 3


def test_db_upgrade_and_user_add(run_postdesk, postdesk_env):
    upgraded = run_postdesk("db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert "->" in upgraded.stdout
    added = run_postdesk(
        "user",
        "add",
        "petrova",
        "--role",
        "supervisor",
        "--name",
        "Петрова А. С.",
        "--password-stdin",
        stdin="long-enough-1\n",
    )
    assert added.returncode == 0, added.stderr
    duplicate = run_postdesk(
        "user", "add", "petrova", "--role", "operator", "--password-stdin", stdin="long-enough-1\n"
    )
    assert duplicate.returncode != 0
    assert duplicate.stderr.count("\n") == 1 and "Traceback" not in duplicate.stderr
    assert "логин уже занят" in duplicate.stderr
    weak = run_postdesk("user", "add", "ivanov", "--role", "operator", "--password-stdin", stdin="short\n")
    assert weak.returncode != 0 and "не менее 8 символов" in weak.stderr


def test_every_command_honours_the_database_url(run_postdesk, postdesk_env, postgres_url):
    env = dict(postdesk_env, POSTDESK_DATABASE_URL=postgres_url)
    engine = create_engine(normalise_url(postgres_url))
    with engine.begin() as connection:  # an empty database: the demo seeds only empty ones
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    assert run_postdesk("db", "upgrade", env=env).returncode == 0
    # The whole demo (a year of every area) over a network connection: minutes on a busy machine.
    result = run_postdesk("demo", "--no-gui", env=env, timeout=360)
    assert result.returncode == 0, result.stderr
    assert "PostgreSQL" in result.stdout
    assert _count(postgres_url, Client) >= 28
    refused = run_postdesk("demo", "--no-gui", env=env)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr


def test_the_application_starts_and_shows_the_sign_in_dialog(postdesk_env, tmp_path):
    log_file = Path(postdesk_env["POSTDESK_HOME"]) / "logs" / "postdesk.log"
    output = (tmp_path / "output.txt").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "postdesk"],
        env=postdesk_env,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if log_file.exists() and "sign-in dialog shown" in log_file.read_text(encoding="utf-8"):
                break
            assert process.poll() is None, (tmp_path / "output.txt").read_text()
            time.sleep(0.2)
        else:
            raise AssertionError("the sign-in dialog never appeared")
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(10)
        output.close()


def test_other_commands_reach_the_demo_database_with_the_demo_flag(
    run_postdesk, postdesk_env, seeded_demo_home
):
    missing = run_postdesk("--demo", "batches", "list")
    assert missing.returncode != 0 and "postdesk demo" in missing.stderr
    demo_file = Path("data", "demo.sqlite3")
    target = Path(postdesk_env["POSTDESK_HOME"]) / demo_file
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes((seeded_demo_home / demo_file).read_bytes())
    listed = run_postdesk("--demo", "batches", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert '"accepted"' in listed.stdout
    assert run_postdesk("batches", "list", "--json").stdout.strip() == "[]"  # the workstation's own database


def test_db_upgrade_on_a_newer_database_says_so_in_one_line(run_postdesk, postdesk_env, tmp_path):
    import sqlite3

    assert run_postdesk("db", "upgrade").returncode == 0
    [database] = (tmp_path / "home").rglob("*.sqlite3")
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    refused = run_postdesk("db", "upgrade")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "более новой версией postdesk" in refused.stderr and "locate" not in refused.stderr
