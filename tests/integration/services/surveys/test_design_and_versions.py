"""Designing, publishing and editing: an edit drafts the next version, old answers keep theirs."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from postdesk.common.errors import ConflictError, PermissionDenied, UserError, ValidationFailed
from postdesk.models.audit import AuditEntry
from postdesk.models.surveys import SurveyResponse, SurveyVersion
from postdesk.services.surveys.catalogue import QuestionKind
from postdesk.services.surveys.views import QuestionDraft
from tests.support.batches import make_client
from tests.support.surveys import response, survey_draft


def test_a_supervisor_designs_and_publishes_an_operator_cannot(core, staff) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        core.surveys.create(staff.operator, survey_draft())
    made = core.surveys.create(staff.supervisor, survey_draft())
    assert made.published_version is None and made.draft is not None and len(made.draft.questions) == 8
    assert made.draft.questions[1].follow_up_of == 1
    with pytest.raises(UserError):  # not published yet: nothing to answer
        core.survey_answers.record(staff.operator, made.id, response())
    published = core.surveys.publish(staff.supervisor, made.id)
    assert published.published_version == 1 and published.draft is None
    with pytest.raises(ConflictError):
        core.surveys.publish(staff.supervisor, made.id)
    assert [s.title for s in core.surveys.list(staff.operator)] == ["Качество обслуживания"]
    with core.uow() as tx:
        actions = list(
            tx.session.scalars(select(AuditEntry.action).where(AuditEntry.object_type == "survey"))
        )
    assert actions == ["survey.created", "survey.published"]


def test_bad_designs_are_refused_with_every_reason(core, staff) -> None:  # type: ignore[no-untyped-def]
    bad = dataclasses.replace(
        survey_draft(),
        title=" ",
        ends_on=dt.date(2024, 1, 1),
        questions=(
            QuestionDraft(QuestionKind.SINGLE, "Один вариант?", options=("Да",)),
            QuestionDraft(QuestionKind.TEXT, "Почему?", follow_up_of=1),
            QuestionDraft(QuestionKind.MULTIPLE, "Что?", options=("А", "а")),
        ),
    )
    with pytest.raises(ValidationFailed) as refused:
        core.surveys.create(staff.supervisor, bad)
    assert set(refused.value.errors) == {"title", "ends_on", "question 1", "question 2", "question 3"}


def test_an_edit_makes_a_new_version_and_never_changes_old_answers(core, staff) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    survey = core.surveys.publish(staff.supervisor, core.surveys.create(staff.supervisor, survey_draft()).id)
    first = core.survey_answers.record(staff.operator, survey.id, response(client_id, nps=10))
    assert first.version == 1

    edited = survey.to_draft()
    questions = list(edited.questions)
    questions[0] = dataclasses.replace(questions[0], text="Порекомендуете ли вы нас?")
    questions.insert(2, QuestionDraft(QuestionKind.YES_NO, "Были ли вы у нас раньше?"))
    saved = core.surveys.save_draft(
        staff.supervisor, survey.id, dataclasses.replace(edited, questions=tuple(questions))
    )
    assert saved.published_version == 1 and saved.draft is not None and saved.draft.number == 2
    assert saved.draft.questions[0].key == survey.current.questions[0].key  # type: ignore[union-attr]
    # While version 2 is a draft, answers still go to version 1.
    assert core.survey_answers.record(staff.operator, survey.id, response(nps=8)).version == 1
    core.surveys.publish(staff.supervisor, survey.id)

    with core.uow() as tx:
        version_of = {r.id: r.version_id for r in tx.session.scalars(select(SurveyResponse))}
        numbers = {i: n for i, n in tx.session.execute(select(SurveyVersion.id, SurveyVersion.number))}
    assert numbers[version_of[first.id]] == 1
    v1 = core.surveys.get(staff.operator, survey.id)
    assert v1.current is not None and v1.current.number == 2
    assert v1.current.questions[0].text == "Порекомендуете ли вы нас?"
    results = core.survey_results.results(staff.supervisor, survey.id)
    recommend = results.questions[0]
    assert recommend.text == "Порекомендуете ли вы нас?" and recommend.answered == 2  # both versions count
    assert results.scores.nps == 50.0  # 10 and 8: one promoter, one passive


def test_discarding_the_new_draft_keeps_the_published_version(core, staff) -> None:  # type: ignore[no-untyped-def]
    survey = core.surveys.publish(staff.supervisor, core.surveys.create(staff.supervisor, survey_draft()).id)
    core.surveys.save_draft(staff.supervisor, survey.id, survey.to_draft())
    kept = core.surveys.discard_draft(staff.supervisor, survey.id)
    assert kept.draft is None and kept.published_version == 1
    with pytest.raises(UserError):
        core.surveys.discard_draft(staff.supervisor, survey.id)
