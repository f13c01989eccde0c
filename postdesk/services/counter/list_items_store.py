"""Writing a checked list's items into ``batch_items`` fast, inside the caller's transaction.

On SQLite the statement is written for the driver directly: each row is a single C-level
``attrgetter`` call; per-batch constants (batch, status, columns the list does not fill, and
columns whose value is the same in every row of this list) are SQL literals, and truncation to
the column's length (``substr``, counted in characters as Python slices are) and the stored
form of a missing value (``coalesce``) are SQL too, on the columns where this list needs them.
Other databases take SQLAlchemy's executemany.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from decimal import Decimal
from operator import attrgetter
from typing import Any, cast

from sqlalchemy import String, Table, insert
from sqlalchemy.engine import Connection

from postdesk.lists.items import ListItem
from postdesk.models.batches import BatchItem, ItemStatus

ITEMS = cast(Table, BatchItem.__table__)
CHUNK = 10_000

# Column -> the ListItem attribute that fills it (batch, sequence and status come from the import).
_FROM_ITEM = {
    "source_row": "source_row",
    "barcode": "barcode",
    "client_ref": "client_ref",
    "recipient_name": "recipient_name",
    "address": "address",
    "address_parts": "address_parts",
    "postcode": "postcode",
    "phone": "phone",
    "mail_type": "mail_type",
    "mail_category": "mail_category",
    "mail_rank": "mail_rank",
    "declared_mass_g": "declared_mass_g",
    "declared_value_kop": "declared_value_kop",
    "cod_kop": "cod_kop",
    "listed_fee_kop": "listed_fee_kop",
    "notice": "notice",
    "inventory": "inventory",
    "fragile": "fragile",
    "sms": "sms",
    "length_mm": "length_mm",
    "width_mm": "width_mm",
    "height_mm": "height_mm",
    "recipient_key": "recipient_key",
}
_FILLED = ("batch_id", "seq", "status", *_FROM_ITEM)
# Enum columns whose "not stated" (None) is stored as '' (models.base.optional_str_enum).
_BLANK_IS_NONE = frozenset({"mail_type", "mail_category"})


def insert_items(connection: Connection, batch_id: int, items: list[ListItem]) -> None:
    """All ``items`` as rows of batch ``batch_id``, numbered from 1, in chunks of bounded memory."""
    if connection.dialect.name == "sqlite":
        _insert_sqlite(connection, batch_id, items)
        return
    statement = insert(ITEMS)
    for start in range(0, len(items), CHUNK):
        rows = [
            _row_values(batch_id, seq, item)
            for seq, item in enumerate(items[start : start + CHUNK], start=start + 1)
        ]
        connection.execute(statement, rows)


def _insert_sqlite(connection: Connection, batch_id: int, items: list[ListItem]) -> None:
    compiled = insert(ITEMS).compile(dialect=connection.dialect, column_keys=list(_FILLED))
    names = list(compiled.positiontup or ())
    constants = {"batch_id": batch_id, "status": ItemStatus.PENDING.value}
    # Columns the list does not fill but that have scalar defaults (e.g. set later at weighing)
    # are in the compiled statement too: the raw statement supplies those defaults itself.
    constants.update({name: _raw_default(name) for name in names if name not in _FILLED})
    bound: dict[str, str] = {}  # column -> its placeholder, for the values that differ by row
    for name in names:
        if name not in _FROM_ITEM:
            continue
        values = list(map(attrgetter(_FROM_ITEM[name]), items))
        if _same(values):  # the same for every row (flags, rank, empty columns): a literal
            constants[name] = _stored(name, values[0])
        else:
            bound[name] = _value_sql(name, values)
    columns = [*constants, "seq", *bound]  # bound values: (seq, *item attributes), in this order
    placeholders = [_literal(value) for value in constants.values()] + ["?", *bound.values()]
    sql = f"INSERT INTO {ITEMS.name} ({', '.join(columns)}) VALUES ({', '.join(placeholders)})"
    attributes = [_FROM_ITEM[name] for name in bound]
    row_of = _row_getter(attributes)
    parts_at = attributes.index("address_parts") + 1 if "address_parts" in attributes else None  # +1: seq
    for start in range(0, len(items), CHUNK):
        chunk = items[start : start + CHUNK]
        rows = [(seq, *row_of(item)) for seq, item in enumerate(chunk, start=start + 1)]
        if parts_at is not None:
            rows = [_json_parts(row, parts_at) for row in rows]
        connection.exec_driver_sql(sql, rows)


def _row_getter(attributes: list[str]) -> Callable[[ListItem], tuple[Any, ...]]:
    if len(attributes) > 1:
        return attrgetter(*attributes)
    if attributes:
        single = attrgetter(attributes[0])
        return lambda item: (single(item),)
    return lambda _item: ()


def _same(values: list[Any]) -> bool:
    """Every value equal to the first, and one a literal can spell (no NUL, no nested data)."""
    first = values[0] if values else None
    if first is None or isinstance(first, bool | int) or (isinstance(first, str) and "\x00" not in first):
        return values.count(first) == len(values)
    return False


def _stored(name: str, value: Any) -> Any:
    """What the placeholder's SQL would make of ``value``: the same rules, applied once."""
    if name == "declared_mass_g":
        return 0 if value is None else value
    if name in _BLANK_IS_NONE:
        return "" if value is None else value
    length = getattr(ITEMS.c[name].type, "length", None)
    if isinstance(value, str) and length:
        return value[:length]
    return value


def _value_sql(name: str, values: list[Any]) -> str:
    """``?``, wrapped in SQL only when some value of this list needs it (the functions cost per row)."""
    if name == "barcode":
        return "?"  # checked identifiers, or None: no identifier yet (NULL in the unique index)
    if name == "declared_mass_g":
        return "coalesce(?, 0)" if None in values else "?"
    if name in _BLANK_IS_NONE:
        return "coalesce(?, '')" if None in values else "?"
    column_type = ITEMS.c[name].type
    length = getattr(column_type, "length", None)
    if isinstance(column_type, String) and length and max(map(len, values), default=0) > length:
        return f"substr(?, 1, {length})"
    return "?"


def _literal(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise TypeError(f"no SQL literal for {value!r}")


def _json_parts(row: tuple[Any, ...], index: int) -> tuple[Any, ...]:
    parts = row[index]
    if parts is None:
        return row
    return (*row[:index], json.dumps(parts, ensure_ascii=False), *row[index + 1 :])


def _raw_default(name: str) -> Any:
    default = ITEMS.c[name].default
    value = getattr(default, "arg", None) if default is not None and default.is_scalar else None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    return value


def _row_values(batch_id: int, seq: int, item: ListItem) -> dict[str, Any]:
    values: dict[str, Any] = {"batch_id": batch_id, "seq": seq, "status": ItemStatus.PENDING}
    for column, attribute in _FROM_ITEM.items():
        value = getattr(item, attribute)
        length = getattr(ITEMS.c[column].type, "length", None)
        if isinstance(value, str) and length:
            value = value[:length]
        values[column] = value
    values["declared_mass_g"] = values["declared_mass_g"] or 0
    return values
