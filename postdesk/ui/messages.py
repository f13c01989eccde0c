"""The message bridge: the one way code tells the user something.

Widgets and controllers call ``bridge.info/warning/error``; a presenter decides how to show it
(dialog, status bar) or, with dialogs switched off for tests and CI, writes a log line.
Core code never shows anything: it raises :class:`UserError` and the UI routes it here.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from postdesk.common.errors import UserError

log = logging.getLogger(__name__)


class Level(enum.Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class UserMessage:
    level: Level
    text: str
    details: str = ""


class MessageBridge(QObject):
    """Signals:
    posted(UserMessage): a message for the user.
    """

    posted = Signal(object)

    def info(self, text: str, details: str = "") -> None:
        self.posted.emit(UserMessage(Level.INFO, text, details))

    def warning(self, text: str, details: str = "") -> None:
        self.posted.emit(UserMessage(Level.WARNING, text, details))

    def error(self, text: str, details: str = "") -> None:
        self.posted.emit(UserMessage(Level.ERROR, text, details))

    def user_error(self, error: UserError) -> None:
        self.error(error.message, error.details)


class MessagePresenter(QObject):
    """Shows bridge messages as dialogs, or logs them when dialogs are off."""

    def __init__(self, bridge: MessageBridge, *, dialogs: bool, parent_widget: QWidget | None = None) -> None:
        super().__init__(bridge)
        self._dialogs = dialogs
        self.parent_widget = parent_widget
        self.status_sink: QObject | None = None
        bridge.posted.connect(self._on_posted)

    def _on_posted(self, message: UserMessage) -> None:
        log_level = {Level.INFO: logging.INFO, Level.WARNING: logging.WARNING, Level.ERROR: logging.ERROR}
        log.log(log_level[message.level], "user message: %s %s", message.text, message.details)
        if message.level is Level.INFO and self.status_sink is not None:
            show = getattr(self.status_sink, "showMessage", None)
            if show is not None:
                show(message.text, 8000)
                return
        if not self._dialogs:
            return
        box = QMessageBox(self.parent_widget)
        box.setIcon(
            {
                Level.INFO: QMessageBox.Icon.Information,
                Level.WARNING: QMessageBox.Icon.Warning,
                Level.ERROR: QMessageBox.Icon.Critical,
            }[message.level]
        )
        box.setWindowTitle(self.tr("postdesk"))
        box.setText(message.text)
        if message.details:
            box.setDetailedText(message.details)
        box.exec()
