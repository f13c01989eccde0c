"""The calendar the deadlines are counted on: official years, drafts, and stored day edits.

Layers, later ones winning: the shipped official years, years imported from open data, and
single days an administrator edited. A year with none of them is computed as a draft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace

from postdesk.calendar.labour_code import draft_year, holidays
from postdesk.calendar.years import YearData

MAX_SPAN_DAYS = 3660  # no deadline reaches ten years: a guard against endless loops on bad data


@dataclass(frozen=True)
class DayEdit:
    """An administrator's decision about one day."""

    day: dt.date
    working: bool
    short: bool = False
    note: str = ""


def apply_edits(data: YearData, edits: Mapping[dt.date, DayEdit]) -> YearData:
    non_working, working_weekends, short = (
        set(data.non_working),
        set(data.working_weekends),
        set(data.short_days),
    )
    for day, edit in edits.items():
        if day.year != data.year:
            continue
        non_working.discard(day)
        working_weekends.discard(day)
        short.discard(day)
        if day.weekday() >= 5 and edit.working:
            working_weekends.add(day)
        elif day.weekday() < 5 and not edit.working:
            non_working.add(day)
        if edit.working and edit.short:
            short.add(day)
    return replace(
        data,
        non_working=frozenset(non_working),
        working_weekends=frozenset(working_weekends),
        short_days=frozenset(short),
    )


class ProductionCalendar:
    """Working-day arithmetic; years are resolved lazily and cached."""

    def __init__(self, years: Mapping[int, YearData], edits: Mapping[dt.date, DayEdit] | None = None) -> None:
        self._years = dict(years)
        self._edits = dict(edits or {})
        self._resolved: dict[int, YearData] = {}

    def year(self, year: int) -> YearData:
        if year not in self._resolved:
            base = self._years.get(year) or draft_year(year)
            self._resolved[year] = apply_edits(base, self._edits)
        return self._resolved[year]

    def is_working(self, day: dt.date) -> bool:
        return self.year(day.year).is_working(day)

    def is_holiday(self, day: dt.date) -> bool:
        """A day off that is not an ordinary weekend: a public holiday of art. 112, a holiday moved
        onto a weekday, or a weekday an administrator made a day off (mail transport stands still)."""
        return not self.is_working(day) and (day.weekday() < 5 or day in holidays(day.year))

    def next_working_day(self, day: dt.date) -> dt.date:
        """The day itself when it is a working day, else the first working day after it."""
        for _ in range(MAX_SPAN_DAYS):
            if self.is_working(day):
                return day
            day += dt.timedelta(days=1)
        raise ValueError("no working day within ten years")

    def add_working_days(self, start: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``start`` (counting begins the next day, CC art. 191)."""
        if count < 0:
            raise ValueError("a negative number of working days")
        day = start
        left = count
        for _ in range(MAX_SPAN_DAYS):
            if left == 0:
                return day
            day += dt.timedelta(days=1)
            if self.is_working(day):
                left -= 1
        raise ValueError("the deadline lies more than ten years ahead")

    def add_calendar_days(self, start: dt.date, count: int) -> dt.date:
        """``count`` days after ``start``; an end on a day off moves to the next working day (art. 193)."""
        if count < 0:
            raise ValueError("a negative number of days")
        return self.next_working_day(start + dt.timedelta(days=count))

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not later)."""
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            if self.is_working(day):
                count += 1
        return count
