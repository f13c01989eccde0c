"""Which mounted volumes are removable drives, and which files on them look like batch lists."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from postdesk.lists.readers import LIST_SUFFIXES

_REMOVABLE_PREFIXES = ("/media/", "/run/media/", "/Volumes/", "/mnt/")
_MAX_DEPTH = 2
_MAX_CANDIDATES = 200


def looks_removable(root: str) -> bool:
    """Linux and macOS mount removable media under these folders; on Windows any drive but the system one."""
    if sys.platform.startswith("win"):
        system = os.environ.get("SYSTEMDRIVE", "C:").upper()
        return len(root) <= 3 and root[:2].upper() != system
    return root.startswith(_REMOVABLE_PREFIXES) and root.rstrip("/") not in {"/Volumes/Macintosh HD"}


def candidate_files(root: Path) -> list[Path]:
    """List files near the top of a drive, newest first; links are not followed, nothing is opened."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, followlinks=False):
        depth = len(Path(folder).relative_to(root).parts)
        dirs[:] = (
            [d for d in dirs if not d.startswith((".", "$", "System Volume"))] if depth < _MAX_DEPTH else []
        )
        for name in files:
            path = Path(folder, name)
            if path.suffix.lower() in LIST_SUFFIXES and not name.startswith(("~$", ".")):
                found.append(path)
        if len(found) >= _MAX_CANDIDATES:
            break
    return sorted(found, key=_modified, reverse=True)[:_MAX_CANDIDATES]


def _modified(path: Path) -> float:
    try:
        return path.lstat().st_mtime
    except OSError:
        return 0.0


def is_writable(root: Path) -> bool:
    return os.access(root, os.W_OK)
