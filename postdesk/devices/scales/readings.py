"""What a scale says, as a state rather than a bare number.

A weight is a :class:`~decimal.Decimal` number of grams carrying the device's division
(``Decimal("4190")``, ``Decimal("41.9")``), never a float. Overload, negative weight, device
errors and a lost link are states of their own, so no caller can mistake them for a weight.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from postdesk.common.errors import ValidationFailed
from postdesk.common.i18n import translate


class ReadingState(enum.Enum):
    STABLE = "stable"
    UNSTABLE = "unstable"
    OVERLOAD = "overload"
    UNDERLOAD = "underload"  # negative weight or below the zero range
    ERROR = "error"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True)
class Reading:
    """One decoded answer of the scale. ``grams`` is None when the device gave no usable weight."""

    state: ReadingState
    grams: Decimal | None = None
    net: bool = False
    at_zero: bool = False
    tare: Decimal | None = None
    detail: str = ""
    at: float = field(default_factory=time.monotonic, compare=False)

    @property
    def is_stable_weight(self) -> bool:
        """A weight the device marks stable and that is not negative: the only kind ever accepted."""
        return self.state is ReadingState.STABLE and self.grams is not None and self.grams >= 0

    @property
    def shows_weight(self) -> bool:
        return self.state in (ReadingState.STABLE, ReadingState.UNSTABLE) and self.grams is not None


@dataclass(frozen=True)
class Weighing:
    """An accepted weight: captured stable from the scale, or typed in by the operator (``manual``)."""

    grams: Decimal
    manual: bool = False
    reason: str = ""


_KILO = Decimal(1000)
_UNIT_FACTORS = {"g": Decimal(1), "kg": _KILO, "mg": Decimal("0.001")}


def grams_from_text(number: str, unit: str) -> Decimal | None:
    """``"01.234", "kg"`` → ``Decimal("1234")``; the result keeps the device's resolution.

    Returns None for text that is not a number or a unit postdesk does not weigh in (lb, oz).
    """
    factor = _UNIT_FACTORS.get(unit.strip().lower())
    text = number.replace(" ", "")
    if factor is None or not text or not all(c.isdigit() or c in "+-." for c in text):
        return None
    try:
        value = Decimal(text) * factor
    except InvalidOperation:
        return None
    return normalise_grams(value)


def normalise_grams(value: Decimal) -> Decimal:
    """Drop trailing zeros of the fraction only: 1234.000 → 1234, 41.90 → 41.9, 1000 stays 1000."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def format_grams(grams: Decimal) -> str:
    """Digits grouped by thin spaces, as the counter shows them: ``12 345`` or ``41,9``."""
    sign = "-" if grams < 0 else ""
    whole, _, fraction = f"{abs(grams):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = "\u202f".join(groups)
    return sign + text + ("," + fraction if fraction else "")


MAX_MANUAL_GRAMS = Decimal(1_000_000)


def parse_manual_grams(text: str) -> Decimal:
    """The operator's typed weight in grams; raises :class:`ValidationFailed` with a clear message."""
    cleaned = text.strip().replace("\u202f", "").replace(" ", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal(-1)
    if not cleaned or not value.is_finite() or value <= 0 or value > MAX_MANUAL_GRAMS:
        raise ValidationFailed(
            translate("Scales", "Check the weight."),
            {"grams": translate("Scales", "Enter the weight in grams: a positive number up to 1 000 000.")},
        )
    return normalise_grams(value)
