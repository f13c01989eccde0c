"""Contracts with their services and special conditions stored as data the counter acts on."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import BigInteger, Date, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from postdesk.models.base import Base, str_enum, utc_now

if TYPE_CHECKING:
    from postdesk.models.clients import Client


class ContractStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class PaymentTerms(enum.StrEnum):
    PREPAID = "prepaid"
    POSTPAID = "postpaid"


class Service(Base):
    """The service catalogue (batch mail, parcels, money transfers...), seeded by migration."""

    __tablename__ = "services"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(default=0)
    # Our usual price for the unit, shown beside competitors' prices (None: priced per item by tariff).
    our_price_kop: Mapped[int | None] = mapped_column(BigInteger)
    price_unit: Mapped[str] = mapped_column(String(20), default="item")


class Contract(Base):
    __tablename__ = "contracts"
    __table_args__ = (UniqueConstraint("client_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(50), index=True)
    signed_on: Mapped[dt.date] = mapped_column(Date)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ContractStatus] = mapped_column(str_enum(ContractStatus), default=ContractStatus.ACTIVE)
    accept_without_client: Mapped[bool] = mapped_column(default=False)
    lists_electronic: Mapped[bool] = mapped_column(default=False)
    lists_on_media: Mapped[bool] = mapped_column(default=False)
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    # Weighed vs declared mass: the larger of the percentage and the grams is allowed.
    weight_tolerance_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("2"))
    weight_tolerance_g: Mapped[int] = mapped_column(default=5)
    payment_terms: Mapped[PaymentTerms] = mapped_column(str_enum(PaymentTerms), default=PaymentTerms.PREPAID)
    credit_limit_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    # Days a credit contract's charge may stay unpaid before it is overdue.
    payment_term_days: Mapped[int] = mapped_column(default=30)
    # The sum of the contract's ledger, kept by ``services.money.ledger`` in the same transaction
    # as every entry (so the debtors list reads it without summing a million rows); never typed.
    balance_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    client: Mapped[Client] = relationship(back_populates="contracts")
    services: Mapped[list[ContractService]] = relationship(
        cascade="all, delete-orphan", order_by="ContractService.service_code"
    )


class ContractService(Base):
    __tablename__ = "contract_services"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"), primary_key=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"), primary_key=True)
