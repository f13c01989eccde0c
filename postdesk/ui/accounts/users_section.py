"""Settings → Accounts (administrators only): disable or enable an account, reset a password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.permissions import ROLE_TITLES, Permission
from postdesk.services.users import UserInfo
from postdesk.ui.context import UiContext
from postdesk.ui.widgets.fit import grow_to_fit


class ResetPasswordDialog(QDialog):
    """The new password, typed twice; the service checks the password policy."""

    def __init__(self, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New password for %1").replace("%1", login))
        self.password_edit = QLineEdit(self)
        self.repeat_edit = QLineEdit(self)
        for edit in (self.password_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("New password:"), self.password_edit)
        form.addRow(self.tr("Repeat it:"), self.repeat_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.password_edit.text() != self.repeat_edit.text():
            self.error_label.setText(self.tr("The passwords differ."))
            self.error_label.show()
            grow_to_fit(self)
            return
        self.accept()


class UsersSection(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Accounts"))
        self.users: list[UserInfo] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.toggle_button = QPushButton(self.tr("Disable / enable"))
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.clicked.connect(self.reset_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        if not ctx.can(Permission.MANAGE_USERS):
            self.hide()
            return
        self.reload()

    def reload(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.accounts.list_users(), self._show)

    def _show(self, users: list[UserInfo]) -> None:
        self.users = users
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            state = self.tr("active") if user.active else self.tr("disabled")
            role = QCoreApplication.translate("Roles", ROLE_TITLES[user.role])
            for column, text in enumerate((user.login, user.full_name, role, state)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> UserInfo | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def toggle_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        self.ctx.tasks.start(
            self.ctx.ops.accounts.set_active(user.login, not user.active), lambda _info: self.reload()
        )

    def reset_selected(self, password: str | None = None) -> None:
        """Ask for the new password (tests pass it in) and set it."""
        user = self.selected()
        if user is None:
            return
        if password is None:
            dialog = ResetPasswordDialog(user.login, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            password = dialog.password_edit.text()
        self.ctx.tasks.start(
            self.ctx.ops.accounts.reset_password(user.login, password),
            lambda info: self.ctx.messages.info(
                self.tr("The password of %1 was reset.").replace("%1", info.login)
            ),
        )
