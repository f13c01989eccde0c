"""One calendar year as data: which weekdays are off, which weekend days are worked, short days."""

from __future__ import annotations

import datetime as dt
import enum
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


class CalendarStatus(enum.StrEnum):
    OFFICIAL = "official"  # from a Government decree (shipped or imported)
    DRAFT = "draft"  # computed from Labour Code art. 112 only: transfers may be missing


@dataclass(frozen=True)
class YearData:
    """Deviations of one year from the plain Monday-to-Friday week."""

    year: int
    status: CalendarStatus
    non_working: frozenset[dt.date] = field(default_factory=frozenset)
    working_weekends: frozenset[dt.date] = field(default_factory=frozenset)
    short_days: frozenset[dt.date] = field(default_factory=frozenset)
    source: str = ""

    def is_working(self, day: dt.date) -> bool:
        if day.weekday() >= 5:
            return day in self.working_weekends
        return day not in self.non_working

    def working_days(self) -> int:
        return sum(self.month_counts())

    def month_counts(self) -> list[int]:
        counts = [0] * 12
        day = dt.date(self.year, 1, 1)
        while day.year == self.year:
            if self.is_working(day):
                counts[day.month - 1] += 1
            day += dt.timedelta(days=1)
        return counts


def _dates(values: Iterable[str], year: int, what: str) -> frozenset[dt.date]:
    days = frozenset(dt.date.fromisoformat(v) for v in values)
    wrong = [d for d in days if d.year != year]
    if wrong:
        raise ValueError(f"{what} of {year} lists a day of another year: {wrong[0]}")
    return days


def load_years(path: Path) -> dict[int, YearData]:
    """Read a calendar file in the shipped TOML format (one ``[[year]]`` table per year)."""
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    years: dict[int, YearData] = {}
    for entry in raw.get("year", []):
        year = int(entry["year"])
        non_working = _dates(entry.get("non_working", []), year, "non_working")
        working_weekends = _dates(entry.get("working_weekends", []), year, "working_weekends")
        if any(d.weekday() >= 5 for d in non_working):
            raise ValueError(f"non_working of {year} must list weekdays only")
        if any(d.weekday() < 5 for d in working_weekends):
            raise ValueError(f"working_weekends of {year} must list Saturdays and Sundays only")
        years[year] = YearData(
            year=year,
            status=CalendarStatus(entry.get("status", "official")),
            non_working=non_working,
            working_weekends=working_weekends,
            short_days=_dates(entry.get("short_days", []), year, "short_days"),
            source=str(entry.get("source", "")),
        )
    return years


def shipped_calendar_file() -> Path:
    from postdesk.common.paths import resource_path

    return resource_path("calendar", "production_calendar.toml")
