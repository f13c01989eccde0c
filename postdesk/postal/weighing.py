"""Comparing a weighed mass with the declared one, for single items and whole packs.

The allowed deviation is the larger of a percentage of the declared mass and a fixed number of
grams (by default ±2 % or ±5 g), as set in the client's contract. Comparison is exact: no
rounding, so 2 % of 251 g allows 5.02 g.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

DEFAULT_TOLERANCE_PERCENT = Decimal(2)
DEFAULT_TOLERANCE_G = 5


class WeightSource(enum.StrEnum):
    SCALE = "scale"
    MANUAL = "manual"
    PACK = "pack"


class WeightDecision(enum.StrEnum):
    """What happened to an item after weighing."""

    WITHIN = "within"  # inside the tolerance: priced by the declared mass
    UNDECIDED = "undecided"  # outside the tolerance, waiting for the operator
    TAKE_ACTUAL = "take_actual"  # outside, priced by the weighed mass
    HAND_BACK = "hand_back"  # outside, handed back to the client


@dataclass(frozen=True)
class Tolerance:
    percent: Decimal = DEFAULT_TOLERANCE_PERCENT
    grams: int = DEFAULT_TOLERANCE_G

    def allowed_g(self, declared_g: int) -> Decimal:
        return max(Decimal(declared_g) * self.percent / 100, Decimal(self.grams))


@dataclass(frozen=True)
class WeightCheck:
    declared_g: int
    actual_g: int
    allowed_g: Decimal

    @property
    def difference_g(self) -> int:
        """Positive when the item is heavier than declared."""
        return self.actual_g - self.declared_g

    @property
    def within(self) -> bool:
        return abs(self.difference_g) <= self.allowed_g


def check_weight(declared_g: int, actual_g: int, tolerance: Tolerance) -> WeightCheck:
    if actual_g <= 0:
        raise ValueError("a weighed mass is positive")
    return WeightCheck(declared_g, actual_g, tolerance.allowed_g(declared_g))


def check_pack(declared_each_g: int, count: int, total_g: int, tolerance: Tolerance) -> WeightCheck:
    """A stack of ``count`` identical items weighed together, compared as one total."""
    if count <= 0:
        raise ValueError("a pack has at least one item")
    return check_weight(declared_each_g * count, total_g, tolerance)


def pack_share_g(total_g: int, count: int) -> int:
    """The mass recorded for each item of a pack: the mean, rounded half up, at least 1 g."""
    return max(1, (2 * total_g + count) // (2 * count))


def chargeable_mass_g(declared_g: int, weighed_g: int | None, decision: WeightDecision | None) -> int:
    """The mass the tariff uses: the weighed one only when the operator chose to take it."""
    if decision is WeightDecision.TAKE_ACTUAL and weighed_g is not None:
        return weighed_g
    if declared_g <= 0 and weighed_g is not None:
        return weighed_g  # nothing declared: the scale is the only figure
    return declared_g
