"""Demo batches: a few accepted ones (declared values, cash on delivery, notices, a weighed pack,
a mixed list handed over as one ф.103 per kind), one left without the client and waiting for its
documents, one received and one draft still to weigh.

Built through the real weighing, queue and acceptance services, so the demo exercises them and
every printed form has data right after set-up.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.batches import Batch, BatchItem
from postdesk.models.contracts import Contract, ContractStatus
from postdesk.postal.mailclasses import MailCategory, MailType, NoticeKind
from postdesk.postal.weighing import WeightDecision
from postdesk.services.context import Actor
from postdesk.services.counter.acceptance import AcceptanceService
from postdesk.services.counter.batch_queue import QueueService
from postdesk.services.counter.weighing import WeighingService

DEMO_OFFICE_POSTCODE = "430005"
_PEOPLE = [
    "Иванов Пётр Сергеевич",
    "Смирнова Анна Викторовна",
    "Кузнецов Олег Игоревич",
    "Попова Мария Андреевна",
    "Волков Денис Павлович",
    "Морозова Елена Юрьевна",
    "Лебедев Артём Николаевич",
    "Фёдорова Ольга Михайловна",
]
_PLACES = [
    ("440026", "г. Пенза, ул. Московская"),
    ("410012", "г. Саратов, ул. Кирова"),
    ("432017", "г. Ульяновск, ул. Гончарова"),
    ("430005", "г. Саранск, ул. Советская"),
]


@dataclass(frozen=True)
class DemoBatchServices:
    weighing: WeighingService
    acceptance: AcceptanceService
    queue: QueueService
    office_postcode: str = DEMO_OFFICE_POSTCODE


@dataclass(frozen=True)
class _Plan:
    list_number: str
    mail_type: MailType
    category: MailCategory
    count: int
    mass_g: tuple[int, int]
    value_kop: int = 0
    cod: bool = False
    notices: tuple[NoticeKind, ...] = (NoticeKind.NONE,)
    inventory: bool = False
    # A mixed list: (mail type, category, mass range) given to the items in turn.
    kinds: tuple[tuple[MailType, MailCategory, tuple[int, int]], ...] = ()


_ACCEPTED = [
    _Plan(
        "101",
        MailType.LETTER,
        MailCategory.ORDERED,
        12,
        (15, 60),
        notices=(NoticeKind.ORDERED, NoticeKind.SIMPLE, NoticeKind.ELECTRONIC, NoticeKind.NONE),
    ),
    _Plan(
        "102",
        MailType.BANDEROL,
        MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY,
        6,
        (150, 1200),
        value_kop=500_000,
        cod=True,
        notices=(NoticeKind.ORDERED,),
        inventory=True,
    ),
    _Plan(
        "103",
        MailType.POSTAL_PARCEL,
        MailCategory.WITH_DECLARED_VALUE,
        4,
        (1200, 5000),
        value_kop=1_000_000,
        notices=(NoticeKind.SIMPLE, NoticeKind.NONE),
    ),
]
_MIXED = _Plan(
    "108",
    MailType.LETTER,
    MailCategory.ORDERED,
    9,
    (20, 60),
    notices=(NoticeKind.ORDERED, NoticeKind.NONE),
    kinds=(
        (MailType.LETTER, MailCategory.ORDERED, (20, 60)),
        (MailType.BANDEROL, MailCategory.ORDERED, (200, 900)),
        (MailType.POSTAL_PARCEL, MailCategory.ORDINARY, (900, 4000)),
    ),
)
_PACK = _Plan("104", MailType.LETTER, MailCategory.SIMPLE, 30, (15, 15))
_LEFT = _Plan("105", MailType.LETTER, MailCategory.ORDERED, 8, (20, 40), notices=(NoticeKind.ORDERED,))


def _draft(
    uow: UnitOfWorkFactory, rng: random.Random, contract: Contract, plan: _Plan, today: dt.date
) -> list[int]:
    with uow() as tx:
        batch = Batch(
            client_id=contract.client_id,
            contract_id=contract.id,
            list_number=plan.list_number,
            list_date=today,
            mail_type=plan.mail_type,
            mail_category=plan.category,
            source_format="demo",
        )
        tx.session.add(batch)
        tx.session.flush()
        items = []
        for seq in range(1, plan.count + 1):
            postcode, street = rng.choice(_PLACES)
            value = plan.value_kop * rng.randint(1, 4) if plan.value_kop else 0
            mail_type, category, masses = (
                plan.kinds[(seq - 1) % len(plan.kinds)]
                if plan.kinds
                else (plan.mail_type, plan.category, plan.mass_g)
            )
            items.append(
                BatchItem(
                    batch_id=batch.id,
                    seq=seq,
                    recipient_name=rng.choice(_PEOPLE),
                    postcode=postcode,
                    address=f"{street}, д. {rng.randint(1, 90)}, кв. {rng.randint(1, 200)}",
                    mail_type=mail_type,
                    mail_category=category,
                    declared_mass_g=rng.randint(*masses),
                    declared_value_kop=value,
                    cod_kop=value // 2 if plan.cod else 0,
                    notice=plan.notices[seq % len(plan.notices)],
                    inventory=plan.inventory,
                    sms=seq % 5 == 0,
                )
            )
        tx.session.add_all(items)
        batch.items_count = len(items)
        batch.mass_g = sum(i.declared_mass_g for i in items)
        batch.declared_value_kop = sum(i.declared_value_kop for i in items)
        batch.cod_kop = sum(i.cod_kop for i in items)
        tx.session.flush()
        ids = [i.id for i in items]
        tx.commit()
    return ids


def _weigh_all(
    services: DemoBatchServices, actor: Actor, rng: random.Random, uow: UnitOfWorkFactory, item_ids: list[int]
) -> None:
    with uow() as tx:
        rows = tx.session.execute(
            select(BatchItem.id, BatchItem.declared_mass_g).where(BatchItem.id.in_(item_ids))
        )
        declared = {item_id: mass for item_id, mass in rows}
    for n, item_id in enumerate(item_ids):
        heavier = (
            25 if n == 1 else rng.randint(-2, 2)
        )  # the second item of each batch is off: taken as weighed
        result = services.weighing.record_weight(actor, item_id, declared[item_id] + heavier, manual=n == 3)
        if result.needs_decision:
            services.weighing.decide(actor, [item_id], WeightDecision.TAKE_ACTUAL)


def seed_demo_batches(
    uow: UnitOfWorkFactory, services: DemoBatchServices, today: dt.date, seed: int = 2026
) -> int:
    """Create the demo batches; returns how many were accepted."""
    rng = random.Random(seed)
    actor = Actor.system("demo")
    with uow() as tx:
        contracts = list(
            tx.session.scalars(
                select(Contract)
                .where(Contract.status == ContractStatus.ACTIVE)
                .order_by(Contract.id)
                .limit(5)
            )
        )
        if len(contracts) < 5:
            return 0
        contracts[3].accept_without_client = True
        contracts[4].accept_without_client = True
        tx.commit()
    accepted = 0
    for contract, plan in zip(contracts, _ACCEPTED, strict=False):
        ids = _draft(uow, rng, contract, plan, today)
        _weigh_all(services, actor, rng, uow, ids)
        services.acceptance.accept(actor, _batch_of(uow, ids[0]), office_postcode=services.office_postcode)
        accepted += 1
    mixed = _draft(uow, rng, contracts[2], _MIXED, today)
    _weigh_all(services, actor, rng, uow, mixed)
    services.acceptance.accept(actor, _batch_of(uow, mixed[0]), office_postcode=services.office_postcode)
    accepted += 1
    pack = _draft(uow, rng, contracts[0], _PACK, today)
    services.weighing.weigh_pack(actor, _batch_of(uow, pack[0]), pack, _PACK.mass_g[0] * len(pack) + 7)
    services.acceptance.accept(actor, _batch_of(uow, pack[0]), office_postcode=services.office_postcode)
    accepted += 1
    left = _draft(
        uow, rng, contracts[3], _LEFT, today
    )  # left without the client, accepted, documents not collected
    services.queue.register_received(actor, _batch_of(uow, left[0]), "Оставлен курьером клиента")
    _weigh_all(services, actor, rng, uow, left)
    services.acceptance.accept(actor, _batch_of(uow, left[0]), office_postcode=services.office_postcode)
    accepted += 1
    waiting = _draft(
        uow, rng, contracts[4], _Plan("106", MailType.LETTER, MailCategory.ORDERED, 5, (20, 30)), today
    )
    services.queue.register_received(
        actor, _batch_of(uow, waiting[0]), "Оставлен без клиента, принять до 17:00"
    )
    _draft(
        uow, rng, contracts[1], _Plan("107", MailType.BANDEROL, MailCategory.ORDERED, 10, (120, 600)), today
    )
    return accepted


def _batch_of(uow: UnitOfWorkFactory, item_id: int) -> int:
    with uow() as tx:
        return tx.session.get_one(BatchItem, item_id).batch_id
