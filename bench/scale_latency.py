"""Latency from the last byte of a scale's answer written to a pty to the Qt signal in the GUI thread.

A scale played by this script answers every Massa-K weight request on the pty master, with a
new weight each time (the weight is the sequence number, so every signal is matched to its
frame). The measured path is the application's own: ScaleService → QThread worker →
ScaleMonitor (pyserial, decoder, capture) → queued ``reading_changed`` → slot in the GUI thread.

Baseline, same run, same frames: a bare pyserial loop reading the frame off the pty slave.

    python bench/scale_latency.py [--frames N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from postdesk.devices.qt.scale_service import ScaleService
from postdesk.devices.scales import massak
from postdesk.devices.scales.client import ScaleConfig
from postdesk.devices.scales.simulator import _make_raw
from postdesk.devices.scales.transport import open_port, read_available

TARGET_P99_MS = 20.0


class PtyScale:
    """Answers each weight request at once; records when answer N was handed to the pty."""

    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        _make_raw(self.slave)
        self.path = os.ttyname(self.slave)
        self.sent: dict[int, float] = {}
        self.sequence = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        import select

        buffer = bytearray()
        while not self.stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                buffer += os.read(self.master, 4096)
            except OSError:
                continue
            for _body in massak.iter_bodies(buffer):
                reply = massak.weight_reply(self.sequence + 1)
                # Stamped just before the write, so the write call itself counts as latency.
                self.sent[self.sequence + 1] = time.perf_counter()
                self.sequence += 1
                os.write(self.master, reply)

    def close(self) -> None:
        self.stop.set()
        self.thread.join()
        os.close(self.master)
        os.close(self.slave)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure_service(frames: int) -> list[float]:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv)
    scale = PtyScale()
    scale.thread.start()
    latencies: list[float] = []
    service = ScaleService(
        ScaleConfig(port=scale.path, protocol="massak100", poll_interval=0.02), lister=list
    )

    def on_reading(reading: object) -> None:
        now = time.perf_counter()
        grams = getattr(reading, "grams", None)
        if grams is not None and int(grams) in scale.sent:
            latencies.append(now - scale.sent[int(grams)])
        if len(latencies) >= frames:
            app.quit()

    service.reading_changed.connect(on_reading)
    service.start()
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    service.stop()
    scale.close()
    return latencies[5:]  # skip the connection warm-up


def measure_baseline(frames: int) -> list[float]:
    """Bare pyserial: write the request, read until the 20-byte answer is complete."""
    scale = PtyScale()
    scale.thread.start()
    link = open_port(scale.path, massak.MassaK100Codec.defaults)
    request = massak.MassaK100Codec().poll_request()
    latencies = []
    for _ in range(frames + 5):
        link.write(request)
        data = b""
        while len(data) < 20:
            data += read_available(link)
        latencies.append(time.perf_counter() - scale.sent[scale.sequence])
    link.close()
    scale.close()
    return latencies[5:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=1000)
    args = parser.parse_args()
    baseline = measure_baseline(args.frames)
    service = measure_service(args.frames)
    rows = [("pyserial read (baseline)", baseline), ("ScaleService → Qt signal", service)]
    print(f"frames: {len(service)} over a pseudo-terminal, Massa-K Protocol 100 (20-byte answers)")
    for name, values in rows:
        ms = [v * 1000 for v in values]
        print(
            f"{name:28s} p50 {percentile(ms, 50):7.3f} ms   p99 {percentile(ms, 99):7.3f} ms   "
            f"max {max(ms):7.3f} ms   mean {statistics.fmean(ms):7.3f} ms"
        )
    p99 = percentile(service, 99) * 1000
    ratio = percentile(service, 50) / percentile(baseline, 50)
    print(f"ratio to baseline: p50 ×{ratio:.1f}, p99 ×{p99 / (percentile(baseline, 99) * 1000):.1f}")
    print(
        f"target p99 ≤ {TARGET_P99_MS:.0f} ms: {'met' if p99 <= TARGET_P99_MS else 'NOT met'} ({p99:.3f} ms)"
    )
    return 0 if p99 <= TARGET_P99_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
