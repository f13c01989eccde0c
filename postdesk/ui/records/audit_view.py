"""The audit log viewer: filter by user, action, client, batch and period; read-only; export."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.xlsx_export import Column, ColumnType, SheetData, write_xlsx
from postdesk.services.records.audit_log import AuditFilter, AuditLine
from postdesk.ui.context import UiContext
from postdesk.ui.operations.base import Operation

PAGE = 500


def _since(edit: QDateEdit, days: int = 0) -> dt.datetime:
    d = edit.date().addDays(days)
    return dt.datetime(d.year(), d.month(), d.day(), tzinfo=dt.UTC)


def _changes(line: AuditLine) -> str:
    parts = []
    if line.before:
        parts.append(json.dumps(line.before, ensure_ascii=False))
    if line.after:
        parts.append(json.dumps(line.after, ensure_ascii=False))
    return " → ".join(parts)


class AuditLogView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lines: list[AuditLine] = []
        self.user_combo, self.action_combo = QComboBox(self), QComboBox(self)
        self.client_edit, self.batch_edit = QLineEdit(self), QLineEdit(self)
        self.client_edit.setPlaceholderText(self.tr("client id"))
        self.batch_edit.setPlaceholderText(self.tr("batch id"))
        for combo in (self.user_combo, self.action_combo):  # long names never widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        for id_edit in (self.client_edit, self.batch_edit):
            id_edit.setMaximumWidth(100)
        self.since_edit = QDateEdit(QDate.currentDate().addMonths(-1), self)
        self.until_edit = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("User"),
                self.tr("Workstation"),
                self.tr("Action"),
                self.tr("Object"),
                self.tr("Changes"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        filters, dates = QHBoxLayout(), QHBoxLayout()  # two rows, so the filters fit 1280 px
        for row, label, widget in (
            (filters, self.tr("User:"), self.user_combo),
            (filters, self.tr("Action:"), self.action_combo),
            (filters, self.tr("Client:"), self.client_edit),
            (filters, self.tr("Batch:"), self.batch_edit),
            (dates, self.tr("From:"), self.since_edit),
            (dates, self.tr("To:"), self.until_edit),
        ):
            row.addWidget(QLabel(label, self))
            row.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        dates.addStretch(1)
        dates.addWidget(self.find_button)
        dates.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.table, 1)
        self.find_button.clicked.connect(self.search)
        self.export_button.clicked.connect(self._ask_export)
        self.client_edit.returnPressed.connect(self.search)
        self.batch_edit.returnPressed.connect(self.search)
        self._load_choices()

    def _load_choices(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.records.audit_choices(), self._fill_choices)

    def _fill_choices(self, choices: tuple[list[str], list[str]]) -> None:
        users, actions = choices
        for combo, values in ((self.user_combo, users), (self.action_combo, actions)):
            combo.clear()
            combo.addItem(self.tr("any"), None)
            for value in values:
                combo.addItem(value, value)

    def current_filter(self) -> AuditFilter:
        client, batch = self.client_edit.text().strip(), self.batch_edit.text().strip()
        return AuditFilter(
            user_login=self.user_combo.currentData(),
            action=self.action_combo.currentData(),
            client_id=int(client) if client.isdigit() else None,
            batch_id=int(batch) if batch.isdigit() else None,
            since=_since(self.since_edit),
            until=_since(self.until_edit, 1),
        )

    def search(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.records.audit_search(self.current_filter(), limit=PAGE), self._show)

    def _show(self, lines: list[AuditLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = [
                line.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"),
                line.user_login,
                line.workstation,
                line.action,
                f"{line.object_type} {line.object_id}",
                _changes(line),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _ask_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(Path.home() / "audit.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        columns = [
            Column(self.tr("When"), ColumnType.DATETIME, 18),
            Column(self.tr("User")),
            Column(self.tr("Workstation")),
            Column(self.tr("Action"), width=22),
            Column(self.tr("Object"), width=18),
            Column(self.tr("Changes"), width=80),
        ]
        rows = [
            (x.at, x.user_login, x.workstation, x.action, f"{x.object_type} {x.object_id}", _changes(x))
            for x in self.lines
        ]
        sheet = SheetData(self.tr("Audit log"), columns, rows)
        self.ctx.tasks.start(Operation.files("export audit log", lambda: write_xlsx(path, [sheet])))
