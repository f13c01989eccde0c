"""The feedback register: complaints, suggestions and reviews, their answers and the clock.

``due`` is the draft-answer deadline (10 working days, 20 once extended), recomputed when the
calendar changes; ``legal_due`` is the postal rules' claim period kept beside it. ``was_overdue``
is set once an item passes its deadline and never cleared, so statistics keep it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, utc_now


class FeedbackItem(Base):
    __tablename__ = "feedback_items"
    __table_args__ = (
        UniqueConstraint("year", "number"),
        Index("ix_feedback_items_open_due", "is_open", "due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    sentiment: Mapped[str] = mapped_column(String(10), default="")
    channel: Mapped[str] = mapped_column(String(20))
    topic: Mapped[str] = mapped_column(String(30), default="other")
    state: Mapped[str] = mapped_column(String(20), default="registered")
    is_open: Mapped[bool] = mapped_column(default=True)
    received_at: Mapped[dt.datetime] = mapped_column()
    received_on: Mapped[dt.date] = mapped_column(Date)
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    registered_login: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(100), default="")
    author_name: Mapped[str] = mapped_column(String(300), default="")
    author_contacts: Mapped[str] = mapped_column(String(300), default="")
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact_persons.id"))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batches.id"))
    batch_item_id: Mapped[int | None] = mapped_column(ForeignKey("batch_items.id"))
    barcode: Mapped[str] = mapped_column(String(20), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    within_settlement: Mapped[bool] = mapped_column(default=False)
    documents_complete: Mapped[bool] = mapped_column(default=False)
    completeness_note: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[dt.date] = mapped_column(Date)
    legal_due: Mapped[dt.date] = mapped_column(Date)
    extended: Mapped[bool] = mapped_column(default=False)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    was_overdue: Mapped[bool] = mapped_column(default=False)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(String(20), default="")
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    answered_login: Mapped[str] = mapped_column(String(64), default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class FeedbackAttachment(Base):
    __tablename__ = "feedback_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback_items.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class FeedbackRequest(Base):
    """A request to another company made during an extension: to whom, when, answer received."""

    __tablename__ = "feedback_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback_items.id", ondelete="CASCADE"), index=True)
    company: Mapped[str] = mapped_column(String(300))
    sent_on: Mapped[dt.date] = mapped_column(Date)
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class FeedbackAnswer(Base):
    """The decision and the letter as sent (PDF), with its reasons."""

    __tablename__ = "feedback_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback_items.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(20))
    letter_number: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    reasons: Mapped[list[Any]] = mapped_column(JSON)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    delivery: Mapped[str] = mapped_column(String(20), default="print")
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class FeedbackCounter(Base):
    """The last number given out per year; bumped in the registering transaction, so no gaps."""

    __tablename__ = "feedback_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class ClientFeedbackEvent(Base):
    """An entry for the client's timeline: a registration or an answer of the register."""

    __tablename__ = "client_feedback_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utc_now, index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback_items.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    summary: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_login: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(100), default="")


class FeedbackStatGroup(Base):
    """Items per year, month, kind, topic and channel: fixed at registration, counted then."""

    __tablename__ = "feedback_stat_groups"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    topic: Mapped[str] = mapped_column(String(30), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class FeedbackStatPeople(Base):
    """Items per year, registering operator and workstation."""

    __tablename__ = "feedback_stat_people"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    workstation: Mapped[str] = mapped_column(String(100), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class FeedbackStatAnswer(Base):
    """Answers per year of receipt, working days taken and lateness: counted when answered."""

    __tablename__ = "feedback_stat_answers"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    working_days: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    late: Mapped[bool] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class FeedbackStatOverdue(Base):
    """Items per year of receipt that were ever marked overdue (the mark is never cleared)."""

    __tablename__ = "feedback_stat_overdue"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    count: Mapped[int] = mapped_column(Integer, default=0)
