"""Deadlines counted by hand across the New Year, May and November holidays and worked Saturdays."""

from __future__ import annotations

import datetime as dt

import pytest

from postdesk.calendar.deadlines import ClaimPeriods, answer_due, is_due_soon, legal_due
from postdesk.calendar.production import ProductionCalendar
from postdesk.calendar.years import load_years, shipped_calendar_file


@pytest.fixture(scope="module")
def calendar() -> ProductionCalendar:
    return ProductionCalendar(load_years(shipped_calendar_file()))


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        # Fri 27.12.2024: Sat 28.12 (worked) is day 1, 30.12-08.01 off, then 9, 10, 13-17, 20, 21 Jan.
        ("2024-12-27", 10, "2025-01-21"),
        # Mon 29.12.2025: 30 Dec is day 1, then 31.12 and 1-9 Jan 2026 off; 12-16, 19-22 Jan.
        ("2025-12-29", 10, "2026-01-22"),
        # Wed 31.12.2025 (a day off itself): counting starts on 1 Jan and finds work only on 12 Jan.
        ("2025-12-31", 1, "2026-01-12"),
        # Tue 29.04.2025: 30 Apr, 5-7 May (1, 2 May off), 12-16 May (8, 9 May off), 19 May.
        ("2025-04-29", 10, "2025-05-19"),
        # Thu 30.04.2026: 4-8 May, 12-15 May (11 May off), 18 May.
        ("2026-04-30", 10, "2026-05-18"),
        # Fri 31.10.2025: Sat 1.11 worked, 3-4 Nov off, 5-7, 10-14, 17 Nov.
        ("2025-10-31", 10, "2025-11-17"),
        ("2025-10-31", 1, "2025-11-01"),
        # Fri 1.11.2024: Sat 2.11 worked, 4.11 off, 5-8 Nov, 11-14 Nov.
        ("2024-11-01", 10, "2024-11-15"),
        # Extension to 20: Tue 3.11.2026, 4.11 off; 5-6, 9-13, 16-20, 23-27, 30 Nov, 1-2 Dec.
        ("2026-11-03", 20, "2026-12-02"),
        ("2026-03-06", 0, "2026-03-06"),
    ],
)
def test_working_day_deadlines(calendar: ProductionCalendar, received: str, days: int, due: str) -> None:
    assert calendar.add_working_days(d(received), days) == d(due)


def test_answer_due_is_ten_or_twenty_working_days(calendar: ProductionCalendar) -> None:
    assert answer_due(calendar, d("2024-12-27")) == d("2025-01-21")
    assert answer_due(calendar, d("2026-11-03"), extended=True) == d("2026-12-02")


@pytest.mark.parametrize(
    ("received", "local", "due"),
    [
        ("2026-11-20", False, "2026-12-21"),  # 30 days end on Sunday 20.12 -> Monday
        ("2025-12-02", False, "2026-01-12"),  # 30 days end on 1.01 -> first working day 12.01
        ("2026-05-06", True, "2026-05-12"),  # 5 days end on Monday 11.05 (off) -> 12.05
        ("2026-03-02", False, "2026-04-01"),
    ],
)
def test_legal_claim_deadline(calendar: ProductionCalendar, received: str, local: bool, due: str) -> None:
    assert legal_due(calendar, d(received), local) == d(due)


def test_legal_claim_periods_come_from_the_settings(calendar: ProductionCalendar) -> None:
    assert legal_due(calendar, d("2026-03-02"), False, ClaimPeriods(other_days=10)) == d("2026-03-12")


def test_due_soon_counts_working_days_not_calendar_days(calendar: ProductionCalendar) -> None:
    # Due Tuesday 12.05.2026: on Wednesday 6.05 three working days are left (7, 8, 12 May).
    assert not is_due_soon(calendar, d("2026-05-12"), d("2026-05-06"))
    assert is_due_soon(calendar, d("2026-05-12"), d("2026-05-08"))
    assert not is_due_soon(calendar, d("2026-05-12"), d("2026-05-13"))  # overdue, not "soon"


def test_working_days_between_is_the_inverse_of_adding(calendar: ProductionCalendar) -> None:
    start = d("2025-12-25")
    assert calendar.working_days_between(start, calendar.add_working_days(start, 15)) == 15


def test_negative_counts_are_refused(calendar: ProductionCalendar) -> None:
    with pytest.raises(ValueError, match="negative"):
        calendar.add_working_days(d("2026-01-01"), -1)
