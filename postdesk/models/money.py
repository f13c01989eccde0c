"""Money under contracts: the ledger, payments received and the debt reminders sent.

The ledger is the only source of a contract's balance: every charge, reversal, correction,
payment and opening balance is one signed row (credit to the client positive, charge negative),
and ``contracts.balance_kop`` is maintained from it in the same transaction, never typed.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, str_enum, utc_now


class EntryKind(enum.StrEnum):
    OPENING = "opening"
    CHARGE = "charge"
    REVERSAL = "reversal"
    CORRECTION = "correction"
    PAYMENT = "payment"


class PaymentSource(enum.StrEnum):
    MANUAL = "manual"
    STATEMENT = "statement"
    COUNTER_CASH = "counter_cash"


class LedgerEntry(Base):
    __tablename__ = "ledger_entries"
    __table_args__ = (
        Index("ix_ledger_entries_contract_due", "contract_id", "due_on", "amount_kop"),
        Index("ix_ledger_entries_contract_on", "contract_id", "entry_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"))
    kind: Mapped[EntryKind] = mapped_column(str_enum(EntryKind))
    amount_kop: Mapped[int] = mapped_column(BigInteger)
    entry_on: Mapped[dt.date] = mapped_column(Date)
    # Charges and what reverses or corrects them fall due on this date; payments have none.
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batches.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), index=True)
    document: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    user_login: Mapped[str] = mapped_column(String(64), default="")


class Payment(Base):
    """Money received: by hand, from a bank statement (matched or waiting to be assigned) or in cash."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[PaymentSource] = mapped_column(str_enum(PaymentSource))
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount_kop: Mapped[int] = mapped_column(BigInteger)
    document: Mapped[str] = mapped_column(String(60), default="")
    payer_inn: Mapped[str] = mapped_column(String(12), default="", index=True)
    payer_name: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"), index=True)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batches.id"))
    # A statement document's identity (number, date, amount, payer): the same one is stored once.
    dedupe_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    user_login: Mapped[str] = mapped_column(String(64), default="")


class DebtReminder(Base):
    """A debt reminder letter sent: read by the client's timeline and by the repeat guard."""

    __tablename__ = "debt_reminders"
    __table_args__ = (Index("ix_debt_reminders_contract_at", "contract_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    amount_kop: Mapped[int] = mapped_column(BigInteger)
    overdue_kop: Mapped[int] = mapped_column(BigInteger, default=0)
    deadline: Mapped[dt.date] = mapped_column(Date)
    file: Mapped[str] = mapped_column(String(500), default="")
    user_login: Mapped[str] = mapped_column(String(64), default="")
