"""General settings: language, database, workstation, errors, contract warnings, money reminders."""

from __future__ import annotations

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings.declaring import Setting, declare

__all__ = [
    "CONTRACT_EXPIRY_WARNING_DAYS",
    "DATABASE_URL",
    "ERROR_DIALOGS",
    "LANGUAGE",
    "OFFICE_POSTCODE",
    "REMINDER_DEADLINE_DAYS",
    "REMINDER_REPEAT_DAYS",
    "WORKSTATION_NAME",
]

# --- General ---------------------------------------------------------------------------------
LANGUAGE = declare(
    Setting(
        "ui.language",
        str,
        "ru",
        QT_TRANSLATE_NOOP("Settings", "Interface language"),
        choices=("ru", "en"),
        env="POSTDESK_LANGUAGE",
    )
)
DATABASE_URL = declare(
    Setting(
        "database.url",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Shared database address"),
        env="POSTDESK_DATABASE_URL",
    )
)
WORKSTATION_NAME = declare(
    Setting("workstation.name", str, "", QT_TRANSLATE_NOOP("Settings", "Workstation name"))
)
OFFICE_POSTCODE = declare(
    Setting(
        "workstation.office_postcode",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Post office postcode"),
        env="POSTDESK_OFFICE_POSTCODE",
    )
)
ERROR_DIALOGS = declare(
    Setting(
        "ui.error_dialogs",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Show error dialogs"),
        env="POSTDESK_ERROR_DIALOGS",
    )
)
CONTRACT_EXPIRY_WARNING_DAYS = declare(
    Setting(
        "clients.contract_expiry_warning_days",
        int,
        30,
        QT_TRANSLATE_NOOP("Settings", "Warn about contracts ending within, days"),
    )
)


# --- Money under contracts ----------------------------------------------------------------------
REMINDER_REPEAT_DAYS = declare(
    Setting(
        "money.reminder_repeat_days",
        int,
        14,
        QT_TRANSLATE_NOOP("Settings", "Send a debt reminder to a client at most once in, days"),
    )
)
REMINDER_DEADLINE_DAYS = declare(
    Setting(
        "money.reminder_deadline_days",
        int,
        10,
        QT_TRANSLATE_NOOP("Settings", "Days given in a debt reminder to pay"),
    )
)
