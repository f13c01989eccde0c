"""The «Качество» page: questionnaires (design, answers at the counter and on paper, import),
their results, the follow-up list of low scores, the clients' club and its focus groups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.i18n import translate
from postdesk.services.permissions import Permission
from postdesk.services.surveys.catalogue import AUDIENCE_TITLES, Channel
from postdesk.services.surveys.club import MemberView
from postdesk.services.surveys.imports import ImportColumns, ImportReport
from postdesk.services.surveys.paper import ScannedForm
from postdesk.services.surveys.views import FollowUpView, SurveySummary, SurveyView
from postdesk.ui.context import UiContext
from postdesk.ui.printing.preview import PrintPreviewDialog
from postdesk.ui.surveys.answer_dialog import AnswerDialog
from postdesk.ui.surveys.club_tab import ClubTab
from postdesk.ui.surveys.design_dialog import DesignDialog
from postdesk.ui.surveys.focus_groups_tab import FocusGroupsTab
from postdesk.ui.surveys.import_mapping import ImportMappingDialog
from postdesk.ui.surveys.results_view import ResultsView
from postdesk.ui.surveys.tables import fill, make_table


class QualityPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summaries: list[SurveySummary] = []
        self.follow_ups: list[FollowUpView] = []
        self.members: list[MemberView] = []
        self.design_dialog: DesignDialog | None = None
        self.answer_dialog: AnswerDialog | None = None
        self.preview: PrintPreviewDialog | None = None
        self.last_import: ImportReport | None = None
        self.mapping_dialog: ImportMappingDialog | None = None
        designer = ctx.can(Permission.DESIGN_SURVEYS)

        self.tabs = QTabWidget(self)
        # --- questionnaires
        surveys_tab = QWidget(self)
        self.survey_table = make_table(
            surveys_tab,
            "surveyTable",
            [
                self.tr("Title"),
                self.tr("Audience"),
                self.tr("Period"),
                self.tr("Version"),
                self.tr("Answer sets"),
            ],
        )
        self.new_button = QPushButton(self.tr("&New…"), surveys_tab)
        self.edit_button = QPushButton(self.tr("&Edit…"), surveys_tab)
        self.answer_button = QPushButton(self.tr("&Answer at the counter (Ctrl+A)"), surveys_tab)
        self.large_button = QPushButton(self.tr("&Large form for the client"), surveys_tab)
        self.paper_button = QPushButton(self.tr("&Paper form…"), surveys_tab)
        self.scan_edit = QLineEdit(surveys_tab)
        self.scan_edit.setObjectName("paperScan")
        self.scan_edit.setPlaceholderText(self.tr("Scan a filled paper form's barcode (F2)"))
        self.import_button = QPushButton(self.tr("&Import answers…"), surveys_tab)
        self.results_button = QPushButton(self.tr("&Results"), surveys_tab)
        for button in (self.new_button, self.edit_button, self.import_button):
            button.setVisible(designer)
        self.results_button.setVisible(ctx.can(Permission.VIEW_SURVEY_RESULTS))
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.answer_button,
            self.large_button,
            self.paper_button,
            self.import_button,
            self.results_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(surveys_tab)
        column.addLayout(buttons)
        column.addWidget(self.scan_edit)
        column.addWidget(self.survey_table, 1)
        self.tabs.addTab(surveys_tab, self.tr("&Questionnaires"))
        # --- results
        self.results_view = ResultsView(ctx, self)
        self.results_index = self.tabs.addTab(self.results_view, self.tr("Res&ults"))
        self.tabs.setTabVisible(self.results_index, ctx.can(Permission.VIEW_SURVEY_RESULTS))
        # --- follow-ups
        follow_tab = QWidget(self)
        self.follow_table = make_table(
            follow_tab,
            "followUpTable",
            [
                self.tr("Due"),
                self.tr("Score"),
                self.tr("Client"),
                self.tr("Owner"),
                self.tr("What the client said"),
            ],
        )
        self.done_button = QPushButton(self.tr("&Done…"), follow_tab)
        column = QVBoxLayout(follow_tab)
        column.addWidget(self.done_button)
        column.addWidget(self.follow_table, 1)
        self.tabs.addTab(follow_tab, self.tr("&Follow-ups"))
        # --- club and focus groups
        self.club = ClubTab(ctx, self)
        self.tabs.addTab(self.club, self.tr("&Clients' club"))
        self.focus_groups = FocusGroupsTab(ctx, self)
        self.tabs.addTab(self.focus_groups, self.tr("F&ocus groups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self.new_button.clicked.connect(self.open_new)
        self.edit_button.clicked.connect(self.open_edit)
        self.answer_button.clicked.connect(lambda: self.open_answer(large=False))
        self.large_button.clicked.connect(lambda: self.open_answer(large=True))
        self.paper_button.clicked.connect(self._paper_clicked)
        self.scan_edit.returnPressed.connect(lambda: self.scan(self.scan_edit.text()))
        self.import_button.clicked.connect(self._import_clicked)
        self.results_button.clicked.connect(self.show_results)
        self.survey_table.cellDoubleClicked.connect(lambda _r, _c: self.open_answer(large=False))
        self.done_button.clicked.connect(self._done_clicked)
        QShortcut(QKeySequence("Ctrl+A"), self, lambda: self.open_answer(large=False))
        QShortcut(QKeySequence("F2"), self, self.scan_edit.setFocus)
        self.refresh()

    # --- reading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        ops = self.ctx.ops.surveys
        self.ctx.tasks.start(ops.surveys(), self._show_surveys)
        self.ctx.tasks.start(ops.follow_ups(), self._show_follow_ups)
        self.club.refresh()
        self.focus_groups.refresh()

    def _show_surveys(self, summaries: list[SurveySummary]) -> None:
        self.summaries = summaries
        rows = []
        for s in summaries:
            period = (
                s.starts_on.strftime("%d.%m.%Y")
                + " – "
                + (s.ends_on.strftime("%d.%m.%Y") if s.ends_on else "…")
            )
            version = str(s.published_version) if s.published_version else self.tr("draft")
            if s.has_draft and s.published_version:
                version += self.tr(" (new version drafted)")
            if s.closed:
                version += self.tr(", closed")
            rows.append(
                [
                    s.title,
                    translate("Surveys", AUDIENCE_TITLES[s.audience]),
                    period,
                    version,
                    str(s.responses),
                ]
            )
        fill(self.survey_table, rows)
        if summaries and self.survey_table.currentRow() < 0:
            self.survey_table.selectRow(0)

    def _show_follow_ups(self, follow_ups: list[FollowUpView]) -> None:
        self.follow_ups = follow_ups
        fill(
            self.follow_table,
            [
                [
                    f.due_on.strftime("%d.%m.%Y") + (" !" if f.overdue else ""),
                    f.reason,
                    f.client_name or "—",
                    f.owner_login,
                    " / ".join(f.texts),
                ]
                for f in follow_ups
            ],
        )

    def selected(self) -> SurveySummary | None:
        row = self.survey_table.currentRow()
        return self.summaries[row] if 0 <= row < len(self.summaries) else None

    # --- designing -------------------------------------------------------------------------------
    def open_new(self) -> DesignDialog:
        self.design_dialog = DesignDialog(self.ctx, None, self)
        self.design_dialog.accepted.connect(self.refresh)
        self.design_dialog.show()
        return self.design_dialog

    def open_edit(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.ctx.tasks.start(self.ctx.ops.surveys.get(chosen.id), self._edit)

    def _edit(self, survey: SurveyView) -> None:
        self.design_dialog = DesignDialog(self.ctx, survey, self)
        self.design_dialog.accepted.connect(self.refresh)
        self.design_dialog.show()

    # --- answering -------------------------------------------------------------------------------
    def open_answer(self, *, large: bool) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if chosen.published_version is None:
            self.ctx.messages.warning(self.tr("Publish the questionnaire before taking answers."))
            return
        self.ctx.tasks.start(self.ctx.ops.surveys.get(chosen.id), lambda survey: self._answer(survey, large))

    def _answer(self, survey: SurveyView, large: bool) -> None:
        assert survey.current is not None
        channel = Channel.KIOSK if large else Channel.COUNTER
        self._show_answer(
            AnswerDialog(self.ctx, survey.id, survey.title, survey.current, channel=channel, parent=self)
        )

    def scan(self, code: str) -> None:
        """A filled paper form: its barcode names the questionnaire, the printed version and the client."""
        self.scan_edit.clear()
        if code.strip():
            self.ctx.tasks.start(self.ctx.ops.surveys.scan(code), self._paper_answers)

    def _paper_answers(self, form: ScannedForm) -> None:
        self._show_answer(
            AnswerDialog(
                self.ctx,
                form.survey_id,
                form.title,
                form.version,
                channel=Channel.PAPER,
                client_id=form.client_id,
                client_name=form.client_name,
                source_ref=form.code,
                parent=self,
            )
        )

    def _show_answer(self, dialog: AnswerDialog) -> None:
        self.answer_dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.show()

    def _paper_clicked(self) -> None:
        inn, ok = QInputDialog.getText(
            self, self.tr("Paper form"), self.tr("Client's INN (empty: a blank form):")
        )
        if ok:
            self.print_paper(inn.strip())

    def print_paper(self, inn: str) -> PrintPreviewDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        self.preview = PrintPreviewDialog(
            self.ctx,
            self.ctx.ops.surveys.paper_form(chosen.id, inn),
            title=self.tr("Paper questionnaire"),
            file_name="questionnaire.pdf",
            parent=self,
        )
        self.preview.show()
        return self.preview

    def _import_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Answers exported from a web form"),
            "",
            self.tr("Tables (*.csv *.txt *.xlsx *.xls *.ods)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """The mapping step first: the file's columns, the choices made last time, the guess."""
        chosen = self.selected()
        if chosen is not None:
            self.ctx.tasks.start(
                self.ctx.ops.surveys.import_columns(chosen.id, path),
                lambda columns: self._map_columns(chosen.id, path, columns),
            )

    def _map_columns(self, survey_id: int, path: Path, columns: ImportColumns) -> None:
        dialog = ImportMappingDialog(columns, self)
        self.mapping_dialog = dialog

        def mapped() -> None:
            mapping = dialog.mapping()
            if mapping is not None:
                operation = self.ctx.ops.surveys.import_file(survey_id, path, mapping)
                self.ctx.tasks.start(operation, self._imported)

        dialog.accepted.connect(mapped)
        dialog.open()

    def _imported(self, report: ImportReport) -> None:
        self.last_import = report
        text = (
            self.tr("Imported %1 of %2 rows.")
            .replace("%1", str(report.imported))
            .replace("%2", str(report.rows))
        )
        details = "\n".join(
            self.tr("Row %1: %2").replace("%1", str(r)).replace("%2", m) for r, m in report.errors
        )
        if report.errors:
            self.ctx.messages.warning(
                text + " " + self.tr("Rows not imported: %1.").replace("%1", str(len(report.errors))), details
            )
        else:
            self.ctx.messages.info(text)
        self.refresh()

    # --- results, follow-ups, club ---------------------------------------------------------------
    def show_results(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.results_view.load(chosen.id)
            self.tabs.setCurrentIndex(self.results_index)

    def _done_clicked(self) -> None:
        row = self.follow_table.currentRow()
        if not 0 <= row < len(self.follow_ups):
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Follow-up done"), self.tr("What was done for the client:")
        )
        if ok:
            self.close_follow_up(self.follow_ups[row].id, note)

    def close_follow_up(self, follow_up_id: int, note: str) -> None:
        self.ctx.tasks.start(
            self.ctx.ops.surveys.close_follow_up(follow_up_id, note), lambda _: self.refresh()
        )
