"""An accepted batch: its documents (print, reprint) and the supervisor's void and correction.

Document buttons appear for the forms that have items in this batch. A batch of several kinds
is handed over as one ф.103 per kind and category: a choice beside the ф.103 button offers each
list (or all of them). Every print or save goes through the preview dialog, which audits it (a
repeated one as a reprint). Void and correction
ask for a reason; they are hidden from operators, and the service refuses them anyway.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.i18n import translate
from postdesk.common.money import rubles
from postdesk.common.weights import grams
from postdesk.models.batches import BatchStatus, ItemStatus
from postdesk.postal.mail_kinds import kind_title
from postdesk.printing.f103_lists import PrintedList
from postdesk.printing.options import FORM_TITLES, FormKind
from postdesk.printing.render import items_for
from postdesk.services.counter.batch_views import BatchSummary, ItemView
from postdesk.services.counter.corrections import CorrectionResult
from postdesk.services.permissions import Permission
from postdesk.ui.context import UiContext
from postdesk.ui.counter.correction_dialog import CorrectionDialog
from postdesk.ui.counter.dialogs import ReasonDialog
from postdesk.ui.counter.item_model import ItemTableModel, size_columns
from postdesk.ui.counter.texts import batch_status_text, list_number_text
from postdesk.ui.operations.base import Operation
from postdesk.ui.operations.printing import DocumentOverview
from postdesk.ui.printing.preview import PrintPreviewDialog
from postdesk.ui.surveys.counter_offer import SurveyOfferButton

DOCUMENT_FORMS = (
    FormKind.F103,
    FormKind.LABELS,
    FormKind.F116,
    FormKind.F107,
    FormKind.F119,
    FormKind.F112,
    FormKind.RECEIPT,
)
_PER_ROW = 4


class AcceptedView(QWidget):
    """Signals: back() — return to the list; changed(int) — a void or correction changed the batch."""

    back = Signal()
    changed = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch: BatchSummary | None = None
        self.preview: PrintPreviewDialog | None = None
        self.dialog: ReasonDialog | None = None
        self.back_button = QPushButton(self.tr("← Batches (Esc)"), self)
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.totals_label = QLabel(self)
        self.totals_label.setWordWrap(True)
        self.survey_offer = SurveyOfferButton(ctx, self)  # the client's questionnaire, when one awaits
        self.survey_offer.closed.connect(self.table_focus)
        self.documents_box = QGroupBox(self.tr("Documents (Ctrl+P opens the first)"), self)
        self._documents = QGridLayout(self.documents_box)
        self.list_choice = QComboBox(self.documents_box)
        self.list_choice.setObjectName("f103_list")
        self.list_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.list_choice.setMinimumContentsLength(18)
        self.list_choice.hide()
        self.lists: tuple[PrintedList, ...] = ()
        self.form_buttons: dict[FormKind, QPushButton] = {}
        for kind in DOCUMENT_FORMS:
            button = QPushButton(translate("PrintForms", FORM_TITLES[kind]), self.documents_box)
            button.setObjectName(f"print_{kind.value}")
            button.clicked.connect(lambda _=False, k=kind: self.open_preview(k))
            button.hide()
            self.form_buttons[kind] = button
        self.model = ItemTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        size_columns(self.table)

        self.supervisor_box = QGroupBox(self.tr("Supervisor"), self)
        self.correct_button = QPushButton(self.tr("Correct the item…"), self.supervisor_box)
        self.void_item_button = QPushButton(self.tr("Void the item…"), self.supervisor_box)
        self.void_batch_button = QPushButton(self.tr("Void the whole batch…"), self.supervisor_box)
        actions = QHBoxLayout(self.supervisor_box)
        for button in (self.correct_button, self.void_item_button, self.void_batch_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.supervisor_box.setVisible(ctx.can(Permission.VOID_ACCEPTED))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.survey_offer)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.documents_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.supervisor_box)

        self.back_button.clicked.connect(self.back)
        self.correct_button.clicked.connect(self.correct_item)
        self.void_item_button.clicked.connect(self.void_item)
        self.void_batch_button.clicked.connect(self.void_batch)

    # --- opening -------------------------------------------------------------------------------
    def open_batch(self, batch: BatchSummary) -> None:
        self.batch = batch
        accepted_at = batch.accepted_at.astimezone().strftime("%d.%m.%Y %H:%M") if batch.accepted_at else ""
        self.title_label.setText(
            self.tr("%1 · list %2 · %3 %4")
            .replace("%1", batch.client_name)
            .replace("%2", list_number_text(batch.list_number))
            .replace("%3", batch_status_text(batch.status))
            .replace("%4", accepted_at)
            .strip()
        )
        self.totals_label.setText(
            self.tr("Items: %1 · mass %2 g · without VAT %3 · VAT %4 · total %5")
            .replace("%1", str(batch.items_count))
            .replace("%2", grams(batch.mass_g))
            .replace("%3", rubles(batch.net_kop))
            .replace("%4", rubles(batch.vat_kop))
            .replace("%5", rubles(batch.total_kop))
        )
        active = batch.status is BatchStatus.ACCEPTED
        self.documents_box.setEnabled(active)
        self.void_batch_button.setEnabled(active)
        for button in self.form_buttons.values():
            button.hide()
        self.list_choice.hide()
        self.ctx.tasks.start(self.ctx.ops.counter.items(batch.id), self.model.set_rows)
        if active:
            self.ctx.tasks.start(self.ctx.ops.printing.overview(batch.id), self._show_forms)
            self.survey_offer.check(batch.client_id, batch.client_name)
        else:
            self.survey_offer.withdraw()
        self.table.setFocus()

    def table_focus(self) -> None:
        self.table.setFocus()

    def _show_forms(self, overview: DocumentOverview) -> None:
        for kind, button in self.form_buttons.items():
            button.setVisible(bool(items_for(kind, overview.document).items))
        self.lists = overview.lists
        self.list_choice.clear()
        if len(self.lists) > 1:
            self.list_choice.addItem(self.tr("All %n lists", "", len(self.lists)), "")
            for printed in self.lists:
                text = self._list_text(printed)
                self.list_choice.addItem(text, printed.number)
                self.list_choice.setItemData(self.list_choice.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.list_choice.setVisible(len(self.lists) > 1)
        self._arrange_documents()
        self.list_choice.setToolTip(
            self.tr(
                "The batch is handed over as %n lists (form 103), one per kind and category.",
                "",
                len(self.lists),
            )
        )

    def _arrange_documents(self) -> None:
        """The shown document buttons in rows of four, so they never widen the window."""
        shown = [w for w in (self.list_choice, *self.form_buttons.values()) if not w.isHidden()]
        for widget in (self.list_choice, *self.form_buttons.values()):
            self._documents.removeWidget(widget)
        for index, widget in enumerate(shown):
            self._documents.addWidget(widget, index // _PER_ROW, index % _PER_ROW)
        for column in range(_PER_ROW):
            self._documents.setColumnStretch(column, 1)

    def _list_text(self, printed: PrintedList) -> str:
        return (
            self.tr("№ %1 · %2 · %3 pcs · %4")
            .replace("%1", printed.number)
            .replace("%2", kind_title(printed.kind.mail_type, printed.kind.mail_category))
            .replace("%3", str(printed.totals.count))
            .replace("%4", rubles(printed.totals.fee_with_vat_kop))
        )

    def open_first_form(self) -> PrintPreviewDialog | None:
        """Ctrl+P: the first document the batch has (ф.103 for every batch with items)."""
        for kind, button in self.form_buttons.items():
            if button.isVisible():
                return self.open_preview(kind)
        return None

    def open_preview(self, kind: FormKind, list_number: str | None = None) -> PrintPreviewDialog | None:
        """The form's preview; for ф.103 the list chosen beside its button unless ``list_number`` is given."""
        if self.batch is None:
            return None
        if list_number is None:
            chosen = self.list_choice.currentData() if len(self.lists) > 1 else ""
            list_number = str(chosen or "") if kind is FormKind.F103 else ""
        self.preview = PrintPreviewDialog.for_batch(
            self.ctx, self.batch.id, kind, parent=self, list_number=list_number
        )
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.destroyed.connect(lambda: setattr(self, "preview", None))
        self.preview.finished.connect(lambda _code: self.table.setFocus())
        self.preview.open()
        return self.preview

    # --- supervisor ----------------------------------------------------------------------------
    def _selected_item(self) -> ItemView | None:
        index = self.table.currentIndex()
        item = self.model.item(index.row()) if index.isValid() else None
        if item is None or item.status is not ItemStatus.ACCEPTED:
            self.ctx.messages.warning(self.tr("Select an accepted item in the list first."))
            return None
        return item

    def correct_item(self) -> CorrectionDialog | None:
        item = self._selected_item()
        if item is None:
            return None
        dialog = CorrectionDialog(item, self)
        ops = self.ctx.ops.counter
        dialog.accepted.connect(
            lambda: self._change(ops.correct_item(item.id, dialog.reason, dialog.correction()))
        )
        self._open(dialog)
        return dialog

    def void_item(self) -> ReasonDialog | None:
        item = self._selected_item()
        if item is None:
            return None
        dialog = ReasonDialog(
            self.tr("Void the item"),
            self.tr("Item № %1 (%2) is voided and its charge reversed in the client's record.")
            .replace("%1", str(item.seq))
            .replace("%2", item.barcode or "—"),
            self,
        )
        ops = self.ctx.ops.counter
        dialog.accepted.connect(lambda: self._change(ops.void_item(item.id, dialog.reason)))
        return self._open(dialog)

    def void_batch(self) -> ReasonDialog | None:
        batch = self.batch
        if batch is None:
            return None
        answer = QMessageBox.question(
            self,
            self.tr("Void the whole batch"),
            self.tr("Void every item of list %1? This cannot be undone.").replace(
                "%1", list_number_text(batch.list_number)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        dialog = ReasonDialog(self.tr("Void the whole batch"), self.tr("Why is the batch voided?"), self)
        ops = self.ctx.ops.counter
        dialog.accepted.connect(lambda: self._change(ops.void_batch(batch.id, dialog.reason)))
        return self._open(dialog)

    def _open(self, dialog: ReasonDialog) -> ReasonDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def _change(self, operation: Operation[CorrectionResult]) -> None:
        def done(result: CorrectionResult) -> None:
            self.ctx.messages.info(
                self.tr("Saved. The batch total changed by %1.").replace(
                    "%1", rubles(result.amount_change_kop)
                )
            )
            self.open_batch(result.batch)
            self.changed.emit(result.batch.id)

        self.ctx.tasks.start(operation, done)
