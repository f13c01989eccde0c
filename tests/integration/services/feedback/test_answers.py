"""Answers: the decision, the letter's text (reasons, appeal notice), the timeline, the e-mail queue."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from postdesk.common import settings as s
from postdesk.common.errors import PermissionDenied, UserError
from postdesk.models.feedback import ClientFeedbackEvent, FeedbackAnswer
from postdesk.models.mail import OutgoingMail
from postdesk.services.feedback.answers import AnswerRequest
from postdesk.services.feedback.catalogue import Decision, State
from tests.support.batches import make_client
from tests.support.feedback import HIGHER, HIGHER_ADDRESS, OFFICE, FeedbackKit, new_feedback
from tests.support.pdf import page_texts, squeeze

D = dt.date
REASON = "Срок доставки не нарушен: п. 4.2 договора № T-1300000017 (контрольный срок 5 дней)"


@pytest.fixture
def kit(core) -> FeedbackKit:  # type: ignore[no-untyped-def]
    return FeedbackKit(core)


def _text(pdf: bytes) -> str:
    return squeeze(" ".join(page_texts(pdf)))


def test_a_refusal_states_its_reasons_and_the_right_to_appeal(kit: FeedbackKit, staff, core) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    item = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2), client_id=client_id))
    kit.clock.today = D(2026, 3, 12)
    request = AnswerRequest(Decision.REFUSED, "Отправление вручено 27.02.2026.", (REASON,))
    with pytest.raises(PermissionDenied):
        kit.answers.answer(staff.operator, item.id, request)
    result = kit.answers.answer(staff.supervisor, item.id, request)
    assert result.appeal_notice and result.letter_number == "2026-00001/1"
    assert result.feedback.state is State.DECISION_SENT and result.feedback.decision is Decision.REFUSED
    text = _text(result.pdf)
    for expected in (
        squeeze(OFFICE),
        "ООО«Тест»",
        "2026-00001/1",
        "12.03.2026",
        "Вудовлетворениитребованийотказано",
        squeeze(REASON),
        squeeze(HIGHER),
        squeeze(HIGHER_ADDRESS),
        "вправеобжаловать",
    ):
        assert expected in text, expected
    with core.uow() as tx:
        events = tx.session.execute(
            select(ClientFeedbackEvent.kind, ClientFeedbackEvent.summary)
            .where(ClientFeedbackEvent.client_id == client_id)
            .order_by(ClientFeedbackEvent.id)
        ).all()
        assert [k for k, _ in events] == ["feedback_registered", "feedback_answered"]
        assert "refused" in events[1][1]
        stored = tx.session.scalars(select(FeedbackAnswer)).one()
        assert stored.pdf == result.pdf and stored.reasons == [REASON]


def test_a_refusal_without_reasons_is_refused(kit: FeedbackKit, staff) -> None:  # type: ignore[no-untyped-def]
    item = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2)))
    with pytest.raises(UserError, match="основан"):
        kit.answers.answer(staff.supervisor, item.id, AnswerRequest(Decision.REFUSED, "Нет", ("  ",)))
    assert kit.queries.get(staff.operator, item.id).state is State.REGISTERED


def test_a_partial_decision_also_carries_the_appeal_notice(kit: FeedbackKit, staff) -> None:  # type: ignore[no-untyped-def]
    item = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2), author_name="Петров П. П."))
    result = kit.answers.answer(
        staff.supervisor, item.id, AnswerRequest(Decision.PARTLY, "Возмещена плата за пересылку.", (REASON,))
    )
    text = _text(result.pdf)
    assert "удовлетворенычастично" in text and squeeze(HIGHER) in text and "ПетровП.П." in text


def test_a_satisfied_answer_has_no_appeal_notice(kit: FeedbackKit, staff) -> None:  # type: ignore[no-untyped-def]
    item = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2)))
    result = kit.answers.answer(
        staff.operator, item.id, AnswerRequest(Decision.SATISFIED, "Плата возвращена.")
    )
    text = _text(result.pdf)
    assert not result.appeal_notice
    assert "удовлетворены" in text and squeeze(HIGHER) not in text and "обжаловать" not in text
    with pytest.raises(UserError):
        kit.answers.answer(staff.operator, item.id, AnswerRequest(Decision.SATISFIED, "Ещё раз"))


def test_without_the_higher_organisation_a_refusal_cannot_go_out(kit: FeedbackKit, staff, core) -> None:  # type: ignore[no-untyped-def]
    core.settings.set(s.HIGHER_ORGANISATION_NAME, "")
    item = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2)))
    with pytest.raises(UserError, match="Настройках"):
        kit.answers.answer(staff.supervisor, item.id, AnswerRequest(Decision.REFUSED, "Нет", (REASON,)))


def test_an_e_mailed_answer_is_queued_with_the_letter(kit: FeedbackKit, staff, core) -> None:  # type: ignore[no-untyped-def]
    item = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2)))
    result = kit.answers.answer(
        staff.operator,
        item.id,
        AnswerRequest(Decision.SATISFIED, "Плата возвращена.", email_to="a@example.ru"),
    )
    assert result.mail_id is not None
    with core.uow() as tx:
        mail = tx.session.get_one(OutgoingMail, result.mail_id)
        assert (mail.status, mail.recipient, mail.attachment) == ("queued", "a@example.ru", result.pdf)
        assert mail.subject == "Ответ на обращение № 2026-00001"


def test_a_draft_answer_stops_the_clock_and_is_sent_later(kit: FeedbackKit, staff, core) -> None:  # type: ignore[no-untyped-def]
    item = kit.register.register(staff.operator, new_feedback(D(2026, 3, 2)))
    kit.clock.today = D(2026, 3, 16)
    draft = kit.answers.answer(
        staff.supervisor, item.id, AnswerRequest(Decision.REFUSED, "Нет оснований.", (REASON,), final=False)
    )
    assert draft.feedback.state is State.DRAFT_READY and not draft.feedback.is_open
    kit.clock.today = D(2026, 3, 25)  # past the deadline, but the draft was ready in time
    assert not kit.queries.get(staff.operator, item.id).overdue
    assert kit.queries.list_items(staff.operator, overdue=True) == []
    with pytest.raises(PermissionDenied):
        kit.answers.send_decision(staff.operator, item.id)
    sent = kit.answers.send_decision(staff.supervisor, item.id, email_to="client@example.ru")
    assert sent.feedback.state is State.DECISION_SENT and sent.pdf == draft.pdf and sent.mail_id is not None
    with pytest.raises(UserError):
        kit.answers.send_decision(staff.supervisor, item.id)
