"""The client's timeline gets the register's events: each complaint, suggestion or review
registered for the client, and each answer sent."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.models.feedback import ClientFeedbackEvent
from postdesk.services.records.timeline import TimelineEvent, TimelineQuery

KIND = "feedback"


class FeedbackEvents:
    kinds = frozenset({KIND})

    def events(self, session: Session, query: TimelineQuery, limit: int) -> list[TimelineEvent]:
        E = ClientFeedbackEvent  # noqa: N806 (the table, as in the other sources)
        wanted = select(E).where(E.client_id == query.client_id)
        wanted = query.within(wanted, E.at)
        rows = session.scalars(wanted.order_by(E.at.desc(), E.id.desc()).limit(limit))
        return [
            TimelineEvent(
                at=row.at,
                kind=KIND,
                summary=row.summary,
                ref=f"feedback:{row.feedback_id}",
                data={"event": row.kind, "user": row.user_login},
            )
            for row in rows
        ]
