"""The sign-in dialog. Authentication runs on the database worker, not the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from postdesk.bootstrap import Core
from postdesk.common.errors import UserError
from postdesk.db.engine import describe
from postdesk.services.context import Actor
from postdesk.ui.operations.session import SignInOps
from postdesk.ui.tasks import TaskRunner
from postdesk.ui.widgets.fit import grow_to_fit


class LoginDialog(QDialog):
    """Signals:
    signed_in(Actor): the credentials were accepted.
    """

    signed_in = Signal(object)

    def __init__(self, core: Core, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._tasks = tasks
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("postdesk: sign in"))
        self.setModal(True)

        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("loginError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        where = QLabel(
            self.tr("Workstation: %1\nDatabase: %2")
            .replace("%1", core.workstation_name)
            .replace("%2", describe(core.engine)),
            self,
        )
        where.setStyleSheet("color: palette(mid);")

        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        self.buttons.accepted.connect(self._on_submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Corporate clients counter"), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        self.login_edit.setFocus()

    def _on_submit(self) -> None:
        login, password = self.login_edit.text(), self.password_edit.text()
        if not login.strip():
            self._show_error(self.tr("Enter your login."))
            return
        self.buttons.setEnabled(False)
        self._tasks.start(
            SignInOps(self._core).authenticate(login, password),
            self._on_authenticated,
            self._on_failed,
        )

    def _on_authenticated(self, actor: Actor) -> None:
        self.buttons.setEnabled(True)
        self.actor = actor
        self.signed_in.emit(actor)
        self.accept()

    def _on_failed(self, exc: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(exc, UserError):
            self._show_error(exc.message)
            self.password_edit.clear()
            self.password_edit.setFocus()
            return True
        return False

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        grow_to_fit(self)
