"""The workstation's reference shelf, shared by every workstation on the database.

Imported price lists (each import a new version), delivery-time norms, the transport schedule
extract, forms and packaging with their stock, organisations that are not clients and the
guiding documents (PDF files kept in the database so every workstation opens the same one).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, str_enum, utc_now


class PriceListVersion(Base):
    """One imported price list, in force from ``effective_from`` until a later version lists a code."""

    __tablename__ = "price_list_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    effective_from: Mapped[dt.date] = mapped_column(Date, index=True)
    sample: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(300), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    user_login: Mapped[str] = mapped_column(String(64), default="")


class PriceListEntry(Base):
    """The price of one service unit without VAT; ``code`` reuses the service catalogue where it can."""

    __tablename__ = "price_list_entries"
    __table_args__ = (UniqueConstraint("version_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("price_list_versions.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(30), default="item")
    price_kop: Mapped[int] = mapped_column(BigInteger)
    vat_percent: Mapped[int] = mapped_column(Integer, default=20)
    group: Mapped[str] = mapped_column(String(40), default="")


class DeliveryNorm(Base):
    """A control time: from a postcode prefix or a region to a postcode prefix or a region
    ("" and "" = anywhere) for a mail class. A side names a region only with an empty prefix."""

    __tablename__ = "delivery_norms"
    __table_args__ = (
        Index(
            "ix_delivery_norms_lookup_regions",
            "to_prefix",
            "to_region",
            "mail_class",
            "from_prefix",
            "from_region",
        ),
        CheckConstraint("days >= 0", name="days_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    from_prefix: Mapped[str] = mapped_column(String(6), default="")
    to_prefix: Mapped[str] = mapped_column(String(6), default="")
    mail_class: Mapped[str] = mapped_column(String(30), default="")
    days: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(200), default="")
    from_region: Mapped[str] = mapped_column(String(100), default="", server_default="")
    to_region: Mapped[str] = mapped_column(String(100), default="", server_default="")


class PostcodeRegion(Base):
    """Which region or settlement a postcode prefix belongs to (the longest prefix is the closest)."""

    __tablename__ = "postcode_regions"

    prefix: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class HolidayRule(enum.StrEnum):
    """What a route does on a public holiday of the production calendar."""

    SKIP = "skip"  # no departure that day
    RUNS = "runs"  # departs as on any other day


class RouteKind(enum.StrEnum):
    INTER_REGIONAL = "inter_regional"
    INTER_DISTRICT = "inter_district"
    INTRA_DISTRICT = "intra_district"


class TransportRoute(Base):
    """A departure of the mail transport: which postcodes it carries to, on which weekdays, when."""

    __tablename__ = "transport_routes"
    __table_args__ = (Index("ix_transport_routes_to_prefix", "to_prefix"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    route: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[RouteKind] = mapped_column(str_enum(RouteKind))
    to_prefix: Mapped[str] = mapped_column(String(6), default="")
    weekdays: Mapped[str] = mapped_column(String(7))  # ISO weekday digits, "135" = Mon, Wed, Fri
    departs_at: Mapped[dt.time] = mapped_column(Time)
    ready_minutes: Mapped[int] = mapped_column(Integer, default=60)
    holidays: Mapped[HolidayRule] = mapped_column(
        str_enum(HolidayRule), default=HolidayRule.SKIP, server_default=HolidayRule.SKIP.value
    )


class FormKind(enum.StrEnum):
    FORM = "form"
    PACKAGING = "packaging"


class FormItem(Base):
    """A form, blank or packaging sold at the counter, with the stock this office holds."""

    __tablename__ = "form_items"
    __table_args__ = (CheckConstraint("stock >= 0", name="stock_not_negative"),)

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[FormKind] = mapped_column(str_enum(FormKind), default=FormKind.FORM)
    unit: Mapped[str] = mapped_column(String(30), default="item")
    price_kop: Mapped[int] = mapped_column(BigInteger)
    stock: Mapped[int] = mapped_column(Integer, default=0)
    low_stock: Mapped[int] = mapped_column(Integer, default=10)
    active: Mapped[bool] = mapped_column(default=True)


class StockMovementKind(enum.StrEnum):
    RECEIVED = "received"
    SOLD = "sold"
    WRITTEN_OFF = "written_off"


class StockMovement(Base):
    """Every change of a form's stock; a sale points at the service record it made."""

    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    form_code: Mapped[str] = mapped_column(ForeignKey("form_items.code", ondelete="CASCADE"), index=True)
    kind: Mapped[StockMovementKind] = mapped_column(str_enum(StockMovementKind))
    quantity: Mapped[int] = mapped_column(Integer)  # signed: received +, sold and written off -
    service_record_id: Mapped[int | None] = mapped_column(ForeignKey("service_records.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    user_login: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class OrganisationKind(enum.StrEnum):
    PARTNER = "partner"
    HIGHER = "higher"
    COMPETITOR_OFFICE = "competitor_office"
    OTHER = "other"


class Organisation(Base):
    """An organisation the office deals with that is not a client."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[OrganisationKind] = mapped_column(str_enum(OrganisationKind), default=OrganisationKind.OTHER)
    phone: Mapped[str] = mapped_column(String(100), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(400), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class GuidingDocument(Base):
    """A guiding document (order, procedure, instruction) as the PDF file itself."""

    __tablename__ = "guiding_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    effective_from: Mapped[dt.date | None] = mapped_column(Date)
    filename: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    user_login: Mapped[str] = mapped_column(String(64), default="")
