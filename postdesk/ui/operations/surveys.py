"""Operations of the Quality page: questionnaires, answers, paper forms, imports, results, club."""

from __future__ import annotations

from pathlib import Path

from postdesk.bootstrap import Core
from postdesk.printing.questionnaire import questionnaire_pdf
from postdesk.services.context import Actor
from postdesk.services.surveys.club import MemberView
from postdesk.services.surveys.export import write_results
from postdesk.services.surveys.imports import ImportReport
from postdesk.services.surveys.paper import ScannedForm
from postdesk.services.surveys.results import SurveyResults
from postdesk.services.surveys.views import (
    FollowUpView,
    ResponseInput,
    ResponseSaved,
    SurveyDraft,
    SurveySummary,
    SurveyView,
)
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskKind


class SurveyOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    # --- design ---------------------------------------------------------------------------------
    def surveys(self) -> Operation[list[SurveySummary]]:
        design, actor = self._core.surveys, self._actor
        return Operation.database("questionnaires", lambda: design.list(actor))

    def get(self, survey_id: int) -> Operation[SurveyView]:
        design, actor = self._core.surveys, self._actor
        return Operation.database("questionnaire", lambda: design.get(actor, survey_id))

    def create(self, draft: SurveyDraft) -> Operation[SurveyView]:
        design, actor = self._core.surveys, self._actor
        return Operation.database("create questionnaire", lambda: design.create(actor, draft))

    def save_draft(self, survey_id: int, draft: SurveyDraft) -> Operation[SurveyView]:
        design, actor = self._core.surveys, self._actor
        return Operation.database("save questionnaire", lambda: design.save_draft(actor, survey_id, draft))

    def publish(self, survey_id: int) -> Operation[SurveyView]:
        design, actor = self._core.surveys, self._actor
        return Operation.database("publish questionnaire", lambda: design.publish(actor, survey_id))

    # --- answers --------------------------------------------------------------------------------
    def record(self, survey_id: int, new: ResponseInput) -> Operation[ResponseSaved]:
        answers, actor = self._core.survey_answers, self._actor
        return Operation.database("record answers", lambda: answers.record(actor, survey_id, new))

    def decline(self, survey_id: int, client_id: int | None) -> Operation[None]:
        answers, actor = self._core.survey_answers, self._actor
        return Operation.database("declined", lambda: answers.decline(actor, survey_id, client_id))

    def scan(self, code: str) -> Operation[ScannedForm]:
        paper, actor = self._core.survey_paper, self._actor
        return Operation.database("scan paper form", lambda: paper.scan(actor, code))

    def paper_form(self, survey_id: int, client_inn: str) -> Operation[bytes]:
        """Recorded as an invitation on the database worker, laid out as PDF on the pool."""
        paper, actor = self._core.survey_paper, self._actor
        prepare = Operation.database(
            "paper form", lambda: paper.prepare(actor, survey_id, client_inn=client_inn)
        )
        return prepare.then(TaskKind.IO, questionnaire_pdf)

    def import_file(self, survey_id: int, path: Path) -> Operation[ImportReport]:
        imports, actor = self._core.survey_imports, self._actor
        return Operation.with_progress(
            "import answers",
            TaskKind.DATABASE,
            lambda _ctx: imports.import_file(actor, survey_id, path),
            cancellable=False,
        )

    # --- results --------------------------------------------------------------------------------
    def results(self, survey_id: int) -> Operation[SurveyResults]:
        results, actor = self._core.survey_results, self._actor
        return Operation.database("questionnaire results", lambda: results.results(actor, survey_id))

    def export_results(self, survey_id: int, target: Path) -> Operation[Path]:
        """Read on the database worker, then write the workbook on the pool."""

        def write(found: SurveyResults) -> Path:
            write_results(target, found)
            return target

        return self.results(survey_id).then(TaskKind.IO, write)

    def follow_ups(self) -> Operation[list[FollowUpView]]:
        follow_ups, actor = self._core.survey_follow_ups, self._actor
        return Operation.database("follow-ups", lambda: follow_ups.items(actor))

    def close_follow_up(self, follow_up_id: int, note: str) -> Operation[None]:
        follow_ups, actor = self._core.survey_follow_ups, self._actor
        return Operation.database(
            "close follow-up", lambda: follow_ups.update(actor, follow_up_id, done=True, note=note)
        )

    # --- club -----------------------------------------------------------------------------------
    def members(self) -> Operation[list[MemberView]]:
        club, actor = self._core.club, self._actor
        return Operation.database("club members", lambda: club.members(actor))

    def add_idea(self, member_id: int, text: str) -> Operation[int]:
        club, actor = self._core.club, self._actor
        return Operation.database("club idea", lambda: club.add_idea(actor, member_id, text))
