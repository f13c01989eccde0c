"""«Accept batch» and «Accept without the client waiting» for the weighing view.

Acceptance first asks for a fresh quote: its problems block with a clear message, otherwise
the operator confirms the totals. The acceptance itself runs on the database worker with a
progress bar; Cancel raises inside the service's progress callback, which rolls it all back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QProgressBar, QPushButton, QWidget

from postdesk.common.money import rubles
from postdesk.services.counter.acceptance import AcceptanceResult
from postdesk.services.counter.batch_quote import BatchQuote
from postdesk.services.counter.batch_views import BatchSummary
from postdesk.services.money.admission import AdmissionRefused
from postdesk.ui.counter.texts import list_number_text
from postdesk.ui.money.override import ask_override_reason
from postdesk.ui.tasks import TaskHandle

if TYPE_CHECKING:
    from postdesk.ui.counter.weighing_view import WeighingView


class AcceptFlow(QObject):
    def __init__(self, view: WeighingView) -> None:
        super().__init__(view)
        self.view = view
        self.ctx = view.ctx
        self.task: TaskHandle[AcceptanceResult] | None = None
        self.last_result: AcceptanceResult | None = None
        self._row = QWidget(view)
        self.progress = QProgressBar(self._row)
        self.progress.setFormat(self.tr("Accepting… %p%"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self._row)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self._row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        self._row.hide()

    def progress_row(self) -> QWidget:
        return self._row

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    # --- accepting -----------------------------------------------------------------------------
    def accept(self) -> None:
        batch = self.view.batch
        if batch is None or self.busy:
            return
        self.ctx.tasks.start(self.ctx.ops.counter.quote(batch.id), lambda q: self._confirm(batch, q))

    def _confirm(self, batch: BatchSummary, quote: BatchQuote) -> None:
        self.view.summary.show_quote(quote)
        if quote.problems:
            self.ctx.messages.error(
                self.tr("The batch cannot be accepted yet:") + "\n" + "\n".join(quote.problems)
            )
            return
        totals = quote.totals
        text = (
            self.tr("Accept list %1 of %2?\n\nItems: %3\nTotal: %4 (VAT %5)\nTariff: %6")
            .replace("%1", list_number_text(batch.list_number))
            .replace("%2", batch.client_name)
            .replace("%3", str(totals.items))
            .replace("%4", rubles(totals.total_kop))
            .replace("%5", rubles(totals.vat_kop))
            .replace("%6", quote.tariff.version)
        )
        if quote.tariff.sample:
            text += "\n\n" + self.tr("Warning: the tariffs are a sample, not the official table.")
        answer = QMessageBox.question(
            self.view,
            self.tr("Accept the batch"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(batch.id)

    def _run(self, batch_id: int, override_reason: str | None = None) -> None:
        self._busy(True)
        self.task = self.ctx.tasks.start(
            self.ctx.ops.counter.accept(batch_id, override_reason=override_reason),
            self._accepted,
            self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _accepted(self, result: AcceptanceResult) -> None:
        self._busy(False)
        self.last_result = result
        text = (
            self.tr("The batch is accepted. Items: %1, total %2.")
            .replace("%1", str(result.items_accepted))
            .replace("%2", rubles(result.totals.total_kop))
        )
        if len(result.lists) > 1:
            numbers = ", ".join(f"№ {accepted.number}" for accepted in result.lists)
            lists = self.tr("It is handed over as %n lists (form 103): %1.", "", len(result.lists))
            text += " " + lists.replace("%1", numbers)
        self.ctx.messages.info(text)
        self.view.finished.emit(result.batch_id)

    def _failed(self, error: BaseException) -> bool:
        self._busy(False)
        if isinstance(error, AdmissionRefused) and self.ctx.ops.money.may_override:
            reason = ask_override_reason(self.view, error)
            if reason:
                self._run(error.verdict.batch_id, reason)
            return True
        return False  # user errors are shown by the task runner

    def _cancelled(self) -> None:
        self._busy(False)
        self.ctx.messages.info(self.tr("Acceptance cancelled: nothing was changed."))

    def _busy(self, busy: bool) -> None:
        self._row.setVisible(busy)
        self.progress.setValue(0)
        for widget in (self.view.accept_button, self.view.queue_button, self.view.back_button):
            widget.setEnabled(not busy)

    # --- without the client --------------------------------------------------------------------
    def register_received(self) -> None:
        batch = self.view.batch
        if batch is None or self.busy:
            return
        answer = QMessageBox.question(
            self.view,
            self.tr("Accept without the client waiting"),
            self.tr(
                "Register list %1 as received? The client may leave; any operator weighs and "
                "accepts the batch later, and the documents are handed back afterwards."
            ).replace("%1", list_number_text(batch.list_number)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(summary: BatchSummary) -> None:
            self.ctx.messages.info(self.tr("The batch is in the queue of received batches."))
            self.view.finished.emit(summary.id)

        self.ctx.tasks.start(self.ctx.ops.counter.register_received(batch.id), done)
