"""Identifier ranges with their counters: the office's monthly ШПИ ranges, contract ranges, S10 ranges.

``next_serial`` is only ever advanced under a row lock (see ``services.identifiers``), so two
workstations can never be handed the same serial. Ranges never overlap: two ranges of one kind,
prefix and suffix may not share a serial while they are valid at the same time (an office range
for its month, every other range always). PostgreSQL enforces it with an exclusion constraint;
on SQLite the allocating transaction checks it under the write lock.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from sqlalchemy import ForeignKey, Integer, String, Table, Text, UniqueConstraint, literal_column
from sqlalchemy.dialects.postgresql import ExcludeConstraint
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


# The serials a range covers, and the months it is valid in ("" = always; "YYYY-MM" = that month).
RANGE_SERIALS_SQL = "int4range(first_serial, last_serial, '[]')"
RANGE_MONTHS_SQL = (
    "CASE WHEN period = '' THEN int4range(NULL, NULL) "
    "ELSE int4range(substr(period, 1, 4)::int * 12 + substr(period, 6, 2)::int, "
    "substr(period, 1, 4)::int * 12 + substr(period, 6, 2)::int + 1) END"
)
RANGE_EXCLUSION_NAME = "ex_identifier_ranges_overlap"

_ranges = cast(Table, IdentifierRange.__table__)
_ranges.append_constraint(
    ExcludeConstraint(
        (_ranges.c.kind, "="),
        (_ranges.c.prefix, "="),
        (_ranges.c.suffix, "="),
        (literal_column(RANGE_SERIALS_SQL), "&&"),
        (literal_column(f"({RANGE_MONTHS_SQL})"), "&&"),
        name=RANGE_EXCLUSION_NAME,
        using="gist",
    ).ddl_if(dialect="postgresql")
)
