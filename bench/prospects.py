"""Prospects benchmark: 20,000 prospects with 200,000 activities.

Measured on SQLite (and PostgreSQL with ``--with-postgresql``: a throw-away server started like the
test suite's), each against a bare indexed query in the same run:

- the page's first screen (open prospects by next action, 200 rows, the counts per stage and
  of due actions) vs a bare ``stage = ? ORDER BY next_action_on LIMIT 200`` on the same index
  (target: <= 100 ms);
- "my actions due today or overdue" vs the same bare query (target: <= 100 ms);
- one prospect's activity log (the newest 100) for reference.

    .venv/bin/python bench/prospects.py [--prospects 20000] [--activities 200000] [--with-postgresql]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from postdesk.bootstrap import Core, build_core  # noqa: E402
from postdesk.common.paths import AppPaths  # noqa: E402
from postdesk.common.settings import SettingsStore  # noqa: E402
from postdesk.models.users import Role  # noqa: E402
from postdesk.services.context import Actor  # noqa: E402

STAGES = ["new", "contacted", "offer_sent", "negotiating", "won", "lost"]
KINDS = ["call", "visit", "letter", "email", "meeting"]


def _series(sqlite: bool, count: int) -> str:
    if sqlite:
        counting = f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {count})"
        return f"({counting} SELECT i FROM n)"
    return f"(SELECT i FROM generate_series(1, {count}) AS i)"


def _case(values: list[str], modulo: str) -> str:
    return f"CASE {modulo} " + " ".join(f"WHEN {k} THEN '{v}'" for k, v in enumerate(values)) + " END"


def _fill(core: Core, prospects: int, activities: int, today: dt.date) -> None:
    """Two operators, prospects and their activities generated inside the database."""
    sqlite = core.engine.dialect.name == "sqlite"
    now = "'2026-01-01 00:00:00.000000'" if sqlite else "now()"
    # A consistent pseudo-random number per row, hashed from its position (SQLite re-evaluates random()).
    r = "((CAST(i AS BIGINT) * 1103515245 + 12345) % 2147483648)"
    if sqlite:
        due = f"date('{today.isoformat()}', (({r} / 7) % 90 - 30) || ' days')"
    else:
        due = f"date '{today.isoformat()}' + CAST(({r} / 7) % 90 - 30 AS integer)"
    with core.engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO users (id, login, full_name, role, password_hash, active, created_at) "
                f"VALUES (1, 'op1', 'Оператор 1', 'operator', '-', TRUE, {now}), "
                f"(2, 'op2', 'Оператор 2', 'operator', '-', TRUE, {now})"
            )
        )
        c.execute(
            text(
                "INSERT INTO prospects (id, name, inn, kpp, sector, address, phones, email, source, stage, "
                "monthly_volume, proposed_discount_percent, next_action, next_action_on, owner_id, notes, "
                "search_text, created_at, updated_at) "
                f"SELECT i, 'Организация ' || i, '', '', 'торговля', '', '', '', 'walk_in', "
                f"{_case(STAGES, f'{r} % 6')}, 100, 0, 'Позвонить', "
                f"CASE WHEN {r} % 10 = 0 THEN NULL ELSE {due} END, 1 + {r} % 2, '', "
                f"'организация ' || i, {now}, {now} FROM {_series(sqlite, prospects)} AS s"
            )
        )
        c.execute(
            text(
                "INSERT INTO prospect_activities (prospect_id, kind, at, outcome, user_login) "
                f"SELECT 1 + {r} % {prospects}, {_case(KINDS, f'{r} % 5')}, {now}, 'Поговорили', 'op1' "
                f"FROM {_series(sqlite, activities)} AS s"
            )
        )
    with core.engine.connect() as c:
        c.execution_options(isolation_level="AUTOCOMMIT")
        c.execute(text("ANALYZE" if sqlite else "VACUUM ANALYZE"))
        if not sqlite:
            c.execute(text(f"SELECT setval('prospects_id_seq', {prospects})"))


def _median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm the caches the way a working office has them
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(core: Core, label: str, repeat: int) -> None:
    operator = Actor(1, "op1", "Оператор 1", Role.OPERATOR, "bench")

    def bare() -> None:
        with core.engine.connect() as c:
            c.execute(
                text(
                    "SELECT id, name, next_action_on FROM prospects WHERE stage = 'new' "
                    "ORDER BY next_action_on, id LIMIT 200"
                )
            ).all()

    print(f"\n== {label}")
    base = _median_ms(bare, repeat)
    print(f"baseline: bare indexed query (200 rows of one stage): {base:6.1f} ms")
    board = core.prospects.board(operator)
    due = core.prospects.due(operator, mine=True)
    checks = {
        f"first screen ({len(board.rows)} rows + counts)": lambda: core.prospects.board(operator),
        f"my actions due today or overdue ({len(due)} rows)": lambda: core.prospects.due(operator, mine=True),
        "a prospect's activity log (newest 100)": lambda: core.prospects.activities(operator, 4242),
    }
    for name, fn in checks.items():
        ms = _median_ms(fn, repeat)
        print(f"{name:<46} {ms:8.1f} ms   ratio {ms / base:5.1f}x   target <= 100 ms")


def _run(url: str | None, home: Path, label: str, *, prospects: int, activities: int, repeat: int) -> None:
    paths = AppPaths(data_dir=home / "data", config_dir=home / "config", log_dir=home / "logs").ensure()
    core = build_core(paths=paths, settings=SettingsStore(None, environ={}), url=url)
    try:
        started = time.perf_counter()
        _fill(core, prospects, activities, dt.date.today())
        print(
            f"{label}: {prospects:,} prospects with {activities:,} activities generated "
            f"in {time.perf_counter() - started:.1f} s"
        )
        measure(core, label, repeat)
    finally:
        core.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--prospects", type=int, default=20_000)
    parser.add_argument("--activities", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--with-postgresql", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sizes = {"prospects": args.prospects, "activities": args.activities, "repeat": args.repeat}
        _run(None, folder / "sqlite", "SQLite", **sizes)
        if args.with_postgresql:
            from tests.support.pgserver import PostgresServer

            server = PostgresServer.start()
            try:
                admin = build_core(
                    paths=AppPaths(
                        data_dir=folder / "pg0", config_dir=folder / "pg0", log_dir=folder / "pg0"
                    ).ensure(),
                    settings=SettingsStore(None, environ={}),
                    url=server.url("postgres"),
                    migrate=False,
                )
                with admin.engine.connect() as c:
                    c.execution_options(isolation_level="AUTOCOMMIT").execute(text("CREATE DATABASE bench"))
                admin.close()
                _run(server.url("bench"), folder / "pg", "PostgreSQL", **sizes)
            finally:
                server.stop()


if __name__ == "__main__":
    main()
