"""Sign-in throttling, account and workstation locks, idle lock, passwords."""

from __future__ import annotations

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings.declaring import Setting, declare

__all__ = [
    "IDLE_LOCK_MINUTES",
    "LOCK_AFTER_FAILURES",
    "LOCK_MINUTES",
    "MIN_PASSWORD_LENGTH",
    "THROTTLE_AFTER_FAILURES",
    "THROTTLE_SECONDS",
    "WORKSTATION_LOCK_AFTER_FAILURES",
]

# --- Accounts and sign-in --------------------------------------------------------------------
THROTTLE_AFTER_FAILURES = declare(
    Setting(
        "accounts.throttle_after_failures",
        int,
        3,
        QT_TRANSLATE_NOOP("Settings", "Slow down sign-in after this many failed attempts"),
    )
)
THROTTLE_SECONDS = declare(
    Setting(
        "accounts.throttle_seconds",
        int,
        5,
        QT_TRANSLATE_NOOP("Settings", "Wait between attempts once slowed down, s (doubles each time)"),
    )
)
LOCK_AFTER_FAILURES = declare(
    Setting(
        "accounts.lock_after_failures",
        int,
        10,
        QT_TRANSLATE_NOOP("Settings", "Lock an account after this many failed attempts"),
    )
)
WORKSTATION_LOCK_AFTER_FAILURES = declare(
    Setting(
        "accounts.workstation_lock_after_failures",
        int,
        30,
        QT_TRANSLATE_NOOP("Settings", "Lock sign-in at a workstation after this many failed attempts"),
    )
)
LOCK_MINUTES = declare(
    Setting("accounts.lock_minutes", int, 15, QT_TRANSLATE_NOOP("Settings", "Lock lasts, minutes"))
)
IDLE_LOCK_MINUTES = declare(
    Setting(
        "accounts.idle_lock_minutes",
        int,
        10,
        QT_TRANSLATE_NOOP("Settings", "Lock the window after this many idle minutes (0: never)"),
    )
)
MIN_PASSWORD_LENGTH = declare(
    Setting(
        "accounts.min_password_length", int, 8, QT_TRANSLATE_NOOP("Settings", "Shortest password allowed")
    )
)
