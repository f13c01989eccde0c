"""Small dialogs of the counter: manual weight, pack, reason, correction, document recipient.

Each validates its own fields and only closes with usable values; the caller opens it with
``open()`` (window-modal, non-blocking) and reads the values when ``accepted`` fires.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import ValidationFailed
from postdesk.devices.scales.readings import parse_manual_grams
from postdesk.services.batch_views import ItemView
from postdesk.services.corrections import ItemCorrection
from postdesk.ui.widgets.validated_form import ValidatedForm


def whole_grams(value: Decimal) -> int:
    """Items are priced in whole grams: a scale's 41.5 g is 42 g."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


class _FormDialog(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = ValidatedForm()
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _errors(self) -> dict[str, str]:
        return {}

    def _try_accept(self) -> None:
        errors = self._errors()
        self.form.show_errors(errors)
        if errors:
            widget = self.form.first_invalid(errors)
            if widget is not None:
                widget.setFocus()
            return
        self.accept()


class ManualWeightDialog(_FormDialog):
    """A weight typed by the operator when no scale works; it is recorded as manual."""

    def __init__(self, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Manual weight"),
            self.tr("Item № %1 (%2), declared %3 g. The weight will be marked as entered by hand.")
            .replace("%1", str(item.seq))
            .replace("%2", item.barcode or "—")
            .replace("%3", str(item.declared_mass_g)),
            parent,
        )
        self.grams_edit = QLineEdit(self)
        self.form.add_field("grams", self.tr("Weight, g:"), self.grams_edit)
        self.grams: int = 0

    def _errors(self) -> dict[str, str]:
        try:
            self.grams = whole_grams(parse_manual_grams(self.grams_edit.text()))
        except ValidationFailed as exc:
            return dict(exc.errors)
        return {}


class PackDialog(_FormDialog):
    """A stack of identical simple letters: how many, and the total when it is typed by hand."""

    def __init__(self, available: int, suggested: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Weigh a pack"),
            self.tr(
                "Identical simple letters are weighed as one stack, starting with the selected item. "
                "Put the stack on the scale after OK, or type its total weight."
            ),
            parent,
        )
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, max(1, available))
        self.count_spin.setValue(max(1, min(suggested, available)))
        self.form.add_field("count", self.tr("Items in the stack:"), self.count_spin)
        self.manual_check = QCheckBox(self.tr("Type the total weight (no scale)"), self)
        self.form.addRow("", self.manual_check)
        self.total_edit = QLineEdit(self)
        self.form.add_field("total", self.tr("Total weight, g:"), self.total_edit)
        self.total_edit.setEnabled(False)
        self.manual_check.toggled.connect(self.total_edit.setEnabled)
        self.total_g: int | None = None

    def _errors(self) -> dict[str, str]:
        self.total_g = None
        if not self.manual_check.isChecked():
            return {}
        try:
            self.total_g = whole_grams(parse_manual_grams(self.total_edit.text()))
        except ValidationFailed as exc:
            return {"total": exc.errors.get("grams", exc.message)}
        return {}


class ReasonDialog(_FormDialog):
    """A reason is required for every change of an accepted batch; it goes to the audit log."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setFixedHeight(70)
        self.form.add_field("reason", self.tr("Reason:"), self.reason_edit)

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _errors(self) -> dict[str, str]:
        if len(self.reason) < 3:
            return {"reason": self.tr("Give the reason: it is kept in the audit log.")}
        return {}


class CorrectionDialog(ReasonDialog):
    """Correct an accepted item's mass or address; unchanged fields stay as they are."""

    def __init__(self, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Correct the item"),
            self.tr("Item № %1 (%2). The item is re-priced under the tariff it was accepted with.")
            .replace("%1", str(item.seq))
            .replace("%2", item.barcode or "—"),
            parent,
        )
        self.item = item
        self.mass_spin = QSpinBox(self)
        self.mass_spin.setRange(1, 1_000_000)
        self.mass_spin.setSuffix(self.tr(" g"))
        self.mass_spin.setValue(item.mass_g)
        self.recipient_edit = QLineEdit(item.recipient_name, self)
        self.address_edit = QLineEdit(item.address, self)
        self.postcode_edit = QLineEdit(item.postcode, self)
        self.postcode_edit.setInputMask("999999")
        self.form.insertRow(0, self.tr("Mass:"), self.mass_spin)
        self.form.insertRow(1, self.tr("Recipient:"), self.recipient_edit)
        self.form.insertRow(2, self.tr("Address:"), self.address_edit)
        self.form.insertRow(3, self.tr("Postcode:"), self.postcode_edit)

    def correction(self) -> ItemCorrection:
        def changed(new: str, old: str) -> str | None:
            return new.strip() if new.strip() and new.strip() != old else None

        return ItemCorrection(
            mass_g=self.mass_spin.value() if self.mass_spin.value() != self.item.mass_g else None,
            recipient_name=changed(self.recipient_edit.text(), self.item.recipient_name),
            address=changed(self.address_edit.text(), self.item.address),
            postcode=changed(self.postcode_edit.text(), self.item.postcode),
        )


class RecipientDialog(_FormDialog):
    """Who took the documents of a batch accepted without the client."""

    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hand the documents back"), intro, parent)
        self.name_edit = QLineEdit(self)
        self.form.add_field("name", self.tr("Received by (name):"), self.name_edit)

    @property
    def recipient(self) -> str:
        return self.name_edit.text().strip()

    def _errors(self) -> dict[str, str]:
        if len(self.recipient) < 3:
            return {"name": self.tr("Enter the name of the person who takes the documents.")}
        return {}
