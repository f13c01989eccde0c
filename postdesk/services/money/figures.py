"""Amounts as people read them in messages and letters: 1 234,50 ₽."""

from __future__ import annotations


def rub(kop: int) -> str:
    sign = "−" if kop < 0 else ""
    whole, cents = divmod(abs(kop), 100)
    return f"{sign}{whole:,}".replace(",", "\u00a0") + f",{cents:02d}\u00a0₽"
