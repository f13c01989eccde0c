"""Small dialogs of the counter: manual weight, pack, reason, document recipient.

Each validates its own fields and only closes with usable values; the caller opens it with
``open()`` (window-modal, non-blocking) and reads the values when ``accepted`` fires. A dialog
opens with the cursor in its first field (the operator types at once, Enter is OK) and grows
with its validation messages, so none hides behind the buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import ValidationFailed
from postdesk.common.weights import grams, whole_grams
from postdesk.devices.scales.readings import parse_manual_grams
from postdesk.services.counter.batch_views import ItemView
from postdesk.ui.widgets.validated_form import ValidatedForm


class FormDialog(QDialog):
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
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def first_field(self) -> QWidget | None:
        return next(iter(self.form.fields.values()), None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        field = self.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.PopupFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()

    def _errors(self) -> dict[str, str]:
        return {}

    def _try_accept(self) -> None:
        errors = self._errors()
        self.form.show_errors(errors)
        self.adjustSize()
        if errors:
            widget = self.form.first_invalid(errors)
            if widget is not None:
                widget.setFocus()
            return
        self.accept()


class ManualWeightDialog(FormDialog):
    """A weight typed by the operator when no scale works; it is recorded as manual."""

    def __init__(self, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Manual weight"),
            self.tr("Item № %1 (%2), declared %3 g. The weight will be marked as entered by hand.")
            .replace("%1", str(item.seq))
            .replace("%2", item.barcode or "—")
            .replace("%3", grams(item.declared_mass_g)),
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


class PackDialog(FormDialog):
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


class ReasonDialog(FormDialog):
    """A reason is required for every change of an accepted batch; it goes to the audit log."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setFixedHeight(70)
        self.reason_edit.setTabChangesFocus(True)
        self.form.add_field("reason", self.tr("Reason:"), self.reason_edit)

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _errors(self) -> dict[str, str]:
        if len(self.reason) < 3:
            return {"reason": self.tr("Give the reason: it is kept in the audit log.")}
        return {}


class RecipientDialog(FormDialog):
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
