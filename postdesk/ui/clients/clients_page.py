"""The Clients page: search as you type, open a client, create a new one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.clients.data import ClientDetails, ClientSummary, ContractInfo
from postdesk.services.permissions import Permission
from postdesk.ui.clients.client_editor import ClientEditorDialog
from postdesk.ui.clients.client_table import ClientTableModel
from postdesk.ui.context import UiContext
from postdesk.ui.outreach.offer_flow import OfferFlow
from postdesk.ui.reference.organisations import OrganisationResults

SEARCH_DELAY_MS = 200


class ClientsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._request = 0
        self.editor: ClientEditorDialog | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("clientSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name, INN or contract number (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.expiring_check = QCheckBox(self.tr("Only contracts ending soon"), self)
        self.new_button = QPushButton(self.tr("&New client"), self)
        self.new_button.setObjectName("newClient")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setEnabled(ctx.can(Permission.EDIT_CLIENTS))
        self.offer_button = QPushButton(self.tr("&Offer… (Ctrl+M)"), self)
        self.offer_button.setToolTip(self.tr("Make an offer to the selected client"))
        self.offer_button.setVisible(ctx.can(Permission.MAKE_OFFERS))
        self.offers = OfferFlow(ctx, self)
        self.expiry_banner = QLabel(self)
        self.expiry_banner.setObjectName("expiryBanner")
        self.expiry_banner.setStyleSheet("background: #fff3cd; padding: 6px; border-radius: 3px;")
        self.expiry_banner.hide()
        self.count_label = QLabel(self)

        self.model = ClientTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.expiring_check)
        top.addWidget(self.new_button)
        top.addWidget(self.offer_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.expiry_banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        # Organisations that are not clients (partners, higher organisations) found by the same search.
        self.organisations = OrganisationResults(ctx, self)
        layout.addWidget(self.organisations)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search_edit.returnPressed.connect(self._on_return_in_search)
        self.expiring_check.toggled.connect(self._expiring_toggled)
        self.new_button.clicked.connect(self.create_client)
        self.offer_button.clicked.connect(self.make_offer)
        QShortcut(QKeySequence("Ctrl+M"), self, self.make_offer)
        self.table.activated.connect(self._on_row_activated)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        self.refresh()
        self.refresh_expiry_banner()

    # --- searching -----------------------------------------------------------------------------
    def refresh(self, *, open_single: bool = False) -> None:
        """Search off the GUI thread; ``open_single``: a search with exactly one client opens it."""
        self._timer.stop()
        self._request += 1
        request = self._request
        text = self.search_edit.text()
        expiring = self.expiring_check.isChecked()

        def show(rows: list[ClientSummary]) -> None:
            self._on_results(request, rows)
            if open_single and request == self._request and len(rows) == 1:
                self.open_client(rows[0].id)

        self.ctx.tasks.start(self.ctx.ops.clients.search(text, expiring_only=expiring), show)
        self.organisations.search(text)

    def _expiring_toggled(self, _on: bool) -> None:
        self.refresh()

    def _on_results(self, request: int, rows: list[ClientSummary]) -> None:
        if request != self._request:
            return  # a newer search is on its way; drop stale results
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("Clients found: %n", "", len(rows)))
        if rows:
            self.table.selectRow(0)

    def refresh_expiry_banner(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.clients.expiring_contracts(), self._on_expiring)

    def _on_expiring(self, contracts: list[ContractInfo]) -> None:
        if contracts:
            days = self.ctx.ops.clients.expiry_warning_days
            self.expiry_banner.setText(
                self.tr(
                    '%n contract(s) end within %1 days. Tick "Only contracts ending soon" to see them.',
                    "",
                    len(contracts),
                ).replace("%1", str(days))
            )
            self.expiry_banner.show()
        else:
            self.expiry_banner.hide()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_return_in_search(self) -> None:
        self.refresh(open_single=True)
        self.table.setFocus()

    # --- opening and creating ------------------------------------------------------------------
    def _on_row_activated(self, index: QModelIndex) -> None:
        client_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if client_id is not None:
            self.open_client(int(client_id))

    def open_client(self, client_id: int) -> None:
        self.ctx.tasks.start(self.ctx.ops.clients.get(client_id), self._show_editor)

    def selected_client_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        client_id = self.model.data(rows[0], Qt.ItemDataRole.UserRole)
        return int(client_id) if client_id is not None else None

    def make_offer(self) -> None:
        """The offer flow of the client card, for the selected client without opening the card."""
        client_id = self.selected_client_id()
        if client_id is None or not self.ctx.can(Permission.MAKE_OFFERS):
            return
        ops = self.ctx.ops.outreach
        self.offers.start(
            ops.client_offer_defaults(client_id), lambda choice: ops.make_client_offer(client_id, choice)
        )

    def create_client(self) -> None:
        self._show_editor(None)

    def _show_editor(self, details: ClientDetails | None) -> None:
        self.editor = ClientEditorDialog(self.ctx, details, self)
        self.editor.saved.connect(self._on_saved)
        self.editor.open()

    def _on_saved(self, client_id: int) -> None:
        self.refresh()
        self.refresh_expiry_banner()
