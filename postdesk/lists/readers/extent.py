"""The real extent of an xlsx sheet, read from its XML before any reader builds a grid.

calamine builds a dense grid from the first to the last cell, so one stray cell at ALL1000000
asks for 32 GB and aborts the process. The sheet's own ``<dimension>`` is not trusted (some
exporters declare A1:XFD1048576 for twelve columns, others declare nothing). The scan streams
the XML: digits and letters are masked so that plain ``bytes.find`` (fast, in C) tells whether
any reference has two letters (column AA onwards) or six digits (row 100,000 onwards); only
then are the references read one by one. Otherwise the grid is at most 99,999 × 26 cells.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

_MASK = bytes.maketrans(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"0" * 10 + b"A" * 26)
_REF = re.compile(rb'\sr="([A-Z]{0,3})(\d+)"')
_WIDE_OR_DEEP = (b' r="AA', b'A000000"', b' r="000000')
_CHUNK = 1 << 20
SMALL_ROWS, SMALL_COLUMNS = 99_999, 26


@dataclass(frozen=True)
class Extent:
    rows: int  # the last row holding a cell, or an upper bound (99,999) for smaller sheets
    columns: int  # the last column holding a cell, or an upper bound (26) for narrower sheets
    last_cell: str  # the reference of the farthest cell seen, for messages: «ALL1000000»
    formulas: bool
    exact: bool  # every cell carries its reference (Excel always writes them)

    @property
    def cells(self) -> int:
        return self.rows * self.columns


def column_number(letters: str) -> int:
    value = 0
    for char in letters:
        value = value * 26 + ord(char) - 64
    return value


def sheet_extent(archive: zipfile.ZipFile, member: str) -> Extent:
    rows = columns = 0
    last_cell = ""
    formulas = False
    deep = False
    references = tags = 0
    tail = b""
    with archive.open(member) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            window = tail + chunk
            cut = window.rfind(b"<") if chunk else len(window)
            part, tail = (window[:cut], window[cut:]) if cut > 0 else (window, b"")
            if not part and not chunk:
                break
            formulas = formulas or b"<f>" in part or b"<f " in part or b":f>" in part
            masked = part.translate(_MASK)
            references += masked.count(b' r="A')
            tags += part.count(b"<c ") + part.count(b"<c>")
            if any(marker in masked for marker in _WIDE_OR_DEEP):
                deep = True
                for letters, digits in _REF.findall(part):
                    row = int(digits)
                    column = column_number(letters.decode()) if letters else 0
                    if row > rows or column > columns:
                        last_cell = letters.decode() + digits.decode()
                    rows, columns = max(rows, row), max(columns, column)
            if not chunk:
                break
    if not deep:  # no reference beyond Z99999: the grid cannot be larger than that
        rows, columns = SMALL_ROWS, SMALL_COLUMNS
    return Extent(rows, columns, last_cell, formulas, exact=references >= tags)
