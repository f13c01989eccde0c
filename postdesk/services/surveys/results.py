"""The results of a questionnaire: rate, scores with their monthly trend, per-question figures.

Everything is a grouped read of two indexed tables: the answer sets carry their NPS, CSAT and
CES values and their month (one covering index), the answers are counted per question and
value (another). A year of answers is read in a few hundred milliseconds, whatever its size.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.surveys import (
    SurveyAnswer,
    SurveyFollowUp,
    SurveyInvitation,
    SurveyQuestion,
    SurveyResponse,
)
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.surveys.catalogue import (
    CHOICE_KINDS,
    NUMERIC_RANGES,
    SCORE_KINDS,
    TEXT_KINDS,
    YES_NO_KEYS,
    QuestionKind,
)
from postdesk.services.surveys.loading import load_survey, survey_view, versions_of
from postdesk.services.surveys.scores import (
    CSAT_SATISFIED_FROM,
    NPS_DETRACTOR_UP_TO,
    NPS_PROMOTER_FROM,
    ScoreTally,
    mean_of,
)
from postdesk.services.surveys.views import SurveyView

TEXTS_PER_QUESTION = 200


@dataclass(frozen=True)
class GroupScores:
    """The scores of one month, operator or client group."""

    key: str
    responses: int
    scores: ScoreTally


@dataclass(frozen=True)
class QuestionResult:
    key: int
    position: int
    kind: QuestionKind
    text: str
    options: tuple[str, ...]
    answered: int
    counts: dict[str, int]  # value or option -> answers (choices, yes/no and scales)
    mean: float | None  # scales only


@dataclass(frozen=True)
class TextAnswer:
    position: int
    question: str
    text: str
    at: dt.datetime


@dataclass(frozen=True)
class SurveyResults:
    survey: SurveyView
    responses: int
    invitations: int
    scores: ScoreTally
    months: tuple[GroupScores, ...]
    operators: tuple[GroupScores, ...]
    groups: tuple[GroupScores, ...]
    questions: tuple[QuestionResult, ...]
    texts: tuple[TextAnswer, ...]
    open_follow_ups: int

    @property
    def response_rate(self) -> float | None:
        """Answers per invitation, in per cent; ``None`` before anyone was invited."""
        if not self.invitations:
            return None
        return round(100 * self.responses / self.invitations, 1)


def _tally_columns() -> list[Any]:
    R = SurveyResponse  # noqa: N806
    return [
        func.count(),
        func.count(R.nps),
        func.sum(case((R.nps >= NPS_PROMOTER_FROM, 1), else_=0)),
        func.sum(case((R.nps <= NPS_DETRACTOR_UP_TO, 1), else_=0)),
        func.count(R.csat),
        func.sum(case((R.csat >= CSAT_SATISFIED_FROM, 1), else_=0)),
        func.count(R.ces),
        func.coalesce(func.sum(R.ces), 0),
    ]


def score_groups(session: Session, survey_id: int, column: Any) -> list[GroupScores]:
    rows = session.execute(
        select(column, *_tally_columns())
        .where(SurveyResponse.survey_id == survey_id)
        .group_by(column)
        .order_by(column)
    )
    return [
        GroupScores(str(key), int(n), ScoreTally(*(int(v or 0) for v in values))) for key, n, *values in rows
    ]


def _sets_answering(session: Session, question_ids: list[int]) -> dict[int, int]:
    """Answer sets that ticked anything, per multiple-choice question key."""
    if not question_ids:
        return {}
    rows = session.execute(
        select(SurveyQuestion.key, func.count(func.distinct(SurveyAnswer.response_id)))
        .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
        .where(SurveyAnswer.question_id.in_(question_ids))
        .group_by(SurveyQuestion.key)
    )
    return {int(key): int(n) for key, n in rows}


def _question_results(session: Session, version_ids: list[int]) -> list[QuestionResult]:
    """Questions by key, as the newest version asks them; older-only questions follow."""
    questions = list(
        session.scalars(
            select(SurveyQuestion)
            .where(SurveyQuestion.version_id.in_(version_ids))
            .order_by(SurveyQuestion.version_id.desc(), SurveyQuestion.position)
        )
    )
    latest: dict[int, SurveyQuestion] = {}
    for q in questions:
        latest.setdefault(q.key, q)
    key_of = {q.id: q.key for q in questions}
    by_id = {q.id: q for q in questions}
    counts: dict[int, dict[int | None, int]] = defaultdict(lambda: defaultdict(int))
    picked: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    if key_of:
        rows = session.execute(
            select(SurveyAnswer.question_id, SurveyAnswer.number, func.count())
            .where(SurveyAnswer.question_id.in_(list(key_of)))
            .group_by(SurveyAnswer.question_id, SurveyAnswer.number)
        )
        for question_id, number, count in rows:
            counts[key_of[question_id]][number] += int(count)
            question = by_id[question_id]
            if question.kind in CHOICE_KINDS and number is not None and 0 <= number < len(question.options):
                # Options are counted by their text: a later version may reorder or add them.
                picked[question.key][str(question.options[number])] += int(count)
    ticked_sets = _sets_answering(session, [i for i, q in by_id.items() if q.kind == QuestionKind.MULTIPLE])
    results = []
    for q in latest.values():
        kind = QuestionKind(q.kind)
        values = counts.get(q.key, {})
        numbers = {v: c for v, c in values.items() if v is not None}
        shown: dict[str, int] = {}
        if kind in CHOICE_KINDS:
            shown = {str(o): 0 for o in q.options}
            for option, count in picked.get(q.key, {}).items():
                shown[option] = count
        elif kind is QuestionKind.YES_NO:
            shown = {YES_NO_KEYS[i]: numbers.get(i, 0) for i in (1, 0)}
        elif kind in SCORE_KINDS:
            low, high = NUMERIC_RANGES[kind]
            shown = {str(v): numbers.get(v, 0) for v in range(low, high + 1)}
        answered = ticked_sets.get(q.key, 0) if kind is QuestionKind.MULTIPLE else sum(values.values())
        results.append(
            QuestionResult(
                q.key,
                q.position,
                kind,
                q.text,
                tuple(str(o) for o in q.options),
                answered,
                shown,
                mean_of(numbers) if kind in SCORE_KINDS else None,
            )
        )
    return results


def _texts(session: Session, version_ids: list[int]) -> list[TextAnswer]:
    text_questions = list(
        session.scalars(
            select(SurveyQuestion).where(
                SurveyQuestion.version_id.in_(version_ids),
                SurveyQuestion.kind.in_([k.value for k in TEXT_KINDS]),
            )
        )
    )
    found: list[TextAnswer] = []
    for q in text_questions:
        rows = session.execute(
            select(SurveyAnswer.text, SurveyResponse.answered_at)
            .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
            .where(SurveyAnswer.question_id == q.id, SurveyAnswer.number.is_(None))
            .order_by(SurveyAnswer.id.desc())
            .limit(TEXTS_PER_QUESTION)
        )
        found.extend(TextAnswer(q.position, q.text, text, at) for text, at in rows if text)
    found.sort(key=lambda t: t.at, reverse=True)
    return found


def month_label(key: str) -> str:
    """``202603`` -> ``03.2026``."""
    return f"{key[4:]}.{key[:4]}" if len(key) == 6 else key


class SurveyResultsService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def results(self, actor: Actor, survey_id: int) -> SurveyResults:
        require(actor, Permission.VIEW_SURVEY_RESULTS)
        with self._uow(read_only=True) as tx:
            session = tx.session
            survey = load_survey(session, survey_id)
            view = survey_view(session, survey)
            version_ids = [v.id for v in versions_of(session, survey_id)]
            months = score_groups(session, survey_id, SurveyResponse.month)
            total = ScoreTally()
            for month in months:
                total = total + month.scores
            invitations = session.scalar(select(func.count()).where(SurveyInvitation.survey_id == survey_id))
            open_follow_ups = session.scalar(
                select(func.count()).where(
                    SurveyFollowUp.survey_id == survey_id, SurveyFollowUp.done.is_(False)
                )
            )
            return SurveyResults(
                survey=view,
                responses=sum(m.responses for m in months),
                invitations=int(invitations or 0),
                scores=total,
                months=tuple(months),
                operators=tuple(score_groups(session, survey_id, SurveyResponse.operator_login)),
                groups=tuple(score_groups(session, survey_id, SurveyResponse.client_group)),
                questions=tuple(_question_results(session, version_ids)),
                texts=tuple(_texts(session, version_ids)),
                open_follow_ups=int(open_follow_ups or 0),
            )
