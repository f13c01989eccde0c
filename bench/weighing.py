"""Counter benchmark: what the operator waits for at each item of a large batch, and acceptance.

For each batch size a list is imported as a draft and three quarters of its items are marked
weighed (with varied weights). The real weighing screen (offscreen, tasks run at once in this
thread) opens the batch; then, per item, the time from the scan to the row and the summary being
updated is measured: the scanned code is looked up, the item selected, its weight stored, the row
replaced, the summary (progress and quote) brought up to date and the window's events processed.
The smallest batch, measured in the same run, is the baseline: the round trip must not grow
with the batch. The batches are open at once, each on its own screen, and scanned in turn (one
round each), so the load of a shared machine falls on every size alike. At the end each screen's
summary is checked against the stored quote.

Then a batch of ``--accept`` items, all weighed, is accepted as the counter does (with a progress
callback): the total time and the longest gap between progress reports (the window shows the
progress and lets Cancel through only at a report).

    .venv/bin/python bench/weighing.py [--sizes 1000 50000 200000] [--repeat 200] [--accept 50000]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lists_import import generate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import text  # noqa: E402

from postdesk.bootstrap import Core, build_core  # noqa: E402
from postdesk.common.paths import AppPaths  # noqa: E402
from postdesk.common.settings import SettingsStore  # noqa: E402
from postdesk.postal.requisites import inn_check_digits  # noqa: E402
from postdesk.services.clients.data import ClientDraft  # noqa: E402
from postdesk.services.context import Actor  # noqa: E402
from postdesk.ui.context import UiContext  # noqa: E402
from postdesk.ui.counter.weighing_view import WeighingView  # noqa: E402
from postdesk.ui.messages import MessageBridge  # noqa: E402
from postdesk.ui.tasks import TaskRunner  # noqa: E402

_MARK_WEIGHED = (
    "UPDATE batch_items SET status = 'weighed', weighed_mass_g = declared_mass_g + seq % 7,"
    " weight_source = 'scale', weight_decision = 'within'"
    " WHERE batch_id = :batch AND seq % :every <> 0"
)


def _draft(size: int, folder: Path, name: str) -> tuple[Core, Actor, int]:
    path = folder / f"list-{size}.xlsx"
    if not path.exists():
        generate(path, size)
    home = folder / f"{name}-{size}"
    paths = AppPaths(data_dir=home / "data", config_dir=home / "config", log_dir=home / "logs").ensure()
    core = build_core(paths=paths, settings=SettingsStore(None, environ={}))
    actor = Actor.system("bench")
    client_id = core.clients.save_client(
        actor, ClientDraft("ООО «Тест»", "ООО «Тест»", inn_check_digits("132600009"), "132601001")
    )
    opened, _remembered = core.lists.open(actor, client_id, path)
    batch_id = core.lists.import_draft(actor, client_id, core.lists.check(actor, client_id, opened)).id
    return core, actor, batch_id


def _raise(error: BaseException) -> None:
    raise error


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


class _Counter:
    """One batch open on its own weighing screen, with the items still to be scanned."""

    def __init__(self, app: QApplication, size: int, folder: Path, repeat: int) -> None:
        self.app = app
        self.core, self.actor, self.batch_id = _draft(size, folder, "counter")
        with self.core.engine.begin() as connection:
            connection.execute(text(_MARK_WEIGHED), {"batch": self.batch_id, "every": 4})
        ctx = UiContext(self.core, self.actor, TaskRunner(_raise, synchronous=True), MessageBridge())
        self.view = WeighingView(ctx)
        self.view.resize(1280, 800)
        self.view.show()
        start = time.perf_counter()
        self.view.open_batch(self.core.batches.get(self.actor, self.batch_id))
        app.processEvents()
        self.open_seconds = time.perf_counter() - start
        self.pending = [item for item in self.view.model.rows if item.seq % 4 == 0][:repeat]
        self.rounds: list[float] = []

    def scan_and_weigh(self, n: int) -> None:
        """One round: scan the n-th pending item, store its weight, let the window repaint."""
        view, item = self.view, self.pending[n]
        start = time.perf_counter()
        view.scan_edit.setText(item.barcode or "")
        view.scan()
        assert view.target_id == item.id, view.scan_status.text()
        view.record(item.id, item.declared_mass_g)
        self.app.processEvents()
        self.rounds.append(time.perf_counter() - start)

    def finish(self) -> dict[str, float]:
        view = self.view
        try:
            quote = self.core.acceptance.quote(self.actor, self.batch_id)
            assert view.summary_refresher.running is not None
            assert view.summary_refresher.running.quote() == quote, (
                "the screen's summary differs from the stored quote"
            )
            assert view.summary.values["items"].text() == str(quote.totals.items)
            view.close()
            view.deleteLater()
            self.app.processEvents()
        finally:
            self.core.close()
        return {
            "open": self.open_seconds,
            "median": statistics.median(self.rounds),
            "p95": _p95(self.rounds),
            "max": max(self.rounds),
        }


def measure_counters(
    app: QApplication, sizes: list[int], folder: Path, repeat: int
) -> dict[int, dict[str, float]]:
    """Every batch open at once and scanned in turn, one round each: a change of the machine's load
    during the run weighs on every size alike, so the ratios compare the sizes, not the moments."""
    counters = {size: _Counter(app, size, folder, repeat) for size in sizes}
    for n in range(min(len(c.pending) for c in counters.values())):
        for counter in counters.values():
            counter.scan_and_weigh(n)
    return {size: counter.finish() for size, counter in counters.items()}


def measure_acceptance(size: int, folder: Path) -> dict[str, float]:
    core, actor, batch_id = _draft(size, folder, "accept")
    try:
        with core.engine.begin() as connection:
            connection.execute(text(_MARK_WEIGHED), {"batch": batch_id, "every": size + 1})
        reports: list[float] = []
        start = time.perf_counter()
        result = core.acceptance.accept(
            actor,
            batch_id,
            office_postcode="430005",
            progress=lambda _d, _t: reports.append(time.perf_counter()),
        )
        end = time.perf_counter()
        assert result.items_accepted == size
        moments = [start, *reports, end]
        return {
            "seconds": end - start,
            "reports": len(reports),
            "longest_gap": max(b - a for a, b in itertools.pairwise(moments)),
        }
    finally:
        core.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 50_000, 200_000])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--accept", type=int, default=50_000, help="items of the accepted batch (0: skip)")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        figures = measure_counters(app, sizes, Path(tmp), args.repeat)
        accepted = measure_acceptance(args.accept, Path(tmp)) if args.accept else None
    base = figures[sizes[0]]
    for size in sizes:
        f = figures[size]
        print(
            f"{size:>7} items: scan → row and summary updated: p95 {f['p95'] * 1000:.1f} ms, "
            f"median {f['median'] * 1000:.1f} ms, max {f['max'] * 1000:.1f} ms; "
            f"p95 {f['p95'] / base['p95']:.2f}x the {sizes[0]}-item batch; "
            f"opening the batch {f['open']:.2f} s"
        )
    largest = figures[sizes[-1]]
    print(
        f"flatness: p95 at {sizes[-1]} / p95 at {sizes[0]} = {largest['p95'] / base['p95']:.2f}x "
        f"(target ≤ 1.5x); worst p95 {max(f['p95'] for f in figures.values()) * 1000:.1f} ms (target ≤ 15 ms)"
    )
    if accepted is not None:
        print(
            f"accepting {args.accept} items: {accepted['seconds']:.2f} s, {accepted['reports']:.0f} progress "
            f"reports, longest gap between reports {accepted['longest_gap'] * 1000:.0f} ms (target ≤ 250 ms)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
