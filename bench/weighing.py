"""Counter benchmark: what the operator waits for at each item of a large batch.

For each batch size, a list is imported as a draft, three quarters of its items are marked weighed
(with varied weights), and then the counter's per-item round trip is timed as the weighing screen
makes it: scan (find the item), store the weight, then progress and the batch quote that the
screen refreshes after every weighing. Opening the batch (loading every row for the table) is
timed too. The smallest batch, measured in the same run, is the baseline: the round trip should
not grow with the batch.

    /work/main/.venv/bin/python bench/weighing.py [--sizes 1000 50000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from lists_import import generate  # noqa: E402
from sqlalchemy import text  # noqa: E402

from postdesk.bootstrap import build_core  # noqa: E402
from postdesk.common.paths import AppPaths  # noqa: E402
from postdesk.common.settings import SettingsStore  # noqa: E402
from postdesk.postal.requisites import inn_check_digits  # noqa: E402
from postdesk.services.clients.data import ClientDraft  # noqa: E402
from postdesk.services.context import Actor  # noqa: E402


def measure(size: int, folder: Path, repeat: int) -> dict[str, float]:
    path = folder / f"list-{size}.xlsx"
    generate(path, size)
    home = folder / f"home-{size}"
    paths = AppPaths(data_dir=home / "data", config_dir=home / "config", log_dir=home / "logs").ensure()
    core = build_core(paths=paths, settings=SettingsStore(None, environ={}))
    try:
        actor = Actor.system("bench")
        client_id = core.clients.save_client(
            actor, ClientDraft("ООО «Тест»", "ООО «Тест»", inn_check_digits("132600009"), "132601001")
        )
        opened, _remembered = core.lists.open(actor, client_id, path)
        batch_id = core.lists.import_draft(actor, client_id, core.lists.check(actor, client_id, opened)).id
        with core.engine.begin() as connection:
            connection.execute(
                text(
                    "UPDATE batch_items SET status = 'weighed', weighed_mass_g = declared_mass_g + seq % 7,"
                    " mass_g = declared_mass_g + seq % 7, weight_source = 'scale', weight_decision = 'within'"
                    " WHERE batch_id = :batch AND seq % 4 <> 0"
                ),
                {"batch": batch_id},
            )
        start = time.perf_counter()
        items = core.batches.items(actor, batch_id)
        open_seconds = time.perf_counter() - start
        pending = [item for item in items if item.seq % 4 == 0][:repeat]
        rounds = []
        for item in pending:
            start = time.perf_counter()
            found = core.batches.find_item(actor, batch_id, item.barcode or "")
            core.weighing.record_weight(actor, found.id, found.declared_mass_g)
            core.batches.weighing_progress(actor, batch_id)
            core.acceptance.quote(actor, batch_id)
            rounds.append(time.perf_counter() - start)
        return {"open": open_seconds, "round_median": statistics.median(rounds), "round_max": max(rounds)}
    finally:
        core.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 50_000])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    with tempfile.TemporaryDirectory() as tmp:
        figures = {size: measure(size, Path(tmp), args.repeat) for size in sizes}
    base = figures[sizes[0]]["round_median"]
    for size in sizes:
        f = figures[size]
        print(
            f"{size:>7} items: per-item round trip (scan, store weight, progress, quote) median "
            f"{f['round_median'] * 1000:.1f} ms, max {f['round_max'] * 1000:.1f} ms "
            f"({f['round_median'] / base:.1f}x the {sizes[0]}-item batch); "
            f"opening the batch {f['open']:.2f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
