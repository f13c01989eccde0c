"""Demo money: advances on prepaid contracts, and four clients of fixed INN and contract number
(two in good standing, two debtors with overdue invoices) whose payments are in the sample
statement ``resources/statements/demo-statement.txt``, so its import can be tried at once.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.contracts import Contract, PaymentTerms
from postdesk.models.money import EntryKind
from postdesk.services.clients.data import ClientDraft, ContractDraft
from postdesk.services.clients.service import ClientService
from postdesk.services.context import Actor
from postdesk.services.money import ledger

STATEMENT = "statements/demo-statement.txt"


@dataclass(frozen=True)
class _Account:
    inn: str
    short: str
    contract: str
    terms: PaymentTerms
    limit_kop: int
    # (days ago, kopecks) of past charges; payments settle the oldest first.
    charges: tuple[tuple[int, int], ...]
    paid_kop: int


_ACCOUNTS = (
    _Account(
        "1301010100", "ООО «Аванс-Торг»", "ДМ-2026/001", PaymentTerms.PREPAID, 0, ((20, 180_000),), 500_000
    ),
    _Account(
        "1302020206",
        "ООО «Кредит-Логистик»",
        "ДМ-2026/002",
        PaymentTerms.POSTPAID,
        20_000_000,
        ((10, 350_000),),
        0,
    ),
    _Account(
        "1303030302",
        "ООО «Должник-Сервис»",
        "ДМ-2026/003",
        PaymentTerms.POSTPAID,
        10_000_000,
        ((80, 420_000), (55, 310_000), (25, 260_000)),
        200_000,
    ),
    _Account(
        "1304040409",
        "ООО «Старый долг»",
        "ДМ-2026/004",
        PaymentTerms.POSTPAID,
        5_000_000,
        ((150, 1_250_000), (100, 640_000)),
        0,
    ),
)


def seed_demo_money(uow: UnitOfWorkFactory, clients: ClientService, today: dt.date, seed: int = 13) -> None:
    """Advances for the prepaid demo contracts, then the four accounts with their history."""
    rng = random.Random(seed)
    actor = Actor.system("demo")
    with uow() as tx:
        for contract in tx.session.scalars(
            select(Contract).where(Contract.payment_terms == PaymentTerms.PREPAID).order_by(Contract.id)
        ):
            advance = rng.randint(30, 90) * 100_000
            ledger.post(
                tx.session, actor, contract.id, EntryKind.OPENING, advance, on=today - dt.timedelta(days=60)
            )
        tx.commit()
    for account in _ACCOUNTS:
        client_id = clients.save_client(
            actor,
            ClientDraft(
                full_name=f"Общество с ограниченной ответственностью «{account.short[5:-1]}»",
                short_name=account.short,
                inn=account.inn,
                kpp=account.inn[:4] + "01001",
                postal_address="430005, Республика Мордовия, г. Саранск, ул. Большевистская, д. 31",
            ),
        )
        clients.save_contract(
            actor,
            ContractDraft(
                client_id=client_id,
                number=account.contract,
                signed_on=today - dt.timedelta(days=400),
                starts_on=today - dt.timedelta(days=400),
                ends_on=today + dt.timedelta(days=365),
                services=["batch_mail", "parcels"],
                lists_electronic=True,
                payment_terms=account.terms,
                credit_limit_kop=account.limit_kop,
                payment_term_days=30,
            ),
        )
        _history(uow, actor, account, today)


def _history(uow: UnitOfWorkFactory, actor: Actor, account: _Account, today: dt.date) -> None:
    with uow() as tx:
        contract = tx.session.scalars(select(Contract).where(Contract.number == account.contract)).one()
        if account.paid_kop:
            ledger.post(
                tx.session,
                actor,
                contract.id,
                EntryKind.PAYMENT,
                account.paid_kop,
                on=today - dt.timedelta(days=30),
                document="118",
                note=f"Оплата по договору {account.contract}",
            )
        for days_ago, amount in account.charges:
            day = today - dt.timedelta(days=days_ago)
            ledger.charge_batch(
                tx.session, actor, contract, batch_id=None, amount_kop=amount, on=day, note="демо: партия"
            )
        tx.commit()
