"""Contracts in a given money state for the money tests: terms changed, entries posted, statements."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from postdesk.bootstrap import Core
from postdesk.models.contracts import Contract, ContractService
from postdesk.models.money import EntryKind, LedgerEntry
from postdesk.services.context import Actor
from postdesk.services.money import ledger


def set_contract(core: Core, contract_id: int, *, services: list[str] | None = None, **values: Any) -> None:
    with core.uow() as tx:
        contract = tx.session.get_one(Contract, contract_id)
        for name, value in values.items():
            setattr(contract, name, value)
        if services is not None:
            contract.services = [ContractService(service_code=code) for code in services]
        tx.commit()


def post_charge(core: Core, contract_id: int, amount_kop: int, *, on: dt.date, due_on: dt.date) -> None:
    """A past charge (as an old acceptance would have written it), due on ``due_on``."""
    with core.uow() as tx:
        ledger.post(
            tx.session,
            Actor.system("tests"),
            contract_id,
            EntryKind.CHARGE,
            -amount_kop,
            on=on,
            due_on=due_on,
        )
        tx.commit()


def balances(core: Core, contract_id: int) -> tuple[int, int]:
    """(stored balance, ledger sum): always equal."""
    with core.uow() as tx:
        stored = tx.session.scalar(select(Contract.balance_kop).where(Contract.id == contract_id))
        total = tx.session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.amount_kop), 0)).where(
                LedgerEntry.contract_id == contract_id
            )
        )
        return int(stored or 0), int(total or 0)


def statement(*documents: dict[str, str], end: bool = True, encoding: str = "cp1251") -> bytes:
    """A 1CClientBankExchange file with the given documents (Номер, Дата, Сумма, ПлательщикИНН...)."""
    lines = [
        "1CClientBankExchange",
        "ВерсияФормата=1.03",
        "Кодировка=Windows" if encoding == "cp1251" else "Кодировка=UTF-8",
        "Отправитель=Бухгалтерия",
        "ДатаНачала=01.11.2026",
        "ДатаКонца=30.11.2026",
        "РасчСчет=40702810900000000001",
    ]
    for doc in documents:
        lines.append("СекцияДокумент=Платежное поручение")
        lines += [f"{key}={value}" for key, value in doc.items()]
        lines.append("КонецДокумента")
    if end:
        lines.append("КонецФайла")
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def payment_doc(number: str, amount: str, inn: str, purpose: str, date: str = "20.11.2026") -> dict[str, str]:
    return {
        "Номер": number,
        "Дата": date,
        "Сумма": amount,
        "ПлательщикСчет": "40702810100000000777",
        "Плательщик": "ООО «Тест»",
        "ПлательщикИНН": inn,
        "ПолучательИНН": "7724490000",
        "НазначениеПлатежа": purpose,
    }
