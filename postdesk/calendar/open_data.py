"""The open-data production calendar CSV: one row per year, one column of day numbers per month.

Each month cell lists that month's days off (weekends included); ``*`` marks a shortened working
day and ``+`` a transferred day off. Every day not listed is a working day, which is how the file
says that a Saturday is worked.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re

from postdesk.calendar.years import CalendarStatus, YearData

_TOKEN = re.compile(r"^(\d{1,2})([*+]?)$")


class OpenDataError(ValueError):
    """The file is not an open-data production calendar."""


def parse_open_data(text: str, source: str = "open data") -> dict[int, YearData]:
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    years: dict[int, YearData] = {}
    for line_no, row in enumerate(rows, start=1):
        if not row or not row[0].strip().isdigit():
            continue  # the header and empty lines
        year = int(row[0].strip())
        if len(row) < 13:
            raise OpenDataError(f"line {line_no}: {year} has fewer than twelve month columns")
        years[year] = _year(year, row[1:13], line_no, source)
    if not years:
        raise OpenDataError("no year rows found")
    return years


def _year(year: int, cells: list[str], line_no: int, source: str) -> YearData:
    non_working: set[dt.date] = set()
    short: set[dt.date] = set()
    listed_off: set[dt.date] = set()
    for month, cell in enumerate(cells, start=1):
        last = calendar.monthrange(year, month)[1]
        for token in filter(None, (t.strip() for t in cell.split(","))):
            match = _TOKEN.match(token)
            if not match or not 1 <= int(match.group(1)) <= last:
                raise OpenDataError(f"line {line_no}: {token!r} is not a day of month {month}")
            day = dt.date(year, month, int(match.group(1)))
            if match.group(2) == "*":
                short.add(day)
            else:
                listed_off.add(day)
                if day.weekday() < 5:
                    non_working.add(day)
    working_weekends = set()
    day = dt.date(year, 1, 1)
    while day.year == year:
        if day.weekday() >= 5 and day not in listed_off:
            working_weekends.add(day)
        day += dt.timedelta(days=1)
    return YearData(
        year=year,
        status=CalendarStatus.OFFICIAL,
        non_working=frozenset(non_working),
        working_weekends=frozenset(working_weekends),
        short_days=frozenset(short),
        source=source,
    )
