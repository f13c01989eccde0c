"""Office set-up and the reference shelf: logo, requisites, identifier range warnings."""

from __future__ import annotations

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings.declaring import Setting, declare

__all__ = [
    "OFFICE_LOGO",
    "OFFICE_REQUISITES",
    "RANGE_WARN_BELOW",
]

# --- Office set-up and the reference shelf -------------------------------------------------------
OFFICE_LOGO = declare(
    Setting(
        "letters.office_logo", str, "", QT_TRANSLATE_NOOP("Settings", "Logo on letters (PNG or JPEG file)")
    )
)
OFFICE_REQUISITES = declare(
    Setting(
        "letters.office_requisites",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Requisites on letters (INN, KPP, OGRN, bank)"),
    )
)
RANGE_WARN_BELOW = declare(
    Setting(
        "identifiers.warn_below",
        int,
        1000,
        QT_TRANSLATE_NOOP("Settings", "Warn when an identifier range has fewer numbers left than"),
    )
)
