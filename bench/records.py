"""Records benchmark: a busy office's two years (1,000,000 service records, 5,000 clients).

Measured on SQLite and on PostgreSQL (a throw-away server started like the test suite's), each
against a bare indexed query in the same run:

- the first page (50 events) of a client's timeline vs the bare ``client_id = ? ORDER BY at
  DESC LIMIT 50`` on the same index (targets: <= 50 ms);
- each supervisor report over one year (the months from the monthly summaries, plus or minus
  the records of the few days where the year cuts a month) vs a bare indexed count of that
  year's records (target: <= 300 ms each);
- the refusal register of a year exported to xlsx, read from the refusals' own index
  (target: <= 2 s).

    .venv/bin/python bench/records.py [--records 1000000] [--clients 5000] [--only sqlite|postgresql]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
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
from postdesk.services.context import Actor  # noqa: E402
from postdesk.services.records import summaries  # noqa: E402
from postdesk.services.records.data import Period  # noqa: E402
from postdesk.services.records.timeline import TimelineQuery  # noqa: E402

DAYS = 730
SERVICES = [
    "parcels",
    "ems",
    "money_transfers",
    "cod_remittance",
    "forms_and_stamps",
    "subscriptions",
    "courier_pickup",
    "direct_mail",
    "consultation",
    "packaging",
]
REASONS = ["price", "terms", "competitor", "competitor_convenient", "no_need", "out_of_stock"]


def _counting(n: int) -> str:
    return f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n})"


def _case(values: list[str], modulo: str) -> str:
    return f"CASE {modulo} " + " ".join(f"WHEN {k} THEN '{v}'" for k, v in enumerate(values)) + " END"


def _fill(core: Core, clients: int, records: int, today: dt.date) -> None:
    """Clients, five competitors and the records, generated inside the database (seconds, not minutes)."""
    sqlite = core.engine.dialect.name == "sqlite"
    start = dt.datetime.combine(today - dt.timedelta(days=DAYS), dt.time(), tzinfo=dt.UTC)
    with core.engine.begin() as c:
        series = (
            f"{_counting(clients)} SELECT i FROM n"
            if sqlite
            else f"SELECT i FROM generate_series(1, {clients}) AS i"
        )
        now = "'2026-01-01 00:00:00.000000'" if sqlite else "now()"
        c.execute(
            text(
                "INSERT INTO clients (id, full_name, short_name, inn, kpp, ogrn, legal_address, "
                "postal_address, phones, email, bank_name, bik, settlement_account, "
                "correspondent_account, status, notes, search_text, created_at, updated_at) "
                "SELECT i, 'Клиент ' || i, 'Клиент ' || i, CAST(1000000000 + i AS TEXT), '', '', "
                f"'', '', '', '', '', '', '', '', 'active', '', 'клиент ' || i, {now}, {now} "
                f"FROM ({series}) AS s"
            )
        )
        for n in range(1, 6):
            c.execute(
                text(
                    "INSERT INTO competitors (id, name, kind, note, created_at) "
                    f"VALUES ({n}, 'Конкурент {n}', 'courier', '', {now})"
                )
            )
        c.execute(
            text(
                "INSERT INTO users (id, login, full_name, role, password_hash, active, created_at) "
                f"VALUES (1, 'op1', 'Оператор 1', 'operator', '-', TRUE, {now}), "
                f"(2, 'op2', 'Оператор 2', 'operator', '-', TRUE, {now})"
            )
        )
    chunk = 200_000
    for first in range(0, records, chunk):
        count = min(chunk, records - first)
        if sqlite:
            # SQLite re-evaluates random() at every use of a flattened subquery's column, so the
            # row's numbers are hashed from its position instead (one consistent r per row).
            n = f"(i + {first})"
            offset = f"{int(start.timestamp())} + ({n} * 2246822519 + 3266489917) % {DAYS * 86400}"
            at = f"strftime('%Y-%m-%d %H:%M:%S.000000', {offset}, 'unixepoch')"
            source = f"{_counting(count)} SELECT i, ({n} * 1103515245 + 12345) % 2147483648 AS r FROM n"
        else:
            rnd = "floor(random() * 2147483647)::bigint"
            at = (
                f"timestamptz '{start.isoformat()}' + make_interval(secs => floor(random() * {DAYS * 86400}))"
            )
            source = f"SELECT i, {rnd} AS r FROM generate_series(1, {count}) AS i"
        outcome = (
            "CASE WHEN r % 100 < 9 THEN 'declined' WHEN r % 100 < 12 THEN 'not_possible' ELSE 'given' END"
        )
        reason = f"CASE WHEN r % 100 < 12 THEN ({_case(REASONS, 'r % 6')}) END"
        competitor = "CASE WHEN r % 100 < 6 THEN 1 + (r / 7) % 5 END"
        price = "CASE WHEN r % 100 < 6 THEN 20000 + (r / 11) % 40000 END"
        service = _case(SERVICES, "r % 10")
        with core.engine.begin() as c:
            c.execute(
                text(
                    "INSERT INTO service_records (at, client_id, service_code, kind, items_count, "
                    "amount_kop, user_id, user_login, workstation, note, outcome, reason_code, "
                    "competitor_id, competitor_price_kop) "
                    f"SELECT {at}, 1 + (r / 13) % {clients}, {service}, 'counter', 1 + r % 20, "
                    f"CASE WHEN r % 100 < 12 THEN 0 ELSE 1000 + (r / 17) % 100000 END, 1 + r % 2, "
                    "CASE WHEN r % 2 = 0 THEN 'op1' ELSE 'op2' END, 'bench', '', "
                    f"{outcome}, {reason}, {competitor}, {price} "
                    f"FROM ({source}) AS s"
                )
            )
    with core.uow() as tx:  # the monthly summaries, as the migration backfills them
        summaries.rebuild(tx.session)
        tx.commit()
    with core.engine.connect() as c:
        c.execution_options(isolation_level="AUTOCOMMIT")
        c.execute(text("ANALYZE" if sqlite else "VACUUM ANALYZE"))
        if not sqlite:
            c.execute(text(f"SELECT setval('clients_id_seq', {clients})"))


def _median_ms(fn: Callable[[], Any], repeat: int) -> float:
    fn()  # warm the caches the way a working office has them
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(core: Core, label: str, clients: int, repeat: int) -> None:
    actor = Actor.system("bench")
    today = dt.date.today()
    year = Period(today - dt.timedelta(days=364), today)
    rng = random.Random(7)
    picks = iter([rng.randrange(1, clients + 1) for _ in range(repeat * 4 + 4)])

    def bare_page() -> None:
        with core.engine.connect() as c:
            c.execute(
                text("SELECT id, at FROM service_records WHERE client_id = :c ORDER BY at DESC LIMIT 50"),
                {"c": next(picks)},
            ).all()

    def bare_year() -> None:
        with core.engine.connect() as c:
            c.execute(
                text("SELECT count(*) FROM service_records WHERE outcome = 'given' AND at >= :a AND at < :b"),
                {"a": year.since, "b": year.until},
            ).scalar()

    print(f"\n== {label}")
    base_page = _median_ms(bare_page, repeat)
    page = _median_ms(lambda: core.timeline.page(actor, TimelineQuery(next(picks)), limit=50), repeat)
    print(
        f"timeline first page (50 events): {page:8.1f} ms   baseline bare indexed query {base_page:6.1f} ms"
        f"   ratio {page / base_page:5.1f}x   target <= 50 ms"
    )
    base_year = _median_ms(bare_year, repeat)
    print(f"baseline: bare indexed count of a year's records: {base_year:8.1f} ms")
    reports = {
        "volumes by client and month": lambda: core.reports.volumes(actor, year),
        "refusals by reason/competitor": lambda: core.reports.refusals(actor, year),
        "clients gone quiet": lambda: core.activity_reports.quiet_clients(actor, as_of=today),
        "contracts expiring": lambda: core.activity_reports.expiring_contracts(actor, year),
        "operator activity": lambda: core.activity_reports.operator_activity(actor, year),
        "competitor prices": lambda: core.competitors.comparisons(actor, since=year.start, until=year.end),
    }
    for name, fn in reports.items():
        ms = _median_ms(fn, max(3, repeat // 4))
        print(f"report {name:<32} {ms:8.1f} ms   ratio {ms / base_year:5.1f}x   target <= 300 ms")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "refusals.xlsx"
        started = time.perf_counter()
        rows = core.record_exports.export_refusals(actor, year, target)
        seconds = time.perf_counter() - started
    print(f"refusal export of a year: {rows} rows in {seconds:5.2f} s   target <= 2 s")


def _run(url: str | None, home: Path, label: str, *, records: int, clients: int, repeat: int) -> None:
    paths = AppPaths(data_dir=home / "data", config_dir=home / "config", log_dir=home / "logs").ensure()
    core = build_core(paths=paths, settings=SettingsStore(None, environ={}), url=url)
    try:
        started = time.perf_counter()
        _fill(core, clients, records, dt.date.today())
        print(
            f"{label}: {records:,} records for {clients:,} clients generated "
            f"in {time.perf_counter() - started:.0f} s"
        )
        measure(core, label, clients, repeat)
    finally:
        core.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.only != "postgresql":
            _run(
                None,
                folder / "sqlite",
                "SQLite",
                records=args.records,
                clients=args.clients,
                repeat=args.repeat,
            )
        if args.only != "sqlite":
            from tests.support.pgserver import PostgresServer

            server = PostgresServer.start()
            try:
                with build_core(
                    paths=AppPaths(
                        data_dir=folder / "pg0", config_dir=folder / "pg0", log_dir=folder / "pg0"
                    ).ensure(),
                    settings=SettingsStore(None, environ={}),
                    url=server.url("postgres"),
                    migrate=False,
                ).engine.connect() as c:
                    c.execution_options(isolation_level="AUTOCOMMIT").execute(text("CREATE DATABASE bench"))
                _run(
                    server.url("bench"),
                    folder / "pg",
                    "PostgreSQL",
                    records=args.records,
                    clients=args.clients,
                    repeat=args.repeat,
                )
            finally:
                server.stop()


if __name__ == "__main__":
    main()
