"""Reading questionnaires back as views, shared by design, answering and results."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound
from postdesk.common.i18n import translate
from postdesk.models.surveys import Survey, SurveyQuestion, SurveyScoreTally, SurveyVersion
from postdesk.services.surveys.catalogue import Audience, QuestionKind
from postdesk.services.surveys.views import QuestionView, SurveyView, VersionView


def load_survey(session: Session, survey_id: int, *, lock: bool = False) -> Survey:
    query = select(Survey).where(Survey.id == survey_id)
    row = session.scalars(query.with_for_update() if lock else query).first()
    if row is None:
        raise NotFound(translate("Surveys", "Questionnaire %1 does not exist.").replace("%1", str(survey_id)))
    return row


def versions_of(session: Session, survey_id: int) -> list[SurveyVersion]:
    return list(
        session.scalars(
            select(SurveyVersion).where(SurveyVersion.survey_id == survey_id).order_by(SurveyVersion.number)
        )
    )


def version_view(session: Session, version: SurveyVersion) -> VersionView:
    rows = list(
        session.scalars(
            select(SurveyQuestion)
            .where(SurveyQuestion.version_id == version.id)
            .order_by(SurveyQuestion.position)
        )
    )
    position_of_key = {q.key: q.position for q in rows}
    questions = tuple(
        QuestionView(
            id=q.id,
            position=q.position,
            key=q.key,
            kind=QuestionKind(q.kind),
            text=q.text,
            required=q.required,
            options=tuple(str(o) for o in q.options),
            follow_up_of=position_of_key.get(q.follow_up_of) if q.follow_up_of is not None else None,
        )
        for q in rows
    )
    return VersionView(version.id, version.number, version.published_at is not None, questions)


def published_version(session: Session, survey_id: int, number: int | None = None) -> SurveyVersion | None:
    """The newest published version, or the published version ``number``."""
    query = select(SurveyVersion).where(
        SurveyVersion.survey_id == survey_id, SurveyVersion.published_at.is_not(None)
    )
    if number is not None:
        query = query.where(SurveyVersion.number == number)
    return session.scalars(query.order_by(SurveyVersion.number.desc())).first()


def survey_view(session: Session, row: Survey) -> SurveyView:
    versions = versions_of(session, row.id)
    published = [v for v in versions if v.published_at is not None]
    drafts = [v for v in versions if v.published_at is None]
    responses = (
        session.scalar(
            select(func.sum(SurveyScoreTally.responses)).where(SurveyScoreTally.survey_id == row.id)
        )
        or 0
    )
    return SurveyView(
        id=row.id,
        title=row.title,
        purpose=row.purpose,
        audience=Audience(row.audience),
        starts_on=row.starts_on,
        ends_on=row.ends_on,
        allow_repeat=row.allow_repeat,
        closed=row.closed,
        published_version=published[-1].number if published else None,
        draft=version_view(session, drafts[-1]) if drafts else None,
        current=version_view(session, published[-1]) if published else None,
        responses=int(responses),
    )
