"""The «Фокус-группы» tab: meetings of club members (date, place, topic), their invitations sent
as e-mails through the outgoing mail or as letters to print, who came and the outcome notes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from postdesk.common.i18n import translate
from postdesk.services.permissions import Permission
from postdesk.services.surveys.catalogue import REACH_TITLES, ReachBy
from postdesk.services.surveys.club import MemberView
from postdesk.services.surveys.focus_groups import FocusGroupView
from postdesk.ui.context import UiContext
from postdesk.ui.operations.surveys import InvitationsSent
from postdesk.ui.surveys.focus_group_dialogs import FocusGroupDialog, InviteDialog, MeetingDialog
from postdesk.ui.surveys.tables import fill, make_table


class FocusGroupsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.groups: list[FocusGroupView] = []
        self.members: list[MemberView] = []
        self.dialog: FocusGroupDialog | InviteDialog | MeetingDialog | None = None
        self.last_sent: InvitationsSent | None = None
        self.table = make_table(
            self,
            "focusGroupTable",
            [
                self.tr("Date"),
                self.tr("Place"),
                self.tr("Topic"),
                self.tr("Invited"),
                self.tr("Attended"),
                self.tr("Outcome"),
            ],
        )
        self.guest_table = make_table(
            self, "guestTable", [self.tr("Member"), self.tr("Client"), self.tr("Invited by"), self.tr("Came")]
        )
        self.new_button = QPushButton(self.tr("&New meeting…"), self)
        self.invite_button = QPushButton(self.tr("In&vite members…"), self)
        self.outcome_button = QPushButton(self.tr("&Attendance and outcome…"), self)
        for button in (self.new_button, self.invite_button, self.outcome_button):
            button.setVisible(ctx.can(Permission.DESIGN_SURVEYS))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.invite_button, self.outcome_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.guest_table)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(split, 1)
        self.new_button.clicked.connect(self.open_new)
        self.invite_button.clicked.connect(self.open_invite)
        self.outcome_button.clicked.connect(self.open_outcome)
        self.table.itemSelectionChanged.connect(self._show_guests)

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.surveys.focus_groups(), self._show)
        self.ctx.tasks.start(self.ctx.ops.surveys.members(), self._members)

    def _members(self, members: list[MemberView]) -> None:
        self.members = members

    def _show(self, groups: list[FocusGroupView]) -> None:
        chosen = self.selected()
        self.groups = groups
        fill(
            self.table,
            [
                [
                    g.held_at.astimezone().strftime("%d.%m.%Y %H:%M"),
                    g.place,
                    g.topic,
                    str(len(g.guests)),
                    str(sum(1 for guest in g.guests if guest.attended)),
                    g.outcome,
                ]
                for g in groups
            ],
        )
        ids = [g.id for g in groups]
        if groups:
            self.table.selectRow(ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0)
        self._show_guests()

    def selected(self) -> FocusGroupView | None:
        row = self.table.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def _show_guests(self) -> None:
        group = self.selected()
        guests = group.guests if group is not None else ()
        yes, no = self.tr("yes"), self.tr("no")
        fill(
            self.guest_table,
            [
                [
                    guest.name,
                    guest.client_name,
                    translate("Surveys", REACH_TITLES[ReachBy(guest.channel)]),
                    "—" if guest.attended is None else (yes if guest.attended else no),
                ]
                for guest in guests
            ],
        )

    # --- a new meeting ---------------------------------------------------------------------------
    def open_new(self) -> FocusGroupDialog:
        dialog = FocusGroupDialog(self)
        dialog.accepted.connect(lambda: self.create_meeting(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def create_meeting(self, dialog: FocusGroupDialog) -> None:
        operation = self.ctx.ops.surveys.create_focus_group(
            dialog.held_at(), dialog.place_edit.text(), dialog.topic_edit.text()
        )
        self.ctx.tasks.start(operation, lambda _id: self.refresh())

    # --- invitations -----------------------------------------------------------------------------
    def open_invite(self) -> InviteDialog | None:
        group = self.selected()
        if group is None:
            self.ctx.messages.warning(self.tr("Select a meeting in the list first."))
            return None
        dialog = InviteDialog(group, self.members, self)
        dialog.accepted.connect(lambda: self._invite_chosen(group, dialog.chosen()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _invite_chosen(self, group: FocusGroupView, chosen: list[MemberView]) -> None:
        folder: Path | None = None
        if any(not (m.reach_by is ReachBy.EMAIL and "@" in m.email) for m in chosen):
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters to print"))
            if not name:
                return
            folder = Path(name)
        self.invite(group.id, [m.id for m in chosen], folder)

    def invite(self, group_id: int, member_ids: list[int], letters_folder: Path | None) -> None:
        def done(sent: InvitationsSent) -> None:
            self.last_sent = sent
            text = (
                self.tr("E-mails sent: %1. Letters to print: %2.")
                .replace("%1", str(sent.mailed))
                .replace("%2", str(len(sent.letters)))
            )
            if sent.letters:
                text += " " + self.tr("The letters are in %1.").replace("%1", str(sent.letters[0].parent))
            if sent.failures:
                self.ctx.messages.warning(
                    text + " " + self.tr("Some e-mails wait in the outgoing mail:"), "\n".join(sent.failures)
                )
            else:
                self.ctx.messages.info(text)
            self.refresh()

        self.ctx.tasks.start(self.ctx.ops.surveys.invite(group_id, member_ids, letters_folder), done)

    # --- after the meeting -----------------------------------------------------------------------
    def open_outcome(self) -> MeetingDialog | None:
        group = self.selected()
        if group is None:
            self.ctx.messages.warning(self.tr("Select a meeting in the list first."))
            return None
        if not group.guests:
            self.ctx.messages.warning(self.tr("Invite members to the meeting first."))
            return None
        dialog = MeetingDialog(group, self)
        dialog.accepted.connect(lambda: self.record(group.id, dialog.attended(), dialog.outcome()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def record(self, group_id: int, attended: dict[int, bool], outcome: str) -> None:
        self.ctx.tasks.start(
            self.ctx.ops.surveys.record_meeting(group_id, attended, outcome), lambda _v: self.refresh()
        )
