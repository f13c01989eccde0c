"""DBF lists (dBASE III, CP866 by default): fields such as BARCODE, INDEXTO, ADDRESSEE, MASS.

The list number is not inside the file: post-office tools take it from the file name.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from pathlib import Path

from dbfread import DBF

from postdesk.lists import safety
from postdesk.lists.safety import Limits
from postdesk.lists.table import RawTable, Row

_CODEPAGE_BY_DRIVER = {0x57: "cp1251", 0xC9: "cp1251", 0x26: "cp866", 0x65: "cp866", 0x01: "cp437"}


def list_number_from_name(path: Path) -> str:
    groups = re.findall(r"\d+", path.stem)
    return groups[-1].lstrip("0") or "0" if groups else ""


def read_dbf(path: Path, limits: Limits) -> RawTable:
    with path.open("rb") as handle:
        header = handle.read(32)
    if len(header) < 32:
        raise safety.damaged(path)
    records, header_length, record_length = struct.unpack("<IHH", header[4:12])
    if header_length < 33 or record_length < 1:
        raise safety.not_a_list(path)
    if records > limits.max_rows:
        raise safety.too_long(path, limits)
    encoding = _CODEPAGE_BY_DRIVER.get(header[29], "cp866")
    try:
        table = DBF(
            str(path),
            encoding=encoding,
            char_decode_errors="replace",
            load=False,
            ignore_missing_memofile=True,
        )
        names = list(table.field_names)
    except (ValueError, struct.error, OSError, UnicodeDecodeError) as exc:
        raise safety.damaged(path) from exc
    if len(names) > limits.max_columns:
        raise safety.too_wide(path, len(names), limits)
    return RawTable(
        "dbf",
        _records(path, table),
        encoding=encoding,
        field_names=names,
        list_number=list_number_from_name(path),
        money_in_kopecks=True,
    )


def _records(path: Path, table: DBF) -> Iterator[tuple[int, Row]]:
    try:
        for number, record in enumerate(table, start=1):
            yield number, list(record.values())
    except (ValueError, struct.error, OSError, UnicodeDecodeError) as exc:
        raise safety.damaged(path) from exc
