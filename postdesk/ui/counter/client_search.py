"""Texts of the client picker on the Acceptance page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postdesk.common.i18n import QT_TRANSLATE_NOOP

_PLACEHOLDER = QT_TRANSLATE_NOOP("ClientSearch", "Find a client: name or INN")


def client_search_placeholder() -> str:
    return QCoreApplication.translate("ClientSearch", _PLACEHOLDER)
