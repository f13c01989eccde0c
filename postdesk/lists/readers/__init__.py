"""Opening a list file of any supported kind as a :class:`~postdesk.lists.table.RawTable`."""

from __future__ import annotations

from pathlib import Path

from postdesk.lists.readers.dbf import read_dbf
from postdesk.lists.readers.otpravka import read_orders
from postdesk.lists.readers.spreadsheet import read_workbook
from postdesk.lists.readers.text import read_text
from postdesk.lists.safety import Limits, check_file, sniff
from postdesk.lists.table import RawTable

LIST_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv", ".dbf", ".json"})


def open_table(
    path: Path, *, sheet: str | None = None, limits: Limits | None = None, root: Path | None = None
) -> RawTable:
    """Read ``path`` (judged by its content, not its extension); ``root`` is the drive it came from."""
    limits = limits or Limits()
    check_file(path, limits, root)
    with path.open("rb") as handle:
        head = handle.read(4096)
    kind = sniff(head, path.suffix.lower())
    if kind in {"xlsx", "xlsm", "xls", "ods"}:
        return read_workbook(path, kind, sheet, limits)
    if kind == "dbf":
        return read_dbf(path, limits)
    if kind == "json":
        return read_orders(path, limits)
    return read_text(path, limits)
