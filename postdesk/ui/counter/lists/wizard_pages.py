"""The import wizard's pages: client, file (or detected drive), mapping, findings and decision.

Only the widgets are built here; :class:`ImportWizard` connects them to its steps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.clients.data import ClientSummary
from postdesk.ui.context import UiContext
from postdesk.ui.counter.lists.findings_view import FindingsView
from postdesk.ui.counter.lists.mapping_view import MappingView

CLIENT, SOURCE, MAPPING, FINDINGS, DECISION, DONE = range(6)
KIND_EXAMPLES = (
    "Письмо заказное",
    "Письмо простое",
    "Бандероль заказная",
    "Бандероль с объявленной ценностью",
    "Посылка обыкновенная",
    "Посылка с объявленной ценностью",
    "Посылка с объявленной ценностью и наложенным платежом",
    "Письмо 1 класса заказное",
    "EMS",
)
_FILE_FILTER = "*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv *.dbf *.json"


class WizardPages(QDialog):
    """The pages of :class:`ImportWizard`, stacked in ``pages`` in the order of the constants above."""

    ctx: UiContext
    drives: dict[str, list[Path]]
    pages: QStackedWidget

    def _build_client_page(self, client_id: int | None) -> None:
        page = QWidget(self)
        self.client_combo = QComboBox(page)
        self.client_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.client_combo.setMinimumContentsLength(30)
        self.client_combo.currentIndexChanged.connect(self._client_tooltip)
        if client_id is not None:  # known at once; its name arrives with the list of clients
            self.client_combo.addItem("…", client_id)
        form = QFormLayout(page)
        form.addRow(self.tr("Client:"), self.client_combo)
        self.pages.addWidget(page)
        self.ctx.tasks.start(self.ctx.ops.clients.search("", limit=1000), self._show_clients)

    def _client_tooltip(self, _index: int) -> None:
        self.client_combo.setToolTip(self.client_combo.currentText())

    def _show_clients(self, clients: list[ClientSummary]) -> None:
        chosen = self.client_id
        self.client_combo.clear()
        for client in clients:
            self.client_combo.addItem(f"{client.short_name} (ИНН {client.inn})", client.id)
        if chosen is not None:
            self.client_combo.setCurrentIndex(max(0, self.client_combo.findData(chosen)))

    def _build_source_page(self) -> None:
        page = QWidget(self)
        self.files_list = QListWidget(page)
        self.files_list.setWordWrap(True)  # long folder names wrap instead of scrolling sideways
        self.files_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.files_list.currentItemChanged.connect(self._file_picked)
        self.path_edit = QLineEdit(page)
        self.path_edit.setPlaceholderText(self.tr("Path to the list file"))
        browse = QPushButton(self.tr("Choose file…"), page)
        browse.clicked.connect(self._browse)
        self.sheet_combo = QComboBox(page)
        self.sheet_combo.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        self.delivery_label = QLabel(page)  # the contract's list-delivery conditions
        self.delivery_label.setWordWrap(True)
        layout.addWidget(self.delivery_label)
        layout.addWidget(QLabel(self.tr("List files on the flash drive:"), page))
        layout.addWidget(self.files_list, 1)
        layout.addLayout(row)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("Sheet:"), page))
        sheet_row.addWidget(self.sheet_combo, 1)
        layout.addLayout(sheet_row)
        self.pages.addWidget(page)
        self._fill_drive_files()

    def _build_mapping_page(self) -> None:
        page = QWidget(self)
        self.mapping_view = MappingView(page)
        self.kind_label = QLabel(self.tr("Mail kind of the whole list (the rows do not give it):"), page)
        self.kind_combo = QComboBox(page)
        self.kind_combo.setEditable(True)
        self.kind_combo.addItems(KIND_EXAMPLES)
        self.kind_combo.setCurrentText("")
        self._needs_kind = False
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_label)
        kind_row.addWidget(self.kind_combo, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mapping_view, 1)
        layout.addLayout(kind_row)
        self.pages.addWidget(page)

    @property
    def asks_kind(self) -> bool:
        """The kind is asked once for lists whose rows and title do not give it."""
        return self._needs_kind

    def _build_findings_page(self) -> None:
        page = QWidget(self)
        self.summary_label = QLabel(page)
        self.summary_label.setWordWrap(True)
        self.findings_view = FindingsView(page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.findings_view, 1)
        self.pages.addWidget(page)

    def _build_decision_page(self) -> None:
        page = QWidget(self)
        self.decision_label = QLabel(page)
        self.decision_label.setWordWrap(True)
        self.import_button = QPushButton(page)
        self.reject_button = QPushButton(self.tr("Reject the list and hand it back"), page)
        self.report_button = QPushButton(self.tr("Save the report for the client…"), page)
        self.report_label = QLabel(page)
        self.report_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.decision_label)
        layout.addWidget(self.import_button)
        layout.addWidget(self.reject_button)
        layout.addWidget(self.report_button)
        layout.addWidget(self.report_label)
        layout.addStretch(1)
        self.pages.addWidget(page)

    def _fill_drive_files(self) -> None:
        self.files_list.clear()
        for root, files in self.drives.items():
            for path in files:
                item = QListWidgetItem(f"{path.name}    ({path.parent})", self.files_list)
                item.setToolTip(str(path))
                item.setData(Qt.ItemDataRole.UserRole, (str(path), root))
        if self.files_list.count():
            self.files_list.setCurrentRow(0)

    def _file_picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.path_edit.setText(item.data(Qt.ItemDataRole.UserRole)[0])

    def _browse(self) -> None:
        start = next(iter(self.drives), str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a list file"), start, self.tr("Batch lists") + f" ({_FILE_FILTER})"
        )
        if name:
            self.path_edit.setText(name)

    @property
    def client_id(self) -> int | None:
        data = self.client_combo.currentData()
        return int(data) if data is not None else None
