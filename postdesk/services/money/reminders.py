"""Debt reminder letters and reconciliation statements for a supervisor to send.

A reminder goes to each contract with an overdue debt, at most once in the configured number
of days, and is recorded in ``debt_reminders`` (the client's timeline reads it). The PDF is
drawn by the function the core is wired with (``printing.debts`` today).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.base import utc_now
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract
from postdesk.models.money import DebtReminder, EntryKind, LedgerEntry
from postdesk.printing.debts import (
    DebtLetter,
    InvoiceLine,
    Reconciliation,
    StatementLine,
    debt_reminder_pdf,
    reconciliation_pdf,
)
from postdesk.printing.letters.model import Letterhead
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.money.debtors import debtor_rows, unpaid_invoices
from postdesk.services.permissions import Permission, require

_KIND_TEXT = {
    EntryKind.OPENING: "Начальное сальдо",
    EntryKind.CHARGE: "Приём партии",
    EntryKind.REVERSAL: "Аннулирование",
    EntryKind.CORRECTION: "Исправление",
    EntryKind.PAYMENT: "Оплата",
}
CONSEQUENCE = (
    "При непогашении задолженности в указанный срок приём отправлений по договору № {number} "
    "будет приостановлен до полного погашения задолженности, а задолженность будет взыскана "
    "в порядке, предусмотренном договором."
)


@dataclass(frozen=True)
class ReminderPolicy:
    repeat_days: int = 14
    deadline_days: int = 10
    letterhead: Letterhead = field(default_factory=lambda: Letterhead("Отделение почтовой связи"))


@dataclass(frozen=True)
class ReminderSent:
    client_id: int
    client_name: str
    inn: str
    contract_number: str
    debt_kop: int
    overdue_kop: int
    deadline: dt.date
    path: Path


@dataclass(frozen=True)
class ReminderRecord:
    """A reminder as the client's timeline shows it."""

    at: dt.datetime
    contract_number: str
    amount_kop: int
    file: str
    user_login: str


def _file_name(inn: str, number: str, day: dt.date) -> str:
    safe = re.sub(r"[^0-9A-Za-zА-Яа-яЁё-]+", "_", number).strip("_") or "contract"
    return f"reminder-{inn}-{safe}-{day.isoformat()}.pdf"


class ReminderService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        policy: Callable[[], ReminderPolicy],
        today: Callable[[], dt.date] = dt.date.today,
        render_letter: Callable[[DebtLetter], bytes] = debt_reminder_pdf,
        render_statement: Callable[[Reconciliation], bytes] = reconciliation_pdf,
    ) -> None:
        self._uow = uow
        self._policy = policy
        self._today = today
        self._render_letter = render_letter
        self._render_statement = render_statement

    def send_debt_reminders(self, actor: Actor, out_dir: Path) -> list[ReminderSent]:
        """One letter per contract with an overdue debt not reminded within the repeat period."""
        require(actor, Permission.SEND_REMINDERS)
        policy, today = self._policy(), self._today()
        out_dir.mkdir(parents=True, exist_ok=True)
        since = utc_now() - dt.timedelta(days=policy.repeat_days)
        head = policy.letterhead
        sent: list[ReminderSent] = []
        with self._uow() as tx:
            session = tx.session
            recent = set(session.scalars(select(DebtReminder.contract_id).where(DebtReminder.at >= since)))
            written: list[Path] = []
            try:
                for row in debtor_rows(session, today):
                    if row.overdue_kop <= 0 or row.contract_id in recent:
                        continue
                    contract = session.get_one(Contract, row.contract_id)
                    client = session.get_one(Client, row.client_id)
                    deadline = today + dt.timedelta(days=policy.deadline_days)
                    invoices = tuple(
                        InvoiceLine(
                            i.entry_on,
                            i.due_on,
                            f"Партия № {i.batch_id}" if i.batch_id else i.document,
                            i.unpaid_kop,
                            (today - i.due_on).days,
                        )
                        for i in unpaid_invoices(session, row.contract_id, row.debt_kop)
                    )
                    letter = DebtLetter(
                        head,
                        today,
                        client.full_name or client.short_name,
                        client.inn,
                        client.postal_address,
                        contract.number,
                        contract.signed_on,
                        row.debt_kop,
                        row.overdue_kop,
                        deadline,
                        CONSEQUENCE.format(number=contract.number),
                        invoices,
                    )
                    path = out_dir / _file_name(client.inn, contract.number, today)
                    path.write_bytes(self._render_letter(letter))
                    written.append(path)
                    session.add(
                        DebtReminder(
                            client_id=client.id,
                            contract_id=contract.id,
                            amount_kop=row.debt_kop,
                            overdue_kop=row.overdue_kop,
                            deadline=deadline,
                            file=str(path),
                            user_login=actor.login,
                        )
                    )
                    audit.record(
                        session,
                        actor,
                        "debt_reminder",
                        "contract",
                        contract.id,
                        after={"debt_kop": row.debt_kop, "overdue_kop": row.overdue_kop, "file": path.name},
                    )
                    sent.append(
                        ReminderSent(
                            client.id,
                            client.short_name,
                            client.inn,
                            contract.number,
                            row.debt_kop,
                            row.overdue_kop,
                            deadline,
                            path,
                        )
                    )
                tx.commit()
            except BaseException:
                for path in written:  # nothing recorded, so no letter left behind either
                    path.unlink(missing_ok=True)
                raise
        return sent

    def reminders_of(self, actor: Actor, client_id: int) -> list[ReminderRecord]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow() as tx:
            rows = tx.session.execute(
                select(DebtReminder, Contract.number)
                .join(Contract, Contract.id == DebtReminder.contract_id)
                .where(DebtReminder.client_id == client_id)
                .order_by(DebtReminder.at.desc())
            )
            return [ReminderRecord(r.at, number, r.amount_kop, r.file, r.user_login) for r, number in rows]

    def reconciliation(self, actor: Actor, contract_id: int, start: dt.date, end: dt.date) -> bytes:
        """The акт сверки for a period: opening balance, every entry, closing balance."""
        require(actor, Permission.VIEW_CLIENTS)
        if end < start:
            raise UserError(translate("Money", "The period ends before it starts."))
        policy = self._policy()
        with self._uow() as tx:
            contract = tx.session.get(Contract, contract_id)
            if contract is None:
                raise NotFound(translate("Money", "The contract no longer exists."))
            client = tx.session.get_one(Client, contract.client_id)
            opening = tx.session.scalar(
                select(func.coalesce(func.sum(LedgerEntry.amount_kop), 0)).where(
                    LedgerEntry.contract_id == contract_id, LedgerEntry.entry_on < start
                )
            )
            entries = tx.session.scalars(
                select(LedgerEntry)
                .where(
                    LedgerEntry.contract_id == contract_id,
                    LedgerEntry.entry_on >= start,
                    LedgerEntry.entry_on <= end,
                )
                .order_by(LedgerEntry.entry_on, LedgerEntry.id)
            )
            lines = tuple(
                StatementLine(
                    e.entry_on,
                    " ".join(
                        p
                        for p in (
                            _KIND_TEXT[e.kind],
                            f"партия № {e.batch_id}" if e.batch_id else "",
                            f"п/п № {e.document}" if e.document else "",
                        )
                        if p
                    ),
                    -e.amount_kop if e.amount_kop < 0 else 0,
                    e.amount_kop if e.amount_kop > 0 else 0,
                )
                for e in entries
            )
            statement = Reconciliation(
                policy.letterhead,
                client.full_name or client.short_name,
                client.inn,
                contract.number,
                start,
                end,
                int(opening or 0),
                lines,
            )
        return self._render_statement(statement)
