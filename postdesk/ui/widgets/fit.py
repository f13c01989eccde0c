"""Windows that grow with their messages instead of squeezing their texts.

A top-level layout's minimum size ignores how tall word-wrapped labels get at the width they
are given, so a validation message appearing in an open dialog squeezes the other texts (the
last lines are cut off) instead of making the window taller.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its texts at its present width; it never shrinks or widens."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(width))
    if needed > window.height():
        window.resize(width, needed)
