"""A year without a decree, from Labour Code art. 112 alone (marked draft).

The holidays are fixed by the article; a holiday falling on a day off moves to the next working
day, except the January ones, which only the yearly decree places, so a draft never moves them.
"""

from __future__ import annotations

import datetime as dt

from postdesk.calendar.years import CalendarStatus, YearData

JANUARY_HOLIDAYS = (1, 2, 3, 4, 5, 6, 7, 8)
OTHER_HOLIDAYS = ((2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4))


def holidays(year: int) -> list[dt.date]:
    """The non-working holidays of art. 112 in date order."""
    return [dt.date(year, 1, d) for d in JANUARY_HOLIDAYS] + [dt.date(year, m, d) for m, d in OTHER_HOLIDAYS]


def draft_year(year: int) -> YearData:
    off = {day for day in holidays(year) if day.weekday() < 5}
    for month, day_of_month in OTHER_HOLIDAYS:
        holiday = dt.date(year, month, day_of_month)
        if holiday.weekday() < 5:
            continue
        moved = holiday + dt.timedelta(days=1)
        while moved.weekday() >= 5 or moved in off:
            moved += dt.timedelta(days=1)
        off.add(moved)
    all_off = off | {day for day in holidays(year)}
    short = set()
    for holiday in holidays(year):
        before = holiday - dt.timedelta(days=1)
        if before.year == year and before.weekday() < 5 and before not in all_off:
            short.add(before)
    return YearData(
        year=year,
        status=CalendarStatus.DRAFT,
        non_working=frozenset(d for d in off if d.year == year),
        short_days=frozenset(short),
        source="Labour Code art. 112",
    )
