"""Checks made before a client's file is parsed: the file is only ever read, never run.

Refuses, with a message the operator can act on: a file over the size limit, an empty file,
a symlink that leads off the drive, an archive that expands far beyond its size (zip bomb),
a password-protected workbook and content that is no list format at all.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from postdesk.common.i18n import translate
from postdesk.lists.errors import ListUnreadable

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_XML_HEAD = 65536
_ROOT_ELEMENT = re.compile(rb"<[^?!]")


@dataclass(frozen=True)
class Limits:
    """What a list file may be; defaults suit lists of a few hundred thousand rows."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_unpacked_bytes: int = 1024 * 1024 * 1024
    max_zip_ratio: int = 100
    max_rows: int = 300_000
    max_columns: int = 1000
    max_text_columns: int = 20_000  # CSV rows are streamed: width costs little
    max_cells_in_memory: int = 6_000_000


def check_file(path: Path, limits: Limits, root: Path | None = None) -> int:
    """Refuse unsafe files before anything opens them; returns the size in bytes."""
    if root is not None and path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root.resolve()):
            raise ListUnreadable(
                translate(
                    "ListFiles",
                    "«%1» is a link to a file outside the drive. Copy the list itself onto the drive.",
                ).replace("%1", path.name)
            )
    if not path.is_file():
        raise ListUnreadable(
            translate("ListFiles", "The file «%1» does not exist or is not a file.").replace("%1", path.name)
        )
    size = path.stat().st_size
    if size == 0:
        raise ListUnreadable(translate("ListFiles", "The file «%1» is empty.").replace("%1", path.name))
    if size > limits.max_file_bytes:
        raise ListUnreadable(
            translate(
                "ListFiles",
                "The file «%1» is %2 MB, more than the limit of %3 MB. Split the list into several files.",
            )
            .replace("%1", path.name)
            .replace("%2", f"{size / 2**20:.1f}")
            .replace("%3", f"{limits.max_file_bytes / 2**20:.1f}")
        )
    return size


def sniff(head: bytes, suffix: str) -> str:  # noqa: PLR0911 - one answer per format
    """The format judged by content (the extension only breaks ties): xlsx, xls, ods, dbf, json or text."""
    if head.startswith(b"PK\x03\x04"):
        if suffix == ".ods":
            return "ods"
        return "xlsm" if suffix == ".xlsm" else "xlsx"
    if head.startswith(_OLE_MAGIC):
        return "xls"
    if len(head) > 32 and head[0] in {0x02, 0x03, 0x30, 0x31, 0x83, 0x8B, 0xF5} and suffix == ".dbf":
        return "dbf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in {b"[", b"{"} and suffix in {".json", ""}:
        return "json"
    if suffix == ".dbf":
        return "dbf"
    return "text"


def refuse_encrypted_ole(path: Path) -> None:
    """An encrypted .xlsx is an OLE container holding an ``EncryptedPackage`` stream."""
    with path.open("rb") as handle:
        data = handle.read(1024 * 1024)
    if "EncryptedPackage".encode("utf-16-le") in data or b"EncryptedPackage" in data:
        raise password_protected(path)


def password_protected(path: Path) -> ListUnreadable:
    return ListUnreadable(
        translate(
            "ListFiles",
            "The workbook «%1» is protected with a password. Ask the client to save it without a password.",
        ).replace("%1", path.name)
    )


def damaged(path: Path) -> ListUnreadable:
    return ListUnreadable(
        translate(
            "ListFiles",
            "The file «%1» is damaged or incomplete (perhaps copied only partly). Ask the client "
            "for the file again.",
        ).replace("%1", path.name)
    )


def check_zip(path: Path, limits: Limits) -> zipfile.ZipFile:
    """Open an xlsx/ods container and refuse archives that expand out of proportion."""
    try:
        archive = zipfile.ZipFile(path)
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise damaged(path) from exc
    packed = max(1, sum(m.compress_size for m in members))
    unpacked = sum(m.file_size for m in members)
    if unpacked > limits.max_unpacked_bytes or unpacked / packed > limits.max_zip_ratio:
        archive.close()
        raise ListUnreadable(
            translate(
                "ListFiles", "The file «%1» unpacks to %2 MB from %3 MB: such a file is refused as unsafe."
            )
            .replace("%1", path.name)
            .replace("%2", str(unpacked // 2**20))
            .replace("%3", str(max(1, packed // 2**20)))
        )
    return archive


def refuse_xml_declarations(path: Path, archive: zipfile.ZipFile) -> None:
    """Spreadsheets never write a DTD: one in any part means entity expansion or external entities."""
    for member in archive.infolist():
        if not member.filename.endswith((".xml", ".rels", ".vml")):
            continue
        try:
            with archive.open(member) as handle:
                head = handle.read(_XML_HEAD)
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
            raise damaged(path) from exc
        root = _ROOT_ELEMENT.search(head)  # a DTD can only come before the root element
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head or (root is None and len(head) == _XML_HEAD):
            raise ListUnreadable(
                translate(
                    "ListFiles",
                    "The file «%1» contains XML declarations that spreadsheets never write (entities "
                    "or links to other files): it is refused as unsafe. Ask the client to save the "
                    "list again from Excel or LibreOffice.",
                ).replace("%1", path.name)
            )


def too_wide(path: Path, width: int, limits: Limits, allowed: int | None = None) -> ListUnreadable:
    return ListUnreadable(
        translate(
            "ListFiles",
            "The sheet in «%1» has %2 columns; a list may have at most %3. Delete the unused columns "
            "and save the file again.",
        )
        .replace("%1", path.name)
        .replace("%2", str(width))
        .replace("%3", str(allowed or limits.max_columns))
    )


def huge_cell(path: Path, line: int, limit: int) -> ListUnreadable:
    return ListUnreadable(
        translate(
            "ListFiles",
            "Near line %2 of «%1» one cell holds more than %3 KB of text, usually because a quote "
            "is opened and never closed. Check the quotes there and save the list again.",
        )
        .replace("%1", path.name)
        .replace("%2", str(line))
        .replace("%3", str(limit // 1024))
    )


def too_long(path: Path, limits: Limits) -> ListUnreadable:
    return ListUnreadable(
        translate("ListFiles", "The list «%1» has more than %2 rows. Split it into several files.")
        .replace("%1", path.name)
        .replace("%2", str(limits.max_rows))
    )


def not_a_list(path: Path) -> ListUnreadable:
    return ListUnreadable(
        translate(
            "ListFiles",
            "«%1» is not a list file: expected Excel (xlsx, xls), OpenDocument (ods), CSV or text, "
            "DBF or JSON.",
        ).replace("%1", path.name)
    )
