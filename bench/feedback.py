"""Feedback register benchmark: the page's first screen, the overdue list and the yearly statistics.

A register of N items (default 200,000, all received within one year so the statistics cover every
row) is written straight into the tables, then each query is timed as the page and the analysis
dialog run it. A 1,000-item register measured in the same run is the baseline. Runs on SQLite and,
when a server can be started (or --pg-url is given), on PostgreSQL. Target: each <= 200 ms.

    .venv/bin/python bench/feedback.py [--size 200000] [--repeat 7] [--pg-url URL]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, insert, text  # noqa: E402

from postdesk.bootstrap import Core, build_core  # noqa: E402
from postdesk.calendar.deadlines import answer_due, legal_due  # noqa: E402
from postdesk.common.paths import AppPaths  # noqa: E402
from postdesk.common.settings import SettingsStore  # noqa: E402
from postdesk.db.engine import normalise_url  # noqa: E402
from postdesk.models.feedback import FeedbackCounter, FeedbackItem  # noqa: E402
from postdesk.services.context import Actor  # noqa: E402
from postdesk.services.feedback.catalogue import Channel, Kind, State, Topic  # noqa: E402
from postdesk.services.feedback.tallies import rebuild_tallies  # noqa: E402

TODAY = dt.date(2026, 11, 30)
YEAR = TODAY.year
LIMIT_MS = 200.0


def fill(core: Core, size: int, seed: int = 14) -> None:
    rng = random.Random(seed)
    calendar = core.calendar.calendar()
    first = dt.date(YEAR, 1, 1)
    span = (TODAY - first).days
    days = [first + dt.timedelta(days=n) for n in range(span)]
    due_of = {d: answer_due(calendar, d) for d in days}
    legal_of = {d: legal_due(calendar, d) for d in days}
    logins = [f"operator{n}" for n in range(12)]
    rows = []
    for number in range(1, size + 1):
        received = days[min(int(span * number / (size + 1)), span - 1)]
        recent = (TODAY - received).days < 20
        answered = not recent or rng.random() < 0.3
        late = rng.random() < 0.12
        answered_on = (
            calendar.add_working_days(received, rng.randint(11, 16) if late else rng.randint(1, 10))
            if answered
            else None
        )
        if answered_on is not None and answered_on >= TODAY:
            answered_on = None
        rows.append(
            {
                "year": YEAR,
                "number": number,
                "kind": rng.choice(list(Kind)).value,
                "sentiment": "",
                "channel": rng.choice(list(Channel)).value,
                "topic": rng.choice(list(Topic)).value,
                "state": State.DECISION_SENT.value if answered_on else State.IN_WORK.value,
                "is_open": answered_on is None,
                "received_at": dt.datetime.combine(received, dt.time(11), tzinfo=dt.UTC),
                "received_on": received,
                "registered_login": rng.choice(logins),
                "workstation": f"ws-{number % 5}",
                "author_name": "Автор",
                "text": "Текст обращения " * 4,
                "due": due_of[received],
                "legal_due": legal_of[received],
                "was_overdue": bool(answered_on and answered_on > due_of[received]),
                "answered_on": answered_on,
                "decision": "refused"
                if answered_on and number % 3 == 0
                else ("satisfied" if answered_on else ""),
            }
        )
        if len(rows) == 20_000:
            _flush(core, rows)
    _flush(core, rows)
    with core.uow() as tx:
        tx.session.add(FeedbackCounter(year=YEAR, last_number=size))
        rebuild_tallies(tx.session, calendar)
        tx.commit()
    with core.engine.begin() as connection:
        connection.execute(text("ANALYZE"))


def _flush(core: Core, rows: list[dict[str, object]]) -> None:
    if rows:
        with core.engine.begin() as connection:
            connection.execute(insert(FeedbackItem), rows)
        rows.clear()


def timed(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm the caches as a page that is already open would have
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def measure(url: str, folder: Path, size: int, repeat: int) -> dict[str, float]:
    home = folder / uuid.uuid4().hex[:8]
    paths = AppPaths(data_dir=home / "data", config_dir=home / "config", log_dir=home / "logs").ensure()
    core = build_core(paths=paths, settings=SettingsStore(None, environ={}), url=url)
    try:
        fill(core, size)
        actor = Actor.system("bench")
        queries, analysis = core.feedback_queries, core.feedback_analysis
        queries._today = analysis._today = lambda: TODAY  # type: ignore[method-assign]
        overdue = queries.list_items(actor, overdue=True, limit=200)
        assert overdue and all(i.overdue for i in overdue)
        stats = analysis.year(actor, YEAR)
        assert stats.total == size
        return {
            "first screen": timed(lambda: queries.list_items(actor, limit=200), repeat),
            "overdue list": timed(lambda: queries.list_items(actor, overdue=True, limit=200), repeat),
            "status counter": timed(lambda: queries.deadline_counts(actor), repeat),
            "yearly statistics": timed(lambda: analysis.year(actor, YEAR), repeat),
        }
    finally:
        core.close()


def postgres_urls(pg_url: str | None) -> tuple[Callable[[], str] | None, Callable[[], None]]:
    """A factory of fresh databases on the given or a started server, and its shutdown."""
    if pg_url:
        server_url, stop = pg_url, lambda: None
    else:
        try:
            from tests.support.pgserver import PostgresServer, PostgresUnavailable
        except ImportError:
            return None, lambda: None
        try:
            server = PostgresServer.start()
        except PostgresUnavailable as exc:
            print(f"PostgreSQL not measured: {exc}")
            return None, lambda: None
        server_url, stop = server.url("postgres"), server.stop
    admin = create_engine(normalise_url(server_url), isolation_level="AUTOCOMMIT")

    def fresh() -> str:
        name = f"bench_{uuid.uuid4().hex[:8]}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        from sqlalchemy.engine import make_url

        return make_url(server_url).set(database=name).render_as_string(hide_password=False)

    def shutdown() -> None:
        admin.dispose()
        stop()

    return fresh, shutdown


def report(name: str, base: dict[str, float], full: dict[str, float], size: int) -> bool:
    ok = True
    for key, value in full.items():
        verdict = "ok" if value <= LIMIT_MS else "SLOW"
        ok = ok and value <= LIMIT_MS
        print(
            f"{name:<10} {key:<18} {size:>7} items: {value:7.1f} ms "
            f"(1,000 items: {base[key]:6.1f} ms, {value / base[key]:5.1f}x)  {verdict}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--pg-url", help="a PostgreSQL server to create benchmark databases on")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def sqlite() -> str:
            return f"sqlite:///{folder / uuid.uuid4().hex[:8]}.sqlite3"

        databases: list[tuple[str, Callable[[], str]]] = [("SQLite", sqlite)]
        shutdown: Callable[[], None] = lambda: None  # noqa: E731
        if not args.no_postgres:
            fresh, shutdown = postgres_urls(args.pg_url)
            if fresh is not None:
                databases.append(("PostgreSQL", fresh))
        try:
            for name, make_url in databases:
                base = measure(make_url(), folder, 1_000, args.repeat)
                full = measure(make_url(), folder, args.size, args.repeat)
                ok = report(name, base, full, args.size) and ok
        finally:
            shutdown()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
