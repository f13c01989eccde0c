"""Reading a contract's ledger and position, and the opening balance a supervisor brings over."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.contracts import Contract
from postdesk.models.money import EntryKind, LedgerEntry
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.money import ledger
from postdesk.services.money.lookup import client_by_inn, current_contract
from postdesk.services.permissions import Permission, require


@dataclass(frozen=True)
class EntryView:
    id: int
    entry_on: dt.date
    kind: EntryKind
    amount_kop: int
    due_on: dt.date | None
    batch_id: int | None
    payment_id: int | None
    document: str
    note: str


class LedgerService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def position(self, actor: Actor, contract_id: int) -> ledger.Position:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow() as tx:
            contract = tx.session.get(Contract, contract_id)
            if contract is None:
                raise NotFound(translate("Money", "The contract no longer exists."))
            return ledger.position_of(tx.session, contract, self._today())

    def position_for_inn(self, actor: Actor, inn: str) -> ledger.Position:
        """The position of the client's current contract (in force today, else the latest)."""
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow() as tx:
            today = self._today()
            contract = current_contract(tx.session, client_by_inn(tx.session, inn), today)
            return ledger.position_of(tx.session, contract, today)

    def entries(
        self, actor: Actor, contract_id: int, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[EntryView]:
        require(actor, Permission.VIEW_CLIENTS)
        query = select(LedgerEntry).where(LedgerEntry.contract_id == contract_id)
        if start is not None:
            query = query.where(LedgerEntry.entry_on >= start)
        if end is not None:
            query = query.where(LedgerEntry.entry_on <= end)
        with self._uow() as tx:
            return [
                EntryView(
                    e.id,
                    e.entry_on,
                    e.kind,
                    e.amount_kop,
                    e.due_on,
                    e.batch_id,
                    e.payment_id,
                    e.document,
                    e.note,
                )
                for e in tx.session.scalars(query.order_by(LedgerEntry.entry_on, LedgerEntry.id))
            ]

    def add_opening_balance(
        self, actor: Actor, contract_id: int, amount_kop: int, on: dt.date, note: str = ""
    ) -> ledger.Position:
        """The balance carried over from before the ledger (negative: the client owed), due at once."""
        require(actor, Permission.EDIT_CONTRACTS)
        if amount_kop == 0:
            raise UserError(translate("Money", "An opening balance of zero changes nothing."))
        with self._uow() as tx:
            contract = tx.session.get(Contract, contract_id)
            if contract is None:
                raise NotFound(translate("Money", "The contract no longer exists."))
            ledger.post(
                tx.session,
                actor,
                contract.id,
                EntryKind.OPENING,
                amount_kop,
                on=on,
                due_on=on if amount_kop < 0 else None,
                note=note,
            )
            audit.record(
                tx.session,
                actor,
                "ledger_opening",
                "contract",
                contract.id,
                after={"amount_kop": amount_kop, "on": on.isoformat(), "note": note},
            )
            tx.commit()
            return ledger.position_of(tx.session, contract, self._today())
