"""A questionnaire as the office would design it, and quick ways to answer it in tests."""

from __future__ import annotations

import datetime as dt

from postdesk.services.surveys.catalogue import Audience, Channel, QuestionKind
from postdesk.services.surveys.views import Answer, QuestionDraft, ResponseInput, SurveyDraft

K = QuestionKind
QUESTIONS = (
    QuestionDraft(K.NPS, "Насколько вероятно, что вы порекомендуете нас коллегам?", required=True),
    QuestionDraft(K.TEXT, "Что нам сделать лучше?", follow_up_of=1),
    QuestionDraft(K.SCALE, "Насколько вы довольны обслуживанием?", required=True),
    QuestionDraft(K.EFFORT, "Насколько легко было сдать партию?"),
    QuestionDraft(K.SINGLE, "Как вы узнали о нас?", options=("Реклама", "Коллеги", "Сайт")),
    QuestionDraft(K.MULTIPLE, "Какими услугами пользуетесь?", options=("Письма", "Бандероли", "Посылки")),
    QuestionDraft(K.YES_NO, "Готовы ли вы войти в клуб клиентов?"),
    QuestionDraft(K.LONG_TEXT, "Ваши пожелания"),
)


def survey_draft(
    title: str = "Качество обслуживания",
    *,
    allow_repeat: bool = False,
    starts_on: dt.date = dt.date(2025, 1, 1),
) -> SurveyDraft:
    return SurveyDraft(
        title=title,
        audience=Audience.CORPORATE,
        starts_on=starts_on,
        purpose="Оценка работы окна корпоративных клиентов",
        allow_repeat=allow_repeat,
        questions=QUESTIONS,
    )


def answers(
    nps: int = 9, csat: int = 5, ces: int | None = 6, *, why: str = "", wishes: str = ""
) -> tuple[Answer, ...]:
    found = [
        Answer(1, nps),
        Answer(3, csat),
        Answer(5, choices=(1,)),
        Answer(6, choices=(0, 2)),
        Answer(7, 1),
    ]
    if ces is not None:
        found.append(Answer(4, ces))
    if why:
        found.append(Answer(2, text=why))
    if wishes:
        found.append(Answer(8, text=wishes))
    return tuple(found)


def response(
    client_id: int | None = None,
    *,
    at: dt.datetime | None = None,
    channel: Channel = Channel.COUNTER,
    **scores: int,
) -> ResponseInput:
    return ResponseInput(answers=answers(**scores), channel=channel, client_id=client_id, answered_at=at)
