"""The results of one questionnaire: rate and scores, the monthly trend, one question's
distribution, the comparison by operator and client group, free-text answers, the xlsx export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.xlsx_export import Column, ColumnType
from postdesk.services.surveys.catalogue import YES_NO_KEYS
from postdesk.services.surveys.export import group_title
from postdesk.services.surveys.results import GroupScores, SurveyResults, month_label
from postdesk.ui.charts import ChartPanel
from postdesk.ui.context import UiContext

N = ColumnType.INTEGER


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:g}".replace(".", ",")


class ResultsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: SurveyResults | None = None
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export to xlsx…"), self)
        self.export_button.setEnabled(False)
        self.trend = ChartPanel(self)
        self.question_combo = QComboBox(self)
        self.question = ChartPanel(self)
        self.compare_combo = QComboBox(self)
        self.compare_combo.addItem(self.tr("By operator"), "operators")
        self.compare_combo.addItem(self.tr("By client group"), "groups")
        self.compare = ChartPanel(self)
        self.texts = QListWidget(self)
        self.texts.setObjectName("freeTexts")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.trend, self.tr("Trend by month"))
        question_tab = QWidget(self)
        column = QVBoxLayout(question_tab)
        column.addWidget(self.question_combo)
        column.addWidget(self.question, 1)
        self.tabs.addTab(question_tab, self.tr("Questions"))
        compare_tab = QWidget(self)
        column = QVBoxLayout(compare_tab)
        column.addWidget(self.compare_combo)
        column.addWidget(self.compare, 1)
        self.tabs.addTab(compare_tab, self.tr("Comparison"))
        self.tabs.addTab(self.texts, self.tr("Free-text answers"))
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.question_combo.currentIndexChanged.connect(self._show_question)
        self.compare_combo.currentIndexChanged.connect(self._show_comparison)
        self.export_button.clicked.connect(self._export_clicked)

    def load(self, survey_id: int) -> None:
        self.ctx.tasks.start(self.ctx.ops.surveys.results(survey_id), self.show_results)

    def show_results(self, results: SurveyResults) -> None:
        self.results = results
        self.export_button.setEnabled(True)
        s = results.scores
        self.summary_label.setText(
            self.tr(
                "«%1»: %2 answer sets, response rate %3 %; NPS %4, CSAT %5 %, CES %6; open follow-ups: %7"
            )
            .replace("%1", results.survey.title)
            .replace("%2", str(results.responses))
            .replace("%3", _figure(results.response_rate))
            .replace("%4", _figure(s.nps))
            .replace("%5", _figure(s.csat))
            .replace("%6", _figure(s.ces))
            .replace("%7", str(results.open_follow_ups))
        )
        months = [month_label(m.key) for m in results.months]
        self.trend.set_bars(
            self.tr("NPS and CSAT by month"),
            months,
            {
                "NPS": [m.scores.nps or 0 for m in results.months],
                "CSAT, %": [m.scores.csat or 0 for m in results.months],
            },
        )
        self._score_table(self.trend, self.tr("Month"), results.months, month_label)
        self.question_combo.blockSignals(True)
        self.question_combo.clear()
        for q in results.questions:
            self.question_combo.addItem(f"{q.position}. {q.text}", q.key)
        self.question_combo.blockSignals(False)
        self._show_question()
        self._show_comparison()
        self.texts.clear()
        for t in results.texts:
            self.texts.addItem(
                f"{t.at.astimezone().strftime('%d.%m.%Y')} · {t.position}. {t.question}: {t.text}"
            )

    def _score_table(
        self, panel: ChartPanel, first: str, groups: tuple[GroupScores, ...], label: object
    ) -> None:
        columns = [
            Column(first, width=24),
            Column(self.tr("Answer sets"), N),
            Column("NPS", N),
            Column("CSAT, %", N),
            Column("CES", N),
        ]
        rows = [[label(g.key), g.responses, g.scores.nps, g.scores.csat, g.scores.ces] for g in groups]  # type: ignore[operator]
        texts = [[str(r[0]), str(r[1]), _figure(r[2]), _figure(r[3]), _figure(r[4])] for r in rows]
        panel.set_table(columns, rows, texts)

    def _show_question(self) -> None:
        if self.results is None or not self.results.questions:
            return
        index = max(0, self.question_combo.currentIndex())
        q = self.results.questions[index]
        names = {YES_NO_KEYS[1]: self.tr("Yes"), YES_NO_KEYS[0]: self.tr("No")}
        labels = [names.get(k, k) for k in q.counts]
        title = (
            q.text if q.mean is None else q.text + " " + self.tr("(mean %1)").replace("%1", _figure(q.mean))
        )
        self.question.set_bars(title, labels, {self.tr("Answers"): list(q.counts.values())})
        columns = [Column(self.tr("Answer"), width=30), Column(self.tr("Answers"), N)]
        rows = [[label, count] for label, count in zip(labels, q.counts.values(), strict=True)]
        if not q.counts:
            rows = [[self.tr("Answered"), q.answered]]
        self.question.set_table(columns, rows, [[str(a), str(b)] for a, b in rows])

    def _show_comparison(self) -> None:
        if self.results is None:
            return
        by_operator = self.compare_combo.currentData() == "operators"
        groups = self.results.operators if by_operator else self.results.groups
        label = str if by_operator else group_title
        names = [label(g.key) for g in groups]
        self.compare.set_bars(
            self.compare_combo.currentText(),
            names,
            {"NPS": [g.scores.nps or 0 for g in groups], "CSAT, %": [g.scores.csat or 0 for g in groups]},
        )
        self._score_table(
            self.compare, self.tr("Operator") if by_operator else self.tr("Client group"), groups, label
        )

    def _export_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the results"), "", self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.export(Path(name))

    def export(self, target: Path) -> None:
        if self.results is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        self.ctx.tasks.start(
            self.ctx.ops.surveys.export_results(self.results.survey.id, target),
            lambda saved: self.ctx.messages.info(self.tr("Saved to %1.").replace("%1", str(saved))),
        )
