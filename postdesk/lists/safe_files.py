"""Writing files for the client where a client's drive may hold anything, links included.

A report is written to a temporary file created exclusively in the target folder, then given
its name by a hard link (which never replaces nor follows what is there) or, on drives
without links (FAT), by a rename after checking that the name is free. A taken name is never
reused: «list_checked (2).xlsx» is picked instead.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

_MAX_NAME_BYTES = 255
_RESERVE_BYTES = 16  # « (999)» and the extension
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def report_stem(stem: str) -> str:
    """The report's name without controls and short enough for any file system (255 bytes)."""
    clean = _CONTROL.sub("_", stem).strip() or "list"
    data = clean.encode("utf-8")[: _MAX_NAME_BYTES - _RESERVE_BYTES]
    return data.decode("utf-8", errors="ignore")


def sheet_title(name: str, fallback: str) -> str:
    """A sheet name Excel accepts: no []:*?/\\, no apostrophe at either end, at most 31 characters."""
    title = _SHEET_FORBIDDEN.sub("_", _CONTROL.sub("_", name)).strip("'")[:31].strip("'")
    if not title or title.casefold() == "history":
        return fallback[:31]
    return title


def write_new_file(folder: Path, stem: str, suffix: str, write: Callable[[Path], None]) -> Path:
    """``write`` fills a private temporary file, which then takes the first free name."""
    handle, temporary = tempfile.mkstemp(prefix=".postdesk-", suffix=suffix, dir=folder)
    os.close(handle)
    path = Path(temporary)
    try:
        write(path)
        with contextlib.suppress(OSError):
            path.chmod(0o644)
        return _claim_name(folder, stem, suffix, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _claim_name(folder: Path, stem: str, suffix: str, temporary: Path) -> Path:
    for number in range(1, 1000):
        target = folder / (stem + (f" ({number})" if number > 1 else "") + suffix)
        try:
            os.link(temporary, target, follow_symlinks=False)
            return target
        except FileExistsError:
            continue
        except OSError as exc:
            if exc.errno not in {errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK}:
                raise
        if os.path.lexists(target):  # no links on this drive (FAT): rename onto a free name
            continue
        os.replace(temporary, target)
        return target
    raise FileExistsError(errno.EEXIST, "no free name", str(folder / (stem + suffix)))
