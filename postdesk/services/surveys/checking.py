"""Checking one answer set against the version it answers: ranges, options, required, follow-ups.

A follow-up question counts only when the score it follows was low; its answer is dropped
otherwise, and it is never required then. Problems come back as one list, by question, so
the counter form and the import report can name every one.
"""

from __future__ import annotations

from dataclasses import dataclass

from postdesk.common.i18n import translate
from postdesk.services.surveys.catalogue import (
    CHOICE_KINDS,
    LONG_TEXT_LIMIT,
    NUMERIC_RANGES,
    SHORT_TEXT_LIMIT,
    QuestionKind,
)
from postdesk.services.surveys.scores import is_low
from postdesk.services.surveys.views import Answer, QuestionView, VersionView


@dataclass(frozen=True)
class CheckedAnswers:
    answers: tuple[tuple[QuestionView, Answer], ...]
    nps: int | None
    csat: int | None
    ces: int | None
    problems: tuple[str, ...]


def shown(
    question: QuestionView, by_position: dict[int, Answer], questions: tuple[QuestionView, ...]
) -> bool:
    """Whether the question is asked, given the answers so far."""
    if question.follow_up_of is None:
        return True
    parent = questions[question.follow_up_of - 1]
    answer = by_position.get(parent.position)
    return answer is not None and is_low(parent.kind, answer.number)


def _problem(question: QuestionView, answer: Answer) -> str:
    kind = question.kind
    if kind in NUMERIC_RANGES:
        low, high = NUMERIC_RANGES[kind]
        if answer.number is None or not low <= answer.number <= high:
            return (
                translate("Surveys", "the answer must be a whole number from %1 to %2")
                .replace("%1", str(low))
                .replace("%2", str(high))
            )
    elif kind in CHOICE_KINDS:
        picked = answer.choices or ((answer.number,) if answer.number is not None else ())
        if not picked or any(not 0 <= c < len(question.options) for c in picked):
            return translate("Surveys", "the answer is not one of the options")
        if kind is QuestionKind.SINGLE and len(picked) > 1:
            return translate("Surveys", "only one option may be chosen")
        if len(set(picked)) != len(picked):
            return translate("Surveys", "an option is chosen twice")
    else:
        limit = SHORT_TEXT_LIMIT if kind is QuestionKind.TEXT else LONG_TEXT_LIMIT
        if len(answer.text.strip()) > limit:
            return translate("Surveys", "the text is longer than %1 characters").replace("%1", str(limit))
    return ""


def check_answers(version: VersionView, answers: tuple[Answer, ...]) -> CheckedAnswers:
    questions = version.questions
    by_position: dict[int, Answer] = {}
    problems: list[str] = []
    for answer in answers:
        if not 1 <= answer.position <= len(questions):
            problems.append(
                translate("Surveys", "There is no question %1 in version %2.")
                .replace("%1", str(answer.position))
                .replace("%2", str(version.number))
            )
        elif not answer.empty:
            by_position[answer.position] = answer
    kept: list[tuple[QuestionView, Answer]] = []
    scores: dict[QuestionKind, int] = {}
    for question in questions:
        given = by_position.get(question.position)
        if not shown(question, by_position, questions):
            continue
        if given is None:
            if question.required:
                problems.append(
                    translate("Surveys", "Question %1 «%2» must be answered.")
                    .replace("%1", str(question.position))
                    .replace("%2", question.text)
                )
            continue
        problem = _problem(question, given)
        if problem:
            problems.append(
                translate("Surveys", "Question %1 «%2»: %3.")
                .replace("%1", str(question.position))
                .replace("%2", question.text)
                .replace("%3", problem)
            )
            continue
        kept.append((question, given))
        if question.kind in NUMERIC_RANGES and question.kind not in scores:
            scores[question.kind] = given.number  # type: ignore[assignment]
    return CheckedAnswers(
        tuple(kept),
        scores.get(QuestionKind.NPS),
        scores.get(QuestionKind.SCALE),
        scores.get(QuestionKind.EFFORT),
        tuple(problems),
    )
