"""Identifier ranges with their counters: the office's monthly ШПИ ranges, contract ranges, S10 ranges.

``next_serial`` is only ever advanced by one atomic ``UPDATE ... RETURNING`` (see
``services.identifiers``), so two workstations can never be handed the same serial.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, utc_now


class IdentifierRange(Base):
    __tablename__ = "identifier_ranges"
    __table_args__ = (UniqueConstraint("kind", "prefix", "suffix", "period", "first_serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(4))  # "rpo" or "s10"
    prefix: Mapped[str] = mapped_column(String(8))  # ШПИ: postcode + month code; S10: service indicator
    suffix: Mapped[str] = mapped_column(String(2), default="")  # S10: country code
    period: Mapped[str] = mapped_column(String(7), default="")  # office ranges: the month "YYYY-MM"
    contract_id: Mapped[int | None] = mapped_column(
        ForeignKey("contracts.id", ondelete="CASCADE"), index=True
    )
    first_serial: Mapped[int] = mapped_column(Integer)
    last_serial: Mapped[int] = mapped_column(Integer)
    next_serial: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
