"""The Acceptance page: the chosen client's draft batches and «Import list…» (Ctrl+O).

Kept small on purpose: weighing and acceptance will be added here; the import itself lives in
the self-contained wizard of ``postdesk.ui.lists``. A removable drive being mounted is noticed
and its list files are offered for import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from postdesk.lists.findings import rubles
from postdesk.services.lists import DraftInfo
from postdesk.services.permissions import Permission
from postdesk.ui.context import UiContext
from postdesk.ui.lists.drive_watcher import DriveWatcher
from postdesk.ui.lists.wizard import ImportWizard

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class DraftsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DraftInfo] = []
        self._headers = [
            self.tr("Batch"),
            self.tr("List №"),
            self.tr("File"),
            self.tr("Items"),
            self.tr("Mass, g"),
            self.tr("Declared value"),
            self.tr("Imported"),
        ]

    def set_rows(self, rows: list[DraftInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return [
            row.id,
            row.list_number,
            row.source_file,
            row.items_count,
            row.mass_g,
            rubles(row.declared_value_kop),
            row.created_at.astimezone().strftime("%d.%m.%Y %H:%M"),
        ][index.column()]


class AcceptancePage(QWidget):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, watcher: DriveWatcher | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wizard: ImportWizard | None = None
        self.client_combo = QComboBox(self)
        self.client_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button = QPushButton(self.tr("Import list…"), self)
        self.import_button.setShortcut(QKeySequence("Ctrl+O"))
        self.import_button.setToolTip(self.tr("Read a client's list from a file or a flash drive (Ctrl+O)"))
        self.import_button.setEnabled(ctx.can(Permission.ACCEPT_BATCHES))
        self.import_button.clicked.connect(self.open_wizard)
        self.drive_label = QLabel(self)
        self.drive_label.setVisible(False)
        self.drive_label.setStyleSheet("background: #E8F0FE; padding: 6px;")
        self.model = DraftsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Client:"), self))
        top.addWidget(self.client_combo, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.drive_label)
        layout.addWidget(QLabel(self.tr("Draft batches (lists read, not yet accepted):"), self))
        layout.addWidget(self.table, 1)
        self.watcher = watcher or DriveWatcher(parent=self)
        self.watcher.drive_added.connect(self._drive_added)
        self.watcher.drive_removed.connect(self._drive_removed)
        self.load_clients()
        self.watcher.start()

    def load_clients(self) -> None:
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        for client in self.ctx.core.clients.search(self.ctx.actor, "", limit=1000):
            self.client_combo.addItem(f"{client.short_name} (ИНН {client.inn})", client.id)
        self.client_combo.blockSignals(False)
        self.refresh()

    @property
    def client_id(self) -> int | None:
        data = self.client_combo.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        client_id = self.client_id
        if client_id is None:
            self.model.set_rows([])
            return
        actor, lists = self.ctx.actor, self.ctx.core.lists
        self.ctx.tasks.run(lambda: lists.drafts(actor, client_id), self.model.set_rows)

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
