"""The Reports page for supervisors and administrators: pick a report and a period, read the chart
and the table, double-click a row for the records behind it, export to xlsx. The audit log viewer
is its second tab; the catalogue of refusal reasons and the competitors' directory follow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.xlsx_export import write_xlsx
from postdesk.services.permissions import Permission
from postdesk.services.records.data import Period
from postdesk.ui.charts import ChartPanel
from postdesk.ui.context import UiContext
from postdesk.ui.operations.base import Operation
from postdesk.ui.records.report_views import REPORT_VIEWS, Drill, ReportView


def _date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class ReportsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.drills: list[Drill] = []
        self.report_list = QListWidget(self)
        self.report_list.setObjectName("reportList")
        self.report_list.setMaximumWidth(260)
        for view in REPORT_VIEWS:
            item = QListWidgetItem(QCoreApplication.translate("Reports", view.title))
            item.setData(Qt.ItemDataRole.UserRole, view.key)
            self.report_list.addItem(item)
        self.since_edit = QDateEdit(QDate.currentDate().addYears(-1).addDays(1), self)
        self.until_edit = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.export_button = QPushButton(self.tr("&Export to xlsx…"), self)
        self.export_button.setEnabled(False)
        self.panel = ChartPanel(self)
        self.status_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.since_edit)
        top.addWidget(QLabel("—", self))
        top.addWidget(self.until_edit)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.status_label)
        top.addWidget(self.export_button)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.panel, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.report_list)
        layout.addLayout(right, 1)
        self.report_list.currentRowChanged.connect(lambda _row: self.show_report())
        self.show_button.clicked.connect(self.show_report)
        self.export_button.clicked.connect(self._ask_export)
        self.panel.row_activated.connect(self.drill_down)
        self.report_list.setCurrentRow(0)

    @property
    def view(self) -> ReportView:
        return REPORT_VIEWS[max(0, self.report_list.currentRow())]

    def period(self) -> Period:
        start, end = _date(self.since_edit), _date(self.until_edit)
        return Period(min(start, end), max(start, end))

    def show_report(self) -> None:
        view, period = self.view, self.period()
        self.ctx.tasks.start(
            view.fetch(self.ctx.ops.records, period), lambda data: self._render(view, data, period)
        )

    def _render(self, view: ReportView, data: Any, period: Period) -> None:
        self.drills = view.render(self.panel, data, period)
        self.export_button.setEnabled(True)
        self.status_label.setText(self.tr("Rows: %1").replace("%1", str(self.panel.table.rowCount())))

    def drill_down(self, row: int) -> None:
        """The records behind a table row, in a window of their own."""
        from postdesk.ui.records.drill_down import RecordsDialog

        if not 0 <= row < len(self.drills) or self.drills[row] is None:
            return
        wanted = self.drills[row]
        assert wanted is not None
        cell = self.panel.table.item(row, 0)
        title = cell.text() if cell is not None else ""

        def show(records: list[Any]) -> None:
            self.drill_dialog = RecordsDialog(records, title, self)
            self.drill_dialog.open()

        self.ctx.tasks.start(self.ctx.ops.records.report_records(wanted), show)

    def _ask_export(self) -> None:
        name = f"{self.view.key}-{self.period().start:%Y%m%d}-{self.period().end:%Y%m%d}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), str(Path.home() / name), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        sheet = self.panel.sheet(QCoreApplication.translate("Reports", self.view.title))
        self.ctx.tasks.start(
            Operation.files("export report", lambda: write_xlsx(path, [sheet])),
            lambda _rows: self.ctx.messages.info(self.tr("Saved to %1.").replace("%1", str(path))),
        )


class ReportsPage(QWidget):
    """Reports and the audit log; other roles see why the page is empty."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.reports: ReportsView | None = None
        if not ctx.can(Permission.VIEW_REPORTS):
            label = QLabel(self.tr("Reports are for supervisors and administrators."), self)
            label.setObjectName("reportsDenied")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
            return
        from postdesk.ui.records.audit_view import AuditLogView

        self.tabs = QTabWidget(self)
        self.reports = ReportsView(ctx, self)
        self.audit = AuditLogView(ctx, self)
        self.tabs.addTab(self.reports, self.tr("&Reports"))
        self.tabs.addTab(self.audit, self.tr("&Audit log"))
        if ctx.can(Permission.MANAGE_CATALOGUES):
            from postdesk.ui.records.competitors_view import CompetitorsView
            from postdesk.ui.records.reasons_view import ReasonsView

            self.reasons = ReasonsView(ctx, self)
            self.competitors = CompetitorsView(ctx, self)
            self.tabs.addTab(self.reasons, self.tr("Refusal rea&sons"))
            self.tabs.addTab(self.competitors, self.tr("&Competitors"))
        layout.addWidget(self.tabs)
