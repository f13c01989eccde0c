"""Writing crash logs for unexpected errors (the UI then shows a minimal dialog)."""

from __future__ import annotations

import datetime as dt
import faulthandler
import platform
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import TextIO

import postdesk


def write_crash_log(
    log_dir: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    recent_lines: Iterable[str] = (),
) -> Path:
    """Write a self-contained report and return its path; never raises."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"crash-{stamp}.log"
    except OSError:
        path = Path(f"postdesk-crash-{stamp}.log")
    parts = [
        f"postdesk {postdesk.__version__} crash report, {dt.datetime.now().isoformat()}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
        "Recent log lines:",
        *recent_lines,
        "",
    ]
    try:
        path.write_text("\n".join(parts), encoding="utf-8")
    except OSError:
        sys.stderr.write("\n".join(parts))
    return path


NATIVE_CRASH_LOG = "crash-native.log"


def enable_native_trace(log_dir: Path) -> TextIO | None:
    """A native abort (a reader running out of memory, a crash in a C library) leaves the Python
    stacks of every thread in ``crash-native.log``, where the crash logs are."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handle = (log_dir / NATIVE_CRASH_LOG).open("a", encoding="utf-8")
    except OSError:
        return None
    faulthandler.enable(file=handle, all_threads=True)  # faulthandler keeps the file open
    return handle
