"""The one xlsx writer for reports and registers: typed columns, formula-like text neutralised.

Exports are opened in spreadsheet programs that run what looks like a formula, so text that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a leading
apostrophe: the cell shows the text and never evaluates it. Numbers stay numbers.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MAX_SHEET_TITLE = 31


class ColumnType(enum.Enum):
    TEXT = "text"
    INTEGER = "integer"
    MONEY_KOP = "money_kop"  # integer kopecks, shown as rubles
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True)
class Column:
    title: str
    type: ColumnType = ColumnType.TEXT
    width: int = 14


@dataclass(frozen=True)
class SheetData:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]


def neutralise(text: str) -> str:
    """Text that a spreadsheet would take for a formula, made inert."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _sheet_title(title: str, used: set[str]) -> str:
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in title)[:_MAX_SHEET_TITLE] or "Sheet"
    name, n = clean, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = clean[: _MAX_SHEET_TITLE - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def write_xlsx(path: Path, sheets: Sequence[SheetData]) -> int:
    """Write the sheets (rows streamed, constant memory); returns the number of data rows written."""
    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "default_date_format": "dd.mm.yyyy",
        },
    )
    header = workbook.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1, "text_wrap": True})
    formats = {
        ColumnType.MONEY_KOP: workbook.add_format({"num_format": "#,##0.00"}),
        ColumnType.DATE: workbook.add_format({"num_format": "dd.mm.yyyy"}),
        ColumnType.DATETIME: workbook.add_format({"num_format": "dd.mm.yyyy hh:mm"}),
    }
    written, used = 0, set[str]()
    try:
        for sheet in sheets:
            ws = workbook.add_worksheet(_sheet_title(sheet.title, used))
            for c, column in enumerate(sheet.columns):
                ws.set_column(c, c, column.width)
                ws.write_string(0, c, neutralise(column.title), header)
            ws.freeze_panes(1, 0)
            types = [column.type for column in sheet.columns]
            row_number = 0
            for row_number, row in enumerate(sheet.rows, start=1):
                for c, value in enumerate(row):
                    _write(
                        ws, (row_number, c), value, types[c] if c < len(types) else ColumnType.TEXT, formats
                    )
            written += row_number
    finally:
        workbook.close()
    return written


def _write(
    ws: Any, at: tuple[int, int], value: object, kind: ColumnType, formats: dict[ColumnType, Any]
) -> None:
    r, c = at
    if value is None or value == "":
        return
    if kind is ColumnType.MONEY_KOP and isinstance(value, int):
        ws.write_number(r, c, value / 100, formats[kind])
    elif kind is ColumnType.DATETIME and isinstance(value, dt.datetime):
        ws.write_datetime(r, c, value.astimezone().replace(tzinfo=None), formats[kind])
    elif kind is ColumnType.DATE and isinstance(value, dt.date):
        ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), formats[kind])
    elif isinstance(value, bool):
        ws.write_boolean(r, c, value)
    elif isinstance(value, int | float) and kind is not ColumnType.TEXT:
        ws.write_number(r, c, value)
    else:
        ws.write_string(r, c, neutralise(str(value)))
