"""Running the real monitor against the simulator, with helpers to wait for what it reports."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from postdesk.devices.scales.client import LinkState, ScaleConfig, ScaleMonitor
from postdesk.devices.scales.readings import Reading, ReadingState, Weighing
from postdesk.devices.scales.stability import CaptureRules

FAST_RULES = CaptureRules(hold_seconds=0.15, hold_count=2)


@dataclass
class Recorder:
    readings: list[Reading] = field(default_factory=list)
    links: list[tuple[LinkState, float]] = field(default_factory=list)
    weighings: list[Weighing] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def on_reading(self, reading: Reading) -> None:
        with self.lock:
            self.readings.append(reading)

    def on_link(self, state: LinkState, detail: str) -> None:
        with self.lock:
            self.links.append((state, time.monotonic()))

    def on_weighing(self, weighing: Weighing) -> None:
        with self.lock:
            self.weighings.append(weighing)

    def stable_grams(self) -> set[Decimal | None]:
        with self.lock:
            return {r.grams for r in self.readings if r.state is ReadingState.STABLE}

    def last(self) -> Reading | None:
        with self.lock:
            return self.readings[-1] if self.readings else None

    def link(self) -> LinkState | None:
        with self.lock:
            return self.links[-1][0] if self.links else None


def wait_for(condition: Callable[[], object], timeout: float = 3.0) -> float:
    """Seconds it took for ``condition`` to hold; fails the test after ``timeout``."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(0.005)
    return time.monotonic() - start


@contextmanager
def running_monitor(port: str, protocol: str, **config: object) -> Iterator[tuple[ScaleMonitor, Recorder]]:
    recorder = Recorder()
    options: dict[str, object] = {"capture": FAST_RULES, "probe_timeout": 0.25, **config}
    monitor = ScaleMonitor(
        ScaleConfig(port=port, protocol=protocol, **options),
        recorder,  # type: ignore[arg-type]
        lister=list,
    )
    stop = threading.Event()
    thread = threading.Thread(target=monitor.run, args=(stop,), daemon=True)
    thread.start()
    try:
        yield monitor, recorder
    finally:
        stop.set()
        thread.join(5)
