"""Posting to a contract's ledger and reading its position (balance, debt, ageing).

Every change of money goes through :func:`post`, which adds the signed entry and moves the
contract's stored balance by the same amount in one statement of the same transaction, so the
balance always equals the ledger sum. A charge falls due after the contract's payment term
(credit) or at once (prepaid); what reverses or corrects it keeps its due date.

Ageing applies the debt to the newest charges first (payments settle the oldest ones), so
only the last 90 days of charges need reading: everything older is over 90 days past due.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select, update
from sqlalchemy.orm import Session

from postdesk.models.contracts import Contract, PaymentTerms
from postdesk.models.money import EntryKind, LedgerEntry
from postdesk.services.context import Actor

AGEING_DAYS = (30, 60, 90)


def contract_kind(contract: Contract) -> str:
    """``"prepaid"`` or ``"credit"``: the names the command line and the screens use."""
    return "credit" if contract.payment_terms is PaymentTerms.POSTPAID else "prepaid"


def post(
    session: Session,
    actor: Actor,
    contract_id: int,
    kind: EntryKind,
    amount_kop: int,
    *,
    on: dt.date,
    due_on: dt.date | None = None,
    batch_id: int | None = None,
    payment_id: int | None = None,
    document: str = "",
    note: str = "",
) -> LedgerEntry:
    """Add one entry (positive: in the client's favour) and move the stored balance with it."""
    entry = LedgerEntry(
        contract_id=contract_id,
        kind=kind,
        amount_kop=amount_kop,
        entry_on=on,
        due_on=due_on,
        batch_id=batch_id,
        payment_id=payment_id,
        document=document,
        note=note,
        user_login=actor.login,
    )
    session.add(entry)
    session.execute(
        update(Contract)
        .where(Contract.id == contract_id)
        .values(balance_kop=Contract.balance_kop + amount_kop)
        .execution_options(synchronize_session="fetch")
    )
    session.flush()
    return entry


def due_date(contract: Contract, on: dt.date) -> dt.date:
    if contract.payment_terms is PaymentTerms.POSTPAID:
        return on + dt.timedelta(days=contract.payment_term_days)
    return on


def charge_batch(
    session: Session,
    actor: Actor,
    contract: Contract,
    *,
    batch_id: int | None,
    amount_kop: int,
    on: dt.date,
    note: str,
) -> LedgerEntry:
    return post(
        session,
        actor,
        contract.id,
        EntryKind.CHARGE,
        -amount_kop,
        on=on,
        due_on=due_date(contract, on),
        batch_id=batch_id,
        note=note,
    )


def adjust_batch_charge(
    session: Session,
    actor: Actor,
    contract_id: int,
    batch_id: int | None,
    charge_change_kop: int,
    *,
    on: dt.date,
    void: bool,
    note: str,
) -> LedgerEntry | None:
    """A void (reversal) or correction of a batch's charge, due when the original charge was."""
    if charge_change_kop == 0:
        return None
    due = session.scalar(
        select(LedgerEntry.due_on)
        .where(LedgerEntry.batch_id == batch_id, LedgerEntry.kind == EntryKind.CHARGE)
        .order_by(LedgerEntry.id)
        .limit(1)
    )
    return post(
        session,
        actor,
        contract_id,
        EntryKind.REVERSAL if void else EntryKind.CORRECTION,
        -charge_change_kop,
        on=on,
        due_on=due or on,
        batch_id=batch_id,
        note=note,
    )


def ledger_sum(session: Session, contract_id: int) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.amount_kop), 0)).where(
                LedgerEntry.contract_id == contract_id
            )
        )
        or 0
    )


@dataclass(frozen=True)
class Ageing:
    """A debt split by how far past its due date it is (FIFO: the newest charges are unpaid)."""

    debt_kop: int = 0
    not_due_kop: int = 0
    days_0_30_kop: int = 0
    days_31_60_kop: int = 0
    days_61_90_kop: int = 0
    over_90_kop: int = 0

    @property
    def overdue_kop(self) -> int:
        return self.debt_kop - self.not_due_kop


def split_debt(debt_kop: int, newest_first_charges: Iterable[int]) -> Ageing:
    """Spread ``debt_kop`` over the charge sums of (not due, 0–30, 31–60, 61–90); the rest is over 90."""
    left = max(0, debt_kop)
    parts = []
    for charged in newest_first_charges:
        part = min(left, max(0, charged))
        parts.append(part)
        left -= part
    parts += [0] * (4 - len(parts))
    return Ageing(max(0, debt_kop), parts[0], parts[1], parts[2], parts[3], left)


def bucket_columns(today: dt.date) -> list[ColumnElement[int]]:
    """The charges (positive) per ageing bucket, as SQL sums over ``ledger_entries``."""
    edges = [today] + [today - dt.timedelta(days=d) for d in AGEING_DAYS]
    due, amount = LedgerEntry.due_on, LedgerEntry.amount_kop
    columns: list[ColumnElement[int]] = [func.coalesce(func.sum(case((due >= today, -amount), else_=0)), 0)]
    for newer, older in itertools.pairwise(edges):
        columns.append(func.coalesce(func.sum(case(((due < newer) & (due >= older), -amount), else_=0)), 0))
    return columns


def ageing_by_contract(
    session: Session,
    today: dt.date,
    balances: dict[int, int],
    contracts: ColumnElement[bool] | None = None,
) -> dict[int, Ageing]:
    """Ageing of the given contracts (id → balance); only the last 90 days of entries are read.

    ``contracts`` selects the entries' contracts in SQL (the debtors list passes "balance < 0"),
    otherwise the ids of the debtors among ``balances`` are bound as parameters.
    """
    debtors = [cid for cid, balance in balances.items() if balance < 0]
    if not debtors:
        return {}
    oldest = today - dt.timedelta(days=AGEING_DAYS[-1])
    which = contracts if contracts is not None else LedgerEntry.contract_id.in_(debtors)
    rows = session.execute(
        select(LedgerEntry.contract_id, *bucket_columns(today))
        .where(which, LedgerEntry.due_on >= oldest)
        .group_by(LedgerEntry.contract_id)
    )
    charges = {contract_id: [int(c) for c in sums] for contract_id, *sums in rows}
    return {cid: split_debt(-balances[cid], charges.get(cid, ())) for cid in debtors}


@dataclass(frozen=True)
class Position:
    """Where a contract stands on a day: what the counter checks and the command line prints."""

    contract_id: int
    contract_number: str
    kind: str
    balance_kop: int
    credit_limit_kop: int
    payment_term_days: int
    ageing: Ageing

    @property
    def debt_kop(self) -> int:
        return max(0, -self.balance_kop)

    @property
    def overdue_kop(self) -> int:
        return self.ageing.overdue_kop


def position_of(session: Session, contract: Contract, today: dt.date) -> Position:
    balance = contract.balance_kop
    ageing = ageing_by_contract(session, today, {contract.id: balance}).get(contract.id, Ageing())
    return Position(
        contract.id,
        contract.number,
        contract_kind(contract),
        balance,
        contract.credit_limit_kop if contract.payment_terms is PaymentTerms.POSTPAID else 0,
        contract.payment_term_days,
        ageing,
    )
