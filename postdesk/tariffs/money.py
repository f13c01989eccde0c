"""Kopeck arithmetic with one explicit rounding rule: half up to a whole kopeck."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation

_HUNDRED = Decimal(100)


def round_kop(value: Decimal) -> int:
    """Round an amount in kopecks half up (0.5 kop becomes 1 kop); amounts are never negative."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_of(amount_kop: int, percent: Decimal) -> int:
    """``percent`` % of an amount, rounded half up to a kopeck."""
    return round_kop(Decimal(amount_kop) * percent / _HUNDRED)


def steps_over(mass_g: int, first_step_g: int, step_g: int) -> int:
    """How many further steps (each full or partial) a mass needs beyond the first step."""
    if mass_g <= first_step_g:
        return 0
    return int((Decimal(mass_g - first_step_g) / Decimal(step_g)).to_integral_value(rounding=ROUND_CEILING))


def parse_rubles(text: str) -> int:
    """``"41.50"`` -> 4150 kopecks; more than two decimals or a negative amount is refused."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except (InvalidOperation, AttributeError) as exc:
        raise ValueError(f"not an amount: {text!r}") from exc
    if not value.is_finite() or value < 0:
        raise ValueError(f"not a non-negative amount: {text!r}")
    kop = value * _HUNDRED
    if kop != kop.to_integral_value():
        raise ValueError(f"more than two decimals: {text!r}")
    return int(kop)


def parse_percent(text: str) -> Decimal:
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation as exc:
        raise ValueError(f"not a percentage: {text!r}") from exc
    if not value.is_finite() or not Decimal(0) <= value <= _HUNDRED:
        raise ValueError(f"a percentage is between 0 and 100: {text!r}")
    return value


def format_rubles(kop: int) -> str:
    """4150 -> ``"41.50"`` (for files and logs; the UI formats with the locale)."""
    sign = "-" if kop < 0 else ""
    kop = abs(kop)
    return f"{sign}{kop // 100}.{kop % 100:02d}"
