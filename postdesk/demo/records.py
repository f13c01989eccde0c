"""A year of varied service records, refusals and competitor prices for the demo clients.

Each active client gets a few services it uses on a rhythm of its own (weekly, fortnightly,
monthly), some refusals with reasons and the competitors it names, and a few clients stop
coming two to three months ago, so every report has something to show. Rows are inserted in
bulk (a year for thirty clients is thousands of records); one audit entry says the demo did it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.charges import ServiceRecord
from postdesk.models.clients import Client, ClientStatus, ContactPerson
from postdesk.models.contracts import Service
from postdesk.models.records import Competitor, CompetitorKind, Outcome, PriceObservation, PriceSource
from postdesk.models.users import User
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.records import summaries

COMPETITORS = [
    ("Курьерская служба «Экспресс-Регион»", CompetitorKind.COURIER),
    ("Служба доставки «Быстрая посылка»", CompetitorKind.COURIER),
    ("Банк «Поволжский кредит»", CompetitorKind.BANK),
    ("Почтовый оператор «Регион-Почта»", CompetitorKind.OTHER_POST),
    ("Транспортная компания «Магистраль»", CompetitorKind.COURIER),
]
SERVICES = [
    "parcels",
    "ems",
    "money_transfers",
    "cod_remittance",
    "forms_and_stamps",
    "packaging",
    "subscriptions",
    "courier_pickup",
    "po_box",
    "direct_mail",
    "consultation",
]
DECLINE_REASONS = [
    ("price", 5),
    ("terms", 3),
    ("competitor", 6),
    ("competitor_convenient", 3),
    ("no_need", 4),
    ("quality", 1),
    ("documents_missing", 1),
    ("other", 1),
]
IMPOSSIBLE_REASONS = [("out_of_stock", 3), ("equipment", 1), ("limit_debt", 2), ("not_offered", 1)]
NAMES_COMPETITOR = {"price", "competitor", "competitor_convenient", "terms"}
RHYTHMS = [7, 14, 30]


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in weighted], weights=[w for _, w in weighted])[0]


def _moment(rng: random.Random, day: dt.date) -> dt.datetime:
    """A working-hours moment of ``day``; never later than now (today's records already happened)."""
    moment = dt.datetime.combine(day, dt.time(6 + rng.randrange(9), rng.randrange(60)), tzinfo=dt.UTC)
    return min(moment, dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1))


@dataclass
class _Setting:
    rng: random.Random
    today: dt.date
    prices: dict[str, int]
    users: list[tuple[int | None, str]]
    competitors: list[Competitor]
    margin: dict[tuple[int, str], float]


def _record(
    st: _Setting, client_id: int, contact_id: int | None, code: str, *, day: dt.date, favourite: Competitor
) -> dict[str, Any]:
    rng = st.rng
    user_id, login = rng.choice(st.users)
    quantity = rng.randrange(1, 20)
    row: dict[str, Any] = {
        "at": _moment(rng, day),
        "client_id": client_id,
        "contract_id": None,
        "batch_id": None,
        "service_code": code,
        "kind": "counter",
        "user_id": user_id,
        "user_login": login,
        "workstation": "demo",
        "note": "",
        "contact_person_id": contact_id,
        "reason_code": None,
        "competitor_id": None,
        "competitor_price_kop": None,
        "items_count": quantity,
        "outcome": Outcome.GIVEN.value,
        "amount_kop": quantity * st.prices[code],
    }
    roll = rng.random()
    if roll < 0.10:
        reason = _pick(rng, DECLINE_REASONS)
        row.update(outcome=Outcome.DECLINED.value, reason_code=reason, amount_kop=0)
        if reason in NAMES_COMPETITOR:
            competitor = favourite if rng.random() < 0.6 else rng.choice(st.competitors)
            price = int(st.prices[code] * st.margin[(competitor.id, code)] * rng.uniform(0.95, 1.05))
            row.update(competitor_id=competitor.id, competitor_price_kop=price)
    elif roll < 0.14:
        row.update(
            outcome=Outcome.NOT_POSSIBLE.value, reason_code=_pick(rng, IMPOSSIBLE_REASONS), amount_kop=0
        )
    return row


def _client_rows(st: _Setting, client_id: int, contact_id: int | None, quiet: bool) -> list[dict[str, Any]]:
    """A year of one client's services on their rhythms; a quiet client stops 10 to 14 weeks ago."""
    rng, rows = st.rng, []
    stop = st.today - dt.timedelta(days=rng.randrange(70, 100)) if quiet else st.today + dt.timedelta(days=1)
    favourite = rng.choice(st.competitors)
    for code in rng.sample(SERVICES, rng.randrange(2, 5)):
        every = rng.choice(RHYTHMS)
        day = st.today - dt.timedelta(days=365 - rng.randrange(every))
        while day <= st.today and day < stop:
            rows.append(_record(st, client_id, contact_id, code, day=day, favourite=favourite))
            day += dt.timedelta(days=max(1, int(every * rng.uniform(0.7, 1.3))))
    return rows


def _observations(st: _Setting) -> list[dict[str, Any]]:
    """Price-list and website prices of each competitor for five services, every two months."""
    rng, result = st.rng, []
    for competitor in st.competitors:
        for code in rng.sample(SERVICES, 5):
            for month in range(0, 12, 2):
                price = int(st.prices[code] * st.margin[(competitor.id, code)] * rng.uniform(0.97, 1.03))
                result.append(
                    {
                        "competitor_id": competitor.id,
                        "service_code": code,
                        "price_kop": price,
                        "unit": "item",
                        "observed_on": st.today - dt.timedelta(days=30 * month + rng.randrange(20)),
                        "source": rng.choice([PriceSource.PRICE_LIST, PriceSource.WEBSITE]).value,
                        "user_login": "demo",
                    }
                )
    return result


def seed_demo_records(uow: UnitOfWorkFactory, today: dt.date, seed: int = 2026) -> int:
    """Seed the demo database; returns the number of service records written."""
    rng = random.Random(seed)
    with uow() as tx:
        session = tx.session
        competitors = [Competitor(name=name, kind=kind) for name, kind in COMPETITORS]
        session.add_all(competitors)
        session.flush()
        users: list[tuple[int | None, str]] = [
            (u.id, u.login) for u in session.scalars(select(User).order_by(User.id))
        ]
        st = _Setting(
            rng=rng,
            today=today,
            prices={s.code: s.our_price_kop or 10000 for s in session.scalars(select(Service))},
            users=users or [(None, "demo")],
            competitors=competitors,
            # Each competitor undercuts or overcharges us by its own margin on each service.
            margin={(c.id, s): rng.uniform(0.75, 1.15) for c in competitors for s in SERVICES},
        )
        contacts = {
            c.client_id: c.id for c in session.scalars(select(ContactPerson).order_by(ContactPerson.id))
        }
        clients = session.scalars(
            select(Client.id).where(Client.status == ClientStatus.ACTIVE).order_by(Client.id)
        )
        rows = [
            row
            for i, cid in enumerate(clients)
            for row in _client_rows(st, cid, contacts.get(cid), i % 7 == 3)
        ]
        rows.sort(key=lambda r: r["at"])
        observations = _observations(st)
        if rows:
            session.execute(insert(ServiceRecord), rows)
        if observations:
            session.execute(insert(PriceObservation), observations)
        summaries.rebuild(session)  # the bulk insert bypassed the recording service
        audit.record(
            session,
            Actor.system("demo"),
            "demo_records_seed",
            "service_record",
            after={"records": len(rows), "competitors": len(competitors), "prices": len(observations)},
        )
        tx.commit()
        return len(rows)
