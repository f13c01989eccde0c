"""Logging set-up: a rotating file in the user log folder plus a ring buffer for crash reports."""

from __future__ import annotations

import collections
import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class RingBufferHandler(logging.Handler):
    """Keeps the last lines in memory so a crash report can show what led to the crash."""

    def __init__(self, capacity: int = 500) -> None:
        super().__init__()
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(LOG_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


def configure_logging(
    log_dir: Path, *, level: int = logging.INFO, console: bool = False
) -> RingBufferHandler:
    """Send postdesk's log to ``log_dir/postdesk.log`` (rotated at 2 MB, 5 files kept)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("postdesk")
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        log_dir / "postdesk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(file_handler)
    ring = RingBufferHandler()
    root.addHandler(ring)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(stream)
    return ring
