"""Questionnaires: whether the counter offers the client's questionnaire after an acceptance."""

from __future__ import annotations

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings.declaring import Setting, declare

__all__ = ["SURVEY_OFFER_AT_COUNTER"]

# --- Questionnaires -------------------------------------------------------------------------------
SURVEY_OFFER_AT_COUNTER = declare(
    Setting(
        "surveys.offer_at_counter",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Offer the client's questionnaire after an acceptance"),
    )
)
