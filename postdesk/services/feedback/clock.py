"""Keeping the deadlines right: the overdue mark and recomputation after a calendar change.

``was_overdue`` is written the moment an item is seen past its deadline (by any change to the
register or the calendar) and when it is answered late, and is never cleared.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from postdesk.calendar.deadlines import ClaimPeriods, answer_due, legal_due
from postdesk.calendar.production import ProductionCalendar
from postdesk.models.feedback import FeedbackItem
from postdesk.services.feedback.tallies import count_marked_overdue


def mark_overdue(session: Session, today: dt.date) -> None:
    count_marked_overdue(session, today)
    session.execute(
        update(FeedbackItem)
        .where(FeedbackItem.is_open.is_(True), FeedbackItem.due < today, FeedbackItem.was_overdue.is_(False))
        .values(was_overdue=True)
    )


def recompute_open_deadlines(
    session: Session, calendar: ProductionCalendar, today: dt.date, periods: ClaimPeriods
) -> int:
    """New ``due`` and ``legal_due`` for every open item; returns how many changed."""
    mark_overdue(session, today)
    changed = 0
    rows = session.execute(
        select(
            FeedbackItem.id,
            FeedbackItem.received_on,
            FeedbackItem.extended,
            FeedbackItem.within_settlement,
            FeedbackItem.due,
            FeedbackItem.legal_due,
        ).where(FeedbackItem.is_open.is_(True))
    ).all()
    for item_id, received, extended, local, due, legal in rows:
        new_due = answer_due(calendar, received, extended)
        new_legal = legal_due(calendar, received, local, periods)
        if (new_due, new_legal) != (due, legal):
            session.execute(
                update(FeedbackItem)
                .where(FeedbackItem.id == item_id)
                .values(due=new_due, legal_due=new_legal)
            )
            changed += 1
    return changed
