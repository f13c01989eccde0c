"""The idle lock: after a configured time without keyboard or mouse input the main window is
covered and asks for the signed-in person's password (or lets them sign out).

Unlocking goes through the same throttled, audited sign-in as the sign-in dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError
from postdesk.services.context import Actor
from postdesk.ui.context import UiContext
from postdesk.ui.widgets.fit import grow_to_fit

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without input anywhere in the application."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class UnlockDialog(QDialog):
    """Signals:
    unlocked(Actor): the password was right.
    sign_out_requested(): the person chose to sign out instead.
    """

    unlocked = Signal(object)
    sign_out_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setModal(True)
        self.setWindowTitle(self.tr("postdesk: locked"))
        actor = ctx.actor
        title = QLabel(
            self.tr("The workstation is locked. %1, enter your password to continue.").replace(
                "%1", actor.full_name or actor.login
            )
        )
        title.setWordWrap(True)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("unlockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("unlockError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_out_button = self.buttons.addButton(
            self.tr("Sign out"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.submit)
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.password_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Escape does not lift the lock."""

    def submit(self) -> None:
        self.unlock_button.setEnabled(False)
        self.ctx.tasks.start(
            self.ctx.ops.accounts.unlock(self.password_edit.text()),
            self._on_unlocked,
            self._on_failed,
        )

    def _on_unlocked(self, actor: Actor) -> None:
        self.unlock_button.setEnabled(True)
        self.unlocked.emit(actor)
        self.done(QDialog.DialogCode.Accepted)

    def _on_failed(self, exc: BaseException) -> bool:
        self.unlock_button.setEnabled(True)
        if isinstance(exc, UserError):
            self.error_label.setText(exc.message)
            self.error_label.show()
            grow_to_fit(self)
            self.password_edit.clear()
            return True
        return False
