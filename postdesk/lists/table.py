"""The uniform shape every reader produces: numbered rows of raw cell values, streamed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

Cell = object
Row = list[Cell]


@dataclass
class RawTable:
    """One sheet (or the only table) of a list file.

    ``rows`` yields ``(row number as the client sees it, cells)``; the first cell is in
    column ``first_column`` (0 = A), so letters in findings match the client's spreadsheet.
    Formats with built-in field names (DBF, JSON) set ``field_names`` and number records from 1.
    """

    format: str
    rows: Iterator[tuple[int, Row]]
    encoding: str | None = None
    sheet: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    first_column: int = 0
    field_names: list[str] | None = None
    list_number: str = ""
    warnings: list[str] = field(default_factory=list)
    money_in_kopecks: bool = False


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA, as spreadsheets label columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def is_empty_row(cells: Row) -> bool:
    for cell in cells:
        if cell is None:
            continue
        if isinstance(cell, str):
            if cell.strip():
                return False
            continue
        return False
    return True
