"""Answer sets: tied to client, channel, operator and workstation; one per client; low scores followed up."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from postdesk.common.errors import ConflictError, UserError, ValidationFailed
from postdesk.models.feedback import FeedbackItem
from postdesk.models.surveys import SurveyInvitation, SurveyResponse
from postdesk.services.records.timeline import TimelineQuery
from postdesk.services.surveys.catalogue import Channel
from tests.support.batches import make_client
from tests.support.surveys import answers, response, survey_draft


@pytest.fixture
def survey(core, staff):  # type: ignore[no-untyped-def]
    return core.surveys.publish(staff.supervisor, core.surveys.create(staff.supervisor, survey_draft()).id)


def test_an_answer_set_records_who_where_and_how(core, staff, survey) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    saved = core.survey_answers.record(staff.operator, survey.id, response(client_id, nps=9, csat=4, ces=6))
    assert (saved.nps, saved.csat, saved.ces, saved.follow_up_id) == (9, 4, 6, None)
    with core.uow() as tx:
        row = tx.session.get_one(SurveyResponse, saved.id)
        invitations = tx.session.scalar(select(func.count()).select_from(SurveyInvitation))
        assert (row.client_id, row.channel, row.operator_login, row.workstation) == (
            client_id,
            "counter",
            staff.operator.login,
            "test-ws",
        )
        assert row.client_group == "contract" and invitations == 1
    page = core.timeline.page(staff.operator, TimelineQuery(client_id, frozenset({"survey"})))
    assert [e.summary for e in page.events] == [
        "Ответы на анкету «Качество обслуживания» (NPS 9, CSAT 4, CES 6)"
    ]


def test_one_answer_set_per_client_unless_the_questionnaire_allows_more(core, staff, survey) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    core.survey_answers.record(staff.operator, survey.id, response(client_id))
    with pytest.raises(ConflictError):
        core.survey_answers.record(staff.operator, survey.id, response(client_id))
    core.survey_answers.record(staff.operator, survey.id, response())  # walk-ins are not limited
    repeat = core.surveys.save_draft(
        staff.supervisor, survey.id, dataclasses.replace(survey.to_draft(), allow_repeat=True)
    )
    core.surveys.publish(staff.supervisor, repeat.id)
    core.survey_answers.record(staff.operator, survey.id, response(client_id))
    assert core.surveys.get(staff.operator, survey.id).responses == 3


def test_missing_required_answers_are_refused_and_nothing_is_written(core, staff, survey) -> None:  # type: ignore[no-untyped-def]
    bad = dataclasses.replace(response(), answers=tuple(a for a in answers() if a.position != 3))
    with pytest.raises(ValidationFailed):
        core.survey_answers.record(staff.operator, survey.id, bad)
    with core.uow() as tx:
        assert tx.session.scalar(select(func.count()).select_from(SurveyResponse)) == 0


def test_a_low_score_opens_a_follow_up_and_with_consent_a_complaint(core, staff, survey) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    low = dataclasses.replace(
        response(client_id, nps=3, csat=2, why="Очередь 40 минут"),
        register_as="complaint",
        register_text="Долгое ожидание в очереди",
        respondent="Иванова А. П.",
    )
    saved = core.survey_answers.record(staff.operator, survey.id, low)
    assert saved.follow_up_id is not None and saved.feedback_id is not None
    follow_ups = core.survey_follow_ups.items(staff.operator)
    assert [(f.reason, f.client_name, f.texts) for f in follow_ups] == [
        ("NPS 3, CSAT 2", "ООО «Тест»", ("Очередь 40 минут",))
    ]
    assert follow_ups[0].due_on > dt.date.today() and follow_ups[0].feedback_id == saved.feedback_id
    with core.uow() as tx:
        item = tx.session.get_one(FeedbackItem, saved.feedback_id)
        assert (item.kind, item.client_id, item.text) == ("complaint", client_id, "Долгое ожидание в очереди")
    with pytest.raises(UserError):
        core.survey_follow_ups.update(staff.operator, follow_ups[0].id, done=True)
    core.survey_follow_ups.update(staff.operator, follow_ups[0].id, done=True, note="Позвонили, извинились")
    assert core.survey_follow_ups.items(staff.operator) == []


def test_a_high_score_cannot_be_sent_to_the_register(core, staff, survey) -> None:  # type: ignore[no-untyped-def]
    high = dataclasses.replace(
        response(nps=10), register_as="suggestion", register_text="Открыть второе окно"
    )
    with pytest.raises(UserError):
        core.survey_answers.record(staff.operator, survey.id, high)


def test_a_declined_offer_counts_as_an_invitation(core, staff, survey) -> None:  # type: ignore[no-untyped-def]
    core.survey_answers.decline(staff.operator, survey.id, None)
    core.survey_answers.record(staff.operator, survey.id, response(channel=Channel.KIOSK))
    results = core.survey_results.results(staff.supervisor, survey.id)
    assert (results.responses, results.invitations, results.response_rate) == (1, 2, 50.0)


def test_a_closed_questionnaire_takes_no_answers(core, staff, survey) -> None:  # type: ignore[no-untyped-def]
    core.surveys.set_closed(staff.supervisor, survey.id, True)
    with pytest.raises(ConflictError):
        core.survey_answers.record(staff.operator, survey.id, response())
