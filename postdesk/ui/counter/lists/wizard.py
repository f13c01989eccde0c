"""The import wizard: client → file (or detected drive) → mapping → findings → decision → draft batch.

All slow work (reading, checking, storing, writing the report) runs through the task helper
with a progress bar and Cancel; the dialog stays responsive. Nothing is stored before the
operator decides, and the draft is stored in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError
from postdesk.common.weights import grams
from postdesk.lists.check import CheckResult, OpenedList
from postdesk.lists.drives import is_writable
from postdesk.lists.fields import Field
from postdesk.lists.report import ReportFiles
from postdesk.services.clients.data import ClientSummary, ContractInfo
from postdesk.services.counter.list_client import ListClientCheck
from postdesk.services.counter.lists import DraftInfo
from postdesk.ui.context import UiContext
from postdesk.ui.counter.lists.findings_view import FindingsView
from postdesk.ui.counter.lists.mapping_view import MappingView
from postdesk.ui.counter.lists.other_client import OtherClientAnswer, OtherClientBox
from postdesk.ui.money.list_delivery import confirm_delivery, show_conditions
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskHandle

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


class ImportWizard(QDialog):
    """Signals:
    imported(object): a draft batch was stored (DraftInfo).
    """

    imported = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        *,
        client_id: int | None = None,
        drives: dict[str, list[Path]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import a batch list"))
        self.resize(900, 600)
        self.drives = dict(drives or {})
        self.delivery_contract: ContractInfo | None = None
        self.opened: OpenedList | None = None
        self.remembered = False
        self.check_result: CheckResult | None = None
        self.client_check: ListClientCheck | None = None
        self.other_client_box: OtherClientBox | None = None
        self.draft: DraftInfo | None = None
        self.report_folder: Path | None = None
        self._task: TaskHandle | None = None
        self.pages = QStackedWidget(self)
        self._build_client_page(client_id)
        self._build_source_page()
        self._build_mapping_page()
        self._build_findings_page()
        self._build_decision_page()
        self.done_label = QLabel(self)
        self.done_label.setWordWrap(True)
        self.pages.addWidget(self.done_label)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.progress = QProgressBar(self)
        self.cancel_task_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_task_button.clicked.connect(self._cancel_task)
        self.back_button = QPushButton(self.tr("< Back"), self)
        self.next_button = QPushButton(self.tr("Next >"), self)
        self.next_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_task_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._busy(False)
        self.go(CLIENT if client_id is None else SOURCE)

    # --- pages ---------------------------------------------------------------------------------
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
        self.files_list.itemDoubleClicked.connect(lambda _item: self.next())
        self.files_list.currentItemChanged.connect(self._file_picked)
        self.path_edit = QLineEdit(page)
        self.path_edit.setPlaceholderText(self.tr("Path to the list file"))
        browse = QPushButton(self.tr("Choose file…"), page)
        browse.clicked.connect(self._browse)
        self.sheet_combo = QComboBox(page)
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.activated.connect(lambda _i: self._open())
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
        self.import_button.clicked.connect(self.import_valid_rows)
        self.reject_button = QPushButton(self.tr("Reject the list and hand it back"), page)
        self.reject_button.clicked.connect(self.reject_list)
        self.report_button = QPushButton(self.tr("Save the report for the client…"), page)
        self.report_button.clicked.connect(self.save_report)
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
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_report)

    def _fill_drive_files(self) -> None:
        self.files_list.clear()
        for root, files in self.drives.items():
            for path in files:
                item = QListWidgetItem(f"{path.name}    ({path.parent})", self.files_list)
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

    # --- navigation ----------------------------------------------------------------------------
    @property
    def client_id(self) -> int | None:
        data = self.client_combo.currentData()
        return int(data) if data is not None else None

    def go(self, page: int) -> None:
        if page == SOURCE:
            show_conditions(
                self.ctx, self.client_id, self.delivery_label, lambda c: setattr(self, "delivery_contract", c)
            )
        self.pages.setCurrentIndex(page)
        self.error_label.clear()
        self._update_buttons()
        self._focus_page(page)

    def _focus_page(self, page: int) -> None:
        """Each page opens on what the operator does next there, never on «Cancel»."""
        focus: QWidget = self.next_button
        if page == CLIENT:
            focus = self.client_combo
        elif page == SOURCE:
            focus = self.files_list if self.files_list.count() else self.path_edit
        elif page == DECISION and self.import_button.isEnabled():
            focus = self.import_button
        elif page == DONE:
            focus = self.close_button
        self.next_button.setDefault(page in (CLIENT, SOURCE, MAPPING, FINDINGS))
        self.close_button.setDefault(page == DONE)
        focus.setFocus()

    def _update_buttons(self, busy: bool = False) -> None:
        page = self.pages.currentIndex()
        self.back_button.setEnabled(not busy and page not in (CLIENT, DONE))
        self.next_button.setEnabled(not busy and page in (CLIENT, SOURCE, MAPPING, FINDINGS))
        self.close_button.setText(self.tr("Close") if page == DONE else self.tr("Cancel"))

    def back(self) -> None:
        self.go(max(CLIENT, self.pages.currentIndex() - 1))

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == CLIENT:
            if self.client_id is None:
                self._show_error(self.tr("Choose the client who brought the list."))
                return
            self.go(SOURCE)
        elif page == SOURCE:
            self._open()
        elif page == MAPPING:
            self._check()
        elif page == FINDINGS:
            self._prepare_decision()
            self.go(DECISION)

    # --- work ----------------------------------------------------------------------------------
    def _source(self) -> tuple[Path, Path | None]:
        item = self.files_list.currentItem()
        text = self.path_edit.text().strip()
        if item is not None and item.data(Qt.ItemDataRole.UserRole)[0] == text:
            return Path(text), Path(item.data(Qt.ItemDataRole.UserRole)[1])
        return Path(text), None

    def _open(self) -> None:
        path, root = self._source()
        if not str(path).strip() or str(path) == ".":
            self._show_error(self.tr("Choose a list file."))
            return
        if not self.sheet_combo.isEnabled() and not confirm_delivery(
            self, self.delivery_contract, from_drive=root is not None
        ):
            return
        sheet = self.sheet_combo.currentText() if self.sheet_combo.isEnabled() else None
        self._run(
            self.ctx.ops.lists.open(self.client_id, path, sheet=sheet, root=root),
            self._opened,
            self.tr("Reading the list…"),
        )

    def _opened(self, value: tuple[OpenedList, bool]) -> None:
        self.opened, self.remembered = value
        names = self.opened.table.sheet_names
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(names)
        self.sheet_combo.setCurrentText(self.opened.table.sheet or "")
        self.sheet_combo.setEnabled(len(names) > 1)
        self.sheet_combo.blockSignals(False)
        self.mapping_view.load(
            self.opened.headers,
            self.opened.sample_rows(),
            self.opened.guess.mapping,
            self.opened.table.first_column,
            self.remembered,
        )
        guess = self.opened.guess
        needs_kind = Field.MAIL_TYPE not in guess.mapping.columns and guess.title.mail_type is None
        self.kind_combo.setCurrentText(self.opened.remembered_kind if needs_kind else "")
        self._needs_kind = needs_kind
        self.kind_label.setVisible(needs_kind)
        self.kind_combo.setVisible(needs_kind)
        self.go(MAPPING)

    def _check(self) -> None:
        assert self.opened is not None
        path, root = self._source()
        sheet = self.opened.table.sheet
        mapping = self.mapping_view.mapping()
        kind = self.kind_combo.currentText().strip() if self._needs_kind else ""
        operation = self.ctx.ops.lists.check(
            self.client_id, path, sheet=sheet, root=root, mapping=mapping, kind=kind
        )
        self._run(operation, self._checked, self.tr("Checking the rows…"))

    def _checked(self, result: CheckResult) -> None:
        self.check_result = result
        self.client_check = None
        if self.client_id is not None:
            self.ctx.tasks.start(
                self.ctx.ops.lists.client_check(self.client_id, result),
                lambda check: setattr(self, "client_check", check),
            )
        self.summary_label.setText(
            self.tr("Rows: %1. Without errors: %2. With errors: %3. Findings: %4.")
            .replace("%1", str(result.rows))
            .replace("%2", str(result.valid))
            .replace("%3", str(result.invalid))
            .replace("%4", str(len(result.findings)))
        )
        self.findings_view.set_findings(result.findings)
        if result.invalid:
            self.findings_view.show_errors_only()
        self.go(FINDINGS)

    def _prepare_decision(self) -> None:
        assert self.check_result is not None
        totals = self.check_result.totals()
        self.decision_label.setText(
            self.tr(
                "%1 of %2 rows can be taken: %3 g in total. Rows with errors stay out of the batch; the "
                "report tells the client what to fix."
            )
            .replace("%1", str(totals.items))
            .replace("%2", str(self.check_result.rows))
            .replace("%3", grams(totals.mass_g))
        )
        self.import_button.setText(self.tr("Take %n valid row(s) as a draft batch", "", totals.items))
        self.import_button.setEnabled(totals.items > 0)
        check = self.client_check
        if check is not None and check.mismatch:
            self.decision_label.setText(f"<b>{check.message()}</b><br>{self.decision_label.text()}")

    def import_valid_rows(self) -> None:
        """The list's client first (a list naming another client is confirmed), then the rows with errors."""
        assert self.check_result is not None and self.client_id is not None
        check = self.client_check
        if check is not None and check.mismatch:
            box = OtherClientBox(check, self)
            self.other_client_box = box
            box.finished.connect(lambda _code: self._other_client_answered(box.answer()))
            box.open()
            return
        self._take_rows(other_client_confirmed=False)

    def _other_client_answered(self, answer: OtherClientAnswer) -> None:
        self.other_client_box = None
        check = self.client_check
        if answer is OtherClientAnswer.TAKE:
            self._take_rows(other_client_confirmed=True)
        elif answer is OtherClientAnswer.SWITCH and check is not None and check.matching is not None:
            matching = check.matching
            if self.client_combo.findData(matching.id) < 0:
                self.client_combo.addItem(f"{matching.name} (ИНН {matching.inn})", matching.id)
            self.client_combo.setCurrentIndex(self.client_combo.findData(matching.id))
            self._check()  # the rows again under that client: its contract, fees and stored items
        else:
            self.import_button.setFocus()

    def _take_rows(self, *, other_client_confirmed: bool) -> None:
        assert self.check_result is not None and self.client_id is not None
        if self.check_result.invalid:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "%n row(s) with errors will be left out. Take the other rows?",
                    "",
                    self.check_result.invalid,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(
            self.ctx.ops.lists.import_draft(
                self.client_id, self.check_result, other_client_confirmed=other_client_confirmed
            ),
            self._stored,
            self.tr("Storing the draft batch…"),
        )

    def _stored(self, draft: DraftInfo) -> None:
        self.draft = draft
        self.done_label.setText(
            self.tr(
                "Draft batch %1 stored: %2 items, %3 g. It is waiting on the Acceptance page for weighing."
            )
            .replace("%1", str(draft.id))
            .replace("%2", str(draft.items_count))
            .replace("%3", grams(draft.mass_g))
        )
        self.go(DONE)
        self.imported.emit(draft)

    def reject_list(self) -> None:
        assert self.check_result is not None and self.client_id is not None
        answer = QMessageBox.question(
            self, self.windowTitle(), self.tr("Reject the whole list? Nothing will be stored.")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(
            self.ctx.ops.lists.reject(self.client_id, self.check_result),
            lambda _v: self._rejected(),
            self.tr("Recording the refusal…"),
        )

    def _rejected(self) -> None:
        self.done_label.setText(
            self.tr("The list was rejected; nothing was stored. Hand the report back to the client.")
        )
        self.go(DONE)

    def save_report(self) -> None:
        if self.check_result is None:
            return
        path, root = self._source()
        beside_list = path.parent if root is not None and is_writable(path.parent) else None
        folder = self.report_folder or beside_list
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to save the report"))
            if not chosen:
                return
            folder = Path(chosen)
        result, client = self.check_result, self.client_combo.currentText()
        self._run(
            self.ctx.ops.lists.write_report(result, folder, client),
            self._report_saved,
            self.tr("Writing the report…"),
        )

    def _report_saved(self, files: ReportFiles) -> None:
        self.report_label.setText(
            self.tr("Report saved: %1 and %2")
            .replace("%1", str(files.workbook))
            .replace("%2", str(files.summary))
        )

    # --- task plumbing -------------------------------------------------------------------------
    def _run(self, operation: Operation[Any], on_done: Callable[[Any], None], text: str) -> None:
        self.error_label.clear()
        self._busy(True, text)

        def done(value: object) -> None:
            self._busy(False)
            on_done(value)

        def failed(exc: BaseException) -> bool:
            self._busy(False)
            if isinstance(exc, UserError):
                self._show_error(exc.message)
                return True
            return False

        def progressed(done_rows: int, _total: int, _text: str) -> None:
            self.progress.setFormat(self.tr("%1 rows").replace("%1", str(done_rows)))

        self._task = self.ctx.tasks.start(
            operation, done, failed, on_progress=progressed, on_cancelled=lambda: self._busy(False)
        )

    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_task_button.setVisible(busy)
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        self.pages.setEnabled(not busy)
        self._update_buttons(busy)
        if not busy:
            self._task = None

    def _cancel_task(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
