"""The «Клуб клиентов» tab: members, joining (contact person, date, consent, how to reach them),
leaving, and the ideas members offer (registered as suggestions in the feedback register)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.i18n import translate
from postdesk.services.clients.data import ClientDetails, ClientSummary, ContactDraft
from postdesk.services.surveys.catalogue import REACH_TITLES, ReachBy
from postdesk.services.surveys.club import MemberView
from postdesk.ui.context import UiContext
from postdesk.ui.surveys.tables import fill, make_table


def reach_text(member: MemberView) -> str:
    """How the member is reached, with the address or phone to use."""
    title = translate("Surveys", REACH_TITLES[member.reach_by])
    where = {ReachBy.EMAIL: member.email, ReachBy.PHONE: member.phones}.get(member.reach_by, "")
    return f"{title}: {where}" if where else title


class JoinDialog(QDialog):
    """A client's contact person joins the club; ``joined`` carries the new member."""

    joined = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contacts: list[ContactDraft] = []
        self.setWindowTitle(self.tr("Join the clients' club"))
        self.resize(640, 420)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Client's name or INN, then Enter"))
        self.client_combo = QComboBox(self)
        self.client_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.client_combo.setMinimumContentsLength(30)
        self.contact_combo = QComboBox(self)
        self.contact_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.contact_combo.setMinimumContentsLength(30)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.consent_edit = QPlainTextEdit(self)
        self.consent_edit.setPlaceholderText(
            self.tr("How and when the consent was given, e.g. a signed form")
        )
        self.consent_edit.setMaximumHeight(90)
        self.reach_combo = QComboBox(self)
        for reach in ReachBy:
            self.reach_combo.addItem(translate("Surveys", REACH_TITLES[reach]), reach.value)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Find:"), self.search_edit)
        form.addRow(self.tr("C&lient:"), self.client_combo)
        form.addRow(self.tr("Contact &person:"), self.contact_combo)
        form.addRow(self.tr("&Joined on:"), self.date_edit)
        form.addRow(self.tr("&Consent:"), self.consent_edit)
        form.addRow(self.tr("&Reach by:"), self.reach_combo)
        form.addRow("", self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Join"))
        for button in self.buttons.buttons():  # Enter in the search field searches, never joins
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # the hint right under the fields, not halfway to the buttons
        layout.addWidget(self.buttons)
        self.search_edit.returnPressed.connect(self.search)
        self.client_combo.currentIndexChanged.connect(lambda _i: self._load_contacts())
        self.contact_combo.currentIndexChanged.connect(lambda _i: self._contact_chosen())
        for combo in (self.client_combo, self.contact_combo):  # long names are cut: the whole one
            combo.currentTextChanged.connect(combo.setToolTip)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.search()

    def search(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.clients.search(self.search_edit.text(), limit=200), self._clients)

    def _clients(self, found: list[ClientSummary]) -> None:
        self.client_combo.clear()
        for client in found:
            self.client_combo.addItem(f"{client.short_name} (ИНН {client.inn})", client.id)

    def _load_contacts(self) -> None:
        self.contact_combo.clear()
        self.contacts = []
        client_id = self.client_combo.currentData()
        if client_id is not None:
            self.ctx.tasks.start(self.ctx.ops.clients.get(int(client_id)), self._show_contacts)

    def _show_contacts(self, details: ClientDetails) -> None:
        if details.draft.id != self.client_combo.currentData():
            return
        self.contacts = [c for c in details.draft.contacts if c.id is not None]
        for contact in self.contacts:
            ways = ", ".join(w for w in (contact.email, contact.phones) if w)
            self.contact_combo.addItem(f"{contact.name} ({ways})" if ways else contact.name, contact.id)
        if not self.contacts:
            self.hint.setText(self.tr("The client has no contact persons: add them on the client's card."))

    def _contact_chosen(self) -> None:
        index = self.contact_combo.currentIndex()
        if 0 <= index < len(self.contacts):
            contact = self.contacts[index]
            reach = ReachBy.EMAIL if "@" in contact.email else ReachBy.LETTER
            self.reach_combo.setCurrentIndex(self.reach_combo.findData(reach.value))
            self.hint.setText("")

    def submit(self) -> None:
        contact_id = self.contact_combo.currentData()
        if contact_id is None:
            self.ctx.messages.warning(self.tr("Choose the client's contact person who joins."))
            return
        joined_on = self.date_edit.date().toPython()
        assert isinstance(joined_on, dt.date)
        operation = self.ctx.ops.surveys.join(
            int(contact_id),
            self.consent_edit.toPlainText(),
            ReachBy(self.reach_combo.currentData()),
            joined_on,
        )
        self.ctx.tasks.start(operation, self._done)

    def _done(self, member: MemberView) -> None:
        self.joined.emit(member)
        self.accept()


class ClubTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.members: list[MemberView] = []
        self.join_dialog: JoinDialog | None = None
        self.table = make_table(
            self,
            "memberTable",
            [
                self.tr("Member"),
                self.tr("Client"),
                self.tr("Joined"),
                self.tr("Reach by"),
                self.tr("Ideas"),
                self.tr("Focus groups attended"),
                self.tr("Consent"),
            ],
        )
        self.join_button = QPushButton(self.tr("&Join the club… (Ctrl+J)"), self)
        self.leave_button = QPushButton(self.tr("&Leaves the club…"), self)
        self.idea_button = QPushButton(self.tr("Register an &idea…"), self)
        buttons = QHBoxLayout()
        for button in (self.join_button, self.leave_button, self.idea_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        self.join_button.clicked.connect(self.open_join)
        self.leave_button.clicked.connect(self._leave_clicked)
        self.idea_button.clicked.connect(self._idea_clicked)
        QShortcut(QKeySequence("Ctrl+J"), self, self.open_join)

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.surveys.members(), self._show)

    def _show(self, members: list[MemberView]) -> None:
        self.members = members
        fill(
            self.table,
            [
                [
                    m.name,
                    m.client_name,
                    m.joined_on.strftime("%d.%m.%Y"),
                    reach_text(m),
                    str(m.ideas),
                    str(m.focus_groups),
                    m.consent,
                ]
                for m in members
            ],
        )

    def selected(self) -> MemberView | None:
        row = self.table.currentRow()
        return self.members[row] if 0 <= row < len(self.members) else None

    def open_join(self) -> JoinDialog:
        self.join_dialog = JoinDialog(self.ctx, self)
        self.join_dialog.joined.connect(lambda _m: self.refresh())
        self.join_dialog.open()
        return self.join_dialog

    def _leave_clicked(self) -> None:
        member = self.selected()
        if member is None:
            self.ctx.messages.warning(self.tr("Select a member in the list first."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Leave the club"),
            self.tr("%1 (%2) leaves the clients' club today?")
            .replace("%1", member.name)
            .replace("%2", member.client_name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.leave(member.id)

    def leave(self, member_id: int) -> None:
        def done(_none: None) -> None:
            self.ctx.messages.info(self.tr("The member has left the club."))
            self.refresh()

        self.ctx.tasks.start(self.ctx.ops.surveys.leave(member_id, dt.date.today()), done)

    def _idea_clicked(self) -> None:
        member = self.selected()
        if member is None:
            self.ctx.messages.warning(self.tr("Select a member in the list first."))
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Idea of %1").replace("%1", member.name), self.tr("The idea:")
        )
        if ok:
            self.add_idea(member.id, text)

    def add_idea(self, member_id: int, text: str) -> None:
        def done(_feedback_id: int) -> None:
            self.ctx.messages.info(self.tr("The idea is in the feedback register as a suggestion."))
            self.refresh()

        self.ctx.tasks.start(self.ctx.ops.surveys.add_idea(member_id, text), done)
