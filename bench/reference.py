"""Delivery-time norms benchmark: a 50,000-row table, imported from CSV and looked up.

- import: the whole ``postdesk reference import delivery`` path (read the CP1251 CSV, map the
  columns, check every row, region names against the region table, replace the table in one
  transaction, audit) vs the baseline of the csv module reading the same file plus a bare
  ``executemany`` INSERT of its rows into an empty table of the same shape; target <= 3 s;
- lookup: "from the office to postcode X: N days, arrives by DATE" for 2,000 random postcodes
  (the service's role check, the postcodes' regions, the query, the choice of the most specific
  norm and the production calendar) vs the bare indexed ``SELECT ... WHERE to_prefix IN (...)``
  on a connection of the pool (in a transaction, read-only on SQLite); target: the 95th
  percentile <= 5 ms (the median is printed too).

One row in fifty names regions (the shipped sample of the postcode → region table) instead of
prefixes. On SQLite and, when a server can be started (or --pg-url is given), on PostgreSQL.
The load average is printed beside the figures, and the lookup's CPU time in this process (the
whole lookup on SQLite, the client's side on PostgreSQL): on a shared machine the wall-clock p95
is mostly the wait for a free core.

    .venv/bin/python bench/reference.py [--rows 50000] [--lookups 2000] [--pg-url URL] [--no-postgres]
"""

from __future__ import annotations

import argparse
import csv
import os
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

from sqlalchemy import bindparam, text  # noqa: E402

from bench.feedback import postgres_urls  # noqa: E402
from postdesk.bootstrap import build_core  # noqa: E402
from postdesk.common.paths import AppPaths, resource_path  # noqa: E402
from postdesk.common.settings import SettingsStore  # noqa: E402
from postdesk.db.engine import read_only_view  # noqa: E402
from postdesk.services.context import Actor  # noqa: E402
from postdesk.services.reference.delivery import prefixes  # noqa: E402
from postdesk.services.reference.importers import ImportKind  # noqa: E402

IMPORT_LIMIT_S = 3.0
LOOKUP_LIMIT_MS = 5.0
BARE_LOOKUP = text(
    "SELECT * FROM delivery_norms "
    "WHERE to_prefix IN :p AND mail_class IN ('LETTER', '') AND from_prefix IN :f"
).bindparams(bindparam("p", expanding=True), bindparam("f", expanding=True))
CLASSES = ("LETTER", "BANDEROL", "POSTAL_PARCEL", "EMS", "")
REGIONS_SAMPLE = resource_path("reference", "postcode_regions_sample.csv")
REGION_NAMES = ("Москва", "Республика Мордовия", "Пензенская область", "Саранск", "Самарская область")


def write_table(path: Path, rows: int, seed: int = 50) -> None:
    """Norms from 100 origin prefixes to 5-digit destination prefixes, as a regional office exports them."""
    rng = random.Random(seed)
    with path.open("w", encoding="cp1251", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Индекс отправления", "Индекс назначения", "Вид отправления", "Контрольный срок"])
        writer.writerow(["*", "*", "", 12])  # the country-wide default: every lookup finds a norm
        for number in range(rows - 1):
            origin = str(100 + number % 100)
            target = f"{10000 + (number * 7919) % 89999:05d}"
            if number % 50 == 0:  # a norm between regions (or from a prefix to a region)
                origin = REGION_NAMES[number % 3] if number % 100 else origin
                target = REGION_NAMES[(number // 50) % len(REGION_NAMES)]
            writer.writerow([origin, target, CLASSES[number % len(CLASSES)], rng.randint(1, 15)])


def baseline_import(core, path: Path) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    with path.open(encoding="cp1251", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        rows = [{"f": a, "t": b, "c": c, "d": int(d)} for a, b, c, d in reader]
    with core.engine.begin() as connection:
        connection.execute(
            text("CREATE TABLE bench_norms (f VARCHAR(100), t VARCHAR(100), c VARCHAR(30), d INT)")
        )
        connection.execute(text("INSERT INTO bench_norms (f, t, c, d) VALUES (:f, :t, :c, :d)"), rows)
    return time.perf_counter() - started


def measure(url: str, folder: Path, rows: int, lookups: int) -> dict[str, float]:
    home = folder / uuid.uuid4().hex[:8]
    paths = AppPaths(data_dir=home / "data", config_dir=home / "config", log_dir=home / "logs").ensure()
    core = build_core(paths=paths, settings=SettingsStore(paths.settings_file, environ={}), url=url)
    actor = Actor.system("bench")
    try:
        table = folder / f"norms-{rows}.csv"
        write_table(table, rows)
        base_import = baseline_import(core, table)
        core.reference_imports.import_file(actor, ImportKind.REGIONS, REGIONS_SAMPLE)
        started = time.perf_counter()
        result = core.reference_imports.import_file(actor, ImportKind.DELIVERY, table)
        full_import = time.perf_counter() - started
        assert result.rows == rows
        rng = random.Random(7)
        targets = [f"{rng.randint(100000, 699999)}" for _ in range(lookups)]
        origins = [
            f"{rng.choice([rng.randint(100, 199), 430, 440])}{rng.randint(0, 999):03d}"
            for _ in range(lookups)
        ]
        for to, origin in zip(targets[:20], origins[:20], strict=True):  # warm the caches
            core.delivery.estimate(actor, to, from_postcode=origin)
        # SQLite's plain connection would begin IMMEDIATE (a writer's lock): the bare read begins deferred.
        bare_engine = read_only_view(core.engine) if core.engine.dialect.name == "sqlite" else core.engine
        service, cpu, bare = [], [], []
        for to, origin in zip(targets, origins, strict=True):
            started, cpu_started = time.perf_counter(), time.thread_time()
            core.delivery.estimate(actor, to, from_postcode=origin)
            service.append((time.perf_counter() - started) * 1000)
            cpu.append((time.thread_time() - cpu_started) * 1000)
            started = time.perf_counter()
            with bare_engine.connect() as connection:
                connection.execute(BARE_LOOKUP, {"p": prefixes(to), "f": prefixes(origin)}).all()
            bare.append((time.perf_counter() - started) * 1000)
        return {
            "import_s": full_import,
            "baseline_import_s": base_import,
            "lookup_median_ms": statistics.median(service),
            "lookup_p95_ms": statistics.quantiles(service, n=20)[-1],
            "baseline_median_ms": statistics.median(bare),
            "cpu_median_ms": statistics.median(cpu),
            "cpu_p95_ms": statistics.quantiles(cpu, n=20)[-1],
            "load": os.getloadavg()[0],
        }
    finally:
        core.close()


def report(name: str, figures: dict[str, float], rows: int) -> bool:
    import_ok = figures["import_s"] <= IMPORT_LIMIT_S
    lookup_ok = figures["lookup_p95_ms"] <= LOOKUP_LIMIT_MS
    print(
        f"{name:<10} import {rows:,} rows: {figures['import_s']:.2f} s "
        f"(baseline {figures['baseline_import_s']:.2f} s, "
        f"{figures['import_s'] / figures['baseline_import_s']:.1f}x)  {'ok' if import_ok else 'SLOW'}"
    )
    print(
        f"{name:<10} lookup: median {figures['lookup_median_ms']:.2f} ms, "
        f"p95 {figures['lookup_p95_ms']:.2f} ms "
        f"(bare query median {figures['baseline_median_ms']:.2f} ms)  {'ok' if lookup_ok else 'SLOW'}"
    )
    print(  # the benchmark's own CPU time: what is left of a lookup when it need not wait for a core
        f"{name:<10} lookup CPU time of this process: median {figures['cpu_median_ms']:.2f} ms, "
        f"p95 {figures['cpu_p95_ms']:.2f} ms; load average (1 min) {figures['load']:.2f}"
    )
    return import_ok and lookup_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--lookups", type=int, default=2_000)
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
                ok = report(name, measure(make_url(), folder, args.rows, args.lookups), args.rows) and ok
        finally:
            shutdown()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
