"""Creating and editing a client: requisites, bank details, contact persons and contracts.

Fields are checked as the operator leaves them (the same pure validation the service uses),
and the service's verdict on save is shown next to the same fields.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError, ValidationFailed
from postdesk.services.clients.data import (
    CLIENT_TEXT_FIELDS,
    ClientDetails,
    ClientDraft,
    ContactDraft,
    ContractInfo,
    validate_client,
)
from postdesk.services.permissions import Permission
from postdesk.ui.clients.client_table import STATUS_TITLES
from postdesk.ui.clients.contract_dialog import ContractDialog
from postdesk.ui.context import UiContext
from postdesk.ui.outreach.offer_flow import OfferFlow
from postdesk.ui.widgets.fit import grow_to_fit
from postdesk.ui.widgets.validated_form import ValidatedForm

_CONTACT_COLUMNS = ("name", "position", "phones", "email", "note")


class ClientEditorDialog(QDialog):
    """Signals:
    saved(int): the client was stored; carries its id.
    """

    saved = Signal(int)

    def __init__(self, ctx: UiContext, details: ClientDetails | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = details.draft.id if details else None
        self.contracts: tuple[ContractInfo, ...] = details.contracts if details else ()
        self.setWindowTitle(
            self.tr("New client")
            if details is None
            else self.tr("Client: %1").replace("%1", details.draft.short_name)
        )
        self.resize(760, 620)
        self.edits: dict[str, QLineEdit] = {}
        self._touched: set[str] = set()

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._requisites_tab(), self.tr("&Requisites"))
        self.tabs.addTab(self._bank_tab(), self.tr("&Bank details"))
        self.tabs.addTab(self._contacts_tab(), self.tr("C&ontacts"))
        self.tabs.addTab(self._contracts_tab(), self.tr("Con&tracts"))
        if details is not None:
            self.tabs.addTab(self._history_tab(details), self.tr("&History"))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("saveError")
        self.summary_label.setStyleSheet("color: #b00020;")
        self.summary_label.setWordWrap(True)
        self.summary_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        if details is not None:
            self._load(details.draft)
        self._refresh_contracts()
        self.edits["full_name"].setFocus()
        self._initial = self.draft()  # what Esc compares against before discarding

    def has_changes(self) -> bool:
        return self.draft() != self._initial

    def reject(self) -> None:
        """Esc, «Cancel» or closing: typed data are discarded only after the operator agrees."""
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard what was typed? The client is not saved."),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    # --- building tabs -------------------------------------------------------------------------
    def _line(self, form: ValidatedForm, name: str, label: str, max_length: int = 500) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        form.add_field(name, label, edit)
        edit.editingFinished.connect(lambda n=name: self._on_field_left(n))
        self.edits[name] = edit
        return edit

    def _requisites_tab(self) -> QWidget:
        page = QWidget()
        self.form = ValidatedForm()
        outer = QVBoxLayout(page)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self._line(self.form, "full_name", self.tr("Full legal name:"))
        self._line(self.form, "short_name", self.tr("Short name:"), 200)
        self._line(self.form, "inn", self.tr("INN:"), 12).setInputMask("")
        self._line(self.form, "kpp", self.tr("KPP:"), 9)
        self._line(self.form, "ogrn", self.tr("OGRN / OGRNIP:"), 15)
        self.status_combo = QComboBox()
        for status, title in STATUS_TITLES.items():
            self.status_combo.addItem(QCoreApplication.translate("ClientStatus", title), status)
        self.form.add_field("status", self.tr("Status:"), self.status_combo)
        self._line(self.form, "legal_address", self.tr("Legal address:"))
        self._line(self.form, "postal_address", self.tr("Postal address:"))
        self._line(self.form, "phones", self.tr("Phones:"), 200)
        self._line(self.form, "email", self.tr("E-mail:"), 200)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(70)
        self.form.add_field("notes", self.tr("Notes:"), self.notes_edit)
        return page

    def _bank_tab(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr(
                "Bank details receive cash-on-delivery remittances. The accounts are checked against the BIK."
            ),
            page,
        )
        hint.setWordWrap(True)
        self.bank_form = ValidatedForm()
        self._line(self.bank_form, "bank_name", self.tr("Bank:"), 300)
        self._line(self.bank_form, "bik", self.tr("BIK:"), 9)
        self._line(self.bank_form, "settlement_account", self.tr("Settlement account:"), 20)
        self._line(self.bank_form, "correspondent_account", self.tr("Correspondent account:"), 20)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(self.bank_form)
        layout.addStretch(1)
        return page

    def _contacts_tab(self) -> QWidget:
        page = QWidget()
        self.contacts_table = QTableWidget(0, len(_CONTACT_COLUMNS), page)
        self.contacts_table.setObjectName("contactsTable")
        self.contacts_table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Position"), self.tr("Phones"), self.tr("E-mail"), self.tr("Note")]
        )
        self.contacts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.contacts_error = QLabel(page)
        self.contacts_error.setStyleSheet("color: #b00020;")
        self.contacts_error.hide()
        add = QPushButton(self.tr("&Add contact"), page)
        remove = QPushButton(self.tr("&Remove contact"), page)
        add.clicked.connect(self.add_contact_row)
        remove.clicked.connect(self._remove_contact_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.contacts_table, 1)
        layout.addWidget(self.contacts_error)
        layout.addLayout(buttons)
        return page

    def _history_tab(self, details: ClientDetails) -> QWidget:
        """The client's timeline, with the counter's quick entry a click (or Ctrl+R) away."""
        from postdesk.ui.records.timeline_view import TimelineView

        assert details.draft.id is not None
        page = QWidget()
        self.timeline = TimelineView(self.ctx, details.draft.id, page)
        self.record_button = QPushButton(self.tr("Record a service…"), page)
        self.record_button.setShortcut("Ctrl+R")
        self.record_button.setEnabled(self.ctx.can(Permission.RECORD_SERVICES))
        self.record_button.clicked.connect(lambda: self.open_quick_entry(details))
        self.offer_button = QPushButton(self.tr("Make an &offer… (Ctrl+M)"), page)
        self.offer_button.setVisible(self.ctx.can(Permission.MAKE_OFFERS))
        self.offer_button.clicked.connect(self.make_offer)
        QShortcut(QKeySequence("Ctrl+M"), self, self.make_offer)
        self.offers = OfferFlow(self.ctx, self)
        self.offers.made.connect(lambda _offer: self.timeline.reload())
        self.offers.sent.connect(lambda _mail: self.timeline.reload())
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.offer_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.timeline, 1)
        return page

    def make_offer(self) -> None:
        """An offer to this client: services, discount and contact person chosen, then previewed."""
        if self.client_id is None or not self.ctx.can(Permission.MAKE_OFFERS):
            return
        client_id, ops = self.client_id, self.ctx.ops.outreach
        self.tabs.setCurrentIndex(self.tabs.count() - 1)
        self.offers.start(
            ops.client_offer_defaults(client_id), lambda choice: ops.make_client_offer(client_id, choice)
        )

    def open_quick_entry(self, details: ClientDetails):
        from postdesk.ui.records.quick_entry import QuickEntryDialog

        assert details.draft.id is not None
        self.quick_entry = QuickEntryDialog(self.ctx, details.draft.id, details.draft.short_name, self)
        self.quick_entry.recorded.connect(lambda _r: self.timeline.reload())
        self.quick_entry.open()
        return self.quick_entry

    def _contracts_tab(self) -> QWidget:
        page = QWidget()
        self.contracts_table = QTableWidget(0, 5, page)
        self.contracts_table.setObjectName("contractsTable")
        self.contracts_table.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Signed"),
                self.tr("Valid from"),
                self.tr("Valid to"),
                self.tr("Conditions"),
            ]
        )
        self.contracts_table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.contracts_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.contracts_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.contracts_table.cellDoubleClicked.connect(lambda row, _col: self._edit_contract(row))
        self.new_contract_button = QPushButton(self.tr("New &contract"), page)
        self.edit_contract_button = QPushButton(self.tr("&Edit contract"), page)
        self.new_contract_button.clicked.connect(lambda: self._edit_contract(None))
        self.edit_contract_button.clicked.connect(
            lambda: self._edit_contract(self.contracts_table.currentRow())
        )
        self.contracts_hint = QLabel(page)
        self.contracts_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_contract_button)
        buttons.addWidget(self.edit_contract_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.contracts_table, 1)
        layout.addWidget(self.contracts_hint)
        layout.addLayout(buttons)
        return page

    # --- data in and out -----------------------------------------------------------------------
    def _load(self, draft: ClientDraft) -> None:
        for name in CLIENT_TEXT_FIELDS:
            self.edits[name].setText(getattr(draft, name))
        self.status_combo.setCurrentIndex(self.status_combo.findData(draft.status))
        self.notes_edit.setPlainText(draft.notes)
        for contact in draft.contacts:
            self.add_contact_row(contact)

    def draft(self) -> ClientDraft:
        values = {name: self.edits[name].text() for name in CLIENT_TEXT_FIELDS}
        return ClientDraft(
            **values,
            status=self.status_combo.currentData(),
            notes=self.notes_edit.toPlainText(),
            contacts=self._contacts(),
            id=self.client_id,
        )

    def _contacts(self) -> list[ContactDraft]:
        contacts = []
        for row in range(self.contacts_table.rowCount()):
            cells = [self.contacts_table.item(row, c) for c in range(len(_CONTACT_COLUMNS))]
            texts = [cell.text() if cell else "" for cell in cells]
            if not any(t.strip() for t in texts):
                continue
            first = cells[0]
            contact_id = first.data(256) if first else None
            name, position, phones, email, note = texts
            contacts.append(ContactDraft(name, position, phones, email, note, id=contact_id))
        return contacts

    def add_contact_row(self, contact: ContactDraft | None = None) -> None:
        row = self.contacts_table.rowCount()
        self.contacts_table.insertRow(row)
        values = [getattr(contact, c) for c in _CONTACT_COLUMNS] if contact else [""] * len(_CONTACT_COLUMNS)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == 0 and contact is not None:
                item.setData(256, contact.id)
            self.contacts_table.setItem(row, column, item)
        if contact is None:
            self.contacts_table.setCurrentCell(row, 0)
            self.contacts_table.editItem(self.contacts_table.item(row, 0))  # type: ignore[arg-type]

    def _remove_contact_row(self) -> None:
        row = self.contacts_table.currentRow()
        if row >= 0:
            self.contacts_table.removeRow(row)

    # --- validation and saving -----------------------------------------------------------------
    def _on_field_left(self, name: str) -> None:
        self._touched.add(name)
        if name == "bik":
            self._touched.update({"settlement_account", "correspondent_account"})
        self._show_errors(validate_client(self.draft()), only=self._touched)

    def _show_errors(self, errors: dict[str, str], only: set[str] | None = None) -> None:
        self.form.show_errors(errors, only=only)
        self.bank_form.show_errors(errors, only=only)
        contact_errors = [m for k, m in errors.items() if k.startswith("contacts.")]
        self.contacts_error.setText("\n".join(sorted(set(contact_errors))))
        self.contacts_error.setVisible(bool(contact_errors) and only is None)
        grow_to_fit(self)

    def save(self) -> None:
        draft = self.draft()
        errors = validate_client(draft)
        self._touched.update(CLIENT_TEXT_FIELDS)
        if errors:
            self._fail(
                ValidationFailed(self.tr("The client was not saved: correct the marked fields."), errors)
            )
            return
        self.buttons.setEnabled(False)
        self.ctx.tasks.start(self.ctx.ops.clients.save_client(draft), self._on_saved, self._on_save_failed)

    def _on_saved(self, client_id: int) -> None:
        self.buttons.setEnabled(True)
        self.client_id = client_id
        self.saved.emit(client_id)
        self.ctx.messages.info(self.tr("Client saved."))
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(exc, UserError):
            self._fail(exc)
            return True
        return False

    def _fail(self, error: UserError) -> None:
        errors = error.errors if isinstance(error, ValidationFailed) else {}
        self._show_errors(errors)
        self.summary_label.setText(error.message)
        self.summary_label.show()
        grow_to_fit(self)
        widget = self.form.first_invalid(errors) or self.bank_form.first_invalid(errors)
        if widget is not None:
            self.tabs.setCurrentIndex(0 if widget in self.form.fields.values() else 1)
            widget.setFocus()
        elif any(k.startswith("contacts.") for k in errors):
            self.tabs.setCurrentIndex(2)

    # --- contracts -----------------------------------------------------------------------------
    def _refresh_contracts(self) -> None:
        table = self.contracts_table
        table.setRowCount(len(self.contracts))
        for row, contract in enumerate(self.contracts):
            conditions = []
            if contract.accept_without_client:
                conditions.append(self.tr("accepted without the client waiting"))
            if contract.lists_electronic:
                conditions.append(self.tr("lists electronically"))
            if contract.lists_on_media:
                conditions.append(self.tr("lists on a flash drive"))
            ends = contract.ends_on.strftime("%d.%m.%Y") if contract.ends_on else self.tr("open-ended")
            if contract.expiring:
                ends = self.tr("%1 (ends soon)").replace("%1", ends)
            cells = [
                contract.number,
                contract.signed_on.strftime("%d.%m.%Y"),
                contract.starts_on.strftime("%d.%m.%Y"),
                ends,
                ", ".join(conditions),
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        may_edit = self.ctx.can(Permission.EDIT_CONTRACTS)
        saved = self.client_id is not None
        self.new_contract_button.setEnabled(may_edit and saved)
        self.edit_contract_button.setEnabled(may_edit and bool(self.contracts))
        if not may_edit:
            self.contracts_hint.setText(self.tr("Contracts are edited by a supervisor."))
        elif not saved:
            self.contracts_hint.setText(self.tr("Save the client first, then add contracts."))
        else:
            self.contracts_hint.setText("")

    def _edit_contract(self, row: int | None) -> None:
        if self.client_id is None:
            return
        contract = self.contracts[row] if row is not None and 0 <= row < len(self.contracts) else None
        dialog = ContractDialog(self.ctx, self.client_id, contract, self)
        dialog.saved.connect(self._reload_contracts)
        dialog.open()
        self.contract_dialog = dialog

    def _reload_contracts(self, _contract_id: int) -> None:
        assert self.client_id is not None
        self.ctx.tasks.start(self.ctx.ops.clients.get(self.client_id), self._on_contracts_reloaded)

    def _on_contracts_reloaded(self, details: ClientDetails) -> None:
        self.contracts = details.contracts
        self._refresh_contracts()
