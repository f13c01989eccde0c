"""Monthly summaries of the service records, so a year's report reads thousands of rows, not millions.

Each table is a sum over the service records of one UTC month (``YYYY-MM``), grouped by what one
report needs. The service that writes a record adds it to the summaries in the same transaction
(``services/records/summaries.py``); the ledger of service records is append-only (a correction
is a new row), so a summary only ever grows by the rows written. Missing groups are ``""`` / ``0``
rather than NULL so that every group has exactly one row on both databases.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, str_enum
from postdesk.models.records import Outcome

# On SQLite the rows live in the key's own b-tree (no rowid), so a range of months is read in
# order without a lookup per row; PostgreSQL ignores the option.
_CLUSTERED = {"sqlite_with_rowid": False}


class RecordClientMonth(Base):
    """Per outcome, month, client and kind: volumes, revenue and the first and last service.

    Keyed outcome first, so the services given in a run of months are one range of the key."""

    __tablename__ = "record_client_months"
    __table_args__ = _CLUSTERED

    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    client_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    records: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(BigInteger)
    amount_kop: Mapped[int] = mapped_column(BigInteger)
    first_at: Mapped[dt.datetime]
    last_at: Mapped[dt.datetime]


class RecordRefusalMonth(Base):
    """Per month, outcome, reason (``""``: none) and competitor (``0``: none named): refusals."""

    __tablename__ = "record_refusal_months"
    __table_args__ = _CLUSTERED

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome), primary_key=True)
    reason_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    competitor_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    records: Mapped[int] = mapped_column(Integer)


class RecordOperatorMonth(Base):
    """Per month, operator, kind and outcome: what each operator did (and, summed over the
    operators, the office's month)."""

    __tablename__ = "record_operator_months"
    __table_args__ = _CLUSTERED

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    user_login: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome), primary_key=True)
    records: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(BigInteger)
    amount_kop: Mapped[int] = mapped_column(BigInteger)
