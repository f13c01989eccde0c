"""Stable-weight capture: turning a stream of readings into accepted weighings.

A weighing is accepted only from readings the device marks stable that stay within a deadband
for a hold time and a hold count. Capture starts armed, so an item already on the platform is
read; after a capture it re-arms when the platform is emptied (the same weight again is then
a new item) or when a different stable weight appears.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from postdesk.devices.scales.readings import Reading, ReadingState, Weighing


@dataclass(frozen=True)
class CaptureRules:
    hold_seconds: float = 0.3
    hold_count: int = 3
    deadband_grams: Decimal = Decimal(2)
    empty_grams: Decimal = Decimal(5)  # at or below this the platform counts as empty


class StableCapture:
    def __init__(self, rules: CaptureRules | None = None) -> None:
        self.rules = rules or CaptureRules()
        self._armed = True
        self._candidate: Decimal | None = None
        self._since = 0.0
        self._count = 0
        self._last_captured: Decimal | None = None

    def restart(self) -> None:
        """A new weighing screen: whatever is on the platform now is read again."""
        self._armed = True
        self._candidate = None
        self._count = 0
        self._last_captured = None

    def feed(self, reading: Reading) -> Weighing | None:
        rules = self.rules
        if (
            reading.state in (ReadingState.STABLE, ReadingState.UNSTABLE)
            and reading.grams is not None
            and abs(reading.grams) <= rules.empty_grams
        ):
            self._armed = True  # emptied: the next item may weigh the same as the last
            self._last_captured = None
            self._candidate = None
            return None
        if reading.state is ReadingState.UNDERLOAD:
            self._armed = True
            self._last_captured = None
        if not reading.is_stable_weight:
            self._candidate = None
            return None
        grams = reading.grams
        assert grams is not None
        if self._last_captured is not None and abs(grams - self._last_captured) > rules.deadband_grams:
            self._armed = True  # a different item (or one added on top)
        if not self._armed:
            return None
        if self._candidate is None or abs(grams - self._candidate) > rules.deadband_grams:
            self._candidate, self._since, self._count = grams, reading.at, 1
        else:
            self._count += 1
        if self._count >= rules.hold_count and reading.at - self._since >= rules.hold_seconds:
            self._armed = False
            self._last_captured = grams
            self._candidate = None
            return Weighing(grams)
        return None
