"""What the counter records beyond batches: refusal reasons, competitors and their prices.

The service records themselves live in ``models.charges`` (acceptance writes them too); these
tables give a declined or impossible service its reason and, when the client named one, the
competitor that takes the service instead and what it charges.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, str_enum, utc_now


class Outcome(enum.StrEnum):
    GIVEN = "given"
    DECLINED = "declined"  # the client did not want it
    NOT_POSSIBLE = "not_possible"  # we could not give it (no forms, scale broken, limit)


class ReasonScope(enum.StrEnum):
    """Which refusals a reason explains: the client's, ours, or both."""

    DECLINED = "declined"
    NOT_POSSIBLE = "not_possible"
    ANY = "any"


class CompetitorKind(enum.StrEnum):
    COURIER = "courier"
    BANK = "bank"
    OTHER_POST = "other_post"
    OTHER = "other"


class PriceSource(enum.StrEnum):
    CLIENT_SAID = "client_said"
    PRICE_LIST = "price_list"
    WEBSITE = "website"


class RefusalReason(Base):
    """The catalogue of reasons the supervisor maintains; codes are stable English words."""

    __tablename__ = "refusal_reasons"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    scope: Mapped[ReasonScope] = mapped_column(str_enum(ReasonScope), default=ReasonScope.ANY)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Competitor(Base):
    __tablename__ = "competitors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[CompetitorKind] = mapped_column(str_enum(CompetitorKind), default=CompetitorKind.OTHER)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class PriceObservation(Base):
    """One competitor price for one service on one day, with where it came from."""

    __tablename__ = "price_observations"
    __table_args__ = (
        Index("ix_price_observations_service", "service_code", "observed_on"),
        Index("ix_price_observations_competitor", "competitor_id", "service_code", "observed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    competitor_id: Mapped[int] = mapped_column(ForeignKey("competitors.id", ondelete="CASCADE"))
    service_code: Mapped[str] = mapped_column(ForeignKey("services.code"))
    price_kop: Mapped[int] = mapped_column(BigInteger)
    unit: Mapped[str] = mapped_column(String(20), default="item")
    observed_on: Mapped[dt.date] = mapped_column(Date)
    source: Mapped[PriceSource] = mapped_column(str_enum(PriceSource), default=PriceSource.CLIENT_SAID)
    service_record_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_records.id", ondelete="SET NULL")
    )
    user_login: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class ContactNote(Base):
    """What was said with the client outside any service (a call, a visit), for the timeline."""

    __tablename__ = "contact_notes"
    __table_args__ = (Index("ix_contact_notes_client_at", "client_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_persons.id", ondelete="SET NULL")
    )
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    text: Mapped[str] = mapped_column(Text)
    user_login: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(100), default="")
