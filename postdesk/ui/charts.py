"""The one chart helper of the reports: a QtCharts chart with the table of its figures under it.

Every report in every area shows its numbers the same way: bars (or a pie of shares) above,
the exact figures below, and the table is what the xlsx export writes. ``set_bars`` and
``set_pie`` replace the chart; ``set_table`` replaces the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from postdesk.common.xlsx_export import Column, SheetData
from postdesk.ui.table_columns import share_width, tooltips_from_text

_MAX_BARS = 30  # more categories than this make an unreadable chart; the table keeps them all


class ChartPanel(QWidget):
    """Signals:
    row_activated(int): a table row was double-clicked or Enter was pressed on it (drill-down).
    """

    row_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(220)
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("reportTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellActivated.connect(lambda row, _column: self.row_activated.emit(row))
        self.table.cellDoubleClicked.connect(lambda row, _column: self.row_activated.emit(row))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._columns: list[Column] = []
        self._rows: list[Sequence[object]] = []

    def _reset(self, title: str) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(title)

    def set_bars(
        self,
        title: str,
        categories: Sequence[str],
        series: dict[str, Sequence[float]],
        *,
        horizontal: bool = False,
    ) -> None:
        """One bar set per entry of ``series``, one bar per category (the first ``_MAX_BARS``)."""
        self._reset(title)
        shown = list(categories)[:_MAX_BARS]
        values_of = {name: [float(v) for v in list(values)[: len(shown)]] for name, values in series.items()}
        if horizontal:  # Qt draws the first category at the bottom; the list reads from the top
            shown = shown[::-1]
            values_of = {name: values[::-1] for name, values in values_of.items()}
        bars = QHorizontalBarSeries() if horizontal else QBarSeries()
        for name, values in values_of.items():
            bar_set = QBarSet(name)
            bar_set.append(values)
            bars.append(bar_set)
        self.chart.addSeries(bars)
        category_axis, value_axis = QBarCategoryAxis(), QValueAxis()
        category_axis.append(shown)
        category_axis.setTruncateLabels(False)
        value_axis.setLabelFormat("%.0f")
        top = max((max(v, default=0.0) for v in values_of.values()), default=0.0)
        value_axis.setRange(0, top * 1.1 or 1.0)
        value_axis.applyNiceNumbers()
        if horizontal:
            self.chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            self.chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(category_axis)
        bars.attachAxis(value_axis)
        self.chart.legend().setVisible(len(series) > 1)

    def set_pie(self, title: str, shares: Sequence[tuple[str, float]]) -> None:
        self._reset(title)
        pie = QPieSeries()
        for name, value in list(shares)[:_MAX_BARS]:
            pie.append(name, float(value))
        self.chart.addSeries(pie)
        self.chart.legend().setVisible(True)

    def set_table(
        self, columns: Sequence[Column], rows: Sequence[Sequence[object]], texts: Sequence[Sequence[str]]
    ) -> None:
        """``rows`` are the typed values (for export), ``texts`` what the table shows."""
        self._columns, self._rows = list(columns), list(rows)
        self.table.clear()
        self.table.setColumnCount(len(columns))
        self.table.setRowCount(len(texts))
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        for r, line in enumerate(texts):
            for c, text in enumerate(line):
                item = QTableWidgetItem(text)
                if self._columns[c].type.value != "text":
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        # The first text column (the names) shares what is left, elided: never a sideways scroll.
        text_columns = [c for c, column in enumerate(columns) if column.type.value == "text"][:1]
        share_width(self.table, text_columns)
        tooltips_from_text(self.table, text_columns)

    def point_count(self) -> int:
        """How many values the chart shows (0: an empty chart)."""
        total = 0
        for series in self.chart.series():
            if isinstance(series, QPieSeries):
                total += series.count()
            elif isinstance(series, QBarSeries | QHorizontalBarSeries):
                total += sum(s.count() for s in series.barSets())
        return total

    def sheet(self, title: str) -> SheetData:
        return SheetData(title, self._columns, self._rows)
