"""The shipped calendar against the official month counts and the decrees' lists of days."""

from __future__ import annotations

import datetime as dt

import pytest

from postdesk.calendar.production import ProductionCalendar
from postdesk.calendar.years import CalendarStatus, load_years, shipped_calendar_file

OFFICIAL_MONTHS = {
    2024: [17, 20, 20, 21, 20, 19, 23, 22, 21, 23, 21, 21],
    2025: [17, 20, 21, 22, 18, 19, 23, 21, 22, 23, 19, 22],
    2026: [15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22],
}
OFFICIAL_TOTALS = {2024: 248, 2025: 247, 2026: 247}


@pytest.fixture(scope="module")
def calendar() -> ProductionCalendar:
    return ProductionCalendar(load_years(shipped_calendar_file()))


@pytest.mark.parametrize("year", sorted(OFFICIAL_MONTHS))
def test_month_counts_match_the_decree(calendar: ProductionCalendar, year: int) -> None:
    data = calendar.year(year)
    assert data.status is CalendarStatus.OFFICIAL
    assert data.month_counts() == OFFICIAL_MONTHS[year]
    assert data.working_days() == OFFICIAL_TOTALS[year]


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2024-04-27", True),  # Saturday worked for Apr 29
        ("2024-04-29", False),
        ("2024-11-02", True),
        ("2024-12-28", True),
        ("2024-12-30", False),
        ("2025-01-08", False),
        ("2025-05-02", False),
        ("2025-06-13", False),
        ("2025-11-01", True),
        ("2025-11-03", False),
        ("2025-12-31", False),
        ("2026-01-09", False),
        ("2026-03-09", False),  # March 8 falls on a Sunday
        ("2026-05-11", False),  # May 9 falls on a Saturday
        ("2026-05-12", True),
        ("2026-12-31", False),
        ("2026-11-03", True),  # shortened, still a working day
    ],
)
def test_single_days(calendar: ProductionCalendar, day: str, working: bool) -> None:
    assert calendar.is_working(dt.date.fromisoformat(day)) is working


def test_short_days_of_2026_are_the_decree_ones(calendar: ProductionCalendar) -> None:
    assert sorted(calendar.year(2026).short_days) == [
        dt.date(2026, 4, 30),
        dt.date(2026, 5, 8),
        dt.date(2026, 6, 11),
        dt.date(2026, 11, 3),
    ]


def test_a_year_without_data_is_a_labour_code_draft(calendar: ProductionCalendar) -> None:
    data = calendar.year(2027)
    assert data.status is CalendarStatus.DRAFT
    # 2027: Jan 1-8 off; Feb 23 Tuesday; Mar 8 Monday; May 1 Saturday -> Monday May 3;
    # May 9 Sunday -> Monday May 10; Jun 12 Saturday -> Monday Jun 14; Nov 4 Thursday.
    for day in (
        "2027-01-08",
        "2027-02-23",
        "2027-03-08",
        "2027-05-03",
        "2027-05-10",
        "2027-06-14",
        "2027-11-04",
    ):
        assert not calendar.is_working(dt.date.fromisoformat(day)), day
    assert calendar.is_working(dt.date(2027, 5, 4))
    assert not data.working_weekends
