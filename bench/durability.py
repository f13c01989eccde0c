"""Durability and reads on a shared database: what FULL sync costs, and how reads fare beside a writer.

1. Acceptance of a 20,000-item batch on SQLite with ``synchronous=FULL`` (what the program uses)
   and with ``NORMAL`` (the former setting), measured in the same run: the ratio is the cost.
2. Read latency (the counter's batch list, one batch, a page of items) while another process
   accepts a 50,000-item batch, against the same reads on an idle database measured just before
   (the baseline). Target: p95 <= 50 ms during the acceptance, on SQLite and on PostgreSQL
   (a throw-away server is started from the machine's binaries, as the tests do).

    .venv/bin/python bench/durability.py [--accept-items 20000] [--read-items 50000] [--no-postgres]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import event, insert, text  # noqa: E402

from postdesk.bootstrap import Core, build_core  # noqa: E402
from postdesk.common.paths import AppPaths  # noqa: E402
from postdesk.common.settings import SettingsStore  # noqa: E402
from postdesk.models import Batch, BatchItem, Client  # noqa: E402
from postdesk.models.users import Role  # noqa: E402
from postdesk.services.context import Actor  # noqa: E402

ACTOR = Actor(None, "bench", "bench", Role.OPERATOR, "bench")


def _core(url: str, folder: Path, *, migrate: bool = True) -> Core:
    paths = AppPaths(folder / "data", folder / "config", folder / "logs").ensure()
    return build_core(paths=paths, settings=SettingsStore(None, environ={}), url=url, migrate=migrate)


def _weighed_row(batch_id: int, n: int) -> dict[str, Any]:
    mass = 20 + n % 60
    return {
        "batch_id": batch_id,
        "seq": n,
        "recipient_name": f"Получатель {n}",
        "address": f"г. Пенза, ул. Мира, д. {n}",
        "postcode": "440026",
        "mail_type": "LETTER",
        "mail_category": "ORDERED",
        "declared_mass_g": mass,
        "weighed_mass_g": mass,
        "weight_source": "scale",
        "weight_decision": "within",
        "status": "weighed",
    }


def _weighed_batch(core: Core, items: int, inn: str) -> int:
    """A draft whose items are all weighed within the tolerance (registered letters: each needs a ШПИ)."""
    with core.uow() as tx:
        client = Client(full_name=f"ООО «{inn}»", short_name=f"ООО «{inn}»", inn=inn, search_text=inn)
        tx.session.add(client)
        tx.session.flush()
        batch = Batch(client_id=client.id, list_number=inn, mail_type="LETTER", mail_category="ORDERED")
        tx.session.add(batch)
        tx.session.flush()
        rows = [_weighed_row(batch.id, n) for n in range(1, items + 1)]
        for start in range(0, len(rows), 5000):
            tx.session.execute(insert(BatchItem), rows[start : start + 5000])
        batch.items_count = items
        batch_id = batch.id
        tx.commit()
    return batch_id


def accept_cost(items: int, folder: Path) -> dict[str, float]:
    timings: dict[str, float] = {}
    for mode in ("FULL", "NORMAL"):
        home = folder / f"sync-{mode}"
        core = _core(f"sqlite:///{home / 'db.sqlite3'}", home)
        if mode != "FULL":
            core.engine.dispose()
            event.listen(core.engine, "connect", lambda c, _r: c.execute("PRAGMA synchronous=NORMAL"))
        with core.engine.connect() as connection:
            reported = connection.execute(text("PRAGMA synchronous")).scalar()
        batch_id = _weighed_batch(core, items, "1300000017")
        start = time.perf_counter()
        core.acceptance.accept(ACTOR, batch_id, office_postcode="430005")
        timings[mode] = time.perf_counter() - start
        print(f"  accept {items} items, synchronous={mode} (PRAGMA says {reported}): {timings[mode]:.2f} s")
        core.close()
    print(f"  FULL / NORMAL = {timings['FULL'] / timings['NORMAL']:.2f}")
    return timings


def _reads(core: Core, batch_id: int, until: Any) -> list[float]:
    latencies: list[float] = []
    while until():
        start = time.perf_counter()
        core.batches.list_batches(ACTOR, limit=50)
        core.batches.get(ACTOR, batch_id)
        core.batches.items(ACTOR, batch_id, offset=200, limit=100)
        latencies.append((time.perf_counter() - start) * 1000)
        time.sleep(0.02)
    return latencies


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def reads_during_acceptance(name: str, url: str, items: int, folder: Path) -> None:
    core = _core(url, folder / f"reads-{name}")
    big = _weighed_batch(core, items, "1300000025")
    small = _weighed_batch(core, 1000, "1300000033")
    idle_end = time.monotonic() + 3
    idle = _reads(core, small, lambda: time.monotonic() < idle_end)
    started = folder / f"started-{name}"
    accepter = subprocess.Popen(
        [sys.executable, __file__, "--accept-only", url, str(big), str(started)], cwd=ROOT
    )
    while not started.exists() and accepter.poll() is None:
        time.sleep(0.01)
    busy = _reads(core, small, lambda: accepter.poll() is None)
    core.close()
    print(
        f"  {name}: idle p50 {statistics.median(idle):.1f} ms, p95 {_p95(idle):.1f} ms ({len(idle)} reads); "
        f"during a {items}-item acceptance p50 {statistics.median(busy):.1f} ms, "
        f"p95 {_p95(busy):.1f} ms, max {max(busy):.1f} ms ({len(busy)} reads); "
        f"p95 ratio {_p95(busy) / _p95(idle):.2f}; acceptance exit {accepter.returncode}"
    )


def _accept_only(url: str, batch_id: int, started: str) -> None:
    core = _core(url, Path(tempfile.mkdtemp(prefix="postdesk-bench-")), migrate=False)

    def announce(done: int, total: int) -> None:
        if done <= 200:  # the first progress call: the transaction holds the first items
            Path(started).write_text(str(done), encoding="utf-8")

    core.acceptance.accept(ACTOR, batch_id, office_postcode="430005", progress=announce)
    core.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accept-items", type=int, default=20_000)
    parser.add_argument("--read-items", type=int, default=50_000)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--accept-only", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.accept_only:
        _accept_only(args.accept_only[0], int(args.accept_only[1]), args.accept_only[2])
        return
    with tempfile.TemporaryDirectory(prefix="postdesk-bench-") as temp:
        folder = Path(temp)
        print("SQLite durability:")
        accept_cost(args.accept_items, folder)
        print("Reads while another workstation accepts:")
        reads_during_acceptance("SQLite", f"sqlite:///{folder / 'shared.sqlite3'}", args.read_items, folder)
        if not args.no_postgres:
            from tests.support.pgserver import PostgresServer

            server = PostgresServer.start()
            try:
                admin = server.url("postgres")
                from sqlalchemy import create_engine

                from postdesk.db.engine import normalise_url

                engine = create_engine(normalise_url(admin), isolation_level="AUTOCOMMIT")
                with engine.connect() as connection:
                    connection.execute(text('CREATE DATABASE "bench"'))
                engine.dispose()
                reads_during_acceptance("PostgreSQL", server.url("bench"), args.read_items, folder)
            finally:
                server.stop()


if __name__ == "__main__":
    main()
