"""Debtors: contracts whose ledger shows a debt, with its ageing, and the invoices behind a debt.

The list reads the stored balances (the ledger sums) to find the debtors and then only the
last 90 days of their charges, so it stays fast with millions of ledger entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract, PaymentTerms
from postdesk.models.money import LedgerEntry
from postdesk.services.context import Actor
from postdesk.services.money import ledger
from postdesk.services.permissions import Permission, require


@dataclass(frozen=True)
class DebtorRow:
    client_id: int
    client_name: str
    inn: str
    contract_id: int
    contract_number: str
    kind: str
    balance_kop: int
    credit_limit_kop: int
    payment_term_days: int
    ageing: ledger.Ageing

    @property
    def debt_kop(self) -> int:
        return self.ageing.debt_kop

    @property
    def overdue_kop(self) -> int:
        return self.ageing.overdue_kop


@dataclass(frozen=True)
class UnpaidInvoice:
    """A charge (net of its reversals and corrections) the debt still covers, newest first."""

    entry_on: dt.date
    due_on: dt.date
    batch_id: int | None
    document: str
    charged_kop: int
    unpaid_kop: int


def debtor_rows(session: Session, today: dt.date, contract_ids: list[int] | None = None) -> list[DebtorRow]:
    query = (
        select(
            Contract.id,
            Contract.number,
            Contract.payment_terms,
            Contract.credit_limit_kop,
            Contract.payment_term_days,
            Contract.balance_kop,
            Client.id,
            Client.short_name,
            Client.inn,
        )
        .join(Client, Client.id == Contract.client_id)
        .where(Contract.balance_kop < 0)
    )
    if contract_ids is not None:
        query = query.where(Contract.id.in_(contract_ids))
    rows = session.execute(query).all()
    in_debt = (
        LedgerEntry.contract_id.in_(contract_ids)
        if contract_ids is not None
        else LedgerEntry.contract_id.in_(select(Contract.id).where(Contract.balance_kop < 0))
    )
    ageing = ledger.ageing_by_contract(session, today, {r[0]: r[5] for r in rows}, in_debt)
    credit = PaymentTerms.POSTPAID
    result = [
        DebtorRow(
            client_id,
            name,
            inn,
            contract_id,
            number,
            "credit" if terms is credit else "prepaid",
            balance,
            limit if terms is credit else 0,
            term,
            ageing[contract_id],
        )
        for contract_id, number, terms, limit, term, balance, client_id, name, inn in rows
    ]
    result.sort(key=lambda r: (-r.overdue_kop, -r.debt_kop, r.client_name))
    return result


def unpaid_invoices(session: Session, contract_id: int, debt_kop: int) -> list[UnpaidInvoice]:
    """The charges a debt of ``debt_kop`` is made of (the newest ones; payments settle the oldest)."""
    left = debt_kop
    invoices: list[UnpaidInvoice] = []
    if left <= 0:
        return invoices
    by_charge: dict[tuple[int | None, dt.date], list[LedgerEntry]] = {}
    query = (
        select(LedgerEntry)
        .where(LedgerEntry.contract_id == contract_id, LedgerEntry.due_on.is_not(None))
        .order_by(LedgerEntry.due_on.desc(), LedgerEntry.id.desc())
    )
    for entry in session.scalars(query):
        if entry.due_on is not None:
            by_charge.setdefault((entry.batch_id, entry.due_on), []).append(entry)
    for (batch_id, due), entries in by_charge.items():
        charged = -sum(e.amount_kop for e in entries)
        if charged <= 0:
            continue
        part = min(left, charged)
        first = min(entries, key=lambda e: e.id)
        invoices.append(
            UnpaidInvoice(first.entry_on, due, batch_id, first.document or first.note, charged, part)
        )
        left -= part
        if left <= 0:
            break
    return invoices


class DebtorService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def debtors(self, actor: Actor, day: dt.date | None = None) -> list[DebtorRow]:
        """Every contract with a debt, the most overdue first."""
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow() as tx:
            return debtor_rows(tx.session, day or self._today())

    def invoices(self, actor: Actor, contract_id: int) -> list[UnpaidInvoice]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow() as tx:
            balance = tx.session.scalar(select(Contract.balance_kop).where(Contract.id == contract_id)) or 0
            return unpaid_invoices(tx.session, contract_id, -balance)
