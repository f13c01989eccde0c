"""Reading the register: one item, the page's screens, the overdue list and the counters.

Open items carry an index on (is_open, due), so the overdue and due-soon queries touch only the
rows they return, however large the register grows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.calendar.deadlines import DUE_SOON_WORKING_DAYS
from postdesk.calendar.production import ProductionCalendar
from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.audit import AuditEntry
from postdesk.models.batches import Batch, BatchItem
from postdesk.models.clients import Client
from postdesk.models.feedback import FeedbackItem, FeedbackRequest
from postdesk.services.calendar import CalendarService
from postdesk.services.context import Actor
from postdesk.services.feedback.views import ExtensionRequest, FeedbackView, item_view
from postdesk.services.permissions import Permission, require


@dataclass(frozen=True)
class DeadlineCounts:
    """For the status bar: open items past their deadline and those due within two working days."""

    overdue: int
    due_soon: int


@dataclass(frozen=True)
class ItemHistoryEntry:
    at: dt.datetime
    action: str
    user_login: str


@dataclass(frozen=True)
class ItemLink:
    """What scanning an identifier fills in on the registering form."""

    barcode: str
    batch_item_id: int
    batch_id: int
    client_id: int
    client_name: str
    recipient: str
    status: str
    history: tuple[ItemHistoryEntry, ...]


def load_view(
    session: Session, feedback_id: int, calendar: ProductionCalendar, today: dt.date
) -> FeedbackView:
    row = session.get(FeedbackItem, feedback_id)
    if row is None:
        raise NotFound(
            translate("Feedback", "Feedback item %1 does not exist.").replace("%1", str(feedback_id))
        )
    client_name = ""
    if row.client_id is not None:
        client_name = session.scalar(select(Client.short_name).where(Client.id == row.client_id)) or ""
    requests = tuple(
        ExtensionRequest(r.company, r.sent_on, r.answered_on, r.note)
        for r in session.scalars(
            select(FeedbackRequest).where(FeedbackRequest.feedback_id == row.id).order_by(FeedbackRequest.id)
        )
    )
    return item_view(row, client_name, calendar, today, requests)


class FeedbackQueries:
    def __init__(
        self, uow: UnitOfWorkFactory, calendars: CalendarService, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self._uow = uow
        self._calendars = calendars
        self._today = today

    def get(self, actor: Actor, feedback_id: int) -> FeedbackView:
        require(actor, Permission.REGISTER_FEEDBACK)
        calendar = self._calendars.calendar()
        with self._uow() as tx:
            return load_view(tx.session, feedback_id, calendar, self._today())

    def list_items(
        self,
        actor: Actor,
        *,
        overdue: bool = False,
        due_within: int | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[FeedbackView]:
        """Newest first; ``overdue`` and ``due_within`` (working days) list open items by deadline."""
        require(actor, Permission.REGISTER_FEEDBACK)
        if due_within is not None and due_within < 0:
            raise UserError(translate("Feedback", "The number of working days cannot be negative."))
        calendar, today = self._calendars.calendar(), self._today()
        query = select(FeedbackItem, Client.short_name).outerjoin(Client, Client.id == FeedbackItem.client_id)
        if overdue or due_within is not None:
            query = query.where(FeedbackItem.is_open.is_(True))
            if overdue:
                query = query.where(FeedbackItem.due < today)
            if due_within is not None:
                query = query.where(FeedbackItem.due <= calendar.add_working_days(today, due_within))
                if not overdue:
                    query = query.where(FeedbackItem.due >= today)
            query = query.order_by(FeedbackItem.due, FeedbackItem.id)
        else:
            query = query.order_by(FeedbackItem.id.desc())
        with self._uow() as tx:
            rows = tx.session.execute(query.offset(offset).limit(limit)).all()
            return [item_view(row, name or "", calendar, today) for row, name in rows]

    def deadline_counts(self, actor: Actor) -> DeadlineCounts:
        require(actor, Permission.REGISTER_FEEDBACK)
        calendar, today = self._calendars.calendar(), self._today()
        soon = calendar.add_working_days(today, DUE_SOON_WORKING_DAYS)
        running = FeedbackItem.is_open.is_(True)
        with self._uow() as tx:
            late = tx.session.scalar(select(func.count()).where(running, FeedbackItem.due < today))
            near = tx.session.scalar(
                select(func.count()).where(running, FeedbackItem.due >= today, FeedbackItem.due <= soon)
            )
        return DeadlineCounts(int(late or 0), int(near or 0))

    def find_item(self, actor: Actor, scanned: str) -> ItemLink:
        """The accepted item behind a scanned identifier, its client, batch and history."""
        require(actor, Permission.REGISTER_FEEDBACK)
        code = "".join(scanned.split()).upper()
        with self._uow() as tx:
            row = tx.session.execute(
                select(BatchItem, Batch, Client.short_name)
                .join(Batch, Batch.id == BatchItem.batch_id)
                .join(Client, Client.id == Batch.client_id)
                .where(BatchItem.barcode == code)
                .order_by(BatchItem.id.desc())
            ).first()
            if row is None:
                raise NotFound(
                    translate("Feedback", "No item with identifier %1 was accepted here.").replace("%1", code)
                )
            item, batch, client_name = row
            history: list[ItemHistoryEntry] = []
            if batch.accepted_at is not None:
                history.append(ItemHistoryEntry(batch.accepted_at, "batch_accept", ""))
            entries = tx.session.scalars(
                select(AuditEntry)
                .where(AuditEntry.object_type == "batch_item", AuditEntry.object_id == str(item.id))
                .order_by(AuditEntry.id)
            )
            history.extend(ItemHistoryEntry(e.at, e.action, e.user_login) for e in entries)
            return ItemLink(
                barcode=code,
                batch_item_id=item.id,
                batch_id=batch.id,
                client_id=batch.client_id,
                client_name=client_name,
                recipient=item.recipient_name,
                status=item.status.value,
                history=tuple(sorted(history, key=lambda h: h.at)),
            )
