"""Operations of contract money: the counter's verdict, payments, statements, debtors and letters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from postdesk.bootstrap import Core
from postdesk.services.context import Actor
from postdesk.services.money.admission import AdmissionService, Verdict
from postdesk.services.money.debtors import DebtorRow
from postdesk.services.money.payments import ImportResult, PaymentView
from postdesk.services.money.reminders import ReminderSent
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskKind


class MoneyOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    @property
    def may_override(self) -> bool:
        """Whether this person may accept a batch the contract's money refuses (a role, not a query)."""
        return AdmissionService.may_override(self._actor)

    def verdict(self, batch_id: int) -> Operation[Verdict]:
        admission, actor = self._core.admission, self._actor
        return Operation.database("admission verdict", lambda: admission.verdict(actor, batch_id))

    def debtors(self) -> Operation[list[DebtorRow]]:
        debtors, actor = self._core.debtors, self._actor
        return Operation.database("debtors", lambda: debtors.debtors(actor))

    def send_debt_reminders(self, folder: Path) -> Operation[list[ReminderSent]]:
        reminders, actor = self._core.reminders, self._actor
        return Operation.database("debt reminders", lambda: reminders.send_debt_reminders(actor, folder))

    def save_reconciliation(
        self, contract_id: int, start: dt.date, end: dt.date, path: Path
    ) -> Operation[Path]:
        """The statement built from the ledger, then written to the chosen file."""
        reminders, actor = self._core.reminders, self._actor

        def write(pdf: bytes) -> Path:
            path.write_bytes(pdf)
            return path

        return Operation.database(
            "reconciliation", lambda: reminders.reconciliation(actor, contract_id, start, end)
        ).then(TaskKind.IO, write)

    def unmatched_payments(self) -> Operation[list[PaymentView]]:
        payments, actor = self._core.payments, self._actor
        return Operation.database("unmatched payments", lambda: payments.unmatched(actor))

    def add_payment(self, inn: str, amount_kop: int, day: dt.date, document: str) -> Operation[PaymentView]:
        payments, actor = self._core.payments, self._actor
        return Operation.database("add payment", lambda: payments.add(actor, inn, amount_kop, day, document))

    def import_statement(self, path: Path) -> Operation[ImportResult]:
        """The statement file read on the pool, then matched and stored in one transaction."""
        payments, actor = self._core.payments, self._actor
        return Operation.files("read statement", path.read_bytes).then(
            TaskKind.DATABASE, lambda data: payments.import_statement(actor, data, str(path))
        )

    def assign_payment(self, payment_id: int, inn: str) -> Operation[PaymentView]:
        ledger, payments, actor = self._core.ledger, self._core.payments, self._actor

        def work() -> PaymentView:
            contract_id = ledger.position_for_inn(actor, inn).contract_id
            return payments.assign(actor, payment_id, contract_id)

        return Operation.database("assign payment", work)
