"""A year of demo questionnaires: one published questionnaire (edited once, so two versions)
with a few hundred answer sets, follow-ups of the low scores, and a clients' club with
members, their ideas, one focus group held last month and one coming."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from sqlalchemy import select

from postdesk.bootstrap import Core
from postdesk.models.clients import Client, ContactPerson
from postdesk.models.surveys import SurveyFollowUp, SurveyInvitation
from postdesk.models.users import User
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.surveys.answering import store_response
from postdesk.services.surveys.catalogue import Audience, Channel, QuestionKind, ReachBy
from postdesk.services.surveys.loading import load_survey
from postdesk.services.surveys.views import Answer, QuestionDraft, ResponseInput, SurveyDraft

K = QuestionKind
QUESTIONS = (
    QuestionDraft(K.NPS, "Насколько вероятно, что вы порекомендуете наше отделение коллегам?", required=True),
    QuestionDraft(K.LONG_TEXT, "Что нам нужно изменить в первую очередь?", follow_up_of=1),
    QuestionDraft(
        K.SCALE, "Насколько вы довольны обслуживанием в окне корпоративных клиентов?", required=True
    ),
    QuestionDraft(K.EFFORT, "Насколько легко было сдать партию отправлений?"),
    QuestionDraft(
        K.SINGLE,
        "Сколько времени вы ждали обслуживания?",
        options=("До 5 минут", "5–15 минут", "Больше 15 минут"),
    ),
    QuestionDraft(
        K.MULTIPLE,
        "Какими услугами вы пользуетесь?",
        options=("Заказные письма", "Бандероли", "Посылки", "Уведомления о вручении"),
    ),
    QuestionDraft(K.YES_NO, "Хотели бы вы войти в клуб клиентов?"),
    QuestionDraft(K.TEXT, "Ваши пожелания"),
)
WISHES = (
    "Продлить работу окна по субботам",
    "Принимать списки по электронной почте",
    "Больше парковочных мест",
    "Вежливые операторы, спасибо",
)
WHY = (
    "Долгое ожидание в очереди",
    "Не приняли список в формате xlsx",
    "Ошибка в ф.103",
    "Неудобный график работы",
)
IDEAS = (
    "Сделать предварительную запись на сдачу партий через сайт, чтобы не ждать в очереди.",
    "Присылать по электронной почте уведомление, когда партия без присутствия клиента принята.",
    "Выдавать шаблон списка для Excel с подсказками по каждому полю.",
)


def _actor(core: Core, login: str) -> Actor:
    with core.uow() as tx:
        user = tx.session.scalars(select(User).where(User.login == login)).one()
        return Actor(user.id, user.login, user.full_name, user.role, "demo-ws")


def _answers(rng: random.Random) -> tuple[Answer, ...]:
    mood = rng.random()
    nps = rng.choice((9, 10, 10, 9, 8)) if mood > 0.35 else rng.choice((7, 8, 6, 5, 3))
    csat = 5 if nps >= 9 else (4 if nps >= 7 else rng.choice((1, 2, 3)))
    found = [
        Answer(1, nps),
        Answer(3, csat),
        Answer(4, min(7, max(1, csat + rng.choice((1, 2, 0))))),
        Answer(5, choices=(0 if csat >= 4 else rng.choice((1, 2)),)),
        Answer(6, choices=tuple(sorted(rng.sample(range(4), rng.randint(1, 3))))),
        Answer(7, int(rng.random() < 0.3)),
    ]
    if nps <= 6:
        found.append(Answer(2, text=rng.choice(WHY)))
    if rng.random() < 0.25:
        found.append(Answer(8, text=rng.choice(WISHES)))
    return tuple(found)


def seed_demo_surveys(core: Core, today: dt.date | None = None, seed: int = 2026, answers: int = 320) -> int:
    """The demo questionnaire and club; returns how many answer sets were stored."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    supervisor, operator = _actor(core, "supervisor"), _actor(core, "operator")
    start = today - dt.timedelta(days=365)
    draft = SurveyDraft(
        "Качество обслуживания корпоративных клиентов",
        Audience.CORPORATE,
        start,
        purpose="Ежеквартальная оценка работы окна корпоративных клиентов",
        questions=QUESTIONS,
    )
    survey = core.surveys.publish(supervisor, core.surveys.create(supervisor, draft).id)
    kept = survey.to_draft()  # the questions with their keys, so results add up across versions
    renamed = dataclasses.replace(kept.questions[7], text="Ваши пожелания отделению")
    edited = dataclasses.replace(kept, questions=(*kept.questions[:7], renamed))
    with core.uow() as tx:
        clients = list(tx.session.scalars(select(Client.id).order_by(Client.id)))
    stored, edited_on = 0, start + dt.timedelta(days=180)
    free = [c for c in clients if rng.random() < 0.6]  # clients answer once; the rest are walk-ins
    due = core.survey_answers.follow_up_due()
    for phase, (first, last, version) in enumerate(((start, edited_on, 1), (edited_on, today, 2))):
        if phase == 1:
            core.surveys.publish(supervisor, core.surveys.save_draft(supervisor, survey.id, edited).id)
        with core.uow() as tx:
            row = load_survey(tx.session, survey.id, lock=True)
            for _ in range(answers // 2):
                day = first + dt.timedelta(days=rng.randrange(max(1, (last - first).days)))
                at = dt.datetime.combine(day, dt.time(rng.randint(9, 17), rng.randint(0, 59))).astimezone()
                client_id = free.pop() if free and rng.random() < 0.1 else None
                channel = rng.choice(
                    (Channel.COUNTER, Channel.COUNTER, Channel.KIOSK, Channel.PAPER, Channel.WEB)
                )
                actor = operator if rng.random() < 0.7 else supervisor
                new = ResponseInput(
                    _answers(rng), channel, client_id=client_id, version=version, answered_at=at
                )
                store_response(tx.session, actor, row, new, min(due, day + dt.timedelta(days=5)))
                stored += 1
                # Offered at the counter: answered, and now and then declined by another client.
                offers = (1 + (rng.random() < 0.3)) if channel in {Channel.COUNTER, Channel.KIOSK} else 0
                tx.session.add_all(
                    SurveyInvitation(
                        survey_id=row.id,
                        client_id=client_id,
                        channel="counter",
                        at=at,
                        user_login=actor.login,
                    )
                    for _ in range(offers)
                )
            for follow_up in tx.session.scalars(
                select(SurveyFollowUp).where(SurveyFollowUp.due_on < today - dt.timedelta(days=30))
            ):
                follow_up.done, follow_up.note, follow_up.done_login = (
                    True,
                    "Позвонили клиенту, разобрались",
                    "supervisor",
                )
            audit.record(
                tx.session, supervisor, "survey.demo_answers", "survey", survey.id, after={"answers": stored}
            )
            tx.commit()
    _seed_club(core, supervisor, operator, today, rng)
    return stored


def _seed_club(core: Core, supervisor: Actor, operator: Actor, today: dt.date, rng: random.Random) -> None:
    with core.uow() as tx:
        contacts = list(
            tx.session.execute(
                select(ContactPerson.id, ContactPerson.email).order_by(ContactPerson.id).limit(7)
            )
        )
    members = []
    for index, (contact_id, email) in enumerate(contacts):
        reach = ReachBy.EMAIL if email and "@" in email and index % 2 else ReachBy.LETTER
        joined = today - dt.timedelta(days=300 - 30 * index)
        member = core.club.join(
            operator, contact_id, f"Письменное согласие от {joined.strftime('%d.%m.%Y')}", reach, joined
        )
        members.append(member.id)
    for member_id, idea in zip(members, IDEAS, strict=False):
        core.club.add_idea(operator, member_id, idea)
    held = dt.datetime.combine(today - dt.timedelta(days=30), dt.time(15, 0)).astimezone()
    group = core.focus_groups.create(
        supervisor, held, "Зал совещаний ОПС, 2 этаж", "Сдача партий без очереди"
    )
    invited = members[:5]
    core.focus_groups.invite(supervisor, group, invited)
    core.focus_groups.record_meeting(
        supervisor,
        group,
        {m: rng.random() < 0.7 for m in invited},
        "Решили опробовать предварительную запись на сдачу партий с первого числа следующего месяца.",
    )
    coming = dt.datetime.combine(today + dt.timedelta(days=14), dt.time(11, 0)).astimezone()
    core.focus_groups.create(supervisor, coming, "Зал совещаний ОПС, 2 этаж", "Электронные списки ф.103")
