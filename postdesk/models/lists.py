"""What the counter remembers about each client's list files: column mappings and sheet choices."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, utc_now


class ListProfile(Base):
    """A remembered choice for one client and one file shape.

    ``kind`` is ``columns`` (key: the file's header texts; data: the column mapping) or
    ``sheet`` (key: the workbook's sheet names; data: the sheet chosen last time) or
    ``mail_kind`` (key: the file's header texts; data: the kind given for lists without one).
    """

    __tablename__ = "list_profiles"
    __table_args__ = (UniqueConstraint("client_id", "kind", "shape_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    shape_key: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
