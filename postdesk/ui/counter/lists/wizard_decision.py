"""The import wizard's decision: take the valid rows as a draft, reject the list, save the report.

A list naming another client is confirmed first (:class:`OtherClientBox`); rows with errors
are left out only after the operator agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from postdesk.common.weights import grams
from postdesk.lists.check import CheckResult
from postdesk.lists.drives import is_writable
from postdesk.lists.report import ReportFiles
from postdesk.services.counter.list_client import ListClientCheck
from postdesk.services.counter.lists import DraftInfo
from postdesk.ui.counter.lists.other_client import OtherClientAnswer, OtherClientBox
from postdesk.ui.counter.lists.wizard_pages import DONE, WizardPages
from postdesk.ui.operations.base import Operation


class WizardDecision(WizardPages):
    """Signals:
    imported(object): a draft batch was stored (DraftInfo).
    """

    imported = Signal(object)

    check_result: CheckResult | None
    client_check: ListClientCheck | None
    other_client_box: OtherClientBox | None
    draft: DraftInfo | None
    report_folder: Path | None
    done_label: QLabel
    # The wizard's own steps (ImportWizard): navigation, reading the list and running tasks.
    go: Callable[[int], None]
    _check: Callable[[], None]
    _source: Callable[[], tuple[Path, Path | None]]
    _run: Callable[[Operation[Any], Callable[[Any], None], str], None]

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
