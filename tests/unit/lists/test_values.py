"""Cell parsing: units, decimal commas, dates in number cells; property tests for round trips."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postdesk.lists.values import CellProblem, flag, mass_grams, money_kopecks, to_decimal
from postdesk.postal.identifiers import is_valid_identifier, make_rpo, make_s10


@given(st.integers(min_value=1, max_value=31_500))
def test_grams_written_as_kilograms_with_a_decimal_comma_round_trip(grams):
    text = f"{grams / 1000:.3f}".replace(".", ",")
    assert mass_grams(text, in_kg=True) == grams
    assert mass_grams(text + " кг", in_kg=False) == grams
    assert mass_grams(grams / 1000, in_kg=True) == grams
    assert mass_grams(str(grams), in_kg=False) == grams == mass_grams(float(grams), in_kg=False)


@given(st.integers(min_value=0, max_value=10**10))
def test_rubles_with_comma_and_thousands_spaces_round_trip(kopecks):
    rub, kop = divmod(kopecks, 100)
    spaced = f"{rub:,}".replace(",", "\u00a0")
    assert money_kopecks(f"{spaced},{kop:02d}", in_kopecks=False) == kopecks
    assert money_kopecks(f"{rub}.{kop:02d} руб.", in_kopecks=True) == kopecks
    assert money_kopecks(kopecks, in_kopecks=True) == kopecks
    assert money_kopecks(str(kopecks) + " коп.", in_kopecks=False) == kopecks


@given(st.integers(min_value=0, max_value=99_999 * 99))
def test_generated_identifiers_pass_and_a_changed_digit_fails(number):
    month, serial = divmod(number, 99_999)
    code = make_rpo("430005", month % 99 + 1, serial + 1)
    assert is_valid_identifier(code)
    position = number % 14
    changed = code[:position] + str((int(code[position]) + 1) % 10) + code[position + 1 :]
    assert not is_valid_identifier(changed)


@given(st.integers(min_value=0, max_value=99_999_999), st.sampled_from(["RA", "CP", "EA", "LS"]))
def test_s10_identifiers(serial, service):
    code = make_s10(service, serial)
    assert is_valid_identifier(code)
    wrong = code[:10] + str((int(code[10]) + 1) % 10) + code[11:]
    assert not is_valid_identifier(wrong)


@pytest.mark.parametrize("value", [dt.date(2026, 1, 5), dt.datetime(2026, 1, 5, 0, 0), "05.01.2026"])
def test_dates_in_number_cells_are_named(value):
    with pytest.raises(CellProblem) as caught:
        mass_grams(value, in_kg=False)
    assert caught.value.code == "date_in_number"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1 234,50", "1234.50"),
        ("1.234,5", "1234.5"),
        ("1,234.5", "1234.5"),
        ("78,50 руб.", "78.50"),
        ("", None),
    ],
)
def test_number_formats(text, number):
    result = to_decimal(text)
    assert (str(result) if result is not None else None) == number


def test_fractions_of_a_kopeck_and_words():
    with pytest.raises(CellProblem):
        money_kopecks("1,005", in_kopecks=False)
    with pytest.raises(CellProblem):
        to_decimal("двадцать")
    assert flag("Да") is True and flag("нет") is False and flag(1.0) is True
