"""Reading a reference table (xlsx, CSV in any Cyrillic encoding...) through a column mapping.

The files come from the regional office in whatever shape it exports, so the columns are
found by their headers: each field has the usual header words, and a mapping given by the
person importing (field → header text or column letter) wins over them. The list readers
(``postdesk.lists.readers``) do the reading, with their safety checks.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from pathlib import Path

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.lists.readers import open_table
from postdesk.lists.safety import Limits
from postdesk.lists.table import column_letter, is_empty_row


class ReferenceFileError(UserError):
    """The reference file cannot be read or does not fit the table; nothing was imported."""


@dataclass(frozen=True)
class Column:
    """A field of a reference table and the header words that usually name it (folded)."""

    field: str
    headers: tuple[str, ...]
    required: bool = True


def _fold(text: object) -> str:
    return " ".join(str(text or "").replace("ё", "е").replace("Ё", "Е").split()).casefold()


def cell_text(value: object) -> str:
    """A cell as text the way a person reads it (12.0 → "12", dates as ISO)."""
    if type(value) is str:  # the usual cell first, without the isinstance chain
        return " ".join(value.split())
    if isinstance(value, str):
        text = " ".join(value.split())
    elif value is None:
        text = ""
    elif isinstance(value, bool):
        text = "1" if value else "0"
    elif isinstance(value, float | Decimal) and math.isfinite(value) and value == int(value):
        text = str(int(value))
    elif isinstance(value, dt.datetime):
        text = value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ", "minutes")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    elif isinstance(value, dt.time):
        text = value.strftime("%H:%M")
    else:
        text = " ".join(str(value).split())
    return text


def _header_row(rows: Iterator[tuple[int, list[object]]]) -> tuple[int, list[str]]:
    for number, cells in rows:
        if not is_empty_row(cells):
            return number, [_fold(c) for c in cells]
    raise ReferenceFileError(translate("Reference", "The file is empty: there is no header row."))


def _find(column: Column, headers: list[str], mapping: Mapping[str, str]) -> int | None:
    wanted = mapping.get(column.field)
    if wanted:
        folded = _fold(wanted)
        if folded in headers:
            return headers.index(folded)
        letters = [_fold(column_letter(i)) for i in range(len(headers))]
        if folded in letters:
            return letters.index(folded)
        raise ReferenceFileError(
            translate("Reference", "The file has no column «%1» (mapped to %2).")
            .replace("%1", wanted)
            .replace("%2", column.field)
        )
    for word in column.headers:
        if word in headers:
            return headers.index(word)
    return None


def read_table(
    path: Path,
    columns: Sequence[Column],
    mapping: Mapping[str, str] | None = None,
    limits: Limits | None = None,
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(row number, {field: text})`` for every non-empty data row after the header."""
    mapping = dict(mapping or {})
    unknown = set(mapping) - {c.field for c in columns}
    if unknown:
        raise ReferenceFileError(
            translate("Reference", "Unknown fields in the mapping: %1. Known: %2.")
            .replace("%1", ", ".join(sorted(unknown)))
            .replace("%2", ", ".join(c.field for c in columns))
        )
    table = open_table(path, limits=limits or Limits(max_rows=1_000_000))
    rows = iter(table.rows)
    _number, headers = _header_row(rows)
    found = {c.field: _find(c, headers, mapping) for c in columns}
    missing = [c.field for c in columns if c.required and found[c.field] is None]
    if missing:
        raise ReferenceFileError(
            translate(
                "Reference", "The file has no column for: %1. Name the columns with --map FIELD=HEADER."
            ).replace("%1", ", ".join(missing))
        )
    positions = [(name, index) for name, index in found.items() if index is not None]
    names = [name for name, _index in positions]
    # A row long enough to hold every column is picked in C (the usual case, and 50,000 rows of it).
    pick = itemgetter(*(index for _name, index in positions), 0)
    width = max(index for _name, index in positions) + 1
    for number, cells in rows:
        if is_empty_row(cells):
            continue
        if len(cells) >= width:
            yield number, dict(zip(names, map(cell_text, pick(cells)), strict=False))
        else:
            yield (
                number,
                {name: cell_text(cells[index]) if index < len(cells) else "" for name, index in positions},
            )


def parse_mapping(pairs: Sequence[str]) -> dict[str, str]:
    """``["days=Срок", "to=B"]`` → ``{"days": "Срок", "to": "B"}``."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, header = pair.partition("=")
        if not sep or not field.strip() or not header.strip():
            raise ReferenceFileError(
                translate("Reference", "A mapping is written FIELD=HEADER, not «%1».").replace("%1", pair)
            )
        mapping[field.strip()] = header.strip()
    return mapping
