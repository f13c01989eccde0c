"""Asking the operator about a list whose title names another client.

The rows would be charged to the chosen client's contract, so taking such a list is a decision
the operator confirms (the service audits it); when the title's INN is a known client, switching
to that client is offered first.
"""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QMessageBox, QWidget

from postdesk.services.counter.list_client import ListClientCheck


class OtherClientAnswer(enum.Enum):
    TAKE = "take"  # take the list under the chosen client anyway
    SWITCH = "switch"  # check it again under the client the title names
    CANCEL = "cancel"


class OtherClientBox(QMessageBox):
    """The question itself; a class so tests can find its buttons and press them by keyboard."""

    def __init__(self, check: ListClientCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("The list names another client"))
        self.setText(check.message())
        self.setInformativeText(
            self.tr(
                "Taking it under %1 charges its items to that client's contract; the decision is logged."
            ).replace("%1", check.client.name)
        )
        self.switch_button = None
        if check.matching is not None:
            self.switch_button = self.addButton(
                self.tr("Switch to %1").replace("%1", check.matching.name), QMessageBox.ButtonRole.AcceptRole
            )
        self.take_button = self.addButton(
            self.tr("Take it under %1").replace("%1", check.client.name),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.switch_button or self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def answer(self) -> OtherClientAnswer:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.switch_button:
            return OtherClientAnswer.SWITCH
        if clicked is self.take_button:
            return OtherClientAnswer.TAKE
        return OtherClientAnswer.CANCEL
