"""Money, in integer kopecks everywhere: the one place that parses, rounds and writes amounts.

Three ways of writing an amount, each for its reader: ``rubles`` for people (``1 234,56 ₽``,
no-break spaces so an amount never wraps), ``format_kop`` for the figures on printed forms
(``1 234,56``), ``format_rubles`` for files, logs and the command line (``1234.56``), and
``field_text`` for a value put back into an input field (``1234,56``, read by ``parse_rubles``).
Rounding is half up to a whole kopeck.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_HUNDRED = Decimal(100)
_NBSP = "\u00a0"


def round_kop(value: Decimal) -> int:
    """Round an amount in kopecks half up (0.5 kop becomes 1 kop); amounts are never negative."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_of(amount_kop: int, percent: Decimal) -> int:
    """``percent`` % of an amount, rounded half up to a kopeck."""
    return round_kop(Decimal(amount_kop) * percent / _HUNDRED)


def parse_rubles(text: str) -> int:
    """``"41.50"`` or ``"41,50"`` -> 4150 kopecks; more than two decimals or a negative amount is refused."""
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


def _grouped(kop: int, separator: str) -> str:
    sign = "−" if kop < 0 else ""
    rub, rest = divmod(abs(kop), 100)
    return f"{sign}{rub:,}".replace(",", separator) + f",{rest:02d}"


def rubles(kop: int) -> str:
    """12345 -> «123,45 ₽», as a Russian reader expects it in messages, tables and letters."""
    return _grouped(kop, _NBSP) + _NBSP + "₽"


def format_kop(kop: int | None, *, dash: str = "—") -> str:
    """Kopecks in figures with a space between thousands and a decimal comma: ``1 234,56``."""
    return dash if kop is None else _grouped(kop, " ").replace("−", "-")


def format_rubles(kop: int) -> str:
    """4150 -> ``"41.50"`` (for files, logs and the command line)."""
    sign = "-" if kop < 0 else ""
    kop = abs(kop)
    return f"{sign}{kop // 100}.{kop % 100:02d}"


def field_text(kop: int) -> str:
    """4150 -> ``"41,50"``: an amount put back into an input field, as ``parse_rubles`` reads it."""
    return format_rubles(kop).replace(".", ",")
