"""The real extent of an xlsx sheet, read from its XML before any reader builds a grid.

calamine builds a dense grid from the first to the last cell, so one stray cell at ALL1000000
asks for 32 GB and aborts the process. The sheet's own ``<dimension>`` is not trusted (some
exporters declare A1:XFD1048576 for twelve columns, others declare nothing).

The scan streams the XML and masks it (digits -> 0, capitals -> A, the spellings of a tag's
separators and quotes -> one each) so that a few ``bytes.count``/``find`` calls, in C, tell
what matters: whether every cell carries its reference as its first attribute (``exact``: the
grid then only reaches as far as the references say) and whether any reference has two letters
(column AA onwards) or six digits (row 100,000 onwards). Only the parts of the XML that hold
such a reference are read reference by reference; every other part is within Z99999.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass

_MASK = bytes.maketrans(
    b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ\t\n\r>/:'",
    b"0" * 10 + b"A" * 26 + b"     " + b'<"',
)
_CELL = b"<c "  # <c ...>, <c>, <c/>, <x:c ...>: every cell element
_CELL_WITH_REFERENCE = b'<c r="A'  # a cell whose first attribute is its reference
_FORMULA = b"<f "  # <f>, <f ...>, <x:f>
_WIDE, _DEEP = b'<c r="AA', b'<c r="A000000'
# The same references in the unmasked XML (one separator, either quote), and rows' numbers.
_REF = re.compile(rb"""[<:](?:c|row)[ \t\n\r>/]r=["']([A-Z]*)(\d+)""")
_CHUNK = 1 << 20
SMALL_ROWS, SMALL_COLUMNS = 99_999, 26


@dataclass(frozen=True)
class Extent:
    rows: int  # the last row holding a cell, or an upper bound (99,999 at least) for larger sheets
    columns: int  # the last column holding a cell, or an upper bound (26 at least)
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


@dataclass
class _Scan:
    rows: int = 0
    columns: int = 0
    last_cell: str = ""
    formulas: bool = False
    cells: int = 0
    referenced: int = 0
    far: bool = False  # some part holds a reference beyond Z99999
    near: bool = False  # some part with cells but no such reference was not read one by one

    def part(self, part: bytes) -> None:
        masked = part.translate(_MASK)
        self.formulas = self.formulas or _FORMULA in masked
        cells = masked.count(_CELL)
        if not cells:
            return
        self.cells += cells
        self.referenced += masked.count(_CELL_WITH_REFERENCE)
        if _WIDE in masked or _DEEP in masked:
            self.far = True
            self._references(part)
        else:
            self.near = True

    def _references(self, part: bytes) -> None:
        for letters, digits in _REF.findall(part):
            row = int(digits)
            column = column_number(letters.decode()) if letters else 0
            if row > self.rows or column > self.columns:
                self.last_cell = letters.decode() + digits.decode()
            self.rows, self.columns = max(self.rows, row), max(self.columns, column)

    def extent(self) -> Extent:
        exact = self.referenced == self.cells
        if not self.far:  # no reference beyond Z99999: the grid cannot be larger than that
            return Extent(SMALL_ROWS, SMALL_COLUMNS, self.last_cell, self.formulas, exact)
        rows, columns = self.rows, self.columns
        if self.near:  # parts not read one by one may reach Z99999
            rows, columns = max(rows, SMALL_ROWS), max(columns, SMALL_COLUMNS)
        return Extent(rows, columns, self.last_cell, self.formulas, exact)


def sheet_extent(archive: zipfile.ZipFile, member: str) -> Extent:
    scan = _Scan()
    tail = b""
    with archive.open(member) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            window = tail + chunk
            cut = window.rfind(b"<") if chunk else len(window)
            part, tail = (window[:cut], window[cut:]) if cut > 0 else (window, b"")
            if not part and not chunk:
                break
            scan.part(part)
            if not chunk:
                break
    return scan.extent()
