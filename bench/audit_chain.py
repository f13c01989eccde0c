"""Audit chain benchmark: what linking every entry to the previous one costs, and how long
``audit verify`` takes.

Each run times N small transactions that each write one audit entry (sealed into the chain:
server time, the newest hash, on PostgreSQL the advisory lock), against a baseline measured in
the same run: N transactions that each insert one plain row. Then the whole chain is verified.
PostgreSQL runs on a throw-away server started from the machine's binaries (as the tests do).

    .venv/bin/python bench/audit_chain.py [--entries 2000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from postdesk.bootstrap import build_core  # noqa: E402
from postdesk.common.paths import AppPaths  # noqa: E402
from postdesk.common.settings import SettingsStore  # noqa: E402
from postdesk.models import Workstation  # noqa: E402
from postdesk.services import audit  # noqa: E402
from postdesk.services.context import Actor  # noqa: E402
from tests.support.pgserver import PostgresServer, PostgresUnavailable  # noqa: E402


def measure(url: str, folder: Path, entries: int) -> dict[str, float]:
    paths = AppPaths(folder / "data", folder / "config", folder / "logs").ensure()
    core = build_core(paths=paths, settings=SettingsStore(None, environ={}), url=url)
    actor = Actor.system("bench")
    try:
        start = time.perf_counter()
        for n in range(entries):
            with core.uow() as tx:
                tx.session.add(Workstation(name=f"ws-{n}", office_postcode="430005"))
                tx.commit()
        plain = time.perf_counter() - start
        start = time.perf_counter()
        for n in range(entries):
            with core.uow() as tx:
                audit.record(tx.session, actor, "bench", "bench", n, after={"n": n, "note": "проверка"})
                tx.commit()
        chained = time.perf_counter() - start
        start = time.perf_counter()
        report = core.audit.verify(actor)
        verify = time.perf_counter() - start
        assert report.intact and report.entries == entries
    finally:
        core.close()
    return {"plain_ms": plain / entries * 1000, "chained_ms": chained / entries * 1000, "verify_s": verify}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        targets = [("SQLite", f"sqlite:///{folder / 'bench.sqlite3'}")]
        server = None
        try:
            server = PostgresServer.start()
            admin = create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
            name = f"bench_{uuid.uuid4().hex[:8]}"
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            admin.dispose()
            targets.append(("PostgreSQL", server.url(name)))
        except PostgresUnavailable as exc:
            print(f"PostgreSQL skipped: {exc}")
        try:
            for label, url in targets:
                result = measure(url, folder / label, args.entries)
                ratio = result["chained_ms"] / result["plain_ms"]
                print(
                    f"{label}: {args.entries} transactions, "
                    f"one audited entry each {result['chained_ms']:.2f} ms"
                    f" vs one plain row {result['plain_ms']:.2f} ms ({ratio:.2f}x); "
                    f"verify {args.entries} entries {result['verify_s']:.3f} s"
                )
        finally:
            if server is not None:
                server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
