"""Batches handed in by clients and their items: from draft (list read) to accepted.

A batch starts as a *draft* when a list is imported. It becomes *received* when registered
without the client waiting (accepted later), then *accepted*; an accepted batch changes only
through audited void or correction actions. Money is kopecks, mass is grams, always integers.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from postdesk.models.base import Base, optional_str_enum, str_enum, utc_now
from postdesk.postal.mailclasses import MailCategory, MailRank, MailType, NoticeKind
from postdesk.postal.weighing import WeightDecision, WeightSource

if TYPE_CHECKING:
    from postdesk.models.clients import Client


class BatchStatus(enum.StrEnum):
    DRAFT = "draft"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    VOIDED = "voided"


# Rows the unique identifier index covers (kept literal: migrations repeat it word for word).
LIVE_ACCEPTED_BARCODE = "status = 'accepted' AND barcode IS NOT NULL"


class ItemStatus(enum.StrEnum):
    PENDING = "pending"
    WEIGHED = "weighed"
    RETURNED = "returned"
    ACCEPTED = "accepted"
    VOIDED = "voided"


class Batch(Base):
    __tablename__ = "batches"
    __table_args__ = (Index("ix_batches_client_status", "client_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    status: Mapped[BatchStatus] = mapped_column(str_enum(BatchStatus), default=BatchStatus.DRAFT)
    list_number: Mapped[str] = mapped_column(String(50), default="")
    list_date: Mapped[dt.date | None] = mapped_column(Date)
    # None: the list does not say (a mixed list, or no kind yet); stored as ''.
    mail_type: Mapped[MailType | None] = mapped_column(
        optional_str_enum(MailType, 40), nullable=False, default=None
    )
    mail_category: Mapped[MailCategory | None] = mapped_column(
        optional_str_enum(MailCategory, 60), nullable=False, default=None
    )
    mail_rank: Mapped[MailRank] = mapped_column(str_enum(MailRank, 30), default=MailRank.WO_RANK)
    payment_method: Mapped[str] = mapped_column(String(30), default="CASHLESS")
    source_file: Mapped[str] = mapped_column(String(500), default="")
    source_format: Mapped[str] = mapped_column(String(20), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="", index=True)
    items_count: Mapped[int] = mapped_column(Integer, default=0)
    mass_g: Mapped[int] = mapped_column(BigInteger, default=0)
    declared_value_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    cod_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    workstation: Mapped[str] = mapped_column(String(100), default="")
    # Registered without the client waiting, accepted later, documents handed back later.
    without_client: Mapped[bool] = mapped_column(default=False)
    received_at: Mapped[dt.datetime | None] = mapped_column()
    received_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    received_workstation: Mapped[str] = mapped_column(String(100), default="")
    documents_handed_at: Mapped[dt.datetime | None] = mapped_column()
    documents_handed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    documents_recipient: Mapped[str] = mapped_column(String(200), default="")
    # Acceptance: who, where, under which tariff and discount, and the charge totals.
    accepted_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    accepted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    accepted_workstation: Mapped[str] = mapped_column(String(100), default="")
    office_postcode: Mapped[str] = mapped_column(String(6), default="")
    tariff_version: Mapped[str] = mapped_column(String(60), default="")
    tariff_sample: Mapped[bool] = mapped_column(default=False)
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    postage_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    declared_value_fee_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    notice_fee_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    inventory_fee_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    sms_fee_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    net_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    vat_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    total_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    status_reason: Mapped[str] = mapped_column(Text, default="")

    client: Mapped[Client] = relationship()
    items: Mapped[list[BatchItem]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="BatchItem.seq"
    )


class BatchItem(Base):
    __tablename__ = "batch_items"
    __table_args__ = (
        UniqueConstraint("batch_id", "seq"),
        # One identifier belongs to at most one live accepted item: a second acceptance of the
        # same ШПИ fails in the database, whatever raced it.
        Index(
            "uq_batch_items_accepted_barcode",
            "barcode",
            unique=True,
            sqlite_where=text(LIVE_ACCEPTED_BARCODE),
            postgresql_where=text(LIVE_ACCEPTED_BARCODE),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: the unique (batch_id, seq) index serves every lookup by batch.
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    source_row: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[ItemStatus] = mapped_column(str_enum(ItemStatus), default=ItemStatus.PENDING)
    barcode: Mapped[str | None] = mapped_column(String(20), index=True)
    client_ref: Mapped[str] = mapped_column(String(100), default="")
    recipient_name: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(String(600), default="")
    address_parts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    postcode: Mapped[str] = mapped_column(String(10), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    # None: the list does not say (a mixed list, or no kind yet); stored as ''.
    mail_type: Mapped[MailType | None] = mapped_column(
        optional_str_enum(MailType, 40), nullable=False, default=None
    )
    mail_category: Mapped[MailCategory | None] = mapped_column(
        optional_str_enum(MailCategory, 60), nullable=False, default=None
    )
    mail_rank: Mapped[MailRank] = mapped_column(str_enum(MailRank, 30), default=MailRank.WO_RANK)
    declared_mass_g: Mapped[int] = mapped_column(Integer, default=0)
    declared_value_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    cod_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    listed_fee_kop: Mapped[int | None] = mapped_column(BigInteger)
    notice: Mapped[NoticeKind] = mapped_column(str_enum(NoticeKind, 20), default=NoticeKind.NONE)
    inventory: Mapped[bool] = mapped_column(default=False)
    fragile: Mapped[bool] = mapped_column(default=False)
    sms: Mapped[bool] = mapped_column(default=False)
    length_mm: Mapped[int | None] = mapped_column(Integer)
    width_mm: Mapped[int | None] = mapped_column(Integer)
    height_mm: Mapped[int | None] = mapped_column(Integer)
    # Weighing (values of postal.weighing.WeightSource / WeightDecision) and the priced mass.
    weighed_mass_g: Mapped[int | None] = mapped_column(Integer)
    weight_source: Mapped[WeightSource | None] = mapped_column(str_enum(WeightSource, 10))
    weight_decision: Mapped[WeightDecision | None] = mapped_column(str_enum(WeightDecision, 20))
    weighed_at: Mapped[dt.datetime | None] = mapped_column()
    weighed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    priced_mass_g: Mapped[int] = mapped_column(Integer, default=0)  # set at acceptance
    barcode_allocated: Mapped[bool] = mapped_column(default=False)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    # Hash of recipient, postcode, address and mass: finds an item listed again without an identifier.
    recipient_key: Mapped[str] = mapped_column(String(24), default="", server_default="", index=True)

    batch: Mapped[Batch] = relationship(back_populates="items")
