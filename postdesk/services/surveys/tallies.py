"""Counting each answer set into the tallies the results read (and rebuilding them from scratch).

The questionnaire row is locked while a set is stored, so read-then-update of a tally row
cannot race another workstation. ``rebuild_tallies`` recomputes them from the answer tables:
for data written around the services (the benchmark) and to check the running counts.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import case, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from postdesk.models.surveys import (
    SurveyAnswer,
    SurveyAnswerTally,
    SurveyQuestion,
    SurveyResponse,
    SurveyScoreTally,
    SurveyVersion,
)
from postdesk.services.surveys.scores import CSAT_SATISFIED_FROM, NPS_DETRACTOR_UP_TO, NPS_PROMOTER_FROM

ANSWERED = -1  # the value under which a question counts the sets that answered it


def count_response(
    session: Session, response: SurveyResponse, answers: Iterable[tuple[int, int | None]]
) -> None:
    """Add one stored set: its scores, and each (question id, value) it answered.

    The set's tally rows are loaded in two queries up front, and nothing is flushed in between,
    so a set of twenty answers costs two reads and one flush rather than one round trip per answer.
    """
    answers = list(answers)
    with session.no_autoflush:
        _count(session, response, answers)


def _count(session: Session, response: SurveyResponse, answers: list[tuple[int, int | None]]) -> None:
    question_ids = {question_id for question_id, _ in answers}
    loaded = (  # kept referenced: the identity map holds its objects weakly
        session.scalars(
            select(SurveyAnswerTally).where(SurveyAnswerTally.question_id.in_(question_ids))
        ).all()
        if question_ids
        else []
    )
    key = (response.survey_id, response.month, response.operator_login, response.client_group)
    row = session.get(SurveyScoreTally, key)
    if row is None:
        row = SurveyScoreTally(
            survey_id=key[0],
            month=key[1],
            operator_login=key[2],
            client_group=key[3],
            responses=0,
            nps_answers=0,
            promoters=0,
            detractors=0,
            csat_answers=0,
            satisfied=0,
            ces_answers=0,
            ces_sum=0,
        )
        session.add(row)
    row.responses += 1
    if response.nps is not None:
        row.nps_answers += 1
        row.promoters += response.nps >= NPS_PROMOTER_FROM
        row.detractors += response.nps <= NPS_DETRACTOR_UP_TO
    if response.csat is not None:
        row.csat_answers += 1
        row.satisfied += response.csat >= CSAT_SATISFIED_FROM
    if response.ces is not None:
        row.ces_answers += 1
        row.ces_sum += response.ces
    seen: set[int] = set()
    for question_id, value in answers:
        keys = [(question_id, value)] if value is not None else []
        if question_id not in seen:
            seen.add(question_id)
            keys.append((question_id, ANSWERED))
        for tally_key in keys:
            tally = session.get(SurveyAnswerTally, tally_key)
            if tally is None:
                tally = SurveyAnswerTally(question_id=tally_key[0], value=tally_key[1], count=0)
                session.add(tally)
            tally.count += 1
    del loaded


def rebuild_tallies(session: Session, survey_id: int) -> None:
    R, A = SurveyResponse, SurveyAnswer  # noqa: N806
    question_ids = select(SurveyQuestion.id).join(SurveyVersion).where(SurveyVersion.survey_id == survey_id)
    session.execute(delete(SurveyScoreTally).where(SurveyScoreTally.survey_id == survey_id))
    session.execute(delete(SurveyAnswerTally).where(SurveyAnswerTally.question_id.in_(question_ids)))
    session.execute(
        insert(SurveyScoreTally).from_select(
            [
                "survey_id",
                "month",
                "operator_login",
                "client_group",
                "responses",
                "nps_answers",
                "promoters",
                "detractors",
                "csat_answers",
                "satisfied",
                "ces_answers",
                "ces_sum",
            ],
            select(
                R.survey_id,
                R.month,
                R.operator_login,
                R.client_group,
                func.count(),
                func.count(R.nps),
                func.sum(case((R.nps >= NPS_PROMOTER_FROM, 1), else_=0)),
                func.sum(case((R.nps <= NPS_DETRACTOR_UP_TO, 1), else_=0)),
                func.count(R.csat),
                func.sum(case((R.csat >= CSAT_SATISFIED_FROM, 1), else_=0)),
                func.count(R.ces),
                func.coalesce(func.sum(R.ces), 0),
            )
            .where(R.survey_id == survey_id)
            .group_by(R.survey_id, R.month, R.operator_login, R.client_group),
        )
    )
    session.execute(
        insert(SurveyAnswerTally).from_select(
            ["question_id", "value", "count"],
            select(A.question_id, A.number, func.count())
            .where(A.question_id.in_(question_ids), A.number.is_not(None))
            .group_by(A.question_id, A.number),
        )
    )
    session.execute(
        insert(SurveyAnswerTally).from_select(
            ["question_id", "value", "count"],
            select(A.question_id, literal(ANSWERED), func.count(func.distinct(A.response_id)))
            .where(A.question_id.in_(question_ids))
            .group_by(A.question_id),
        )
    )
