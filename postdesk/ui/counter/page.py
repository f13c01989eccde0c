"""The Acceptance page: the counter workspace.

Client picker and «Import list…» (Ctrl+O) on top; below, the client's batches and the shared
queue, or — once a batch is opened — its weighing view (draft or received) or its documents
(accepted). A removable drive being mounted is noticed and its list files are offered for import.
The counter's keys are shortcuts of this page, so they work wherever the focus is on it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.models.batches import BatchStatus
from postdesk.services.clients.data import ClientSummary
from postdesk.services.counter.batch_views import BatchSummary
from postdesk.services.permissions import Permission
from postdesk.ui.context import UiContext
from postdesk.ui.counter.accepted_view import AcceptedView
from postdesk.ui.counter.batch_list import BatchListPanel
from postdesk.ui.counter.client_search import client_search_placeholder
from postdesk.ui.counter.lists.drive_watcher import DriveWatcher
from postdesk.ui.counter.lists.wizard import ImportWizard
from postdesk.ui.counter.scanner_focus import install_page_keys
from postdesk.ui.counter.texts import list_number_text
from postdesk.ui.counter.weighing_view import WeighingView
from postdesk.ui.reference.lookup import DeliveryQuestionButton

LIST, WEIGHING, ACCEPTED = range(3)


class AcceptancePage(QWidget):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, watcher: DriveWatcher | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wizard: ImportWizard | None = None
        self.client_search = QLineEdit(self)
        self.client_search.setPlaceholderText(client_search_placeholder())
        self.client_search.setClearButtonEnabled(True)
        self.client_search.setMinimumWidth(260)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.load_clients)
        self.client_search.textChanged.connect(lambda _t: self._search_timer.start())
        self.client_search.returnPressed.connect(lambda: self.load_clients(open_single=True))
        self.client_combo = QComboBox(self)
        # Long client names are elided in the box (the whole name is its tooltip), never widening the page.
        self.client_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.client_combo.setMinimumContentsLength(24)
        self.client_combo.currentIndexChanged.connect(self._client_tooltip)
        self.client_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button = QPushButton(self.tr("Import list…"), self)
        self.import_button.setShortcut(QKeySequence("Ctrl+O"))
        self.import_button.setToolTip(self.tr("Read a client's list from a file or a flash drive (Ctrl+O)"))
        self.import_button.setEnabled(ctx.can(Permission.ACCEPT_BATCHES))
        self.import_button.clicked.connect(self.open_wizard)
        self.record_button = QPushButton(self.tr("Record a service…"), self)
        self.record_button.setShortcut(QKeySequence("Ctrl+R"))
        self.record_button.setToolTip(self.tr("Record a service given, declined or not possible (Ctrl+R)"))
        self.record_button.setEnabled(ctx.can(Permission.RECORD_SERVICES))
        self.record_button.clicked.connect(self.open_quick_entry)
        self.delivery_button = DeliveryQuestionButton(ctx, self)  # "how long, when does it leave?"
        self.drive_label = QLabel(self)
        self.drive_label.setVisible(False)
        self.drive_label.setStyleSheet("background: #E8F0FE; padding: 6px;")

        self.batch_list = BatchListPanel(ctx, self)
        self.model = self.batch_list.model
        self.weighing = WeighingView(ctx, self)
        self.accepted = AcceptedView(ctx, self)
        self.stack = QStackedWidget(self)
        for view in (self.batch_list, self.weighing, self.accepted):
            self.stack.addWidget(view)
        self.batch_list.open_requested.connect(self.open_batch)
        self.weighing.back.connect(self.show_list)
        self.weighing.finished.connect(self._batch_finished)
        self.accepted.back.connect(self.show_list)
        self.accepted.changed.connect(lambda _id: self.refresh())
        install_page_keys(
            self,
            [(keys, self._on_weighing(slot)) for keys, slot in self.weighing.key_bindings() if keys != "Esc"],
        )
        install_page_keys(self, [("Esc", self._escape), ("Ctrl+P", self._print_first_form)])

        self.top = QWidget(self)
        top = QHBoxLayout(self.top)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Client:"), self))
        top.addWidget(self.client_search)
        top.addWidget(self.client_combo, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.record_button)
        top.addWidget(self.delivery_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top)
        layout.addWidget(self.drive_label)
        layout.addWidget(self.stack, 1)
        self.watcher = watcher or DriveWatcher(parent=self)
        self.watcher.drive_added.connect(self._drive_added)
        self.watcher.drive_removed.connect(self._drive_removed)
        self._search_request = 0
        self.load_clients()
        self.watcher.start()

    def _on_weighing(self, slot: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            if self.stack.currentIndex() == WEIGHING:
                slot()

        return run

    def _escape(self) -> None:
        if self.stack.currentIndex() == WEIGHING:
            self.weighing.back.emit()
        elif self.stack.currentIndex() == ACCEPTED:
            self.accepted.back.emit()

    def _print_first_form(self) -> None:
        if self.stack.currentIndex() == ACCEPTED:
            self.accepted.open_first_form()

    def load_clients(self, *, open_single: bool = False) -> None:
        """Search off the GUI thread; only the answer to the latest search is shown.

        Enter in the search (``open_single``) with exactly one client found opens its batches."""
        self._search_timer.stop()
        self._search_request += 1
        request = self._search_request

        def show(found: list[ClientSummary]) -> None:
            if request == self._search_request:
                self._show_clients(found)
                if open_single and len(found) == 1:
                    self.batch_list.table.setFocus()

        self.ctx.tasks.start(self.ctx.ops.clients.search(self.client_search.text(), limit=1000), show)

    def _show_clients(self, found: list[ClientSummary]) -> None:
        current = self.client_id
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        for client in found:
            self.client_combo.addItem(f"{client.short_name} (ИНН {client.inn})", client.id)
        index = self.client_combo.findData(current) if current is not None else -1
        self.client_combo.setCurrentIndex(max(index, 0) if found else -1)
        self.client_combo.blockSignals(False)
        self.refresh()

    def _client_tooltip(self, _index: int) -> None:
        self.client_combo.setToolTip(self.client_combo.currentText())

    @property
    def client_id(self) -> int | None:
        data = self.client_combo.currentData()
        return int(data) if data is not None else None

    def open_quick_entry(self) -> None:
        """The counter's quick entry of a service for the chosen client."""
        from postdesk.ui.records.quick_entry import QuickEntryDialog

        if self.client_id is None:
            return
        self.quick_entry = QuickEntryDialog(self.ctx, self.client_id, self.client_combo.currentText(), self)
        self.quick_entry.recorded.connect(lambda _r: self.ctx.messages.info(self.tr("Service recorded.")))
        self.quick_entry.open()

    def choose_client(self, client_id: int) -> None:
        index = self.client_combo.findData(client_id)
        if index >= 0:
            self.client_combo.setCurrentIndex(index)

    def refresh(self) -> None:
        self.batch_list.refresh(self.client_id)

    # --- views ---------------------------------------------------------------------------------
    def open_batch(self, batch: BatchSummary) -> None:
        """A draft or received batch opens for weighing; any other shows its documents."""
        self.choose_client(batch.client_id)
        if batch.status in (BatchStatus.DRAFT, BatchStatus.RECEIVED):
            self.stack.setCurrentIndex(WEIGHING)
            self.weighing.open_batch(batch)
        else:
            self.stack.setCurrentIndex(ACCEPTED)
            self.accepted.open_batch(batch)
        self.top.hide()
        self.drive_label.hide()

    def work_in_progress(self) -> str | None:
        """A batch open for weighing is work under way: quitting asks first."""
        batch = self.weighing.batch if self.stack.currentIndex() == WEIGHING else None
        if batch is None:
            return None
        return (
            self.tr("List %1 of %2 is being weighed.")
            .replace("%1", list_number_text(batch.list_number))
            .replace("%2", batch.client_name)
        )

    def open_batch_id(self, batch_id: int) -> None:
        self.ctx.tasks.start(self.ctx.ops.counter.batch(batch_id), self.open_batch)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(LIST)
        self.top.show()
        self._drive_removed("")
        self.refresh()
        self.batch_list.table.setFocus()

    def _batch_finished(self, batch_id: int) -> None:
        self.refresh()

        def reopened(summary: BatchSummary) -> None:
            if summary.status is BatchStatus.ACCEPTED:
                self.open_batch(summary)
            else:
                self.show_list()

        self.ctx.tasks.start(self.ctx.ops.counter.batch(batch_id), reopened)

    # --- importing -----------------------------------------------------------------------------
    def open_wizard(self) -> ImportWizard:
        self.wizard = ImportWizard(self.ctx, client_id=self.client_id, drives=self.watcher.known, parent=self)
        self.wizard.imported.connect(lambda _draft: self.refresh())
        self.wizard.show()
        return self.wizard

    def _drive_added(self, root: str, files: list[Path]) -> None:
        if not files:
            return
        self.drive_label.setText(
            self.tr(
                "A flash drive is connected (%1) with %n list file(s). Press Ctrl+O to import.",
                "",
                len(files),
            ).replace("%1", root)
        )
        self.drive_label.setVisible(True)
        self.ctx.messages.info(self.drive_label.text())

    def _drive_removed(self, _root: str) -> None:
        self.drive_label.setVisible(bool(any(self.watcher.known.values())))
