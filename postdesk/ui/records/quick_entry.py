"""Recording a service at the counter, keyboard first: service → quantity/amount → Enter.

The client's contact person who asked is chosen from the client's contacts (the only one is
chosen by itself) and stored on the record.

A refusal takes two keystrokes: F6 (the client declined) or F7 (not possible here), then the
digit of the reason. Competitor, price and note are typed beforehand when the client names them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError
from postdesk.common.money import parse_rubles
from postdesk.models.records import Outcome
from postdesk.services.clients.data import ClientDetails
from postdesk.services.records.data import ReasonInfo, RecordInfo, ServiceRecordDraft
from postdesk.ui.context import UiContext
from postdesk.ui.widgets.fit import grow_to_fit

_DIGITS = "1234567890"


class QuickEntryDialog(QDialog):
    """Signals:
    recorded(object): a RecordInfo was stored.
    """

    recorded = Signal(object)

    def __init__(
        self, ctx: UiContext, client_id: int, client_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.client_id = ctx, client_id
        self.setWindowTitle(self.tr("Service for %1").replace("%1", client_name))
        self.outcome: Outcome | None = None
        self.contact_combo = QComboBox(self)
        self.contact_combo.setObjectName("contactCombo")
        # A long name and position do not widen the dialog: the combo keeps a width, the text is its tooltip.
        self.contact_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.contact_combo.setMinimumContentsLength(30)
        self.contact_combo.currentIndexChanged.connect(
            lambda _i: self.contact_combo.setToolTip(self.contact_combo.currentText())
        )
        self.contact_combo.addItem(self.tr("— not named —"), None)
        self.service_combo = QComboBox(self)
        self.quantity_box = QSpinBox(self)
        self.quantity_box.setRange(0, 1_000_000)
        self.quantity_box.setValue(1)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setPlaceholderText("0.00")
        self.competitor_edit = QLineEdit(self)
        self.competitor_price_edit = QLineEdit(self)
        self.note_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("&Service:"), self.service_combo)
        form.addRow(self.tr("Conta&ct person:"), self.contact_combo)
        form.addRow(self.tr("&Quantity:"), self.quantity_box)
        form.addRow(self.tr("&Amount, ₽:"), self.amount_edit)
        form.addRow(self.tr("C&ompetitor:"), self.competitor_edit)
        form.addRow(self.tr("Competitor's &price, ₽:"), self.competitor_price_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.hint = QLabel(
            self.tr(
                "Enter: given · F6: the client declined · F7: not possible here, then the reason's digit"
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.reasons_list = QListWidget(self)
        self.reasons_list.setObjectName("reasonsList")
        self.reasons_list.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("entryError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.reasons_list)
        layout.addWidget(self.error_label)
        self._reasons: list[ReasonInfo] = []
        self._shown: list[ReasonInfo] = []
        self.reasons_list.installEventFilter(self)
        self.reasons_list.itemActivated.connect(lambda item: self.choose_reason(self.reasons_list.row(item)))
        self.service_combo.setFocus()
        ctx.tasks.start(ctx.ops.records.catalogues(), self._catalogues_loaded)
        ctx.tasks.start(ctx.ops.clients.get(client_id), self._client_loaded)

    def _catalogues_loaded(self, catalogues: tuple[list[Any], list[ReasonInfo]]) -> None:
        services, self._reasons = catalogues
        for entry in services:
            self.service_combo.addItem(entry.name, entry.code)

    def _client_loaded(self, details: ClientDetails) -> None:
        """The client's contact persons; the only one is chosen at once."""
        for contact in details.draft.contacts:
            if contact.id is not None:
                title = f"{contact.name}, {contact.position}" if contact.position else contact.name
                self.contact_combo.addItem(title, contact.id)
        if self.contact_combo.count() == 2:
            self.contact_combo.setCurrentIndex(1)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.outcome is None:
            self.save(Outcome.GIVEN, None)
        elif key == Qt.Key.Key_F6:
            self.begin_refusal(Outcome.DECLINED)
        elif key == Qt.Key.Key_F7:
            self.begin_refusal(Outcome.NOT_POSSIBLE)
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched, event) -> bool:
        """The reason's digit, typed while the numbered reasons are shown."""
        is_key = watched is self.reasons_list and event.type() == QEvent.Type.KeyPress
        if is_key and event.text() and event.text() in _DIGITS:
            self.choose_reason(_DIGITS.index(event.text()))
            return True
        return super().eventFilter(watched, event)

    def begin_refusal(self, outcome: Outcome) -> None:
        """First keystroke: show the reasons that fit, numbered, and wait for the digit."""
        self.outcome = outcome
        self._shown = [r for r in self._reasons if r.applies_to(outcome)][: len(_DIGITS)]
        self.reasons_list.clear()
        for index, reason in enumerate(self._shown):
            self.reasons_list.addItem(QListWidgetItem(f"{_DIGITS[index]}  {reason.name}"))
        self.reasons_list.show()
        self.reasons_list.setCurrentRow(0)
        self.reasons_list.setFocus()

    def choose_reason(self, index: int) -> None:
        """Second keystroke: the reason; the refusal is saved at once."""
        if self.outcome is None or not 0 <= index < len(self._shown):
            return
        self.save(self.outcome, self._shown[index].code)

    def _rubles(self, edit: QLineEdit) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return parse_rubles(text)
        except ValueError:
            raise UserError(self.tr("Enter the amount in rubles, e.g. 150.50.")) from None

    def save(self, outcome: Outcome, reason: str | None) -> None:
        try:
            amount = self._rubles(self.amount_edit) or 0
            price = self._rubles(self.competitor_price_edit) if outcome is not Outcome.GIVEN else None
        except UserError as exc:
            self.error_label.setText(exc.message)
            grow_to_fit(self)
            return
        draft = ServiceRecordDraft(
            client_id=self.client_id,
            service_code=self.service_combo.currentData(),
            outcome=outcome,
            quantity=self.quantity_box.value(),
            amount_kop=amount,
            reason_code=reason,
            competitor_name=self.competitor_edit.text() if outcome is not Outcome.GIVEN else "",
            competitor_price_kop=price,
            contact_person_id=self.contact_combo.currentData(),
            note=self.note_edit.text(),
        )
        self.ctx.tasks.start(self.ctx.ops.records.add(draft), self._on_saved, self._on_failed)

    def _on_saved(self, record: RecordInfo) -> None:
        self.recorded.emit(record)
        self.accept()

    def _on_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            self.outcome = None
            self.reasons_list.hide()
            self.error_label.setText(exc.message)
            grow_to_fit(self)
            return True
        return False
