"""Sending a run of notices: progress and Cancel, then what was sent, queued, printed and failed.

E-mail goes through the mail queue; letters that stay queued (server down, login refused) are
counted and sent again with «Retry the queue». Clients without an e-mail get their letter for
post: listed under the summary, each opens in the print preview, and so does its address label.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.outreach.mail import MailView
from postdesk.services.outreach.notice_delivery import DeliveryReport
from postdesk.services.outreach.notices import NoticeSent
from postdesk.ui.context import UiContext
from postdesk.ui.operations.base import Operation
from postdesk.ui.printing.preview import PrintPreviewDialog
from postdesk.ui.tasks import TaskHandle


class NoticeDeliveryDialog(QDialog):
    def __init__(self, ctx: UiContext, notices: list[NoticeSent], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: DeliveryReport | None = None
        self.queue: list[MailView] = []
        self.preview: PrintPreviewDialog | None = None
        self.setWindowTitle(self.tr("Sending the notices"))
        self.status_label = QLabel(self.tr("Sending %n letter(s)…", "", len(notices)), self)
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(len(notices), 1))
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("deliverySummary")
        self.summary_label.setWordWrap(True)
        self.queue_label = QLabel(self)
        self.queue_label.setObjectName("mailQueue")
        self.queue_label.setWordWrap(True)
        self.failures_edit = QPlainTextEdit(self)
        self.failures_edit.setReadOnly(True)
        self.failures_edit.setPlaceholderText(self.tr("No failures."))
        self.cancel_button = QPushButton(self.tr("Stop sending"), self)
        self.retry_button = QPushButton(self.tr("&Retry the queue"), self)
        self.retry_button.setToolTip(self.tr("Send again every letter waiting in the mail queue"))
        self.post_label = QLabel(self.tr("Letters for post (Enter opens the letter):"), self)
        self.post_list = QListWidget(self)
        self.post_list.setObjectName("lettersForPost")
        self.letters_button = QPushButton(self.tr("&Letter for post…"), self)
        self.labels_button = QPushButton(self.tr("Address &label…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.retry_button, self.letters_button, self.labels_button, self.close_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.cancel_button, self.retry_button, self.letters_button, self.labels_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.queue_label)
        layout.addWidget(self.failures_edit, 1)
        layout.addWidget(self.post_label)
        layout.addWidget(self.post_list, 1)
        layout.addLayout(buttons)
        self.resize(max(720, self.sizeHint().width()), 480)  # the button row decides the width
        self.retry_button.clicked.connect(self.retry)
        self.letters_button.clicked.connect(self.show_letter)
        self.labels_button.clicked.connect(self.show_label)
        self.post_list.itemActivated.connect(lambda _item: self.show_letter())
        self.close_button.clicked.connect(self.accept)
        self.handle: TaskHandle[DeliveryReport] = ctx.tasks.start(
            ctx.ops.outreach.deliver_notices(notices),
            self._delivered,
            self._failed,
            on_progress=self._progressed,
        )
        self.cancel_button.clicked.connect(self.handle.cancel)

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if text:
            self.status_label.setText(self.tr("Sending to %1…").replace("%1", text))

    def _failed(self, _error: BaseException) -> bool:
        self._finish()
        return False  # the runner shows the message

    def _finish(self) -> None:
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.retry_button.setEnabled(True)

    def _delivered(self, report: DeliveryReport) -> None:
        self.report = report
        self._finish()
        done = len(report.sent) + len(report.queued) + len(report.for_post)
        self.progress.setValue(done)
        self.status_label.setText(
            self.tr("Stopped after %1 of %2 letters.")
            .replace("%1", str(done))
            .replace("%2", str(report.total))
            if report.cancelled
            else self.tr("All %1 letters are done.").replace("%1", str(report.total))
        )
        self.summary_label.setText(
            self.tr("Sent by e-mail: %1 · queued for a retry: %2 · for post: %3 · failed: %4.")
            .replace("%1", str(len(report.sent)))
            .replace("%2", str(len(report.queued)))
            .replace("%3", str(len(report.for_post)))
            .replace("%4", str(len(report.failures)))
        )
        self.failures_edit.setPlainText(
            "\n".join(f"{f.client_name} <{f.email}>: {f.message}" for f in report.failures)
        )
        for notice in report.for_post:
            item = QListWidgetItem(f"{notice.client_name} · {notice.inn} · {notice.number}", self.post_list)
            item.setData(Qt.ItemDataRole.UserRole, notice.letter_id)
        if report.for_post:
            self.post_list.setCurrentRow(0)
        self.letters_button.setEnabled(bool(report.for_post))
        self.labels_button.setEnabled(bool(report.for_post))
        self.refresh_queue()

    # --- the mail queue ----------------------------------------------------------------------
    def refresh_queue(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.outreach.queued_mail(), self._show_queue)

    def _show_queue(self, queue: list[MailView]) -> None:
        self.queue = queue
        if not queue:
            self.queue_label.setText(self.tr("The mail queue is empty."))
            return
        last = next((m.last_error for m in reversed(queue) if m.last_error), "")
        text = self.tr("Letters waiting in the mail queue: %1.").replace("%1", str(len(queue)))
        if last:
            text += " " + self.tr("Last failure: %1").replace("%1", last)
        self.queue_label.setText(text)

    def retry(self) -> None:
        self.retry_button.setEnabled(False)
        self.ctx.tasks.start(self.ctx.ops.outreach.retry_mail(), self._retried, self._retry_failed)

    def _retried(self, result: tuple[list[MailView], list[str]]) -> None:
        sent, failures = result
        self.retry_button.setEnabled(True)
        message = self.tr("Sent from the queue: %1.").replace("%1", str(len(sent)))
        if failures:
            message += " " + self.tr("Still failing: %1").replace("%1", failures[0])
        self.ctx.messages.info(message)
        self.refresh_queue()

    def _retry_failed(self, _error: BaseException) -> bool:
        self.retry_button.setEnabled(True)
        self.refresh_queue()
        return False

    # --- letters for post ----------------------------------------------------------------------
    def _selected(self) -> tuple[int, str] | None:
        item = self.post_list.currentItem()
        return (int(item.data(Qt.ItemDataRole.UserRole)), item.text()) if item is not None else None

    def show_letter(self) -> PrintPreviewDialog | None:
        chosen = self._selected()
        if chosen is None:
            return None
        letter_id, text = chosen
        return self._open(self.ctx.ops.outreach.letter_pdf(letter_id), text, f"letter-{letter_id}.pdf")

    def show_label(self) -> PrintPreviewDialog | None:
        """The address label (the letter is then marked printed)."""
        chosen = self._selected()
        if chosen is None:
            return None
        letter_id, text = chosen
        title = self.tr("Address label: %1").replace("%1", text)
        return self._open(
            self.ctx.ops.outreach.label_pdf(letter_id), title, f"label-{letter_id}.pdf", label_printer=True
        )

    def _open(
        self, pdf: Operation[bytes], title: str, file_name: str, *, label_printer: bool = False
    ) -> PrintPreviewDialog:
        self.preview = PrintPreviewDialog(
            self.ctx, pdf, title=title, label_printer=label_printer, file_name=file_name, parent=self
        )
        self.preview.open()
        return self.preview
