"""DBF lists (dBASE III, CP866 by default): fields such as BARCODE, INDEXTO, ADDRESSEE, MASS.

The list number is not inside the file: post-office tools take it from the file name.
"""

from __future__ import annotations

import itertools
import re
import struct
from collections.abc import Iterator
from pathlib import Path

from dbfread import DBF

from postdesk.common.i18n import translate
from postdesk.lists import safety
from postdesk.lists.errors import ListUnreadable
from postdesk.lists.safety import Limits
from postdesk.lists.table import RawTable, Row

_CODEPAGE_BY_DRIVER = {0x57: "cp1251", 0xC9: "cp1251", 0x26: "cp866", 0x65: "cp866", 0x01: "cp437"}


def list_number_from_name(path: Path) -> str:
    groups = re.findall(r"\d+", path.stem)
    return groups[-1].lstrip("0") or "0" if groups else ""


def read_dbf(path: Path, limits: Limits) -> RawTable:
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(min(size, 32 + 32 * 256 + 1))
    if len(header) < 32:
        raise safety.damaged(path)
    declared, header_length, record_length = struct.unpack("<IHH", header[4:12])
    if header_length < 33 or record_length < 1:
        raise safety.not_a_list(path)
    if header_length > size:
        raise _damaged_dbf(path, "the header is longer than the file")
    fields_length = _fields_length(header[:header_length])
    if fields_length is None:
        raise _damaged_dbf(path, "the header is too short for its fields")
    if fields_length + 1 != record_length:
        raise _damaged_dbf(path, "the record length does not match the fields")
    data = size - header_length
    found, rest = divmod(data, record_length)
    if rest == 1 and _last_byte(path) == b"\x1a":  # the end-of-file mark
        rest = 0
    warnings = []
    if found != declared or rest:
        warnings.append(
            translate(
                "ListFiles",
                "The DBF header declares %1 records, but the file holds %2 whole records: the file "
                "was probably copied only partly or written by a faulty program. Only the %2 records "
                "found were read; ask the client for the file again.",
            )
            .replace("%1", str(declared))
            .replace("%2", str(found))
        )
    if found > limits.max_rows:
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
        _records(path, table, found),
        encoding=encoding,
        field_names=names,
        list_number=list_number_from_name(path),
        money_in_kopecks=True,
        warnings=warnings,
    )


def _fields_length(header: bytes) -> int | None:
    """The total width of the field descriptors, or None when their terminator is missing."""
    total = 0
    for start in range(32, len(header), 32):
        if header[start] == 0x0D:
            return total
        descriptor = header[start : start + 32]
        if len(descriptor) < 32:
            return None
        total += descriptor[16]
    return None


def _last_byte(path: Path) -> bytes:
    with path.open("rb") as handle:
        handle.seek(-1, 2)
        return handle.read(1)


def _damaged_dbf(path: Path, why: str) -> ListUnreadable:
    reasons = {
        "the header is longer than the file": translate(
            "ListFiles", "its header is longer than the file itself"
        ),
        "the header is too short for its fields": translate(
            "ListFiles", "its header is too short for the fields it lists"
        ),
        "the record length does not match the fields": translate(
            "ListFiles", "the record length in its header does not match its fields"
        ),
    }
    return ListUnreadable(
        translate("ListFiles", "The DBF file «%1» is damaged: %2. Ask the client to export the list again.")
        .replace("%1", path.name)
        .replace("%2", reasons[why])
    )


def _records(path: Path, table: DBF, count: int) -> Iterator[tuple[int, Row]]:
    try:
        for number, record in enumerate(itertools.islice(iter(table), count), start=1):
            yield number, list(record.values())
    except (ValueError, struct.error, OSError, UnicodeDecodeError, IndexError) as exc:
        raise safety.damaged(path) from exc
