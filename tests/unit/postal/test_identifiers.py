import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postdesk.postal import identifiers as ids


@pytest.mark.parametrize(
    "code", ["10944022440321", "11172522364055", "10944022490302", "80082240994512", "80083740712514"]
)
def test_published_rpo_examples_are_valid(code):
    assert ids.is_valid_rpo(code)


def test_placeholder_rpo_is_invalid():
    assert not ids.is_valid_rpo("12345678901234")
    assert ids.rpo_check_digit("1234567890123") == 1


def test_worked_example_check_digit():
    assert ids.rpo_check_digit("1094402244032") == 1


@pytest.mark.parametrize(
    ("serial", "digit"), [("47312482", 9), ("41034224", 9), ("00000008", 0), ("00000000", 5)]
)
def test_s10_check_digits(serial, digit):
    assert ids.s10_check_digit(serial) == digit


def test_s10_examples():
    assert ids.is_valid_s10("LS018350611RU")
    assert not ids.is_valid_s10("RA644000001RU")


def test_month_code_cycle():
    assert ids.month_code(dt.date(2018, 4, 28)) == 22
    assert ids.month_code(dt.date(2026, 11, 1)) == 26
    assert ids.month_code(dt.date(2000, 1, 1)) == 1
    # 99 months after Jan 2000 the cycle restarts; 0 becomes 99
    assert ids.month_code(dt.date(2008, 3, 1)) == 99


@given(st.from_regex(r"\A[1-6][0-9]{5}\Z"), st.integers(1, 99), st.integers(1, 99_999))
def test_made_rpo_is_valid_and_single_digit_errors_are_caught(postcode, month, serial):
    code = ids.make_rpo(postcode, month, serial)
    assert len(code) == 14 and ids.is_valid_rpo(code)
    for position in range(14):
        digit = int(code[position])
        changed = code[:position] + str((digit + 1) % 10) + code[position + 1 :]
        assert not ids.is_valid_rpo(changed)


@given(st.integers(0, 99_999_999))
def test_made_s10_is_valid(serial):
    assert ids.is_valid_s10(ids.make_s10("RA", serial))


def test_readable_grouping():
    assert ids.format_rpo_readable("10944022440321") == "109440 22 44032 1"
