"""GUI fixtures: real core on SQLite, Qt parts with synchronous tasks, dialogs turned into logs."""

from __future__ import annotations

import pytest

from postdesk.ui.application import GuiParts, build_gui_parts
from postdesk.ui.messages import UserMessage
from postdesk.ui.translator import install_translations


@pytest.fixture(scope="session", autouse=True)
def russian_ui(qapp):
    """The UI runs in Russian, as shipped; keep the translators alive for the whole session."""
    translators = install_translations(qapp, "ru")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def gui_parts(qapp, sqlite_core) -> GuiParts:
    parts = build_gui_parts(sqlite_core, None, dialogs=False, synchronous=True)
    return parts


@pytest.fixture
def user_messages(gui_parts) -> list[UserMessage]:
    """Every message posted through the bridge during the test."""
    seen: list[UserMessage] = []
    gui_parts.messages.posted.connect(seen.append)
    return seen
