"""The client's timeline shows the register's events and the debt reminders beside the services."""

from __future__ import annotations

import datetime as dt

from postdesk.models.money import DebtReminder
from postdesk.services.records.timeline import TimelineQuery
from tests.support.batches import make_client
from tests.support.feedback import FeedbackKit, new_feedback


def test_feedback_and_reminders_are_in_the_client_timeline(core, staff) -> None:  # type: ignore[no-untyped-def]
    client_id, contract_id = make_client(core, inn="1300000017")
    other_id, _ = make_client(core, inn="7700000000")
    item = FeedbackKit(core).register.register(
        staff.operator, new_feedback(dt.date(2026, 3, 2), client_inn="1300000017")
    )
    with core.uow() as tx:
        tx.session.add(
            DebtReminder(
                client_id=client_id,
                contract_id=contract_id,
                amount_kop=123_456,
                deadline=dt.date(2026, 3, 20),
                user_login="supervisor",
            )
        )
        tx.commit()

    page = core.timeline.page(staff.operator, TimelineQuery(client_id))
    kinds = {event.kind for event in page.events}
    assert {"feedback", "reminder"} <= kinds
    feedback = next(e for e in page.events if e.kind == "feedback")
    assert feedback.ref == f"feedback:{item.id}"
    reminder = next(e for e in page.events if e.kind == "reminder")
    assert reminder.amount_kop == 123_456 and "20.03.2026" in reminder.summary

    only = core.timeline.page(staff.operator, TimelineQuery(client_id, kinds=frozenset({"reminder"})))
    assert {e.kind for e in only.events} == {"reminder"}
    assert not core.timeline.page(staff.operator, TimelineQuery(other_id)).events
    assert {"feedback", "reminder"} <= set(core.timeline.kinds)
