"""People who sign in, and the workstations they sign in at."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, str_enum, utc_now


class Role(enum.StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(str_enum(Role))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class Workstation(Base):
    __tablename__ = "workstations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    office_postcode: Mapped[str] = mapped_column(String(6))


class SignInFailures(Base):
    """Failed sign-ins counted per login and per workstation, to slow down and lock out guessing."""

    __tablename__ = "sign_in_failures"

    kind: Mapped[str] = mapped_column(String(12), primary_key=True)  # "login" or "workstation"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    first_at: Mapped[dt.datetime]
    last_at: Mapped[dt.datetime]
    locked_until: Mapped[dt.datetime | None]
