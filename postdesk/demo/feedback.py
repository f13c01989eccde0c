"""A year of demo feedback: every kind, channel and topic; some extended, late, refused with letters.

Events are replayed in date order on a clock that moves with them, so deadlines, extensions and
the overdue mark come out exactly as the register would have recorded them over the year.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from postdesk.bootstrap import Core, register_rules
from postdesk.calendar.production import ProductionCalendar
from postdesk.common import settings as s
from postdesk.models.batches import Batch, BatchItem, ItemStatus
from postdesk.models.clients import Client
from postdesk.models.users import User
from postdesk.printing.letters.templates import LetterTemplates
from postdesk.services.context import Actor
from postdesk.services.feedback.answers import AnswerRequest, AnswerService, OfficeLetterhead
from postdesk.services.feedback.catalogue import Channel, Decision, Kind, Sentiment, Topic
from postdesk.services.feedback.register import FeedbackService
from postdesk.services.feedback.views import ExtensionRequest, NewFeedback

DEMO_LETTERHEAD = OfficeLetterhead(
    office_name="ОПС Саранск 430005",
    address="430005, г. Саранск, ул. Советская, д. 54",
    contacts="+7 8342 00-00-00, ops430005@example.ru",
    signatory="Начальник ОПС Саранск 430005 И. И. Иванов",
    higher_name="УФПС Республики Мордовия",
    higher_address="430000, г. Саранск, ул. Большевистская, д. 31",
)
TEXTS = {
    Topic.DELIVERY_TIME: "Письмо доставлено с опозданием на неделю против контрольного срока.",
    Topic.LOSS: "Заказное письмо не вручено адресату, по отслеживанию находится в пути две недели.",
    Topic.DAMAGE: "Посылка вручена с повреждённой упаковкой, часть вложения испорчена.",
    Topic.COUNTER_SERVICE: "Долгое ожидание в окне корпоративных клиентов.",
    Topic.TARIFFS: "Стоимость пересылки по списку рассчитана не по договорному тарифу.",
    Topic.STAFF_CONDUCT: "Оператор отказался принять партию без объяснения причин.",
    Topic.DOCUMENTS: "В возвращённом экземпляре ф.103 нет календарного штемпеля.",
    Topic.OTHER: "Просим продлить время работы окна по субботам.",
}
REASONS = [
    "Контрольный срок пересылки не нарушен: Приказ Минцифры России о нормативах частоты и сроков, п. 2.",
    "Упаковка соответствовала правилам на момент приёма: Правила оказания услуг почтовой связи, п. 22.",
    "Тариф применён по п. 3.1 договора с учётом скидки, указанной в приложении 2.",
    "Претензия подана по истечении шести месяцев: ст. 37 Федерального закона «О почтовой связи».",
]


@dataclass
class _Clock:
    today: dt.date

    def __call__(self) -> dt.date:
        return self.today


def _actor(core: Core, login: str) -> Actor:
    with core.uow() as tx:
        user = tx.session.scalars(select(User).where(User.login == login)).one()
        return Actor(user.id, user.login, user.full_name, user.role, "demo-ws")


def _fill_letterhead_settings(core: Core) -> None:
    """Letters need the office and the higher organisation; fill only what is still empty."""
    for setting, value in (
        (s.OFFICE_NAME, DEMO_LETTERHEAD.office_name),
        (s.OFFICE_ADDRESS, DEMO_LETTERHEAD.address),
        (s.LETTER_SIGNATORY, DEMO_LETTERHEAD.signatory),
        (s.HIGHER_ORGANISATION_NAME, DEMO_LETTERHEAD.higher_name),
        (s.HIGHER_ORGANISATION_ADDRESS, DEMO_LETTERHEAD.higher_address),
    ):
        if not core.settings.get(setting):
            core.settings.set(setting, value)


def seed_demo_feedback(core: Core, today: dt.date | None = None, seed: int = 2026) -> int:
    """About a year of feedback ending yesterday; returns how many items were registered."""
    today = today or dt.date.today()
    _fill_letterhead_settings(core)
    rng = random.Random(seed)
    clock = _Clock(today - dt.timedelta(days=365))
    register = FeedbackService(core.uow, core.calendar, lambda: register_rules(core.settings), clock)
    answers = AnswerService(core.uow, core.calendar, lambda: DEMO_LETTERHEAD, LetterTemplates(), clock)
    operator, supervisor = _actor(core, "operator"), _actor(core, "supervisor")
    with core.uow() as tx:
        clients = list(tx.session.scalars(select(Client.id)))
        barcodes = [
            code
            for code in tx.session.scalars(
                select(BatchItem.barcode)
                .join(Batch, Batch.id == BatchItem.batch_id)
                .where(BatchItem.status == ItemStatus.ACCEPTED, BatchItem.barcode.is_not(None))
                .limit(200)
            )
            if code
        ]
    calendar = core.calendar.calendar()
    events: list[tuple[dt.date, int, str, dict[str, object]]] = []
    day, key = clock.today, 0
    while day < today:
        if calendar.is_working(day):
            for _ in range(rng.choice((0, 0, 1, 1, 1))):
                key += 1
                events.extend(
                    _plan(rng, calendar, day, today=today, key=key, clients=clients, barcodes=barcodes)
                )
        day += dt.timedelta(days=1)
    ids: dict[int, int] = {}
    for when, item_key, action, data in sorted(events, key=lambda e: (e[0], e[1], e[2])):
        clock.today = when
        if action == "a_register":
            new = data["new"]
            assert isinstance(new, NewFeedback)
            ids[item_key] = register.register(operator, new).id
        elif action == "b_extend":
            register.extend(
                supervisor,
                ids[item_key],
                "Запрошены сведения у перевозчика",
                (ExtensionRequest("АО «Авиаперевозчик»", when),),
            )
        elif action == "c_work":
            register.take_in_work(operator, ids[item_key])
        else:
            request = data["request"]
            assert isinstance(request, AnswerRequest)
            answers.answer(supervisor, ids[item_key], request)
    return len(ids)


def _plan(
    rng: random.Random,
    calendar: ProductionCalendar,
    received: dt.date,
    *,
    today: dt.date,
    key: int,
    clients: list[int],
    barcodes: list[str],
) -> list[tuple[dt.date, int, str, dict[str, object]]]:
    kind = rng.choices(list(Kind), weights=(60, 15, 25))[0]
    topic = (
        rng.choice(list(Topic))
        if kind is Kind.COMPLAINT
        else rng.choice((Topic.COUNTER_SERVICE, Topic.OTHER))
    )
    with_client = clients and rng.random() < 0.7
    new = NewFeedback(
        kind=kind,
        channel=rng.choice(list(Channel)),
        received_at=dt.datetime.combine(
            received, dt.time(rng.randint(9, 17), rng.randint(0, 59)), tzinfo=dt.UTC
        ),
        text=TEXTS[topic],
        topic=topic,
        sentiment=rng.choice((Sentiment.POSITIVE, Sentiment.NEGATIVE))
        if kind is Kind.REVIEW
        else Sentiment.NONE,
        client_id=rng.choice(clients) if with_client else None,
        author_name="" if with_client else rng.choice(("Кузнецова М. А.", "Орлов Д. В.", "Зайцева Е. П.")),
        author_contacts="" if with_client else "+7 927 000-00-00",
        barcode=rng.choice(barcodes) if barcodes and kind is Kind.COMPLAINT and rng.random() < 0.4 else "",
        documents_complete=rng.random() < 0.8,
    )
    plan: list[tuple[dt.date, int, str, dict[str, object]]] = [(received, key, "a_register", {"new": new})]
    extended = kind is Kind.COMPLAINT and rng.random() < 0.12
    took = calendar.add_working_days(received, rng.randint(0, 2))
    if not extended:
        plan.append((took, key, "c_work", {}))
    earliest = 2
    if extended:
        earliest = rng.randint(3, 8)
        plan.append((calendar.add_working_days(received, earliest), key, "b_extend", {}))
        earliest += 1
    limit = 20 if extended else 10
    on_time = rng.random() < 0.85
    working_days = rng.randint(earliest, limit - 1) if on_time else rng.randint(limit + 1, limit + 6)
    answer_day = calendar.add_working_days(received, working_days)
    if answer_day >= today:
        return [p for p in plan if p[0] < today]
    decision = Decision.SATISFIED
    reasons: tuple[str, ...] = ()
    if kind is Kind.COMPLAINT:
        decision = rng.choices(list(Decision), weights=(50, 20, 30))[0]
        if decision is not Decision.SATISFIED:
            reasons = (rng.choice(REASONS),)
    text = "Обстоятельства, изложенные в обращении, проверены."
    plan.append((answer_day, key, "d_answer", {"request": AnswerRequest(decision, text, reasons)}))
    return [p for p in plan if p[0] < today]
