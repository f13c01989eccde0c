"""Properties of working-day arithmetic on official, draft and edited years."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from postdesk.calendar.production import DayEdit, ProductionCalendar
from postdesk.calendar.years import load_years, shipped_calendar_file

CALENDAR = ProductionCalendar(load_years(shipped_calendar_file()))
days = st.dates(min_value=dt.date(2023, 6, 1), max_value=dt.date(2028, 6, 30))
counts = st.integers(min_value=0, max_value=60)


@given(days, counts, counts)
def test_adding_more_working_days_never_ends_earlier(start: dt.date, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert CALENDAR.add_working_days(start, low) <= CALENDAR.add_working_days(start, high)


@given(days, days, counts)
def test_a_later_start_never_ends_earlier(one: dt.date, other: dt.date, count: int) -> None:
    first, second = sorted((one, other))
    assert CALENDAR.add_working_days(first, count) <= CALENDAR.add_working_days(second, count)


@given(days, st.integers(min_value=1, max_value=60))
def test_a_deadline_never_lands_on_a_day_off(start: dt.date, count: int) -> None:
    due = CALENDAR.add_working_days(start, count)
    assert CALENDAR.is_working(due)
    assert CALENDAR.working_days_between(start, due) == count


@settings(max_examples=50)
@given(days, st.integers(min_value=1, max_value=30), st.lists(days, max_size=8))
def test_edited_days_keep_the_properties(start: dt.date, count: int, off: list[dt.date]) -> None:
    edited = ProductionCalendar(
        load_years(shipped_calendar_file()), {day: DayEdit(day, working=False) for day in off}
    )
    due = edited.add_working_days(start, count)
    assert edited.is_working(due)
    assert due not in off
    assert due >= CALENDAR.add_working_days(start, count)
