"""How scale states read on screen (shared by the status-bar indicator and the Settings section)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.devices.scales.client import LinkState
from postdesk.devices.scales.readings import Reading, ReadingState, format_grams

STATE_TEXTS = {
    ReadingState.STABLE: QT_TRANSLATE_NOOP("ScaleTexts", "stable"),
    ReadingState.UNSTABLE: QT_TRANSLATE_NOOP("ScaleTexts", "settling…"),
    ReadingState.OVERLOAD: QT_TRANSLATE_NOOP("ScaleTexts", "overload: the load is above the scale's maximum"),
    ReadingState.UNDERLOAD: QT_TRANSLATE_NOOP("ScaleTexts", "negative weight: zero the scale"),
    ReadingState.ERROR: QT_TRANSLATE_NOOP("ScaleTexts", "scale error"),
    ReadingState.DISCONNECTED: QT_TRANSLATE_NOOP("ScaleTexts", "no connection with the scale"),
}

LINK_TEXTS = {
    LinkState.CONNECTED: QT_TRANSLATE_NOOP("ScaleTexts", "Scale: connected"),
    LinkState.SEARCHING: QT_TRANSLATE_NOOP("ScaleTexts", "Scale: searching…"),
    LinkState.DISCONNECTED: QT_TRANSLATE_NOOP("ScaleTexts", "Scale: disconnected"),
}


def link_state(value: str, otherwise: LinkState) -> LinkState:
    """The link state a Qt signal carried as text (signals carry plain strings)."""
    try:
        return LinkState(value)
    except ValueError:
        return otherwise


def link_text(value: str, otherwise: LinkState) -> str:
    return translated(LINK_TEXTS[link_state(value, otherwise)])


def translated(source: str) -> str:
    """A text marked above with ``QT_TRANSLATE_NOOP("ScaleTexts", ...)``, in the interface language."""
    return QCoreApplication.translate("ScaleTexts", source)


def weight_text(reading: Reading | None) -> str:
    """``1 234 г`` while a weight is known, a dash otherwise (overload is never shown as a number)."""
    if (
        reading is None
        or reading.grams is None
        or reading.state not in (ReadingState.STABLE, ReadingState.UNSTABLE, ReadingState.UNDERLOAD)
    ):
        return "—"
    return QCoreApplication.translate("ScaleTexts", "%1 g").replace("%1", format_grams(reading.grams))


def state_text(reading: Reading | None) -> str:
    if reading is None:
        return ""
    text = translated(STATE_TEXTS[reading.state])
    if reading.net and reading.state is ReadingState.STABLE:
        text += " · " + QCoreApplication.translate("ScaleTexts", "net")
    return text
