"""Forms and packaging: prices and stock, low stock highlighted; selling records the service."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.money import format_kop
from postdesk.services.permissions import Permission
from postdesk.services.reference.data import FormInfo, SaleResult
from postdesk.services.reference.importers import ImportKind
from postdesk.ui.context import UiContext
from postdesk.ui.reference.import_dialog import ImportDialog
from postdesk.ui.reference.tables import fill, read_only_table, selected_row


class FormsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.forms: list[FormInfo] = []
        self.import_dialog: ImportDialog | None = None
        self.table = read_only_table(
            self,
            "formsTable",
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Unit"),
                self.tr("Price, ₽"),
                self.tr("In stock"),
                self.tr("Minimum"),
            ],
        )
        self.low_label = QLabel(self)
        self.low_label.setObjectName("lowStock")
        self.low_label.setWordWrap(True)
        self.inn_edit = QLineEdit(self)
        self.inn_edit.setObjectName("saleInn")
        self.inn_edit.setPlaceholderText(self.tr("client's INN"))
        self.quantity_spin = QSpinBox(self)
        self.quantity_spin.setRange(1, 100_000)
        self.sell_button = QPushButton(self.tr("S&ell"), self)
        self.sell_button.setEnabled(ctx.can(Permission.RECORD_SERVICES))
        manage = ctx.can(Permission.MANAGE_REFERENCE)
        self.receive_button = QPushButton(self.tr("&Received"), self)
        self.write_off_button = QPushButton(self.tr("&Write off…"), self)
        self.import_button = QPushButton(self.tr("&Import catalogue…"), self)
        for button in (self.receive_button, self.write_off_button, self.import_button):
            button.setVisible(manage)
        actions = QHBoxLayout()
        actions.addWidget(self.inn_edit)
        actions.addWidget(self.quantity_spin)
        actions.addWidget(self.sell_button)
        actions.addStretch(1)
        actions.addWidget(self.receive_button)
        actions.addWidget(self.write_off_button)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.low_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.sell_button.clicked.connect(self.sell)
        self.receive_button.clicked.connect(self.receive)
        self.write_off_button.clicked.connect(self.write_off)
        self.import_button.clicked.connect(self.open_import)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.reference.forms(), self._show)

    def _show(self, forms: list[FormInfo]) -> None:
        self.forms = forms
        fill(
            self.table,
            [
                [f.code, f.name, f.unit, format_kop(f.price_kop), str(f.stock), str(f.low_stock)]
                for f in forms
            ],
            [f.is_low for f in forms],
        )
        low = [f.name for f in forms if f.is_low]
        self.low_label.setText(self.tr("Running low, order: %1").replace("%1", ", ".join(low)) if low else "")
        self.low_label.setVisible(bool(low))

    def selected(self) -> FormInfo | None:
        row = selected_row(self.table)
        return self.forms[row] if row is not None and row < len(self.forms) else None

    def sell(self) -> None:
        form = self.selected()
        if form is None:
            self.ctx.messages.warning(self.tr("Choose the form to sell."))
            return
        inn = self.inn_edit.text().strip()
        if not inn:
            self.ctx.messages.warning(self.tr("Enter the client's INN: the sale is recorded for the client."))
            return
        self.ctx.tasks.start(
            self.ctx.ops.reference.sell(inn, form.code, self.quantity_spin.value()), self._sold
        )

    def _sold(self, sale: SaleResult) -> None:
        self.ctx.messages.info(
            self.tr("Sold for %1 ₽; the service is recorded.").replace("%1", format_kop(sale.amount_kop))
        )
        self.refresh()

    def receive(self) -> None:
        form = self.selected()
        if form is not None:
            self.ctx.tasks.start(
                self.ctx.ops.reference.receive(form.code, self.quantity_spin.value()),
                lambda _f: self.refresh(),
            )

    def write_off(self, note: str | None = None) -> None:
        form = self.selected()
        if form is None:
            return
        if note is None:
            note, ok = QInputDialog.getText(
                self, self.tr("Write off"), self.tr("Why are the forms written off?")
            )
            if not ok:
                return
        self.ctx.tasks.start(
            self.ctx.ops.reference.write_off(form.code, self.quantity_spin.value(), note),
            lambda _f: self.refresh(),
        )

    def open_import(self) -> ImportDialog:
        self.import_dialog = ImportDialog(self.ctx, ImportKind.FORMS, self)
        self.import_dialog.imported.connect(lambda _r: self.refresh())
        self.import_dialog.open()
        return self.import_dialog
