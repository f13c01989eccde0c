"""Reading a web form's cells: columns guessed from their headers, answers and dates parsed or refused."""

from __future__ import annotations

import datetime as dt

import pytest

from postdesk.common.errors import UserError
from postdesk.services.surveys.catalogue import QuestionKind
from postdesk.services.surveys.import_cells import parse_answer, parse_when
from postdesk.services.surveys.imports import guess_mapping, mapping_with
from postdesk.services.surveys.views import QuestionView

K = QuestionKind


def _q(position: int, kind: QuestionKind, text: str, options: tuple[str, ...] = ()) -> QuestionView:
    return QuestionView(position, position, position, kind, text, False, options, None)


QUESTIONS = (
    _q(1, K.NPS, "Порекомендуете ли вы нас?"),
    _q(2, K.MULTIPLE, "Какие услуги?", ("Письма", "Посылки, крупные", "Бандероли")),
    _q(3, K.YES_NO, "Были раньше?"),
    _q(4, K.SINGLE, "Откуда узнали?", ("Сайт", "Коллеги")),
)


def test_headers_map_by_text_number_and_meaning() -> None:
    headers = [
        "Отметка времени",
        "ИНН",
        "порекомендуете ли вы нас",
        "2. Какие услуги?",
        "Q3",
        "ФИО",
        "Лишний",
    ]
    mapping = guess_mapping(headers, QUESTIONS)
    assert mapping.questions == {1: 2, 2: 3, 3: 4}
    assert (mapping.client, mapping.when, mapping.respondent) == (1, 0, 5)
    adjusted = mapping_with(mapping, {"4": 6, "date": 6})
    assert adjusted.questions == {1: 2, 2: 3, 3: 4, 4: 6} and adjusted.when == 6


def test_answers_are_parsed_by_kind() -> None:
    assert parse_answer(QUESTIONS[0], 9.0).number == 9
    assert parse_answer(QUESTIONS[1], "Письма, Бандероли").choices == (0, 2)
    assert parse_answer(QUESTIONS[1], "Посылки, крупные; 1").choices == (1, 0)
    assert parse_answer(QUESTIONS[2], "Да").number == 1 and parse_answer(QUESTIONS[2], "нет").number == 0
    assert parse_answer(QUESTIONS[3], "2").choices == (1,)
    assert parse_answer(QUESTIONS[0], "  ").empty


@pytest.mark.parametrize(
    ("question", "cell"), [(0, "девять"), (0, "9.5"), (1, "Газеты"), (2, "может быть"), (3, "3")]
)
def test_unreadable_answers_are_refused(question: int, cell: str) -> None:
    with pytest.raises(UserError):
        parse_answer(QUESTIONS[question], cell)


def test_dates_of_web_forms() -> None:
    assert parse_when("05.03.2026 14:30:00") == dt.datetime(2026, 3, 5, 14, 30).astimezone()
    assert parse_when(dt.date(2026, 3, 5)) == dt.datetime(2026, 3, 5, 12).astimezone()
    assert parse_when("") is None
    with pytest.raises(UserError):
        parse_when("вчера")
