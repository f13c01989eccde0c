from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postdesk.common.money import format_kop
from postdesk.common.weights import format_mass
from postdesk.printing.money import amount_in_words, number_in_words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "ноль"),
        (1, "один"),
        (2, "два"),
        (11, "одиннадцать"),
        (19, "девятнадцать"),
        (20, "двадцать"),
        (21, "двадцать один"),
        (100, "сто"),
        (101, "сто один"),
        (110, "сто десять"),
        (999, "девятьсот девяносто девять"),
        (1000, "одна тысяча"),
        (1001, "одна тысяча один"),
        (2000, "две тысячи"),
        (2022, "две тысячи двадцать два"),
        (5000, "пять тысяч"),
        (11000, "одиннадцать тысяч"),
        (21000, "двадцать одна тысяча"),
        (112_000, "сто двенадцать тысяч"),
        (1_000_000, "один миллион"),
        (2_000_001, "два миллиона один"),
        (5_000_000, "пять миллионов"),
        (1_002_003_004, "один миллиард два миллиона три тысячи четыре"),
        (300_000_000, "триста миллионов"),
    ],
)
def test_number_in_words(n: int, words: str) -> None:
    assert number_in_words(n) == words


def test_feminine_units() -> None:
    assert number_in_words(1, feminine=True) == "одна"
    assert number_in_words(22, feminine=True) == "двадцать две"


@pytest.mark.parametrize(
    ("kop", "words"),
    [
        (0, "Ноль рублей 00 копеек"),
        (1, "Ноль рублей 01 копейка"),
        (102, "Один рубль 02 копейки"),
        (205, "Два рубля 05 копеек"),
        (1100, "Одиннадцать рублей 00 копеек"),
        (2111, "Двадцать один рубль 11 копеек"),
        (12_345, "Сто двадцать три рубля 45 копеек"),
        (150_000, "Одна тысяча пятьсот рублей 00 копеек"),
        (2_539_676, "Двадцать пять тысяч триста девяносто шесть рублей 76 копеек"),
        (100_000_021, "Один миллион рублей 21 копейка"),
    ],
)
def test_amount_in_words(kop: int, words: str) -> None:
    assert amount_in_words(kop) == words


def test_lowercase_and_negative() -> None:
    assert amount_in_words(500, capitalise=False) == "пять рублей 00 копеек"
    with pytest.raises(ValueError):
        amount_in_words(-1)


@given(st.integers(min_value=0, max_value=10**14))
def test_words_are_well_formed(kop: int) -> None:
    text = amount_in_words(kop)
    rubles = kop // 100
    assert text.endswith(("копейка", "копейки", "копеек"))
    assert "  " not in text and text[0].isupper()
    unit = (
        "рублей"
        if rubles % 100 in range(11, 15) or rubles % 10 in (0, 5, 6, 7, 8, 9)
        else ("рубль" if rubles % 10 == 1 else "рубля")
    )
    assert f" {unit} {kop % 100:02d} " in f" {text} "


def test_figures() -> None:
    assert format_kop(123_456_789) == "1 234 567,89"
    assert format_kop(5) == "0,05"
    assert format_kop(None) == "—"
    assert format_kop(-150) == "-1,50"
    assert format_mass(1250) == "1,250"
    assert format_mass(12_345_678) == "12 345,678"
