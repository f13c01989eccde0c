"""Unexpected errors: write a crash log first, then show a minimal dialog (or only log it)."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal

from postdesk.common.crashlog import write_crash_log
from postdesk.common.errors import UserError
from postdesk.common.logs import RingBufferHandler

log = logging.getLogger(__name__)


class CrashHandler(QObject):
    """Signals:
    crashed(str): path of the crash log just written (delivered on the GUI thread).
    """

    crashed = Signal(str)

    def __init__(
        self,
        log_dir: Path,
        ring: RingBufferHandler | None,
        *,
        dialogs: bool,
        on_user_error: Callable[[UserError], None] | None = None,
    ) -> None:
        super().__init__()
        self._log_dir = log_dir
        self._ring = ring
        self._dialogs = dialogs
        self._on_user_error = on_user_error
        self._previous_hook = sys.excepthook
        self.crashed.connect(self._show_dialog)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = lambda args: self._excepthook(
            args.exc_type, args.exc_value, args.exc_traceback
        )

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook

    def handle(self, exc: BaseException) -> None:
        """Entry point for errors caught by the task runner and slots."""
        self._excepthook(type(exc), exc, exc.__traceback__)

    def _excepthook(
        self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None:
            exc = exc_type()
        if isinstance(exc, UserError) and self._on_user_error is not None:
            self._on_user_error(exc)
            return
        if isinstance(exc, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        lines = list(self._ring.lines) if self._ring else []
        path = write_crash_log(self._log_dir, exc_type, exc, tb, lines)
        log.error("unexpected error %s: %s; crash log %s", exc_type.__name__, exc, path)
        self.crashed.emit(str(path))

    def _show_dialog(self, path: str) -> None:
        if not self._dialogs:
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            self.tr("postdesk: unexpected error"),
            self.tr(
                "Something went wrong inside the program. Your saved work is safe.\n\n"
                "A report was written to:\n%1\n\nPlease give it to your administrator."
            ).replace("%1", path),
        )
