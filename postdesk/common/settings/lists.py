"""Limits on the batch lists read at the counter."""

from __future__ import annotations

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings.declaring import Setting, declare

__all__ = [
    "LISTS_MAX_FILE_MB",
    "LISTS_MAX_ROWS",
]

# --- Batch lists -----------------------------------------------------------------------------
LISTS_MAX_FILE_MB = declare(
    Setting("lists.max_file_mb", int, 200, QT_TRANSLATE_NOOP("Settings", "Largest list file accepted, MB"))
)
LISTS_MAX_ROWS = declare(
    Setting("lists.max_rows", int, 300_000, QT_TRANSLATE_NOOP("Settings", "Most rows in one list"))
)
