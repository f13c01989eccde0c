"""Weights, in integer grams everywhere: rounding a scale's reading and writing masses.

Items are priced in whole grams, so a scale's 41.5 g is 42 g (half up). People read grams with
thin-space thousands (``10 832``); lists and forms print kilograms with three decimals (``1,250``).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def whole_grams(value: Decimal) -> int:
    """Items are priced in whole grams: a scale's 41.5 g is 42 g."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def grams(value: int) -> str:
    """``12345`` → ``12 345`` (thin-space groups, as the scale display shows them)."""
    return f"{value:,}".replace(",", "\u202f")


def format_mass(grams_value: int) -> str:
    """Mass in kilograms with three decimals, as lists print it: ``1,250``."""
    kg, g = divmod(grams_value, 1000)
    return f"{kg:,}".replace(",", " ") + f",{g:03d}"
