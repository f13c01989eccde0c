"""How much is left in each identifier range, and which ranges call for a new one.

The ranges themselves (and their overlap rules) are ``services.counter.identifiers``; this only
reads them for the office set-up and ``postdesk ranges list``.
"""

from __future__ import annotations

from collections.abc import Callable

from postdesk.services.context import Actor
from postdesk.services.counter.identifiers import IdentifierService, RangeInfo
from postdesk.services.reference.data import RangeCapacity

WARNING_SHARE = 0.1  # also warn when less than a tenth of the range is left


def is_running_low(info: RangeInfo, warn_below: int) -> bool:
    size = info.last_serial - info.first_serial + 1
    return info.active and (info.remaining < warn_below or info.remaining < size * WARNING_SHARE)


def capacity(info: RangeInfo, warn_below: int) -> RangeCapacity:
    return RangeCapacity(
        info.id,
        info.kind.value,
        info.prefix,
        info.suffix,
        info.period,
        info.contract_id,
        info.first_serial,
        info.last_serial,
        info.remaining,
        is_running_low(info, warn_below),
        info.note,
    )


class RangeCapacityService:
    def __init__(self, identifiers: IdentifierService, warn_below: Callable[[], int]) -> None:
        self._identifiers = identifiers
        self._warn_below = warn_below

    def ranges(self, actor: Actor) -> list[RangeCapacity]:
        """Every registered range with its remaining numbers and whether it runs low."""
        threshold = self._warn_below()
        return [capacity(r, threshold) for r in self._identifiers.ranges(actor)]
