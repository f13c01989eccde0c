"""Prospects (organisations we want as clients), their contacts, needs and activities; letters sent.

A prospect is kept apart from ``clients`` on purpose: it may have no INN yet, it moves through
a sales pipeline, and it becomes a client (with its requisites and contacts) only when a
contract is signed. Offers and notices sent to prospects and clients are stored as letters with
their PDF, so the history shows exactly what went out.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import BigInteger, Date, ForeignKey, Index, LargeBinary, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from postdesk.models.base import Base, str_enum, utc_now


class ProspectSource(enum.StrEnum):
    WALK_IN = "walk_in"
    REFERRAL = "referral"
    COUNTER_REFUSAL = "counter_refusal"
    ORGANISATION_LIST = "organisation_list"


class Stage(enum.StrEnum):
    NEW = "new"
    CONTACTED = "contacted"
    OFFER_SENT = "offer_sent"
    NEGOTIATING = "negotiating"
    WON = "won"
    LOST = "lost"


class ActivityKind(enum.StrEnum):
    CALL = "call"
    VISIT = "visit"
    LETTER = "letter"
    EMAIL = "email"
    MEETING = "meeting"


class LetterKind(enum.StrEnum):
    OFFER = "offer"
    TARIFF_NOTICE = "tariff_notice"
    EXPIRY_REMINDER = "expiry_reminder"


class Prospect(Base):
    __tablename__ = "prospects"
    __table_args__ = (
        # The board and "due today": open stages by the date of the next action.
        Index("ix_prospects_stage_due", "stage", "next_action_on", "id"),
        Index("ix_prospects_owner_due", "owner_id", "next_action_on", "stage"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    inn: Mapped[str] = mapped_column(String(12), default="", index=True)
    kpp: Mapped[str] = mapped_column(String(9), default="")
    sector: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    phones: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[ProspectSource] = mapped_column(str_enum(ProspectSource), default=ProspectSource.WALK_IN)
    stage: Mapped[Stage] = mapped_column(str_enum(Stage), default=Stage.NEW)
    lost_reason_code: Mapped[str | None] = mapped_column(ForeignKey("refusal_reasons.code"))
    competitor_id: Mapped[int | None] = mapped_column(ForeignKey("competitors.id", ondelete="SET NULL"))
    # What the prospect pays the competitor per item of ``competitor_service_code``, in kopecks.
    competitor_price_kop: Mapped[int | None] = mapped_column(BigInteger)
    competitor_service_code: Mapped[str | None] = mapped_column(ForeignKey("services.code"))
    monthly_volume: Mapped[int] = mapped_column(default=0)
    proposed_discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    next_action: Mapped[str] = mapped_column(String(300), default="")
    next_action_on: Mapped[dt.date | None] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    last_activity_at: Mapped[dt.datetime | None] = mapped_column()
    # Case-folded name, INN, sector and contacts (SQLite's LOWER() does not fold Cyrillic).
    search_text: Mapped[str] = mapped_column(String(800), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    contacts: Mapped[list[ProspectContact]] = relationship(
        cascade="all, delete-orphan", order_by="ProspectContact.id"
    )
    services: Mapped[list[ProspectNeed]] = relationship(
        cascade="all, delete-orphan", order_by="ProspectNeed.service_code"
    )


class ProspectContact(Base):
    __tablename__ = "prospect_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    prospect_id: Mapped[int] = mapped_column(ForeignKey("prospects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    phones: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    decides: Mapped[bool] = mapped_column(default=False)


class ProspectNeed(Base):
    """A service the prospect needs (from the service catalogue)."""

    __tablename__ = "prospect_services"

    prospect_id: Mapped[int] = mapped_column(ForeignKey("prospects.id", ondelete="CASCADE"), primary_key=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"), primary_key=True)


class ProspectActivity(Base):
    __tablename__ = "prospect_activities"
    __table_args__ = (Index("ix_prospect_activities_prospect_at", "prospect_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    prospect_id: Mapped[int] = mapped_column(ForeignKey("prospects.id", ondelete="CASCADE"))
    kind: Mapped[ActivityKind] = mapped_column(str_enum(ActivityKind))
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    outcome: Mapped[str] = mapped_column(Text, default="")
    user_login: Mapped[str] = mapped_column(String(64), default="")


class OutreachLetter(Base):
    """An offer or notice as it went out: the PDF, to whom, and how (e-mail through the queue or post)."""

    __tablename__ = "outreach_letters"
    __table_args__ = (
        Index("ix_outreach_letters_client_at", "client_id", "at"),
        Index("ix_outreach_letters_prospect_at", "prospect_id", "at"),
        Index("ix_outreach_letters_kind_ref", "kind", "ref"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[LetterKind] = mapped_column(str_enum(LetterKind))
    number: Mapped[str] = mapped_column(String(40), default="")
    prospect_id: Mapped[int | None] = mapped_column(ForeignKey("prospects.id", ondelete="SET NULL"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id", ondelete="SET NULL"))
    # What the letter is about: the new tariff version of a notice, the contract's end of a reminder.
    ref: Mapped[str] = mapped_column(String(60), default="")
    addressee: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(String(500), default="")
    saving_kop: Mapped[int | None] = mapped_column(BigInteger)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_mail.id", ondelete="SET NULL"))
    printed: Mapped[bool] = mapped_column(default=False)
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    user_login: Mapped[str] = mapped_column(String(64), default="")
