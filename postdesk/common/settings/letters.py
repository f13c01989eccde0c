"""The office on letters, the higher organisation, and the feedback register's deadlines."""

from __future__ import annotations

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings.declaring import Setting, declare

__all__ = [
    "FEEDBACK_CLAIM_DAYS",
    "FEEDBACK_LOCAL_CLAIM_DAYS",
    "FEEDBACK_MAX_ATTACHMENT_MB",
    "HIGHER_ORGANISATION_ADDRESS",
    "HIGHER_ORGANISATION_NAME",
    "LETTER_SIGNATORY",
    "OFFICE_ADDRESS",
    "OFFICE_CONTACTS",
    "OFFICE_NAME",
]

# --- Letters and the feedback register ---------------------------------------------------------
OFFICE_NAME = declare(
    Setting("letters.office_name", str, "", QT_TRANSLATE_NOOP("Settings", "Post office name on letters"))
)
OFFICE_ADDRESS = declare(
    Setting(
        "letters.office_address", str, "", QT_TRANSLATE_NOOP("Settings", "Post office address on letters")
    )
)
OFFICE_CONTACTS = declare(
    Setting("letters.office_contacts", str, "", QT_TRANSLATE_NOOP("Settings", "Phone and e-mail on letters"))
)
LETTER_SIGNATORY = declare(
    Setting(
        "letters.signatory", str, "", QT_TRANSLATE_NOOP("Settings", "Letters signed by (position and name)")
    )
)
HIGHER_ORGANISATION_NAME = declare(
    Setting(
        "feedback.higher_organisation_name",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Higher organisation for appeals: name"),
    )
)
HIGHER_ORGANISATION_ADDRESS = declare(
    Setting(
        "feedback.higher_organisation_address",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Higher organisation for appeals: address"),
    )
)
FEEDBACK_CLAIM_DAYS = declare(
    Setting(
        "feedback.claim_days", int, 30, QT_TRANSLATE_NOOP("Settings", "Claims under the postal rules: days")
    )
)
FEEDBACK_LOCAL_CLAIM_DAYS = declare(
    Setting(
        "feedback.local_claim_days",
        int,
        5,
        QT_TRANSLATE_NOOP("Settings", "Claims for items within one settlement: days"),
    )
)
FEEDBACK_MAX_ATTACHMENT_MB = declare(
    Setting("feedback.max_attachment_mb", int, 10, QT_TRANSLATE_NOOP("Settings", "Largest attached file, MB"))
)
