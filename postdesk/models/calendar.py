"""Production-calendar data kept in the database, overriding the shipped file.

Imported years (from the open-data CSV) replace a whole year; day edits by an administrator
override single days on top of everything. Both are audited by the service that writes them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, utc_now


class CalendarYearRow(Base):
    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(300), default="")
    # ISO dates: weekdays off, worked weekend days, shortened days.
    days: Mapped[dict[str, Any]] = mapped_column(JSON)
    loaded_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    loaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class CalendarDayEdit(Base):
    __tablename__ = "calendar_day_edits"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column()
    short: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    changed_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
