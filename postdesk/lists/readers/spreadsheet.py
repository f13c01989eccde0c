"""Workbooks (xlsx, xlsm, xls, ods) through python-calamine, guarded against hostile sizes.

calamine loads a whole sheet as a dense grid, so a single stray cell at ALL1000000 would ask
for 32 GB. Before loading an xlsx sheet we read its real extent (not the size it declares);
a sheet whose cells reach past the row limit is refused with the cell's address, and one
whose grid would not fit in memory is streamed row by row with openpyxl instead.
"""

from __future__ import annotations

import itertools
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import python_calamine as pc

from postdesk.common.i18n import translate
from postdesk.lists import safety
from postdesk.lists.readers.extent import sheet_extent
from postdesk.lists.safety import Limits
from postdesk.lists.table import RawTable, Row

_NS_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def read_workbook(path: Path, kind: str, sheet: str | None, limits: Limits) -> RawTable:  # noqa: PLR0912
    members: dict[str, str] = {}
    if kind == "xls":
        safety.refuse_encrypted_ole(path)
    else:
        with safety.check_zip(path, limits) as archive:
            safety.refuse_xml_declarations(path, archive)
            if kind != "ods":
                members = _sheet_members(archive)
    try:
        workbook = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError as exc:
        raise safety.password_protected(path) from exc
    except (pc.CalamineError, pc.ZipError, pc.XmlError, ValueError, OSError) as exc:
        raise _calamine_failure(path, exc) from exc
    names = list(workbook.sheet_names)
    if not names:
        raise safety.not_a_list(path)
    chosen = sheet if sheet in names else _first_visible(workbook, names)
    warnings: list[str] = []
    member = members.get(chosen)
    if member is not None:
        try:
            with zipfile.ZipFile(path) as archive:
                extent = sheet_extent(archive, member)
        except (KeyError, zipfile.BadZipFile, OSError, EOFError) as exc:
            raise safety.damaged(path) from exc
        if extent.formulas:
            warnings.append(_formulas_warning())
        if extent.columns > limits.max_columns and extent.exact:
            raise safety.too_wide(path, extent.columns, limits)
        if extent.cells > limits.max_cells_in_memory or not extent.exact:
            workbook.close()
            return RawTable(
                kind,
                _stream_openpyxl(path, chosen, min(extent.columns, limits.max_columns)),
                sheet=chosen,
                sheet_names=names,
                warnings=warnings,
            )
    try:
        data = workbook.get_sheet_by_name(chosen)
    except (pc.CalamineError, pc.XmlError, pc.ZipError, ValueError) as exc:
        raise _calamine_failure(path, exc) from exc
    if data.width > limits.max_columns:
        raise safety.too_wide(path, data.width, limits)
    if data.height > limits.max_cells_in_memory // max(1, data.width):
        raise safety.too_long(path, limits)
    start = data.start or (0, 0)
    return RawTable(
        kind,
        _calamine_rows(data, start[0]),
        sheet=chosen,
        sheet_names=names,
        first_column=start[1],
        warnings=warnings,
    )


def _calamine_failure(path: Path, exc: Exception) -> Exception:
    if "encrypt" in str(exc).casefold() or "password" in str(exc).casefold():
        return safety.password_protected(path)
    return safety.damaged(path)


def _first_visible(workbook: Any, names: list[str]) -> str:
    for meta in workbook.sheets_metadata:
        if str(meta.visible).endswith("Visible") and meta.name in names:
            return str(meta.name)
    return names[0]


def _calamine_rows(data: Any, first_row: int) -> Iterator[tuple[int, Row]]:
    return zip(itertools.count(first_row + 1), data.iter_rows())  # numbered in C, no generator frame


def _stream_openpyxl(path: Path, sheet: str, max_columns: int) -> Iterator[tuple[int, Row]]:
    """Rows as they are in the file: no grid, no filler rows for gaps, at most ``max_columns``."""
    from openpyxl import load_workbook
    from openpyxl.worksheet._reader import WorkSheetParser

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        worksheet = workbook[sheet]
        with worksheet._get_source() as source:
            parser = WorkSheetParser(
                source,
                worksheet._shared_strings,
                data_only=True,
                epoch=workbook.epoch,
                date_formats=workbook._date_formats,
                timedelta_formats=workbook._timedelta_formats,
            )
            for number, cells in parser.parse():
                values = {c["column"]: c["value"] for c in cells if c["column"] <= max_columns}
                if values:
                    yield number, [values.get(i) for i in range(1, max(values) + 1)]
    except (KeyError, ValueError, zipfile.BadZipFile, ET.ParseError) as exc:
        raise safety.damaged(path) from exc
    finally:
        workbook.close()


def _sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> path of its XML inside an xlsx, from the workbook and its relationships."""
    try:
        book = ET.fromstring(archive.read("xl/workbook.xml"))
        rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_NS_PKG}Relationship")}
    result = {}
    for element in book.iter(f"{_NS_MAIN}sheet"):
        target = targets.get(element.get(f"{_NS_REL}id"), "")
        if target:
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
            result[element.get("name", "")] = path
    return result


def _formulas_warning() -> str:
    return translate(
        "ListFiles",
        "The sheet contains formulas: the values last calculated by the spreadsheet "
        "were used. Cells whose formulas were never calculated are empty.",
    )
