"""Designing questionnaires: a draft version is edited, publishing freezes it for good.

Editing a questionnaire that has a published version drafts the next version (a copy to
change); answers already given keep pointing at the version they were given in, so no edit
can change them. A question keeps its ``key`` across versions while its kind stays the same,
which is how the results add one question's answers up over versions.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, UserError, ValidationFailed
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.base import utc_now
from postdesk.models.surveys import Survey, SurveyQuestion, SurveyResponse, SurveyVersion
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.surveys.catalogue import CHOICE_KINDS, SCORE_KINDS
from postdesk.services.surveys.loading import load_survey, survey_view, versions_of
from postdesk.services.surveys.views import QuestionDraft, SurveyDraft, SurveySummary, SurveyView

MAX_QUESTIONS = 60
MAX_OPTIONS = 30


def check_draft(draft: SurveyDraft, *, publishing: bool = False) -> None:
    """Every problem of a draft at once, by field, in the designer's words."""
    errors: dict[str, str] = {}
    if not draft.title.strip():
        errors["title"] = translate("Surveys", "Enter the questionnaire's title.")
    if draft.ends_on is not None and draft.ends_on < draft.starts_on:
        errors["ends_on"] = translate("Surveys", "The period ends before it starts.")
    if len(draft.questions) > MAX_QUESTIONS:
        errors["questions"] = translate("Surveys", "A questionnaire has at most %1 questions.").replace(
            "%1", str(MAX_QUESTIONS)
        )
    if publishing and not draft.questions:
        errors["questions"] = translate("Surveys", "Add at least one question before publishing.")
    for position, question in enumerate(draft.questions, start=1):
        problem = _question_problem(draft.questions, position, question)
        if problem:
            errors[f"question {position}"] = (
                translate("Surveys", "Question %1: %2").replace("%1", str(position)).replace("%2", problem)
            )
    if errors:
        problems = " ".join(errors.values())
        raise ValidationFailed(
            translate("Surveys", "The questionnaire cannot be saved:") + " " + problems, errors
        )


def _question_problem(questions: tuple[QuestionDraft, ...], position: int, q: QuestionDraft) -> str:
    if not q.text.strip():
        return translate("Surveys", "Enter the question's text.")
    options = [o.strip() for o in q.options]
    if q.kind in CHOICE_KINDS:
        if len([o for o in options if o]) < 2 or any(not o for o in options):
            return translate("Surveys", "A choice question needs at least two answer options.")
        if len({o.casefold() for o in options}) != len(options):
            return translate("Surveys", "The answer options repeat.")
        if len(options) > MAX_OPTIONS:
            return translate("Surveys", "A question has at most %1 options.").replace("%1", str(MAX_OPTIONS))
    if q.follow_up_of is not None:
        parent = q.follow_up_of
        if not 1 <= parent < position or questions[parent - 1].kind not in SCORE_KINDS:
            return translate(
                "Surveys",
                "A follow-up question must come after the score question whose low answer shows it.",
            )
    return ""


class SurveyDesignService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def list(self, actor: Actor) -> list[SurveySummary]:
        require(actor, Permission.ANSWER_SURVEYS)
        with self._uow(read_only=True) as tx:
            rows = tx.session.scalars(
                select(Survey).order_by(Survey.closed, Survey.starts_on.desc(), Survey.id)
            )
            result = []
            for row in rows:
                view = survey_view(tx.session, row)
                result.append(
                    SurveySummary(
                        row.id,
                        row.title,
                        view.audience,
                        row.starts_on,
                        row.ends_on,
                        view.published_version,
                        view.draft is not None,
                        row.closed,
                        view.responses,
                    )
                )
            return result

    def get(self, actor: Actor, survey_id: int) -> SurveyView:
        require(actor, Permission.ANSWER_SURVEYS)
        with self._uow(read_only=True) as tx:
            return survey_view(tx.session, load_survey(tx.session, survey_id))

    def create(self, actor: Actor, draft: SurveyDraft) -> SurveyView:
        require(actor, Permission.DESIGN_SURVEYS)
        check_draft(draft)
        with self._uow() as tx:
            row = Survey(created_login=actor.login, next_key=1)
            _set_header(row, draft)
            tx.session.add(row)
            tx.session.flush()
            version = SurveyVersion(survey_id=row.id, number=1)
            tx.session.add(version)
            tx.session.flush()
            _write_questions(tx.session, row, version, draft.questions, known={})
            audit.record(tx.session, actor, "survey.created", "survey", row.id, after=_summary(draft))
            tx.commit()
            return survey_view(tx.session, row)

    def save_draft(self, actor: Actor, survey_id: int, draft: SurveyDraft) -> SurveyView:
        """Save the edited questionnaire; after publishing this drafts the next version."""
        require(actor, Permission.DESIGN_SURVEYS)
        check_draft(draft)
        with self._uow() as tx:
            session = tx.session
            row = load_survey(session, survey_id, lock=True)
            versions = versions_of(session, survey_id)
            known = _known_kinds(session, [v.id for v in versions])
            editing = versions[-1]
            if editing.published_at is not None:
                editing = SurveyVersion(survey_id=row.id, number=editing.number + 1)
                session.add(editing)
                session.flush()
            else:
                for question in session.scalars(
                    select(SurveyQuestion).where(SurveyQuestion.version_id == editing.id)
                ):
                    session.delete(question)
                session.flush()
            _set_header(row, draft)
            _write_questions(session, row, editing, draft.questions, known)
            audit.record(
                session,
                actor,
                "survey.draft_saved",
                "survey",
                row.id,
                after={**_summary(draft), "version": editing.number},
            )
            tx.commit()
            return survey_view(session, row)

    def publish(self, actor: Actor, survey_id: int) -> SurveyView:
        require(actor, Permission.DESIGN_SURVEYS)
        with self._uow() as tx:
            session = tx.session
            row = load_survey(session, survey_id, lock=True)
            view = survey_view(session, row)
            if view.draft is None:
                raise ConflictError(
                    translate(
                        "Surveys",
                        "Version %1 is already published; edit the questionnaire to make a new one.",
                    ).replace("%1", str(view.published_version))
                )
            check_draft(view.to_draft(view.draft), publishing=True)
            version = session.get_one(SurveyVersion, view.draft.id)
            version.published_at = utc_now()
            version.published_login = actor.login
            audit.record(
                session,
                actor,
                "survey.published",
                "survey",
                row.id,
                after={"version": version.number, "questions": len(view.draft.questions)},
            )
            tx.commit()
            return survey_view(session, row)

    def set_closed(self, actor: Actor, survey_id: int, closed: bool) -> SurveyView:
        require(actor, Permission.DESIGN_SURVEYS)
        with self._uow() as tx:
            row = load_survey(tx.session, survey_id, lock=True)
            before = row.closed
            row.closed = closed
            audit.record(
                tx.session,
                actor,
                "survey.closed" if closed else "survey.reopened",
                "survey",
                row.id,
                before={"closed": before},
                after={"closed": closed},
            )
            tx.commit()
            return survey_view(tx.session, row)

    def discard_draft(self, actor: Actor, survey_id: int) -> SurveyView:
        """Drop the unpublished version (a questionnaire never published keeps its one draft)."""
        require(actor, Permission.DESIGN_SURVEYS)
        with self._uow() as tx:
            session = tx.session
            row = load_survey(session, survey_id, lock=True)
            versions = versions_of(session, survey_id)
            if versions[-1].published_at is not None or len(versions) == 1:
                raise UserError(translate("Surveys", "There is no new version to discard."))
            if session.scalar(select(SurveyResponse.id).where(SurveyResponse.version_id == versions[-1].id)):
                raise ConflictError(translate("Surveys", "The version has answers and cannot be discarded."))
            session.delete(versions[-1])
            audit.record(
                session,
                actor,
                "survey.draft_discarded",
                "survey",
                row.id,
                after={"version": versions[-1].number},
            )
            tx.commit()
            return survey_view(session, row)


def _set_header(row: Survey, draft: SurveyDraft) -> None:
    row.title = draft.title.strip()
    row.purpose = draft.purpose.strip()
    row.audience = draft.audience.value
    row.starts_on = draft.starts_on
    row.ends_on = draft.ends_on
    row.allow_repeat = draft.allow_repeat


def _known_kinds(session: Session, version_ids: list[int]) -> dict[int, str]:
    if not version_ids:
        return {}
    rows = session.execute(
        select(SurveyQuestion.key, SurveyQuestion.kind).where(SurveyQuestion.version_id.in_(version_ids))
    )
    return {key: kind for key, kind in rows}


def _write_questions(
    session: Session,
    survey: Survey,
    version: SurveyVersion,
    questions: tuple[QuestionDraft, ...],
    known: dict[int, str],
) -> None:
    """Keys are kept for known questions of the same kind; anything else gets a new key."""
    keys: list[int] = []
    for q in questions:
        if q.key and known.get(q.key) == q.kind.value and q.key not in keys:
            keys.append(q.key)
        else:
            keys.append(survey.next_key)
            survey.next_key += 1
    for position, (q, key) in enumerate(zip(questions, keys, strict=True), start=1):
        session.add(
            SurveyQuestion(
                version_id=version.id,
                position=position,
                key=key,
                kind=q.kind.value,
                text=q.text.strip(),
                required=q.required,
                options=[o.strip() for o in q.options] if q.kind in CHOICE_KINDS else [],
                follow_up_of=keys[q.follow_up_of - 1] if q.follow_up_of else None,
            )
        )
    session.flush()


def _summary(draft: SurveyDraft) -> dict[str, object]:
    return {
        "title": draft.title,
        "audience": draft.audience,
        "starts_on": draft.starts_on,
        "ends_on": draft.ends_on,
        "allow_repeat": draft.allow_repeat,
        "questions": [f"{q.kind.value}: {q.text}" for q in draft.questions],
    }
