"""Money on paper: kopecks in figures (``1 234,56``) and rubles in Russian words.

Forms such as ф.112ЭП and the acceptance receipt state the amount "прописью": rubles in words
with the grammatically agreeing unit, kopecks in two figures (``сто один рубль 05 копеек``).
"""

from __future__ import annotations

from postdesk.common.i18n import russian_plural_form

_UNITS_MASCULINE = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_UNITS_FEMININE = ("", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_TEENS = (
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
)
_TENS = (
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
)
_HUNDREDS = (
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
)

# Scale words (one / few / many) and their grammatical gender, from 10^3 upwards.
_SCALES = (
    (("тысяча", "тысячи", "тысяч"), True),
    (("миллион", "миллиона", "миллионов"), False),
    (("миллиард", "миллиарда", "миллиардов"), False),
    (("триллион", "триллиона", "триллионов"), False),
)

RUBLE_FORMS = ("рубль", "рубля", "рублей")
KOPECK_FORMS = ("копейка", "копейки", "копеек")


def plural(n: int, forms: tuple[str, str, str]) -> str:
    """The Russian form agreeing with ``n``: 1 рубль, 2 рубля, 5 рублей."""
    return forms[russian_plural_form(n)]


def _triad(value: int, feminine: bool) -> list[str]:
    words = [_HUNDREDS[value // 100]]
    rest = value % 100
    if 10 <= rest < 20:
        words.append(_TEENS[rest - 10])
    else:
        words.append(_TENS[rest // 10])
        words.append((_UNITS_FEMININE if feminine else _UNITS_MASCULINE)[rest % 10])
    return [w for w in words if w]


def number_in_words(n: int, *, feminine: bool = False) -> str:
    """A non-negative integer below 10^15 in words (``feminine`` for units such as копейка)."""
    if n < 0 or n >= 10**15:
        raise ValueError("the number must be in 0..10^15-1")
    if n == 0:
        return "ноль"
    words = _triad(n % 1000, feminine)
    n //= 1000
    for forms, scale_feminine in _SCALES:
        if n == 0:
            break
        triad = n % 1000
        if triad:
            words = [*_triad(triad, scale_feminine), plural(triad, forms), *words]
        n //= 1000
    return " ".join(words)


def amount_in_words(kop: int, *, capitalise: bool = True) -> str:
    """``12345`` → ``Сто двадцать три рубля 45 копеек``."""
    if kop < 0:
        raise ValueError("an amount to write in words is not negative")
    rubles, kopecks = divmod(kop, 100)
    rubles_part = f"{number_in_words(rubles)} {plural(rubles, RUBLE_FORMS)}"
    text = f"{rubles_part} {kopecks:02d} {plural(kopecks, KOPECK_FORMS)}"
    return text[0].upper() + text[1:] if capitalise else text


def format_rub_kop(kop: int) -> tuple[str, str]:
    """Rubles and kopecks apart, for forms with separate boxes: ``("1234", "56")``."""
    rubles, kopecks = divmod(kop, 100)
    return str(rubles), f"{kopecks:02d}"
