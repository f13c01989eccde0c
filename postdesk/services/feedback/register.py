"""Registering feedback and moving it through its states, with the deadlines on the calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.calendar.deadlines import ClaimPeriods, answer_due, legal_due
from postdesk.calendar.production import ProductionCalendar
from postdesk.common.errors import ConflictError, NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.batches import Batch, BatchItem
from postdesk.models.clients import Client
from postdesk.models.feedback import (
    ClientFeedbackEvent,
    FeedbackAttachment,
    FeedbackCounter,
    FeedbackItem,
    FeedbackRequest,
)
from postdesk.services import audit
from postdesk.services.calendar import CalendarService
from postdesk.services.context import Actor
from postdesk.services.feedback.catalogue import OPEN_STATES, STATE_TITLES, TRANSITIONS, Kind, State
from postdesk.services.feedback.clock import mark_overdue
from postdesk.services.feedback.listing import load_view
from postdesk.services.feedback.tallies import count_registered
from postdesk.services.feedback.views import ExtensionRequest, FeedbackView, NewFeedback, format_number
from postdesk.services.permissions import Permission, require


@dataclass(frozen=True)
class RegisterRules:
    """Limits and periods from the settings."""

    claim_periods: ClaimPeriods = field(default_factory=ClaimPeriods)
    max_attachment_bytes: int = 10 * 2**20


def next_number(session: Session, year: int) -> int:
    """The year's next number, taken under a row lock so two registrars never share one."""
    counter = session.scalars(
        select(FeedbackCounter).where(FeedbackCounter.year == year).with_for_update()
    ).first()
    if counter is None:
        counter = FeedbackCounter(year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    session.flush()
    return counter.last_number


def ensure_transition(current: State, target: State) -> None:
    if target not in TRANSITIONS[current]:
        raise ConflictError(
            translate("Feedback", "The item is already past this step (state: %1).").replace(
                "%1", translate("Feedback", STATE_TITLES[current])
            )
        )


class FeedbackService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        calendars: CalendarService,
        rules: Callable[[], RegisterRules],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow
        self._calendars = calendars
        self._rules = rules
        self._today = today

    def calendar(self) -> ProductionCalendar:
        return self._calendars.calendar()

    def register(self, actor: Actor, new: NewFeedback) -> FeedbackView:
        require(actor, Permission.REGISTER_FEEDBACK)
        rules = self._rules()
        received = new.received_at.date()
        today = self._today()
        self._validate(new, received, today, rules)
        calendar = self.calendar()
        with self._uow() as tx:
            session = tx.session
            client_id, batch_id, item_id, barcode = self._links(session, new)
            year = received.year
            row = FeedbackItem(
                year=year,
                number=next_number(session, year),
                kind=new.kind.value,
                sentiment=new.sentiment.value if new.kind is Kind.REVIEW else "",
                channel=new.channel.value,
                topic=new.topic.value,
                state=State.REGISTERED.value,
                is_open=True,
                received_at=new.received_at,
                received_on=received,
                registered_by=actor.user_id,
                registered_login=actor.login,
                workstation=actor.workstation,
                author_name=new.author_name.strip(),
                author_contacts=new.author_contacts.strip(),
                client_id=client_id,
                contact_id=new.contact_id,
                batch_id=batch_id,
                batch_item_id=item_id,
                barcode=barcode,
                text=new.text.strip(),
                within_settlement=new.within_settlement,
                documents_complete=new.documents_complete,
                completeness_note=new.completeness_note,
                due=answer_due(calendar, received),
                legal_due=legal_due(calendar, received, new.within_settlement, rules.claim_periods),
                was_overdue=today > answer_due(calendar, received),
            )
            session.add(row)
            session.flush()
            count_registered(session, row)
            for name, content in new.attachments:
                session.add(
                    FeedbackAttachment(feedback_id=row.id, filename=name, size=len(content), content=content)
                )
            number = format_number(row.year, row.number)
            if client_id is not None:
                session.add(
                    ClientFeedbackEvent(
                        client_id=client_id,
                        feedback_id=row.id,
                        kind="feedback_registered",
                        summary=f"{number}: {new.kind.value}, {new.topic.value}",
                        user_id=actor.user_id,
                        user_login=actor.login,
                        workstation=actor.workstation,
                    )
                )
            audit.record(
                session,
                actor,
                "feedback.registered",
                "feedback",
                row.id,
                after={
                    "number": number,
                    "kind": new.kind,
                    "channel": new.channel,
                    "topic": new.topic,
                    "received_on": received,
                    "due": row.due,
                    "legal_due": row.legal_due,
                    "client_id": client_id,
                    "barcode": barcode,
                    "attachments": [name for name, _ in new.attachments],
                },
            )
            tx.commit()
            return load_view(session, row.id, calendar, today)

    def _validate(self, new: NewFeedback, received: dt.date, today: dt.date, rules: RegisterRules) -> None:
        if not new.text.strip():
            raise UserError(translate("Feedback", "Enter the text of the complaint, suggestion or review."))
        if received > today:
            raise UserError(translate("Feedback", "The date received cannot be in the future."))
        for name, content in new.attachments:
            if len(content) > rules.max_attachment_bytes:
                raise UserError(
                    translate("Feedback", "The file %1 is too large: at most %2 MB may be attached.")
                    .replace("%1", name)
                    .replace("%2", str(rules.max_attachment_bytes // 2**20))
                )

    def _links(self, session: Session, new: NewFeedback) -> tuple[int | None, int | None, int | None, str]:
        client_id = new.client_id
        if new.client_inn:
            found = session.scalars(select(Client.id).where(Client.inn == new.client_inn.strip())).first()
            if found is None:
                raise NotFound(
                    translate(
                        "Feedback", "No client with INN %1. Check the number or register the client first."
                    ).replace("%1", new.client_inn)
                )
            client_id = found
        batch_id = item_id = None
        barcode = "".join(new.barcode.split()).upper()
        if barcode:
            item = session.execute(
                select(BatchItem.id, BatchItem.batch_id, Batch.client_id)
                .join(Batch, Batch.id == BatchItem.batch_id)
                .where(BatchItem.barcode == barcode)
                .order_by(BatchItem.id.desc())
            ).first()
            if item is None:
                raise NotFound(
                    translate("Feedback", "No item with identifier %1 was accepted here.").replace(
                        "%1", barcode
                    )
                )
            item_id, batch_id = item.id, item.batch_id
            client_id = client_id or item.client_id
        return client_id, batch_id, item_id, barcode

    def take_in_work(self, actor: Actor, feedback_id: int) -> FeedbackView:
        require(actor, Permission.ANSWER_FEEDBACK)
        return self._move(actor, feedback_id, State.IN_WORK, "feedback.taken_in_work")

    def extend(
        self, actor: Actor, feedback_id: int, reason: str, requests: tuple[ExtensionRequest, ...] = ()
    ) -> FeedbackView:
        """The one extension to 20 working days, with its reason and the requests sent out."""
        require(actor, Permission.EXTEND_FEEDBACK)
        if not reason.strip():
            raise UserError(translate("Feedback", "State why the answer needs more time."))
        calendar, today = self.calendar(), self._today()
        with self._uow() as tx:
            session = tx.session
            row = self._get(session, feedback_id)
            if row.extended:
                raise ConflictError(
                    translate(
                        "Feedback",
                        "The deadline of %1 was already extended once; it cannot be extended again.",
                    ).replace("%1", format_number(row.year, row.number))
                )
            ensure_transition(State(row.state), State.EXTENDED)
            mark_overdue(session, today)
            session.refresh(row)
            before = {"due": row.due, "state": row.state}
            row.extended = True
            row.extension_reason = reason.strip()
            row.state = State.EXTENDED.value
            row.due = answer_due(calendar, row.received_on, extended=True)
            for request in requests:
                session.add(
                    FeedbackRequest(
                        feedback_id=row.id,
                        company=request.company,
                        sent_on=request.sent_on,
                        answered_on=request.answered_on,
                        note=request.note,
                    )
                )
            audit.record(
                session,
                actor,
                "feedback.extended",
                "feedback",
                row.id,
                before=before,
                after={
                    "due": row.due,
                    "state": row.state,
                    "reason": row.extension_reason,
                    "requests": [r.company for r in requests],
                },
            )
            tx.commit()
            return load_view(session, row.id, calendar, today)

    def request_answered(self, actor: Actor, feedback_id: int, company: str, on: dt.date) -> FeedbackView:
        require(actor, Permission.ANSWER_FEEDBACK)
        with self._uow() as tx:
            request = tx.session.scalars(
                select(FeedbackRequest).where(
                    FeedbackRequest.feedback_id == feedback_id, FeedbackRequest.company == company
                )
            ).first()
            if request is None:
                raise NotFound(translate("Feedback", "No request to %1 was recorded.").replace("%1", company))
            request.answered_on = on
            audit.record(
                tx.session,
                actor,
                "feedback.request_answered",
                "feedback",
                feedback_id,
                after={"company": company, "answered_on": on},
            )
            tx.commit()
            return load_view(tx.session, feedback_id, self.calendar(), self._today())

    def close(self, actor: Actor, feedback_id: int, appealed: bool = False) -> FeedbackView:
        require(actor, Permission.ANSWER_FEEDBACK)
        target = State.APPEALED if appealed else State.CLOSED
        return self._move(actor, feedback_id, target, f"feedback.{target.value}")

    def _move(self, actor: Actor, feedback_id: int, target: State, action: str) -> FeedbackView:
        calendar, today = self.calendar(), self._today()
        with self._uow() as tx:
            row = self._get(tx.session, feedback_id)
            current = State(row.state)
            ensure_transition(current, target)
            mark_overdue(tx.session, today)
            row.state = target.value
            row.is_open = target in OPEN_STATES
            if target in {State.CLOSED, State.APPEALED}:
                row.closed_at = dt.datetime.now(dt.UTC)
            audit.record(
                tx.session,
                actor,
                action,
                "feedback",
                row.id,
                before={"state": current},
                after={"state": target},
            )
            tx.commit()
            return load_view(tx.session, row.id, calendar, today)

    @staticmethod
    def _get(session: Session, feedback_id: int) -> FeedbackItem:
        row = session.get(FeedbackItem, feedback_id)
        if row is None:
            raise NotFound(
                translate("Feedback", "Feedback item %1 does not exist.").replace("%1", str(feedback_id))
            )
        return row

    def count_open(self) -> int:
        with self._uow() as tx:
            return int(tx.session.scalar(select(func.count()).where(FeedbackItem.is_open.is_(True))) or 0)
