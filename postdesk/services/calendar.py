"""The production calendar as the office uses it: shipped years, imports and day edits.

Administrators edit days and import the open-data CSV; both are audited and both recompute the
deadlines of open feedback items in the same transaction, so the register never shows a deadline
counted on an outdated calendar.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.calendar.open_data import OpenDataError, parse_open_data
from postdesk.calendar.production import DayEdit, ProductionCalendar
from postdesk.calendar.years import CalendarStatus, YearData
from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.calendar import CalendarDayEdit, CalendarYearRow
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require

# Called with the session and the new calendar after every change (deadline recomputation).
CalendarListener = Callable[[Session, ProductionCalendar], int]
# The calendar changes a few times a year: lookups that run many times a second reuse it for a
# minute (another workstation's edit shows within a minute, this workstation's at once).
REUSE_S = 60.0


@dataclass(frozen=True)
class CalendarChange:
    years: tuple[int, ...]
    deadlines_recomputed: int


def _iso(days: frozenset[dt.date]) -> list[str]:
    return sorted(d.isoformat() for d in days)


def _year_from_row(row: CalendarYearRow) -> YearData:
    def dates(key: str) -> frozenset[dt.date]:
        return frozenset(dt.date.fromisoformat(v) for v in row.days.get(key, []))

    return YearData(
        year=row.year,
        status=CalendarStatus(row.status),
        non_working=dates("non_working"),
        working_weekends=dates("working_weekends"),
        short_days=dates("short_days"),
        source=row.source,
    )


def load_calendar(session: Session, shipped: dict[int, YearData]) -> ProductionCalendar:
    years = dict(shipped)
    for row in session.scalars(select(CalendarYearRow)):
        years[row.year] = _year_from_row(row)
    edits = {
        e.day: DayEdit(e.day, e.working, e.short, e.note) for e in session.scalars(select(CalendarDayEdit))
    }
    return ProductionCalendar(years, edits)


class CalendarService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        shipped: dict[int, YearData],
        listener: CalendarListener | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._uow = uow
        self._shipped = shipped
        self._listener = listener
        self._clock = clock
        self._recent: tuple[float, ProductionCalendar] | None = None

    def calendar(self) -> ProductionCalendar:
        with self._uow() as tx:
            return load_calendar(tx.session, self._shipped)

    def recent(self) -> ProductionCalendar:
        """The calendar for frequent lookups (delivery dates, departures): re-read at most once a minute."""
        now = self._clock()
        if self._recent is None or now - self._recent[0] > REUSE_S:
            with self._uow(read_only=True) as tx:
                self._recent = (now, load_calendar(tx.session, self._shipped))
        return self._recent[1]

    def calendar_in(self, session: Session) -> ProductionCalendar:
        """The calendar read in the caller's unit of work (one transaction for a lookup that needs it)."""
        return load_calendar(session, self._shipped)

    def year(self, year: int) -> YearData:
        return self.calendar().year(year)

    def edit_day(
        self, actor: Actor, day: dt.date, *, working: bool, short: bool = False, note: str = ""
    ) -> CalendarChange:
        require(actor, Permission.EDIT_CALENDAR)
        with self._uow() as tx:
            before = load_calendar(tx.session, self._shipped)
            was = {"working": before.is_working(day), "short": day in before.year(day.year).short_days}
            row = tx.session.get(CalendarDayEdit, day)
            if row is None:
                row = CalendarDayEdit(day=day, working=working, short=short, note=note)
                tx.session.add(row)
            row.working, row.short, row.note = working, short and working, note
            row.changed_by = actor.user_id
            tx.session.flush()
            audit.record(
                tx.session,
                actor,
                "calendar.day_edited",
                "calendar_day",
                day.isoformat(),
                before=was,
                after={"working": working, "short": short and working, "note": note},
            )
            recomputed = self._notify(tx.session)
            tx.commit()
        self._recent = None
        return CalendarChange((day.year,), recomputed)

    def import_open_data(self, actor: Actor, text: str, source: str = "open data CSV") -> CalendarChange:
        """Load every year of the file as official, replacing earlier imports of those years."""
        require(actor, Permission.EDIT_CALENDAR)
        try:
            years = parse_open_data(text, source)
        except OpenDataError as exc:
            raise UserError(
                translate("Calendar", "The file is not an open-data production calendar: %1").replace(
                    "%1", str(exc)
                )
            ) from exc
        with self._uow() as tx:
            for data in years.values():
                row = tx.session.get(CalendarYearRow, data.year) or CalendarYearRow(year=data.year)
                row.status = data.status.value
                row.source = source
                row.days = {
                    "non_working": _iso(data.non_working),
                    "working_weekends": _iso(data.working_weekends),
                    "short_days": _iso(data.short_days),
                }
                row.loaded_by = actor.user_id
                tx.session.add(row)
                audit.record(
                    tx.session,
                    actor,
                    "calendar.year_imported",
                    "calendar_year",
                    data.year,
                    after={"source": source, "working_days": data.working_days()},
                )
            tx.session.flush()
            recomputed = self._notify(tx.session)
            tx.commit()
        self._recent = None
        return CalendarChange(tuple(sorted(years)), recomputed)

    def _notify(self, session: Session) -> int:
        if self._listener is None:
            return 0
        return self._listener(session, load_calendar(session, self._shipped))
