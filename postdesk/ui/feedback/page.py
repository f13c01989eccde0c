"""The «Обращения» page: the register with its deadlines, registering, extending, answering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.counter.printing import RenderedDocument
from postdesk.services.feedback.answers import AnswerResult
from postdesk.services.feedback.views import FeedbackView
from postdesk.services.permissions import Permission
from postdesk.ui.context import UiContext
from postdesk.ui.feedback.analysis_dialog import AnalysisDialog
from postdesk.ui.feedback.answer_dialog import AnswerDialog
from postdesk.ui.feedback.calendar_dialog import CalendarDialog
from postdesk.ui.feedback.extend_dialog import ExtendDialog
from postdesk.ui.feedback.register_dialog import RegisterDialog
from postdesk.ui.feedback.table_model import SHARED_COLUMNS, FeedbackTableModel
from postdesk.ui.operations.base import Operation
from postdesk.ui.printing.preview import PrintPreviewDialog
from postdesk.ui.table_columns import share_width

FIRST_SCREEN = 200


class FeedbackPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.register_dialog: RegisterDialog | None = None
        self.answer_dialog: AnswerDialog | None = None
        self.extend_dialog: ExtendDialog | None = None
        self.last_answer: AnswerResult | None = None

        self.filter_combo = QComboBox(self)
        self.filter_combo.addItem(self.tr("All, newest first"), "all")
        self.filter_combo.addItem(self.tr("Due within 2 working days"), "soon")
        self.filter_combo.addItem(self.tr("Overdue"), "overdue")
        self.register_button = QPushButton(self.tr("&Register…"), self)
        self.register_button.setEnabled(ctx.can(Permission.REGISTER_FEEDBACK))
        self.work_button = QPushButton(self.tr("Take in &work"), self)
        self.extend_button = QPushButton(self.tr("E&xtend…"), self)
        self.extend_button.setEnabled(ctx.can(Permission.EXTEND_FEEDBACK))
        self.answer_button = QPushButton(self.tr("&Answer…"), self)
        self.letter_button = QPushButton(self.tr("Save &letter…"), self)
        self.print_button = QPushButton(self.tr("&Print letter…"), self)
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.print_button.setToolTip(self.tr("Preview the answer's letter and print it (Ctrl+P)"))
        self.preview: PrintPreviewDialog | None = None
        self.analysis_button = QPushButton(self.tr("A&nalysis…"), self)
        self.analysis_button.setVisible(ctx.can(Permission.ANALYSE_FEEDBACK))
        self.analysis_dialog: AnalysisDialog | None = None
        self.calendar_button = QPushButton(self.tr("&Calendar…"), self)
        self.calendar_button.setVisible(ctx.can(Permission.EDIT_CALENDAR))
        self.calendar_dialog: CalendarDialog | None = None
        self.summary_label = QLabel(self)
        self.model = FeedbackTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("feedbackTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The topic, the client and the state share the room left (elided, whole in their tooltips).
        share_width(self.table, SHARED_COLUMNS)
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)

        top, actions = QHBoxLayout(), QHBoxLayout()  # the register's buttons, then the item's: fits 1280 px
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        for button in (self.register_button, self.analysis_button, self.calendar_button):
            top.addWidget(button)
        for button in (
            self.work_button,
            self.extend_button,
            self.answer_button,
            self.letter_button,
            self.print_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.summary_label)

        self.filter_combo.currentIndexChanged.connect(self.refresh)
        self.register_button.clicked.connect(self.open_register)
        self.work_button.clicked.connect(self.take_in_work)
        self.extend_button.clicked.connect(self.open_extend)
        self.answer_button.clicked.connect(self.open_answer)
        self.letter_button.clicked.connect(self._letter_clicked)
        self.print_button.clicked.connect(self.print_letter)
        self.analysis_button.clicked.connect(self.open_analysis)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    # --- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        mode = self.filter_combo.currentData()
        self.ctx.tasks.start(self.ctx.ops.feedback.items(mode, limit=FIRST_SCREEN), self._show)

    def _show(self, rows: list[FeedbackView]) -> None:
        self.model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue and r.is_open)
        soon = sum(1 for r in rows if r.due_soon)
        self.summary_label.setText(
            self.tr("%1 shown · %2 open overdue · %3 due soon")
            .replace("%1", str(len(rows)))
            .replace("%2", str(overdue))
            .replace("%3", str(soon))
        )
        self._selection_changed()

    def selected(self) -> FeedbackView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_id(self, feedback_id: int) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == feedback_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        item = self.selected()
        is_open = bool(item and item.is_open)
        self.work_button.setEnabled(bool(item and item.state.value == "registered"))
        self.extend_button.setEnabled(
            is_open and not (item and item.extended) and self.ctx.can(Permission.EXTEND_FEEDBACK)
        )
        self.answer_button.setEnabled(is_open and self.ctx.can(Permission.ANSWER_FEEDBACK))
        self.letter_button.setEnabled(bool(item and item.decision))
        self.print_button.setEnabled(bool(item and item.decision))
        if item is None:
            self.detail_label.clear()
            return
        self.detail_label.setText(
            self.tr("%1 · registered by %2 · %3")
            .replace("%1", item.number)
            .replace("%2", item.registered_login)
            .replace("%3", item.text[:300])
        )

    def open_analysis(self) -> AnalysisDialog:
        dialog = AnalysisDialog(self.ctx, self)
        self.analysis_dialog = dialog
        dialog.open()
        return dialog

    def open_calendar(self) -> CalendarDialog:
        dialog = CalendarDialog(self.ctx, self)
        self.calendar_dialog = dialog
        dialog.finished.connect(self.refresh)
        dialog.open()
        return dialog

    # --- changes -----------------------------------------------------------------------------
    def _after_change(self, item: FeedbackView) -> None:
        self.refresh()
        self.select_id(item.id)
        self.changed.emit()

    def open_register(self) -> RegisterDialog:
        dialog = RegisterDialog(self.ctx, self)
        self.register_dialog = dialog
        dialog.accepted.connect(lambda: self._register(dialog))
        dialog.open()
        return dialog

    def _register(self, dialog: RegisterDialog) -> None:
        new = dialog.result_value
        if new is None:
            return
        self.ctx.tasks.start(self.ctx.ops.feedback.register(new), self._registered)

    def _registered(self, item: FeedbackView) -> None:
        self.ctx.messages.info(
            self.tr("Registered as %1; the answer is due %2.")
            .replace("%1", item.number)
            .replace("%2", item.due.strftime("%d.%m.%Y"))
        )
        self._after_change(item)

    def take_in_work(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.ctx.tasks.start(self.ctx.ops.feedback.take_in_work(item.id), self._after_change)

    def open_extend(self) -> ExtendDialog | None:
        item = self.selected()
        if item is None:
            return None
        dialog = ExtendDialog(item, self)
        self.extend_dialog = dialog

        def extend() -> None:
            reason, requests = dialog.reason_edit.text(), dialog.requests()
            self.ctx.tasks.start(self.ctx.ops.feedback.extend(item.id, reason, requests), self._after_change)

        dialog.accepted.connect(extend)
        dialog.open()
        return dialog

    def open_answer(self) -> AnswerDialog | None:
        item = self.selected()
        if item is None:
            return None
        dialog = AnswerDialog(self.ctx, item, self)
        self.answer_dialog = dialog

        def answer() -> None:
            request = dialog.result_value
            if request is not None:
                self.ctx.tasks.start(self.ctx.ops.feedback.answer(item.id, request), self._answered)

        dialog.accepted.connect(answer)
        dialog.open()
        return dialog

    def _answered(self, result: AnswerResult) -> None:
        self.last_answer = result
        self.ctx.messages.info(
            self.tr("Letter %1 is ready: «Print letter…» (Ctrl+P) shows and prints it.").replace(
                "%1", result.letter_number
            )
        )
        if result.mail_id is not None:
            self.ctx.tasks.start(
                self.ctx.ops.feedback.send_mail(result.mail_id),
                lambda _sent: self.ctx.messages.info(self.tr("The letter was sent by e-mail.")),
            )
        self._after_change(result.feedback)

    def print_letter(self) -> PrintPreviewDialog | None:
        """The letter in the print preview: exactly what prints, with printing and saving to PDF."""
        item = self.selected()
        if item is None or not item.decision:
            return None
        produce: Operation[RenderedDocument | bytes] = self.ctx.ops.feedback.letter(item.id)
        self.preview = PrintPreviewDialog(
            self.ctx,
            produce,
            title=self.tr("Letter %1").replace("%1", item.number),
            file_name=f"{item.number}.pdf",
            parent=self,
        )
        self.preview.open()
        return self.preview

    def _letter_clicked(self) -> None:
        self.save_letter()

    def save_letter(self, path: Path | None = None) -> None:
        item = self.selected()
        if item is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the letter"), f"{item.number}.pdf", "PDF (*.pdf)"
            )
            if not name:
                return
            path = Path(name)
        self.ctx.tasks.start(
            self.ctx.ops.feedback.save_letter(item.id, path),
            lambda saved: self.ctx.messages.info(self.tr("Saved to %1.").replace("%1", str(saved))),
        )
