"""Daily database backups and how many are kept."""

from __future__ import annotations

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings.declaring import Setting, declare

__all__ = [
    "BACKUP_DAILY",
    "BACKUP_KEEP",
]

# --- Backups ---------------------------------------------------------------------------------
BACKUP_DAILY = declare(
    Setting(
        "backup.daily",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Back up the embedded database daily at the first start"),
    )
)
BACKUP_KEEP = declare(
    Setting("backup.keep", int, 14, QT_TRANSLATE_NOOP("Settings", "Automatic backups kept"))
)
