"""Typing into widgets in tests. QTest can only synthesise ASCII key presses, so Cyrillic text
is inserted the way a paste or an input method would deliver it."""

from __future__ import annotations

from typing import Any


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)
