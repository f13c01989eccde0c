"""The one declarative base, its naming convention and the column types shared by all models."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any, ClassVar

from sqlalchemy import DateTime, Enum, MetaData, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC timestamps on every database (SQLite drops the zone otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use utc_now()")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def str_enum(enum_type: type[enum.Enum], length: int = 20) -> Enum:
    """Store an enum by value as a plain string column (no native enum types to migrate)."""
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class _EnumOrBlank(TypeDecorator[enum.Enum]):
    """An enum stored by value, where an empty string on disk means "not known yet" (None)."""

    impl = String
    cache_ok = True

    def __init__(self, enum_type: type[enum.Enum], length: int) -> None:
        super().__init__(length)
        self.enum_type = enum_type

    def process_bind_param(self, value: object, dialect: Dialect) -> str:
        if value is None or value == "":
            return ""
        return str(self.enum_type(value).value)  # an unknown value is refused on write

    def process_result_value(self, value: object, dialect: Dialect) -> enum.Enum | None:
        return self.enum_type(value) if value else None


def optional_str_enum(enum_type: type[enum.Enum], length: int = 20) -> TypeDecorator[enum.Enum]:
    """Like :func:`str_enum` for a value that may be missing: None in Python, ``''`` in the column.

    The empty string keeps the stored form of columns that held bare codes (a NOT NULL column
    cannot become nullable on SQLite without rebuilding the table its neighbours point at).
    """
    return _EnumOrBlank(enum_type, length)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UtcDateTime()}
