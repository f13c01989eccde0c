"""Exports of the records area: the refusal register of a period, streamed straight to xlsx."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from postdesk.common.i18n import QT_TRANSLATE_NOOP, translate
from postdesk.common.xlsx_export import Column, ColumnType, SheetData, write_xlsx
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.charges import NOTED_REFUSAL, REFUSED, ServiceRecord
from postdesk.models.clients import Client, ContactPerson
from postdesk.models.contracts import Service
from postdesk.models.records import Competitor, Outcome, RefusalReason
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records.data import Period

R = ServiceRecord
_CHUNK = 5000  # rows fetched at a time: memory stays flat however long the period
OUTCOME_TITLES = {
    "given": QT_TRANSLATE_NOOP("Records", "Given"),
    "declined": QT_TRANSLATE_NOOP("Records", "Declined"),
    "not_possible": QT_TRANSLATE_NOOP("Records", "Not possible"),
}


def _columns() -> list[Column]:
    return [
        Column(translate("Records", "Date and time"), ColumnType.DATETIME, 17),
        Column(translate("Records", "Client"), ColumnType.TEXT, 36),
        Column(translate("Records", "INN"), ColumnType.TEXT, 13),
        Column(translate("Records", "Service"), ColumnType.TEXT, 30),
        Column(translate("Records", "Outcome"), ColumnType.TEXT, 14),
        Column(translate("Records", "Reason"), ColumnType.TEXT, 30),
        Column(translate("Records", "Competitor"), ColumnType.TEXT, 24),
        Column(translate("Records", "Competitor's price, ₽"), ColumnType.MONEY_KOP, 14),
        Column(translate("Records", "Quantity"), ColumnType.INTEGER, 9),
        Column(translate("Records", "Amount, ₽"), ColumnType.MONEY_KOP, 13),
        Column(translate("Records", "Contact person"), ColumnType.TEXT, 24),
        Column(translate("Records", "Operator"), ColumnType.TEXT, 14),
        Column(translate("Records", "Note"), ColumnType.TEXT, 40),
    ]


@dataclass
class _Names:
    """The names the rows refer to, read once (the register itself carries only the ids)."""

    clients: dict[int, tuple[str, str]]
    services: dict[str, str]
    reasons: dict[str, str]
    competitors: dict[int, str]
    contacts: dict[int, str]
    notes: dict[int, str]  # by record, the noted ones only

    @classmethod
    def read(cls, session: Session) -> _Names:
        return cls(
            clients={
                cid: (name, inn)
                for cid, name, inn in session.execute(select(Client.id, Client.short_name, Client.inn))
            },
            services={code: name for code, name in session.execute(select(Service.code, Service.name))},
            reasons={
                code: name for code, name in session.execute(select(RefusalReason.code, RefusalReason.name))
            },
            competitors={cid: name for cid, name in session.execute(select(Competitor.id, Competitor.name))},
            contacts={},
            notes={},
        )

    def row(self, session: Session, outcomes: dict[Outcome, str], r: Any) -> tuple[object, ...]:
        """One register row in the columns' order."""
        (
            at,
            record_id,
            client_id,
            service,
            outcome,
            reason,
            competitor,
            price,
            quantity,
            amount,
            contact,
            user,
        ) = r
        return (
            at,
            *self.clients.get(client_id, ("", "")),
            self.services.get(service, service),
            outcomes[outcome],
            self.reasons.get(reason, reason) if reason else "",
            self.competitors.get(competitor, "") if competitor else "",
            price,
            quantity,
            amount,
            self.contact(session, contact),
            user,
            self.notes.get(record_id, ""),
        )

    def contact(self, session: Session, contact_id: int | None) -> str:
        """A contact person's name, looked up the first time it is met (few refusals name one)."""
        if contact_id is None:
            return ""
        if contact_id not in self.contacts:
            person = session.get(ContactPerson, contact_id)
            self.contacts[contact_id] = person.name if person is not None else ""
        return self.contacts[contact_id]


class RecordExportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def export_refusals(self, actor: Actor, period: Period, path: Path) -> int:
        """Every declined or impossible service of the period, oldest first; returns the row count."""
        require(actor, Permission.VIEW_REPORTS)
        outcome_names = {Outcome(k): translate("Records", v) for k, v in OUTCOME_TITLES.items()}
        within = [R.at >= period.since, R.at < period.until]
        # Straight from the refusals' index in its order (no sort, no lookup of the records);
        # the notes, unbounded text kept out of the index, are read for the noted few.
        query = (
            select(
                R.at,
                R.id,
                R.client_id,
                R.service_code,
                R.outcome,
                R.reason_code,
                R.competitor_id,
                R.competitor_price_kop,
                R.items_count,
                R.amount_kop,
                R.contact_person_id,
                R.user_login,
            )
            .where(text(REFUSED), *within)
            .order_by(R.at, R.id)
        )
        noted = select(R.id, R.note).where(text(NOTED_REFUSAL), *within)
        with self._uow() as tx:
            session = tx.session
            names = _Names.read(session)
            noted = noted.with_hint(R, "INDEXED BY ix_service_records_noted_refusals", "sqlite")
            names.notes = {record_id: note for record_id, note in session.execute(noted)}
            # Plain rows streamed off the connection, a chunk at a time (PostgreSQL: a named
            # cursor), with no ORM row machinery.
            result = session.connection().execution_options(yield_per=_CHUNK).execute(query)
            rows = (names.row(session, outcome_names, r) for r in result)
            count = write_xlsx(path, [SheetData(translate("Records", "Refusals"), _columns(), rows)])
        with self._uow() as tx:
            audit.record(
                tx.session,
                actor,
                "refusals_export",
                "report",
                "refusals",
                after={"from": period.start, "to": period.end, "rows": count, "file": path.name},
            )
            tx.commit()
        return count
