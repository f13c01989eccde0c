"""The import wizard: client → file (or detected drive) → mapping → findings → decision → draft batch.

All slow work (reading, checking, storing, writing the report) runs through the task helper
with a progress bar and Cancel; the dialog stays responsive. Nothing is stored before the
operator decides, and the draft is stored in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError
from postdesk.lists.check import CheckResult, OpenedList
from postdesk.lists.fields import Field
from postdesk.services.clients.data import ContractInfo
from postdesk.services.counter.list_client import ListClientCheck
from postdesk.services.counter.lists import DraftInfo
from postdesk.ui.context import UiContext
from postdesk.ui.counter.lists.other_client import OtherClientBox
from postdesk.ui.counter.lists.wizard_decision import WizardDecision
from postdesk.ui.counter.lists.wizard_pages import CLIENT, DECISION, DONE, FINDINGS, MAPPING, SOURCE
from postdesk.ui.money.list_delivery import confirm_delivery, show_conditions
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskHandle
from postdesk.ui.widgets.fit import grow_to_fit


class ImportWizard(WizardDecision):
    """The whole import, page by page; see :class:`WizardDecision` for its ``imported`` signal."""

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
        self._connect_pages()
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

    def _connect_pages(self) -> None:
        self.files_list.itemDoubleClicked.connect(lambda _item: self.next())
        self.sheet_combo.activated.connect(lambda _i: self._open())
        self.import_button.clicked.connect(self.import_valid_rows)
        self.reject_button.clicked.connect(self.reject_list)
        self.report_button.clicked.connect(self.save_report)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_report)

    # --- navigation ----------------------------------------------------------------------------
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
        grow_to_fit(self)
