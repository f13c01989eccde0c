"""What the register hands out: frozen views of items, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from postdesk.calendar.deadlines import is_due_soon
from postdesk.calendar.production import ProductionCalendar
from postdesk.models.feedback import FeedbackItem
from postdesk.services.feedback.catalogue import OPEN_STATES, Channel, Decision, Kind, Sentiment, State, Topic


@dataclass(frozen=True)
class NewFeedback:
    """What the registrar enters; ``client_inn`` or ``client_id`` and ``barcode`` link the item."""

    kind: Kind
    channel: Channel
    received_at: dt.datetime
    text: str
    topic: Topic = Topic.OTHER
    sentiment: Sentiment = Sentiment.NONE
    client_id: int | None = None
    client_inn: str = ""
    contact_id: int | None = None
    author_name: str = ""
    author_contacts: str = ""
    barcode: str = ""
    within_settlement: bool = False
    documents_complete: bool = False
    completeness_note: str = ""
    attachments: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True)
class ExtensionRequest:
    """A request sent to another company while the answer waits for it."""

    company: str
    sent_on: dt.date
    answered_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class FeedbackView:
    id: int
    number: str
    kind: Kind
    sentiment: Sentiment
    channel: Channel
    topic: Topic
    state: State
    received_at: dt.datetime
    received_on: dt.date
    registered_login: str
    workstation: str
    author_name: str
    author_contacts: str
    client_id: int | None
    client_name: str
    batch_id: int | None
    batch_item_id: int | None
    barcode: str
    text: str
    due: dt.date
    legal_due: dt.date
    extended: bool
    extension_reason: str
    overdue: bool
    due_soon: bool
    answered_on: dt.date | None
    decision: Decision | None
    documents_complete: bool
    requests: tuple[ExtensionRequest, ...] = field(default=())

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


def format_number(year: int, number: int) -> str:
    return f"{year}-{number:05d}"


def item_view(
    row: FeedbackItem,
    client_name: str,
    calendar: ProductionCalendar,
    today: dt.date,
    requests: tuple[ExtensionRequest, ...] = (),
) -> FeedbackView:
    running = row.is_open
    return FeedbackView(
        id=row.id,
        number=format_number(row.year, row.number),
        kind=Kind(row.kind),
        sentiment=Sentiment(row.sentiment),
        channel=Channel(row.channel),
        topic=Topic(row.topic),
        state=State(row.state),
        received_at=row.received_at,
        received_on=row.received_on,
        registered_login=row.registered_login,
        workstation=row.workstation,
        author_name=row.author_name,
        author_contacts=row.author_contacts,
        client_id=row.client_id,
        client_name=client_name,
        batch_id=row.batch_id,
        batch_item_id=row.batch_item_id,
        barcode=row.barcode,
        text=row.text,
        due=row.due,
        legal_due=row.legal_due,
        extended=row.extended,
        extension_reason=row.extension_reason,
        overdue=row.was_overdue or (running and today > row.due),
        due_soon=running and is_due_soon(calendar, row.due, today),
        answered_on=row.answered_on,
        decision=Decision(row.decision) if row.decision else None,
        documents_complete=row.documents_complete,
        requests=requests,
    )
