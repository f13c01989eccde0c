"""The demo year of feedback: all kinds, channels and topics; late, extended and refused items."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from postdesk.demo.feedback import seed_demo_feedback
from postdesk.demo.seed import seed_demo
from postdesk.models.feedback import FeedbackAnswer, FeedbackItem
from tests.support.pdf import page_texts, squeeze


def test_a_year_of_demo_feedback(sqlite_core) -> None:  # type: ignore[no-untyped-def]
    today = dt.date(2026, 11, 20)
    seed_demo(sqlite_core.uow, sqlite_core.users, sqlite_core.clients, today)
    count = seed_demo_feedback(sqlite_core, today)
    assert count > 100
    with sqlite_core.uow() as tx:
        s = tx.session

        def distinct(column):  # type: ignore[no-untyped-def]
            return set(s.scalars(select(column).distinct()))

        assert distinct(FeedbackItem.kind) == {"complaint", "suggestion", "review"}
        assert len(distinct(FeedbackItem.channel)) == 9 and len(distinct(FeedbackItem.topic)) == 8
        assert s.scalar(select(func.min(FeedbackItem.received_on))) >= today - dt.timedelta(days=366)
        assert s.scalar(select(func.count()).where(FeedbackItem.extended.is_(True))) > 0
        assert s.scalar(select(func.count()).where(FeedbackItem.was_overdue.is_(True))) > 0
        refused = s.scalars(select(FeedbackAnswer).where(FeedbackAnswer.decision == "refused")).all()
        assert refused and all(a.reasons for a in refused)
        assert "обжаловать" in squeeze(" ".join(page_texts(refused[0].pdf)))
        years = s.execute(
            select(FeedbackItem.year, func.max(FeedbackItem.number), func.count()).group_by(FeedbackItem.year)
        )
        assert all(top == n for _, top, n in years)  # numbers without gaps
