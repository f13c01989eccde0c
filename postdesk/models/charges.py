"""Charges of accepted items and the record of services given, declined or not possible.

One charge row per accepted item (replaced by a correction). Service records form a ledger:
acceptance adds a row, a void or correction adds a reversing or adjusting row, so a client's
history always sums to what was really rendered. The counter adds rows for every other service
(parcels, transfers, forms...), and for those the client declined or we could not give, with
the reason and the competitor the client named.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, Numeric, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, str_enum, utc_now
from postdesk.models.records import Outcome


class ItemChargeRow(Base):
    __tablename__ = "item_charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("batch_items.id", ondelete="CASCADE"), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"), index=True)
    tariff_version: Mapped[str] = mapped_column(String(60))
    priced_mass_g: Mapped[int] = mapped_column(Integer)
    postage_kop: Mapped[int] = mapped_column(BigInteger)
    discount_kop: Mapped[int] = mapped_column(BigInteger)
    declared_value_fee_kop: Mapped[int] = mapped_column(BigInteger)
    notice_kop: Mapped[int] = mapped_column(BigInteger)
    inventory_kop: Mapped[int] = mapped_column(BigInteger)
    sms_kop: Mapped[int] = mapped_column(BigInteger)
    net_kop: Mapped[int] = mapped_column(BigInteger)
    vat_kop: Mapped[int] = mapped_column(BigInteger)
    total_kop: Mapped[int] = mapped_column(BigInteger)
    vat_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))


# The partial indexes' conditions; a query uses such an index when it states the same condition.
REFUSED = "outcome <> 'given'"
NOTED_REFUSAL = "outcome <> 'given' AND note <> ''"


class ServiceRecord(Base):
    __tablename__ = "service_records"
    __table_args__ = (
        # A client's timeline, newest first.
        Index("ix_service_records_client_at", "client_id", "at"),
        # The reports: a period of one outcome read from the index alone (it carries every column
        # the reports group or sum), so a year of a busy office never touches the table.
        Index(
            "ix_service_records_reports",
            "outcome",
            "at",
            "client_id",
            "items_count",
            "amount_kop",
            "kind",
            "user_login",
            "reason_code",
            "competitor_id",
            "competitor_price_kop",
        ),
        # The refusal register, oldest first, from the refusals alone (a tenth of the records):
        # every column it shows but the note, which is unbounded text and read for the noted few.
        Index(
            "ix_service_records_refusals",
            "at",
            "id",
            "client_id",
            "service_code",
            "outcome",
            "reason_code",
            "competitor_id",
            "competitor_price_kop",
            "items_count",
            "amount_kop",
            "contact_person_id",
            "user_login",
            sqlite_where=text(REFUSED),
            postgresql_where=text(REFUSED),
        ),
        Index(
            "ix_service_records_noted_refusals",
            "at",
            sqlite_where=text(NOTED_REFUSAL),
            postgresql_where=text(NOTED_REFUSAL),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utc_now, index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("batches.id"), index=True)
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"))
    kind: Mapped[str] = mapped_column(String(20))
    items_count: Mapped[int] = mapped_column(Integer)
    amount_kop: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_login: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome), default=Outcome.GIVEN)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_persons.id", ondelete="SET NULL")
    )
    reason_code: Mapped[str | None] = mapped_column(ForeignKey("refusal_reasons.code"))
    competitor_id: Mapped[int | None] = mapped_column(ForeignKey("competitors.id"))
    competitor_price_kop: Mapped[int | None] = mapped_column(BigInteger)
