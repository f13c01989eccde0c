"""Running tallies of the register, kept in the same transaction as each change.

The yearly statistics read these small tables instead of scanning every item of the year, which
keeps the analysis fast however large the register grows. :func:`rebuild_tallies` recomputes
them from the items (after a bulk load or to repair), and a test checks both ways agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from postdesk.calendar.production import ProductionCalendar
from postdesk.models.feedback import (
    FeedbackItem,
    FeedbackStatAnswer,
    FeedbackStatGroup,
    FeedbackStatOverdue,
    FeedbackStatPeople,
)

TallyModel = (
    type[FeedbackStatGroup] | type[FeedbackStatPeople] | type[FeedbackStatAnswer] | type[FeedbackStatOverdue]
)


def bump(session: Session, model: TallyModel, keys: dict[str, Any], by: int = 1) -> None:
    """Add ``by`` to one tally row, creating it; an upsert, so concurrent writers never collide."""
    if by == 0:
        return
    dialect = session.get_bind().dialect.name
    make = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = make(model).values(**keys, count=by)
    statement = statement.on_conflict_do_update(
        index_elements=list(keys), set_={"count": model.count + statement.excluded.count}
    )
    session.execute(statement)


def count_registered(session: Session, item: FeedbackItem) -> None:
    keys = {"year": item.year, "month": item.received_on.month, "kind": item.kind, "topic": item.topic}
    bump(session, FeedbackStatGroup, {**keys, "channel": item.channel})
    bump(
        session,
        FeedbackStatPeople,
        {"year": item.year, "login": item.registered_login, "workstation": item.workstation},
    )
    if item.was_overdue:
        bump(session, FeedbackStatOverdue, {"year": item.year})


def count_answered(session: Session, item: FeedbackItem, working_days: int, newly_overdue: bool) -> None:
    bump(
        session,
        FeedbackStatAnswer,
        {"year": item.year, "working_days": working_days, "late": item.was_overdue},
    )
    if newly_overdue:
        bump(session, FeedbackStatOverdue, {"year": item.year})


def count_marked_overdue(session: Session, today: dt.date) -> None:
    """Before the overdue mark is set in bulk: add the items about to be marked, per year."""
    rows = session.execute(
        select(FeedbackItem.year, func.count())
        .where(FeedbackItem.is_open.is_(True), FeedbackItem.due < today, FeedbackItem.was_overdue.is_(False))
        .group_by(FeedbackItem.year)
    ).all()
    for year, count in rows:
        bump(session, FeedbackStatOverdue, {"year": year}, int(count))


def rebuild_tallies(session: Session, calendar: ProductionCalendar) -> None:
    """Recompute every tally from the items themselves."""
    for model in (FeedbackStatGroup, FeedbackStatPeople, FeedbackStatAnswer, FeedbackStatOverdue):
        session.execute(delete(model))
    item = FeedbackItem
    month = func.extract("month", item.received_on)
    for year, number, kind, topic, channel, count in session.execute(
        select(item.year, month, item.kind, item.topic, item.channel, func.count()).group_by(
            item.year, month, item.kind, item.topic, item.channel
        )
    ):
        bump(
            session,
            FeedbackStatGroup,
            {"year": year, "month": int(number), "kind": kind, "topic": topic, "channel": channel},
            int(count),
        )
    for year, login, workstation, count in session.execute(
        select(item.year, item.registered_login, item.workstation, func.count()).group_by(
            item.year, item.registered_login, item.workstation
        )
    ):
        bump(
            session,
            FeedbackStatPeople,
            {"year": year, "login": login, "workstation": workstation},
            int(count),
        )
    answers: dict[tuple[int, int, bool], int] = {}
    for year, received, answered, late, count in session.execute(
        select(item.year, item.received_on, item.answered_on, item.was_overdue, func.count())
        .where(item.answered_on.is_not(None))
        .group_by(item.year, item.received_on, item.answered_on, item.was_overdue)
    ):
        assert answered is not None  # the query takes answered items only
        key = (year, calendar.working_days_between(received, answered), bool(late))
        answers[key] = answers.get(key, 0) + int(count)
    for (year, days, late), count in answers.items():
        bump(session, FeedbackStatAnswer, {"year": year, "working_days": days, "late": late}, count)
    for year, count in session.execute(
        select(item.year, func.sum(case((item.was_overdue.is_(True), 1), else_=0))).group_by(item.year)
    ):
        if count:
            bump(session, FeedbackStatOverdue, {"year": year}, int(count))
