"""Corporate clients (and prospects) with their contact persons."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from postdesk.models.base import Base, str_enum, utc_now

if TYPE_CHECKING:
    from postdesk.models.contracts import Contract


class ClientStatus(enum.StrEnum):
    ACTIVE = "active"
    PROSPECT = "prospect"
    FORMER = "former"


class Client(Base):
    __tablename__ = "clients"
    __table_args__ = (Index("ix_clients_inn_kpp", "inn", "kpp", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(500))
    short_name: Mapped[str] = mapped_column(String(200))
    inn: Mapped[str] = mapped_column(String(12), index=True)
    kpp: Mapped[str] = mapped_column(String(9), default="")
    ogrn: Mapped[str] = mapped_column(String(15), default="")
    legal_address: Mapped[str] = mapped_column(String(500), default="")
    postal_address: Mapped[str] = mapped_column(String(500), default="")
    phones: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    bank_name: Mapped[str] = mapped_column(String(300), default="")
    bik: Mapped[str] = mapped_column(String(9), default="")
    settlement_account: Mapped[str] = mapped_column(String(20), default="")
    correspondent_account: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[ClientStatus] = mapped_column(str_enum(ClientStatus), default=ClientStatus.ACTIVE)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Case-folded names and INN: SQLite's LOWER() does not fold Cyrillic, so search uses this.
    search_text: Mapped[str] = mapped_column(String(800), default="", index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="ContactPerson.id"
    )
    contracts: Mapped[list[Contract]] = relationship(
        back_populates="client", cascade="all, delete-orphan", order_by="Contract.starts_on"
    )


class ContactPerson(Base):
    __tablename__ = "contact_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    phones: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    client: Mapped[Client] = relationship(back_populates="contacts")
