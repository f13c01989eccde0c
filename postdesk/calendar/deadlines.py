"""The deadlines of the feedback register, counted on the production calendar.

A draft answer is due 10 working days after receipt, 20 when other companies must be asked.
Beside it the postal rules' claim period is kept as data: 30 calendar days, 5 for items within
one settlement, moved to the next working day when it ends on a day off (Civil Code art. 193).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from postdesk.calendar.production import ProductionCalendar

ANSWER_WORKING_DAYS = 10
EXTENDED_WORKING_DAYS = 20
DUE_SOON_WORKING_DAYS = 2


@dataclass(frozen=True)
class ClaimPeriods:
    """Calendar days for claims under the postal rules (settings may change them)."""

    other_days: int = 30
    within_settlement_days: int = 5


def answer_due(calendar: ProductionCalendar, received: dt.date, extended: bool = False) -> dt.date:
    days = EXTENDED_WORKING_DAYS if extended else ANSWER_WORKING_DAYS
    return calendar.add_working_days(received, days)


def legal_due(
    calendar: ProductionCalendar,
    received: dt.date,
    within_settlement: bool = False,
    periods: ClaimPeriods | None = None,
) -> dt.date:
    periods = periods or ClaimPeriods()
    days = periods.within_settlement_days if within_settlement else periods.other_days
    return calendar.add_calendar_days(received, days)


def is_overdue(due: dt.date, today: dt.date) -> bool:
    return today > due


def is_due_soon(
    calendar: ProductionCalendar, due: dt.date, today: dt.date, window: int = DUE_SOON_WORKING_DAYS
) -> bool:
    """Not overdue yet, and at most ``window`` working days are left."""
    return today <= due and calendar.working_days_between(today, due) <= window
