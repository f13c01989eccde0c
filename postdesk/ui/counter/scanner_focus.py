"""The scan field owns the keyboard at the counter, and the counter's keys work on the whole page.

A barcode scanner is a keyboard: it types the identifier and Enter into whatever has focus. A
click into the item table or on a button must therefore not swallow the next scan, so
printable keys typed into those widgets are handed to the scan field. The counter's keys
(F2, F5, F8, Ctrl+Enter, Esc...) are shortcuts of the Acceptance page, not of one view, so they
keep working wherever focus is on the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

_COMMAND_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class ScanKeyForwarder(QObject):
    """Event filter: a printable key typed into a watched widget goes to the scan field."""

    def __init__(self, scan_edit: QLineEdit) -> None:
        super().__init__(scan_edit)
        self.scan_edit = scan_edit

    def watch(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched is self.scan_edit:
            return False
        assert isinstance(event, QKeyEvent)
        text = event.text()
        if not text or not text.isprintable() or text.isspace() or event.modifiers() & _COMMAND_MODIFIERS:
            return False
        if not self.scan_edit.isEnabled() or not self.scan_edit.isVisible():
            return False
        self.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan_edit.insert(text)
        return True


def install_page_keys(host: QWidget, bindings: Iterable[tuple[str, Callable[[], object]]]) -> list[QShortcut]:
    """Shortcuts that fire wherever focus is inside ``host`` (not in its dialogs)."""
    shortcuts = []
    for keys, slot in bindings:
        shortcut = QShortcut(QKeySequence(keys), host)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts
