"""Registering, the states, the single extension, the overdue mark and roles, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from postdesk.common import settings
from postdesk.common.errors import ConflictError, NotFound, PermissionDenied, UserError
from postdesk.models.audit import AuditEntry
from postdesk.models.feedback import ClientFeedbackEvent, FeedbackAttachment
from postdesk.services.feedback.catalogue import Channel, Kind, State
from postdesk.services.feedback.views import ExtensionRequest
from tests.support.batches import ItemSpec, make_client, make_draft
from tests.support.feedback import FeedbackKit, new_feedback

D = dt.date


@pytest.fixture
def kit(core) -> FeedbackKit:  # type: ignore[no-untyped-def]
    return FeedbackKit(core)


def test_numbers_run_per_year_without_gaps(kit: FeedbackKit, staff) -> None:  # type: ignore[no-untyped-def]
    kit.clock.today = D(2026, 1, 20)
    numbers = [
        kit.register.register(staff.operator, new_feedback(day)).number
        for day in (D(2025, 12, 30), D(2026, 1, 12), D(2025, 12, 31), D(2026, 1, 13))
    ]
    assert numbers == ["2025-00001", "2026-00001", "2025-00002", "2026-00002"]
    with pytest.raises(UserError):
        kit.register.register(staff.operator, new_feedback(D(2026, 1, 14), text="  "))
    assert kit.register.register(staff.operator, new_feedback(D(2026, 1, 14))).number == "2026-00003"


def test_deadlines_are_counted_on_the_production_calendar(kit: FeedbackKit, staff) -> None:  # type: ignore[no-untyped-def]
    kit.clock.today = D(2025, 1, 9)
    item = kit.register.register(staff.operator, new_feedback(D(2024, 12, 27)))
    assert item.state is State.REGISTERED
    assert item.due == D(2025, 1, 21)
    assert item.legal_due == D(2025, 1, 27)  # 30 days end on Sunday 26.01
    assert not item.overdue


def test_links_by_inn_and_by_scanned_item(kit: FeedbackKit, staff, core) -> None:  # type: ignore[no-untyped-def]
    client_id, contract_id = make_client(core, inn="1300000017")
    batch_id, (item_id,) = make_draft(core, client_id, contract_id, [ItemSpec(barcode="43000599000012")])
    by_inn = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2), client_inn="1300000017"))
    assert (by_inn.client_id, by_inn.client_name) == (client_id, "ООО «Тест»")
    scanned = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2), barcode=" 4300059 9000012 "))
    assert (scanned.client_id, scanned.batch_id, scanned.batch_item_id) == (client_id, batch_id, item_id)
    link = kit.queries.find_item(staff.operator, "43000599000012")
    assert (link.client_id, link.batch_id, link.recipient) == (client_id, batch_id, "Получатель 1")
    with pytest.raises(NotFound):
        kit.register.register(staff.operator, new_feedback(D(2026, 3, 2), client_inn="7700000000"))
    with core.uow() as tx:
        events = tx.session.scalars(
            select(ClientFeedbackEvent.kind).where(ClientFeedbackEvent.client_id == client_id)
        )
        assert list(events) == ["feedback_registered", "feedback_registered"]


def test_attachments_are_stored_and_limited(kit: FeedbackKit, staff, core) -> None:  # type: ignore[no-untyped-def]
    item = kit.register.register(
        staff.operator, new_feedback(D(2026, 3, 2), attachments=(("акт.pdf", b"%PDF-1.4 act"),))
    )
    core.settings.set(settings.FEEDBACK_MAX_ATTACHMENT_MB, 1)
    with pytest.raises(UserError, match="акт2"):
        kit.register.register(
            staff.operator, new_feedback(D(2026, 3, 2), attachments=(("акт2.pdf", b"x" * 2**21),))
        )
    with core.uow() as tx:
        stored = tx.session.scalars(select(FeedbackAttachment)).all()
        assert [(a.feedback_id, a.filename, a.content) for a in stored] == [
            (item.id, "акт.pdf", b"%PDF-1.4 act")
        ]


def test_a_future_receipt_date_is_refused(kit: FeedbackKit, staff) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError):
        kit.register.register(staff.operator, new_feedback(D(2026, 3, 3)))
    assert kit.queries.list_items(staff.operator) == []


def test_states_and_the_single_extension(kit: FeedbackKit, staff, core) -> None:  # type: ignore[no-untyped-def]
    item = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2)))
    assert item.due == D(2026, 3, 17)  # 9 March is a day off
    working = kit.register.take_in_work(staff.operator, item.id)
    assert working.state is State.IN_WORK
    with pytest.raises(ConflictError):
        kit.register.take_in_work(staff.operator, item.id)
    with pytest.raises(PermissionDenied):
        kit.register.extend(staff.operator, item.id, "запрос перевозчику")
    with pytest.raises(UserError):
        kit.register.extend(staff.supervisor, item.id, "  ")
    extended = kit.register.extend(
        staff.supervisor,
        item.id,
        "нужен ответ перевозчика",
        (ExtensionRequest("АО «Авиаперевозчик»", D(2026, 3, 3)),),
    )
    assert (extended.state, extended.due, extended.extended) == (State.EXTENDED, D(2026, 3, 31), True)
    assert [r.company for r in extended.requests] == ["АО «Авиаперевозчик»"]
    answered = kit.register.request_answered(staff.operator, item.id, "АО «Авиаперевозчик»", D(2026, 3, 10))
    assert answered.requests[0].answered_on == D(2026, 3, 10)
    with pytest.raises(ConflictError, match="уже продлевался"):
        kit.register.extend(staff.supervisor, item.id, "ещё раз")
    with core.uow() as tx:
        actions = tx.session.scalars(
            select(AuditEntry.action).where(AuditEntry.object_type == "feedback").order_by(AuditEntry.id)
        )
        assert list(actions) == [
            "feedback.registered",
            "feedback.taken_in_work",
            "feedback.extended",
            "feedback.request_answered",
        ]


def test_overdue_stays_marked_after_the_answer(kit: FeedbackKit, staff) -> None:  # type: ignore[no-untyped-def]
    from postdesk.services.feedback.answers import AnswerRequest
    from postdesk.services.feedback.catalogue import Decision

    late = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2)))
    on_time = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2), kind=Kind.SUGGESTION))
    kit.clock.today = D(2026, 3, 16)
    assert kit.queries.get(staff.operator, late.id).due_soon
    assert kit.queries.deadline_counts(staff.operator).due_soon == 2
    kit.answers.answer(staff.operator, on_time.id, AnswerRequest(Decision.SATISFIED, "Учтём"))
    kit.clock.today = D(2026, 3, 18)
    assert [i.id for i in kit.queries.list_items(staff.operator, overdue=True)] == [late.id]
    assert kit.queries.deadline_counts(staff.operator).overdue == 1
    result = kit.answers.answer(staff.operator, late.id, AnswerRequest(Decision.SATISFIED, "Разобрались"))
    assert result.feedback.overdue and result.feedback.state is State.DECISION_SENT
    kit.clock.today = D(2026, 6, 1)
    views = {v.id: v for v in kit.queries.list_items(staff.operator)}
    assert views[late.id].overdue and not views[on_time.id].overdue
    assert kit.queries.list_items(staff.operator, overdue=True) == []


def test_an_extension_after_the_deadline_keeps_the_overdue_mark(kit: FeedbackKit, staff) -> None:  # type: ignore[no-untyped-def]
    item = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2)))
    kit.clock.today = D(2026, 3, 19)
    extended = kit.register.extend(staff.supervisor, item.id, "запрос перевозчику")
    assert extended.due == D(2026, 3, 31)
    assert extended.overdue


def test_due_within_lists_open_items_by_deadline(kit: FeedbackKit, staff) -> None:  # type: ignore[no-untyped-def]
    kit.clock.today = D(2026, 3, 20)
    first = kit.register.register(staff.operator, new_feedback(D(2026, 3, 10)))  # due 24.03
    second = kit.register.register(
        staff.operator, new_feedback(D(2026, 3, 5), channel=Channel.PHONE)
    )  # 20.03
    kit.register.register(staff.operator, new_feedback(D(2026, 3, 20)))  # due 3.04
    assert [i.id for i in kit.queries.list_items(staff.operator, due_within=2)] == [second.id, first.id]
    with pytest.raises(UserError):
        kit.queries.list_items(staff.operator, due_within=-1)


def test_a_calendar_change_recomputes_open_deadlines(kit: FeedbackKit, staff, core) -> None:  # type: ignore[no-untyped-def]
    item = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2)))
    with pytest.raises(PermissionDenied):
        kit.calendar.edit_day(staff.supervisor, D(2026, 3, 10), working=False)
    change = kit.calendar.edit_day(staff.admin, D(2026, 3, 10), working=False, note="региональный выходной")
    assert change.deadlines_recomputed == 1
    assert kit.queries.get(staff.operator, item.id).due == D(2026, 3, 18)
    kit.calendar.edit_day(staff.admin, D(2026, 3, 14), working=True)  # a worked Saturday
    assert kit.queries.get(staff.operator, item.id).due == D(2026, 3, 17)
    with core.uow() as tx:
        entry = tx.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "calendar.day_edited")
        ).first()
        assert entry is not None and entry.before == {"working": True, "short": False}
