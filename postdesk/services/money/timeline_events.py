"""The client's timeline gets every debt reminder sent under the client's contracts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.i18n import translate
from postdesk.common.money import rubles
from postdesk.models.money import DebtReminder
from postdesk.services.records.timeline import TimelineEvent, TimelineQuery

KIND = "reminder"


class ReminderEvents:
    kinds = frozenset({KIND})

    def events(self, session: Session, query: TimelineQuery, limit: int) -> list[TimelineEvent]:
        R = DebtReminder  # noqa: N806 (the table, as in the other sources)
        wanted = select(R).where(R.client_id == query.client_id)
        wanted = query.within(wanted, R.at)
        rows = session.scalars(wanted.order_by(R.at.desc(), R.id.desc()).limit(limit))
        return [
            TimelineEvent(
                at=row.at,
                kind=KIND,
                summary=translate("Timeline", "Debt reminder: %1 owed, pay by %2")
                .replace("%1", rubles(row.amount_kop))
                .replace("%2", row.deadline.strftime("%d.%m.%Y")),
                ref=f"debt_reminder:{row.id}",
                amount_kop=row.amount_kop,
            )
            for row in rows
        ]
