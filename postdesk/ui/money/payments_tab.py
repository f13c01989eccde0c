"""Payments: one entered by hand, a bank statement imported, unmatched payments assigned."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.money import rubles
from postdesk.services.money.payments import ImportResult, PaymentView
from postdesk.services.permissions import Permission
from postdesk.ui.context import UiContext


class PaymentDialog(QDialog):
    """A payment entered by hand: the client's INN, the amount, the date and the order number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter a payment"))
        self.inn_edit = QLineEdit(self)
        self.amount_box = QDoubleSpinBox(self)
        self.amount_box.setRange(0, 1e10)
        self.amount_box.setDecimals(2)
        self.amount_box.setSuffix(" ₽")
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.document_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Client INN:"), self.inn_edit)
        form.addRow(self.tr("Amount:"), self.amount_box)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Payment order №:"), self.document_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, int, dt.date, str]:
        day = self.date_edit.date()
        return (
            self.inn_edit.text().strip(),
            round(self.amount_box.value() * 100),
            dt.date(day.year(), day.month(), day.day()),
            self.document_edit.text().strip(),
        )


class PaymentsTab(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unmatched: list[PaymentView] = []
        may = ctx.can(Permission.ENTER_PAYMENTS)
        self.add_button = QPushButton(self.tr("Enter a payment…"), self)
        self.import_button = QPushButton(self.tr("Import a bank statement…"), self)
        self.assign_button = QPushButton(self.tr("Assign to a client…"), self)
        for button in (self.add_button, self.import_button, self.assign_button):
            button.setEnabled(may)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("unmatchedTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("№"), self.tr("Amount"), self.tr("Payer"), self.tr("Purpose")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.import_button, self.assign_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Payments from statements not matched to a contract:"), self))
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.open_payment_dialog)
        self.import_button.clicked.connect(self.choose_statement)
        self.assign_button.clicked.connect(self.assign_selected)

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.money.unmatched_payments(), self._show)

    def _show(self, rows: list[PaymentView]) -> None:
        self.unmatched = rows
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            for c, text in enumerate(
                [
                    p.paid_on.strftime("%d.%m.%Y"),
                    p.document,
                    rubles(p.amount_kop),
                    f"{p.payer_name} ({p.payer_inn})",
                    p.purpose,
                ]
            ):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def open_payment_dialog(self) -> PaymentDialog:
        dialog = PaymentDialog(self)
        dialog.accepted.connect(lambda: self.add_payment(*dialog.values()))
        dialog.open()
        return dialog

    def add_payment(self, inn: str, amount_kop: int, day: dt.date, document: str) -> None:
        def done(payment: PaymentView) -> None:
            self.ctx.messages.info(
                self.tr("Payment of %1 credited to contract %2.")
                .replace("%1", rubles(payment.amount_kop))
                .replace("%2", payment.contract_number)
            )
            self.changed.emit()

        self.ctx.tasks.start(self.ctx.ops.money.add_payment(inn, amount_kop, day, document), done)

    def choose_statement(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Bank statement (1CClientBankExchange)"),
            "",
            self.tr("Statements (*.txt);;All files (*)"),
        )
        if name:
            self.import_statement(Path(name))

    def import_statement(self, path: Path) -> None:
        def done(result: ImportResult) -> None:
            self.ctx.messages.info(
                self.tr("Statement imported: documents %1, matched %2, to assign %3, already imported %4.")
                .replace("%1", str(result.documents))
                .replace("%2", str(result.matched))
                .replace("%3", str(result.unmatched))
                .replace("%4", str(result.duplicates))
            )
            self.refresh()
            self.changed.emit()

        self.ctx.tasks.start(self.ctx.ops.money.import_statement(path), done)

    def assign_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.unmatched):
            self.ctx.messages.warning(self.tr("Select a payment first."))
            return
        payment = self.unmatched[row]
        inn, ok = QInputDialog.getText(
            self,
            self.tr("Assign the payment"),
            self.tr("INN of the client whose current contract gets %1:").replace(
                "%1", rubles(payment.amount_kop)
            ),
            QLineEdit.EchoMode.Normal,
            payment.payer_inn,
        )
        if ok and inn.strip():
            self.assign(payment.id, inn.strip())

    def assign(self, payment_id: int, inn: str) -> None:
        def done(_payment: PaymentView) -> None:
            self.refresh()
            self.changed.emit()

        self.ctx.tasks.start(self.ctx.ops.money.assign_payment(payment_id, inn), done)
