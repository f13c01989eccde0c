"""The results as an xlsx workbook (the one xlsx writer: formula-like answers stay text)."""

from __future__ import annotations

from pathlib import Path

from postdesk.common.i18n import translate
from postdesk.common.xlsx_export import Column, ColumnType, SheetData, write_xlsx
from postdesk.services.surveys.catalogue import GROUP_TITLES, KIND_TITLES, ClientGroup
from postdesk.services.surveys.results import GroupScores, SurveyResults, month_label

N = ColumnType.INTEGER


def _score_columns(first: str) -> list[Column]:
    return [
        Column(first, width=24),
        Column(translate("Surveys", "Answer sets"), N),
        Column("NPS", N, 8),
        Column(translate("Surveys", "CSAT, %"), N, 10),
        Column("CES", N, 8),
    ]


def _score_rows(groups: tuple[GroupScores, ...], label: object) -> list[list[object]]:
    return [
        [label(g.key), g.responses, g.scores.nps, g.scores.csat, g.scores.ces]  # type: ignore[operator]
        for g in groups
    ]


def group_title(code: str) -> str:
    try:
        return translate("Surveys", GROUP_TITLES[ClientGroup(code)])
    except ValueError:
        return code


def write_results(path: Path, results: SurveyResults) -> int:
    summary: list[list[object]] = [
        [translate("Surveys", "Questionnaire"), results.survey.title],
        [translate("Surveys", "Answer sets"), results.responses],
        [translate("Surveys", "Invitations"), results.invitations],
        [translate("Surveys", "Response rate, %"), results.response_rate],
        ["NPS", results.scores.nps],
        [translate("Surveys", "CSAT, %"), results.scores.csat],
        ["CES", results.scores.ces],
        [translate("Surveys", "Open follow-ups"), results.open_follow_ups],
    ]
    questions = [
        [q.position, q.text, translate("Surveys", KIND_TITLES[q.kind]), q.answered, q.mean, value, count]
        for q in results.questions
        for value, count in (q.counts.items() or [("", None)])
    ]
    sheets = [
        SheetData(
            translate("Surveys", "Summary"),
            [Column(translate("Surveys", "Measure"), width=28), Column(translate("Surveys", "Value"), N, 40)],
            summary,
        ),
        SheetData(
            translate("Surveys", "By month"),
            _score_columns(translate("Surveys", "Month")),
            _score_rows(results.months, month_label),
        ),
        SheetData(
            translate("Surveys", "By operator"),
            _score_columns(translate("Surveys", "Operator")),
            _score_rows(results.operators, str),
        ),
        SheetData(
            translate("Surveys", "By client group"),
            _score_columns(translate("Surveys", "Client group")),
            _score_rows(results.groups, group_title),
        ),
        SheetData(
            translate("Surveys", "Questions"),
            [
                Column("№", N, 5),
                Column(translate("Surveys", "Question"), width=40),
                Column(translate("Surveys", "Type"), width=22),
                Column(translate("Surveys", "Answered"), N),
                Column(translate("Surveys", "Mean"), N, 8),
                Column(translate("Surveys", "Answer"), width=24),
                Column(translate("Surveys", "Count"), N, 8),
            ],
            questions,
        ),
        SheetData(
            translate("Surveys", "Free text"),
            [
                Column(translate("Surveys", "Answered at"), ColumnType.DATETIME, 16),
                Column(translate("Surveys", "Question"), width=40),
                Column(translate("Surveys", "Answer"), width=80),
            ],
            [[t.at, t.question, t.text] for t in results.texts],
        ),
    ]
    return write_xlsx(path, sheets)
