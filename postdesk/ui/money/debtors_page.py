"""The Debtors page: debts with their ageing, reminder letters, the reconciliation statement and payments."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.money import rubles
from postdesk.services.money.debtors import DebtorRow
from postdesk.services.money.reminders import ReminderSent
from postdesk.services.permissions import Permission
from postdesk.ui.context import UiContext
from postdesk.ui.money.payments_tab import PaymentsTab
from postdesk.ui.table_columns import share_width, tooltips_from_text


def _cell(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class DebtorsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[DebtorRow] = []
        self.table = QTableWidget(0, 10, self)
        self.table.setObjectName("debtorsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Client"),
                self.tr("INN"),
                self.tr("Contract"),
                self.tr("Debt"),
                self.tr("Not due"),
                self.tr("0–30 days"),
                self.tr("31–60 days"),
                self.tr("61–90 days"),
                self.tr("Over 90 days"),
                self.tr("Credit limit"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        share_width(self.table, (0,))  # the client's name takes what is left, elided
        self.total_label = QLabel(self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.remind_button = QPushButton(self.tr("Reminder letters…"), self)
        self.remind_button.setToolTip(
            self.tr("One PDF letter per client with an overdue debt not reminded recently")
        )
        self.remind_button.setEnabled(ctx.can(Permission.SEND_REMINDERS))
        self.statement_button = QPushButton(self.tr("Reconciliation statement…"), self)
        buttons = QHBoxLayout()
        for button in (self.refresh_button, self.remind_button, self.statement_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self.refresh)
        self.remind_button.clicked.connect(self.choose_reminder_folder)
        self.statement_button.clicked.connect(self.choose_statement_file)

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.money.debtors(), self.show_rows)

    def show_rows(self, rows: list[DebtorRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            a = row.ageing
            values = [
                (row.client_name, False),
                (row.inn, False),
                (row.contract_number, False),
                (rubles(row.debt_kop), True),
                (rubles(a.not_due_kop), True),
                (rubles(a.days_0_30_kop), True),
                (rubles(a.days_31_60_kop), True),
                (rubles(a.days_61_90_kop), True),
                (rubles(a.over_90_kop), True),
                (rubles(row.credit_limit_kop) if row.kind == "credit" else self.tr("prepaid"), True),
            ]
            for c, (text, number) in enumerate(values):
                self.table.setItem(r, c, _cell(text, number=number))
        tooltips_from_text(self.table, (0,))
        self.total_label.setText(
            self.tr("Debtors: %1, debt %2, overdue %3")
            .replace("%1", str(len(rows)))
            .replace("%2", rubles(sum(r.debt_kop for r in rows)))
            .replace("%3", rubles(sum(r.overdue_kop for r in rows)))
        )

    def selected(self) -> DebtorRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def choose_reminder_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the reminder letters"))
        if folder:
            self.send_reminders(Path(folder))

    def send_reminders(self, folder: Path) -> None:
        def sent(letters: list[ReminderSent]) -> None:
            self.ctx.messages.info(
                self.tr("Reminder letters written: %1 (in %2).")
                .replace("%1", str(len(letters)))
                .replace("%2", str(folder))
            )
            self.refresh()

        self.ctx.tasks.start(self.ctx.ops.money.send_debt_reminders(folder), sent)

    def choose_statement_file(self) -> None:
        row = self.selected()
        if row is None:
            self.ctx.messages.warning(self.tr("Select a debtor first."))
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the reconciliation statement"), f"akt-{row.inn}.pdf", "PDF (*.pdf)"
        )
        if name:
            end = dt.date.today()
            self.save_statement(row, Path(name), end.replace(day=1) - dt.timedelta(days=365), end)

    def save_statement(self, row: DebtorRow, path: Path, start: dt.date, end: dt.date) -> None:
        self.ctx.tasks.start(
            self.ctx.ops.money.save_reconciliation(row.contract_id, start, end, path),
            lambda p: self.ctx.messages.info(self.tr("Saved: %1").replace("%1", str(p))),
        )


class DebtorsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.debtors = DebtorsTab(ctx, self)
        self.payments = PaymentsTab(ctx, self)
        self.tabs.addTab(self.debtors, self.tr("Debtors"))
        self.tabs.addTab(self.payments, self.tr("Payments"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.payments.changed.connect(self.debtors.refresh)

    def showEvent(self, event: object) -> None:
        self.debtors.refresh()
        self.payments.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
