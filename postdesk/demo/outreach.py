"""Demo prospects: organisations at every stage of the pipeline, with the person who decides,
what they pay a competitor, activities, actions due today and overdue, and a few offers made.
The one won stays a prospect, so the demo's clients remain those of the clients' demo.

Runs after the records demo, so the competitors are those of its directory.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select

from postdesk.bootstrap import Core
from postdesk.models.prospects import ActivityKind, ProspectSource, Stage
from postdesk.models.records import Competitor
from postdesk.models.users import Role, User
from postdesk.postal.requisites import inn_check_digits
from postdesk.services.context import Actor
from postdesk.services.outreach.prospect_data import ContactInput, ProspectDraft

# (name, sector, stage, days to the next action or None, the service they need)
PROSPECTS = [
    ("ООО «Аптечная сеть «Здравица»", "фармация", Stage.NEW, 0, "batch_mail"),
    ("АО «Региональный расчётный центр»", "ЖКХ", Stage.NEW, -3, "batch_mail"),
    ("ООО «Мебельная фабрика «Уют»", "производство", Stage.NEW, 2, "parcels"),
    ("ООО «Интернет-магазин «Корзинка»", "торговля", Stage.CONTACTED, 0, "parcels"),
    ("ООО «Агентство недвижимости «Ключ»", "недвижимость", Stage.CONTACTED, -1, "direct_mail"),
    ("ГБУЗ «Городская поликлиника № 3»", "медицина", Stage.CONTACTED, 5, "batch_mail"),
    ("АО «Кредитный союз «Волга»", "финансы", Stage.OFFER_SENT, 0, "batch_mail"),
    ("ООО «Книготорговый дом «Слово»", "торговля", Stage.OFFER_SENT, 4, "parcels"),
    ("ООО «Служба сервиса «Мастер»", "услуги", Stage.OFFER_SENT, -6, "courier_pickup"),
    ("АО «Энергосбыт-Плюс»", "энергосбыт", Stage.NEGOTIATING, 1, "batch_mail"),
    ("ООО «Страховой брокер «Гарант»", "страхование", Stage.NEGOTIATING, -2, "batch_mail"),
    ("ООО «Фермерское хозяйство «Заречье»", "сельское хозяйство", Stage.WON, None, "parcels"),
    ("ООО «Ломбард «Золотой запас»", "финансы", Stage.LOST, None, "money_transfers"),
    ("ООО «Типография «Оттиск»", "полиграфия", Stage.LOST, None, "direct_mail"),
]
PEOPLE = [
    ("Алексеев Дмитрий Сергеевич", "генеральный директор"),
    ("Белова Ирина Николаевна", "главный бухгалтер"),
    ("Васильев Олег Петрович", "коммерческий директор"),
    ("Григорьева Марина Андреевна", "начальник канцелярии"),
    ("Егоров Сергей Викторович", "руководитель логистики"),
]
SOURCES = list(ProspectSource)
LOST_REASONS = ["competitor", "price"]


def seed_demo_prospects(core: Core, today: dt.date | None = None, seed: int = 2026) -> int:
    """Write the demo prospects through the service (as the demo's operator); returns how many."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    with core.uow() as tx:
        users = {u.role: _actor(u) for u in tx.session.scalars(select(User).order_by(User.id))}
        competitors = list(tx.session.scalars(select(Competitor.name).order_by(Competitor.id)))
    operator, supervisor = (
        users.get(role, Actor.system("demo")) for role in (Role.OPERATOR, Role.SUPERVISOR)
    )
    lost = 0
    for index, (name, sector, stage, days, service) in enumerate(PROSPECTS):
        boss, clerk = rng.sample(PEOPLE, 2)
        inn = inn_check_digits(f"13{rng.randint(0, 9999999):07d}") if index % 3 else ""
        price = rng.choice([4500, 5200, 6800, 7500, 9000, 38000, 42000])
        draft = ProspectDraft(
            name=name,
            inn=inn,
            kpp=f"{inn[:4]}01001" if inn else "",
            sector=sector,
            address=f"430{rng.randint(0, 99):03d}, г. Саранск, ул. Полежаева, д. {rng.randint(1, 90)}",
            source=SOURCES[index % len(SOURCES)],
            contacts=(
                ContactInput(boss[0], boss[1], _phone(rng), f"director{index + 1}@example.ru", True),
                ContactInput(clerk[0], clerk[1], _phone(rng), ""),
            ),
            services=(service,),
            competitor_name=competitors[index % len(competitors)] if competitors and index % 4 != 3 else "",
            competitor_price_kop=price if competitors and index % 4 != 3 else None,
            monthly_volume=rng.choice([150, 300, 800, 1500, 4000]),
            proposed_discount_percent=Decimal(rng.choice([0, 5, 7, 10])),
            next_action=rng.choice(
                ["Позвонить", "Отправить предложение", "Встреча в офисе", "Уточнить объёмы"]
            )
            if days is not None
            else "",
            next_action_on=today + dt.timedelta(days=days) if days is not None else None,
        )
        prospect = core.prospects.save(supervisor if index % 5 == 4 else operator, draft)
        if stage != Stage.NEW:
            core.prospects.log_activity(
                operator, prospect.id, ActivityKind.CALL, "Представились, рассказали об условиях"
            )
        if stage in (Stage.OFFER_SENT, Stage.NEGOTIATING) and index % 2 == 0:
            core.offers.for_prospect(supervisor, prospect.id)
        if stage == Stage.NEGOTIATING:
            core.prospects.log_activity(
                operator, prospect.id, ActivityKind.MEETING, "Обсудили скидку и приём без ожидания клиента"
            )
        if stage in (Stage.OFFER_SENT, Stage.NEGOTIATING, Stage.WON):
            core.prospects.set_stage(operator, prospect.id, stage)
        elif stage == Stage.LOST:
            core.prospects.set_stage(operator, prospect.id, stage, LOST_REASONS[lost % len(LOST_REASONS)])
            lost += 1
    return len(PROSPECTS)


def _actor(user: User) -> Actor:
    return Actor(user.id, user.login, user.full_name, user.role, "demo")


def _phone(rng: random.Random) -> str:
    return f"+7 (8342) {rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
