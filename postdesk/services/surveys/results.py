"""The results of a questionnaire: rate, scores with their monthly trend, per-question figures.

The scores and the per-question counts come from tallies kept as each answer set is stored
(``tallies.py``): a few hundred rows per questionnaire, whatever the number of answers. Only
the newest free-text answers are read from the answers themselves, by an index.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.surveys import (
    SurveyAnswer,
    SurveyAnswerTally,
    SurveyFollowUp,
    SurveyInvitation,
    SurveyQuestion,
    SurveyResponse,
    SurveyScoreTally,
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
from postdesk.services.surveys.scores import ScoreTally, mean_of
from postdesk.services.surveys.tallies import ANSWERED
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


def score_groups(session: Session, survey_id: int, column: Any) -> list[GroupScores]:
    """The tallies summed by one of their keys (month, operator or client group)."""
    T = SurveyScoreTally  # noqa: N806
    sums = [T.nps_answers, T.promoters, T.detractors, T.csat_answers, T.satisfied, T.ces_answers, T.ces_sum]
    rows = session.execute(
        select(column, func.sum(T.responses), *(func.sum(c) for c in sums))
        .where(T.survey_id == survey_id)
        .group_by(column)
        .order_by(column)
    )
    return [
        GroupScores(str(key), int(n or 0), ScoreTally(*(int(v or 0) for v in values)))
        for key, n, *values in rows
    ]


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
    by_id = {q.id: q for q in questions}
    counts: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    picked: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    if by_id:
        rows = session.execute(
            select(SurveyAnswerTally.question_id, SurveyAnswerTally.value, SurveyAnswerTally.count).where(
                SurveyAnswerTally.question_id.in_(list(by_id))
            )
        )
        for question_id, value, count in rows:
            question = by_id[question_id]
            counts[question.key][value] += int(count)
            if question.kind in CHOICE_KINDS and 0 <= value < len(question.options):
                # Options are counted by their text: a later version may reorder or add them.
                picked[question.key][str(question.options[value])] += int(count)
    results = []
    for q in latest.values():
        kind = QuestionKind(q.kind)
        values = counts.get(q.key, {})
        numbers = {v: c for v, c in values.items() if v != ANSWERED}
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
        results.append(
            QuestionResult(
                q.key,
                q.position,
                kind,
                q.text,
                tuple(str(o) for o in q.options),
                values.get(ANSWERED, 0),
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
    newest: list[tuple[SurveyQuestion, str, int]] = []
    for q in text_questions:  # the newest answers of each question, read backwards by an index
        rows = session.execute(
            select(SurveyAnswer.text, SurveyAnswer.response_id)
            .where(SurveyAnswer.question_id == q.id)
            .order_by(SurveyAnswer.id.desc())
            .limit(TEXTS_PER_QUESTION)
        )
        newest.extend((q, text, response_id) for text, response_id in rows if text)
    when: dict[int, dt.datetime] = {}
    ids = sorted({response_id for _, _, response_id in newest})
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        when.update(
            (i, at)
            for i, at in session.execute(
                select(SurveyResponse.id, SurveyResponse.answered_at).where(SurveyResponse.id.in_(chunk))
            )
        )
    found = [TextAnswer(q.position, q.text, text, when[r]) for q, text, r in newest]
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
            months = score_groups(session, survey_id, SurveyScoreTally.month)
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
                operators=tuple(score_groups(session, survey_id, SurveyScoreTally.operator_login)),
                groups=tuple(score_groups(session, survey_id, SurveyScoreTally.client_group)),
                questions=tuple(_question_results(session, version_ids)),
                texts=tuple(_texts(session, version_ids)),
                open_follow_ups=int(open_follow_ups or 0),
            )
