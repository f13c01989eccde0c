"""Workbooks (xlsx, xlsm, xls, ods) through python-calamine, guarded against hostile sizes.

calamine loads a whole sheet as a dense grid, so a single stray cell at row 1,048,576 would
cost hundreds of megabytes. Before loading an xlsx sheet we read the size it declares; a
sheet declaring more cells than we keep in memory is streamed with openpyxl instead.
"""

from __future__ import annotations

import itertools
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import python_calamine as pc

from postdesk.common.i18n import translate
from postdesk.lists import safety
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
            if kind != "ods":
                members = _sheet_members(archive)
    try:
        workbook = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError as exc:
        raise safety.password_protected(path) from exc
    except (pc.CalamineError, pc.ZipError, pc.XmlError, ValueError, OSError) as exc:
        raise safety.damaged(path) from exc
    names = list(workbook.sheet_names)
    if not names:
        raise safety.not_a_list(path)
    chosen = sheet if sheet in names else _first_visible(workbook, names)
    warnings: list[str] = []
    member = members.get(chosen)
    if member is not None:
        with zipfile.ZipFile(path) as archive:
            declared = safety.declared_size(archive, member)
        if declared and declared[1] > limits.max_columns:
            raise safety.too_wide(path, declared[1], limits)
        if declared and declared[0] * declared[1] > limits.max_cells_in_memory:
            workbook.close()
            if _has_formulas(path, member):
                warnings.append(_formulas_warning())
            return RawTable(
                kind,
                _stream_openpyxl(path, chosen, limits),
                sheet=chosen,
                sheet_names=names,
                warnings=warnings,
            )
    # Looking for formulas inflates the sheet's XML (zlib, without the GIL) while calamine loads
    # it (also without the GIL): on two cores the look costs no time.
    with ThreadPoolExecutor(max_workers=1) as pool:
        formulas = pool.submit(_has_formulas, path, member) if member is not None else None
        try:
            data = workbook.get_sheet_by_name(chosen)
        except (pc.CalamineError, pc.XmlError, pc.ZipError, ValueError) as exc:
            raise safety.damaged(path) from exc
        if formulas is not None and formulas.result():
            warnings.append(_formulas_warning())
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


def _first_visible(workbook: Any, names: list[str]) -> str:
    for meta in workbook.sheets_metadata:
        if str(meta.visible).endswith("Visible") and meta.name in names:
            return str(meta.name)
    return names[0]


def _calamine_rows(data: Any, first_row: int) -> Iterator[tuple[int, Row]]:
    return zip(itertools.count(first_row + 1), data.iter_rows())  # numbered in C, no generator frame


def _stream_openpyxl(path: Path, sheet: str, limits: Limits) -> Iterator[tuple[int, Row]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        worksheet = workbook[sheet]
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            yield number, list(values[: limits.max_columns])
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


def _has_formulas(path: Path, member: str) -> bool:
    tail = b""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(member) as handle:
            while chunk := handle.read(1 << 20):
                window = tail + chunk
                if b"<f>" in window or b"<f " in window:
                    return True
                tail = chunk[-3:]
    except (KeyError, zipfile.BadZipFile, OSError, EOFError):
        return False
    return False
