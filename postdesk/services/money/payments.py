"""Payments received: entered by a supervisor, imported from the bank's statement, assigned by hand.

A payment reaches the contract's ledger when it is matched (payer INN and the contract number
in the purpose); the rest wait in the unmatched list for a supervisor. A statement document is
stored once however often the statement is imported (its number, date, amount and payer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.contracts import Contract
from postdesk.models.money import EntryKind, Payment, PaymentSource
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.money import ledger
from postdesk.services.money.lookup import client_by_inn, contract_in_purpose, current_contract
from postdesk.services.money.statement import parse_statement
from postdesk.services.permissions import Permission, require


@dataclass(frozen=True)
class PaymentView:
    id: int
    source: PaymentSource
    paid_on: dt.date
    amount_kop: int
    document: str
    payer_inn: str
    payer_name: str
    purpose: str
    contract_id: int | None
    contract_number: str


@dataclass(frozen=True)
class ImportResult:
    documents: int
    matched: int
    unmatched: int
    duplicates: int


def _view(session: Session, p: Payment) -> PaymentView:
    contract = session.get(Contract, p.contract_id) if p.contract_id else None
    return PaymentView(
        p.id,
        p.source,
        p.paid_on,
        p.amount_kop,
        p.document,
        p.payer_inn,
        p.payer_name,
        p.purpose,
        p.contract_id,
        contract.number if contract else "",
    )


def _credit(session: Session, actor: Actor, payment: Payment, contract: Contract) -> None:
    payment.contract_id, payment.client_id = contract.id, contract.client_id
    ledger.post(
        session,
        actor,
        contract.id,
        EntryKind.PAYMENT,
        payment.amount_kop,
        on=payment.paid_on,
        payment_id=payment.id,
        document=payment.document,
        note=payment.purpose[:200],
    )


class PaymentService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def add(
        self, actor: Actor, inn: str, amount_kop: int, paid_on: dt.date, document: str = ""
    ) -> PaymentView:
        """A payment entered by hand, credited to the client's current contract."""
        require(actor, Permission.ENTER_PAYMENTS)
        if amount_kop <= 0:
            raise UserError(translate("Money", "A payment amount must be more than zero."))
        with self._uow() as tx:
            client = client_by_inn(tx.session, inn)
            contract = current_contract(tx.session, client, paid_on)
            payment = Payment(
                source=PaymentSource.MANUAL,
                paid_on=paid_on,
                amount_kop=amount_kop,
                document=document.strip()[:60],
                payer_inn=client.inn,
                payer_name=client.short_name,
                user_login=actor.login,
            )
            tx.session.add(payment)
            tx.session.flush()
            _credit(tx.session, actor, payment, contract)
            audit.record(
                tx.session,
                actor,
                "payment_add",
                "payment",
                payment.id,
                after={"contract": contract.number, "amount_kop": amount_kop, "paid_on": paid_on.isoformat()},
            )
            tx.commit()
            return _view(tx.session, payment)

    def import_statement(self, actor: Actor, data: bytes, file_name: str = "") -> ImportResult:
        """Store the statement's new documents; a bad file is refused whole before anything is written."""
        require(actor, Permission.ENTER_PAYMENTS)
        documents = parse_statement(data)
        matched = unmatched = duplicates = 0
        with self._uow() as tx:
            session = tx.session
            seen: set[str] = set()
            for doc in documents:
                key = doc.key
                if key in seen or session.scalar(select(Payment.id).where(Payment.dedupe_key == key)):
                    duplicates += 1
                    continue
                seen.add(key)
                payment = Payment(
                    source=PaymentSource.STATEMENT,
                    paid_on=doc.date,
                    amount_kop=doc.amount_kop,
                    document=doc.number[:60],
                    payer_inn=doc.payer_inn,
                    payer_name=doc.payer_name[:300],
                    purpose=doc.purpose,
                    dedupe_key=key,
                    user_login=actor.login,
                )
                session.add(payment)
                session.flush()
                contract = contract_in_purpose(session, doc.payer_inn, doc.purpose)
                if contract is None:
                    unmatched += 1
                else:
                    _credit(session, actor, payment, contract)
                    matched += 1
            result = ImportResult(len(documents), matched, unmatched, duplicates)
            audit.record(
                session,
                actor,
                "statement_import",
                "statement",
                file_name[-200:],
                after={
                    "documents": result.documents,
                    "matched": matched,
                    "unmatched": unmatched,
                    "duplicates": duplicates,
                },
            )
            tx.commit()
            return result

    def unmatched(self, actor: Actor) -> list[PaymentView]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow() as tx:
            rows = tx.session.scalars(
                select(Payment)
                .where(Payment.contract_id.is_(None), Payment.source == PaymentSource.STATEMENT)
                .order_by(Payment.paid_on, Payment.id)
            )
            return [_view(tx.session, p) for p in rows]

    def assign(self, actor: Actor, payment_id: int, contract_id: int) -> PaymentView:
        """A supervisor credits an unmatched payment to the contract it belongs to."""
        require(actor, Permission.ENTER_PAYMENTS)
        with self._uow() as tx:
            payment = tx.session.get(Payment, payment_id)
            contract = tx.session.get(Contract, contract_id)
            if payment is None or contract is None:
                raise NotFound(translate("Money", "The payment or the contract no longer exists."))
            if payment.contract_id is not None:
                raise ConflictError(translate("Money", "The payment is already credited to a contract."))
            _credit(tx.session, actor, payment, contract)
            audit.record(
                tx.session,
                actor,
                "payment_assign",
                "payment",
                payment.id,
                before={"contract": None},
                after={"contract": contract.number, "amount_kop": payment.amount_kop},
            )
            tx.commit()
            return _view(tx.session, payment)

    def for_contract(self, actor: Actor, contract_id: int) -> list[PaymentView]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow() as tx:
            rows = tx.session.scalars(
                select(Payment)
                .where(Payment.contract_id == contract_id)
                .order_by(Payment.paid_on, Payment.id)
            )
            return [_view(tx.session, p) for p in rows]
