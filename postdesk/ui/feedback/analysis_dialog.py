"""Supervisors' analysis: the year's figures, complaints by month and the Pareto chart of topics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.feedback.analysis import FeedbackStatistics
from postdesk.services.feedback.catalogue import TOPIC_TITLES, Topic
from postdesk.services.feedback.export import statistics_workbook
from postdesk.ui.context import UiContext
from postdesk.ui.operations.base import Operation


def _topic(code: str) -> str:
    try:
        return QCoreApplication.translate("Feedback", TOPIC_TITLES[Topic(code)])
    except ValueError:
        return code


class AnalysisDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stats: FeedbackStatistics | None = None
        self.setWindowTitle(self.tr("Feedback analysis"))
        self.resize(1000, 700)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(dt.date.today().year)
        self.export_button = QPushButton(self.tr("Export to &xlsx…"), self)
        self.figures = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, title in (
            ("total", self.tr("Received")),
            ("on_time", self.tr("Answered on time")),
            ("median", self.tr("Median working days to answer")),
            ("per_thousand", self.tr("Complaints per 1,000 accepted items")),
            ("overdue", self.tr("Overdue at some point")),
            ("operators", self.tr("By operator")),
        ):
            self.labels[key] = QLabel(self)
            self.figures.addRow(title, self.labels[key])
        self.months_chart = QChart()
        self.months_chart.setTitle(self.tr("Feedback and complaints by month"))
        self.pareto_chart = QChart()
        self.pareto_chart.setTitle(self.tr("Complaint topics (Pareto)"))
        charts = QHBoxLayout()
        for chart in (self.months_chart, self.pareto_chart):
            view = QChartView(chart, self)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            charts.addWidget(view, 1)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.figures)
        layout.addLayout(charts, 1)
        self.year_spin.valueChanged.connect(self.refresh)
        self.export_button.clicked.connect(self._export_clicked)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.feedback.statistics(self.year_spin.value()), self.show_stats)

    def show_stats(self, stats: FeedbackStatistics) -> None:
        self.stats = stats
        share = (
            f"{100 * stats.on_time_share:.1f}".replace(".", ",") + "\u00a0%"
            if stats.on_time_share is not None
            else "—"
        )
        self.labels["total"].setText(str(stats.total))
        self.labels["on_time"].setText(f"{stats.answered_on_time} / {stats.answered} ({share})")
        self.labels["median"].setText(
            "—" if stats.median_working_days is None else f"{stats.median_working_days:g}".replace(".", ",")
        )
        self.labels["per_thousand"].setText(
            "—"
            if stats.complaints_per_thousand is None
            else f"{stats.complaints_per_thousand:.2f}".replace(".", ",")
        )
        self.labels["overdue"].setText(str(stats.ever_overdue))
        self.labels["operators"].setText(
            ", ".join(f"{k}: {v}" for k, v in list(stats.by_operator.items())[:6])
        )
        self._months(stats)
        self._pareto(stats)

    def _months(self, stats: FeedbackStatistics) -> None:
        chart = self.months_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        everything, complaints = QBarSet(self.tr("All")), QBarSet(self.tr("Complaints"))
        everything.append([float(v) for v in stats.by_month])
        complaints.append([float(v) for v in stats.complaints_by_month])
        series = QBarSeries()
        series.append(everything)
        series.append(complaints)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([str(m) for m in range(1, 13)])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setRange(0, max([*stats.by_month, 1]))
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    def _pareto(self, stats: FeedbackStatistics) -> None:
        chart = self.pareto_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("Complaints"))
        bars.append([float(r.count) for r in stats.pareto])
        series = QBarSeries()
        series.append(bars)
        line = QLineSeries()
        line.setName(self.tr("Cumulative share, %"))
        for index, row in enumerate(stats.pareto):
            line.append(QPointF(index, 100 * row.cumulative_share))
        chart.addSeries(series)
        chart.addSeries(line)
        categories = QBarCategoryAxis()
        categories.append([_topic(r.topic) for r in stats.pareto] or ["—"])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        line.attachAxis(categories)
        counts = QValueAxis()
        counts.setRange(0, max([r.count for r in stats.pareto] + [1]))
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        share = QValueAxis()
        share.setRange(0, 100)
        chart.addAxis(share, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(share)

    def _export_clicked(self) -> None:
        self.export()

    def export(self, path: Path | None = None) -> None:
        stats = self.stats
        if stats is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the statistics"), f"feedback-{stats.year}.xlsx", "Excel (*.xlsx)"
            )
            if not name:
                return
            path = Path(name)
        target = path

        def write() -> Path:
            target.write_bytes(statistics_workbook(stats))
            return target

        self.ctx.tasks.start(
            Operation.files("export statistics", write),
            lambda saved: self.ctx.messages.info(self.tr("Saved to %1.").replace("%1", str(saved))),
        )
