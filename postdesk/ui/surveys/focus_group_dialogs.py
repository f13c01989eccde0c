"""Dialogs of a focus-group meeting: a new meeting, members to invite, who came and what was decided."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.surveys.club import MemberView
from postdesk.services.surveys.focus_groups import FocusGroupView
from postdesk.ui.surveys.club_tab import reach_text


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _checked_list(parent: QWidget) -> QListWidget:
    listing = QListWidget(parent)
    listing.setWordWrap(True)
    listing.setTextElideMode(Qt.TextElideMode.ElideNone)
    return listing


class FocusGroupDialog(QDialog):
    """Date and time, place and topic of a new meeting; the page creates it on OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New focus-group meeting"))
        self.resize(560, 240)
        start = QDateTime(QDateTime.currentDateTime().date().addDays(7), QTime(15, 0))
        self.when_edit = QDateTimeEdit(start, self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.place_edit = QLineEdit(self)
        self.place_edit.setPlaceholderText(self.tr("e.g. the post office's meeting room"))
        self.topic_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("&Date and time:"), self.when_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Topic:"), self.topic_edit)
        self.buttons = _buttons(self, self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def held_at(self) -> dt.datetime:
        chosen = self.when_edit.dateTime().toPython()
        assert isinstance(chosen, dt.datetime)
        return chosen.astimezone()


class InviteDialog(QDialog):
    """Members to invite (those not invited yet); each is reached as they chose."""

    def __init__(
        self, group: FocusGroupView, members: list[MemberView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Invite to «%1»").replace("%1", group.topic))
        self.resize(620, 460)
        invited = {g.member_id for g in group.guests}
        self.members = [m for m in members if m.id not in invited]
        note = QLabel(
            self.tr(
                "Members reached by e-mail get the invitation by e-mail now; for the others a letter "
                "is saved to print and post."
            ),
            self,
        )
        note.setWordWrap(True)
        self.listing = _checked_list(self)
        for member in self.members:
            item = QListWidgetItem(f"{member.name} — {member.client_name} — {reach_text(member)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.listing.addItem(item)
        self.buttons = _buttons(self, self.tr("&Invite"))
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.listing, 1)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[MemberView]:
        return [
            m
            for index, m in enumerate(self.members)
            if self.listing.item(index).checkState() == Qt.CheckState.Checked
        ]


class MeetingDialog(QDialog):
    """After the meeting: who of the invited came, and the outcome notes."""

    def __init__(self, group: FocusGroupView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setWindowTitle(self.tr("Outcome of «%1»").replace("%1", group.topic))
        self.resize(620, 520)
        self.listing = _checked_list(self)
        for guest in group.guests:
            item = QListWidgetItem(f"{guest.name} — {guest.client_name}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if guest.attended else Qt.CheckState.Unchecked)
            self.listing.addItem(item)
        self.outcome_edit = QPlainTextEdit(group.outcome, self)
        self.outcome_edit.setPlaceholderText(self.tr("What was discussed and decided"))
        self.buttons = _buttons(self, self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Attended (tick those who came):"), self))
        layout.addWidget(self.listing, 1)
        layout.addWidget(QLabel(self.tr("Outcome notes:"), self))
        layout.addWidget(self.outcome_edit, 1)
        layout.addWidget(self.buttons)

    def attended(self) -> dict[int, bool]:
        return {
            guest.member_id: self.listing.item(index).checkState() == Qt.CheckState.Checked
            for index, guest in enumerate(self.group.guests)
        }

    def outcome(self) -> str:
        return self.outcome_edit.toPlainText()
