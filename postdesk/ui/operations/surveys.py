"""Operations of the Quality page: questionnaires, answers, paper forms, imports, results, club."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from postdesk.bootstrap import Core
from postdesk.common.errors import UserError
from postdesk.printing.questionnaire import questionnaire_pdf
from postdesk.services.context import Actor
from postdesk.services.surveys.catalogue import ReachBy
from postdesk.services.surveys.club import MemberView
from postdesk.services.surveys.export import write_results
from postdesk.services.surveys.focus_groups import FocusGroupView, SentInvitations
from postdesk.services.surveys.imports import ImportColumns, ImportMapping, ImportReport
from postdesk.services.surveys.offers import CounterOffer
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


@dataclass(frozen=True)
class InvitationsSent:
    """Letters written to the folder for printing; e-mails sent now, and why others were not."""

    letters: tuple[Path, ...]
    mailed: int
    failures: tuple[str, ...]


def _file_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in " .-_" else "_" for c in name).strip() or "letter"


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

    def import_file(
        self, survey_id: int, path: Path, mapping: ImportMapping | None = None
    ) -> Operation[ImportReport]:
        imports, actor = self._core.survey_imports, self._actor
        return Operation.with_progress(
            "import answers",
            TaskKind.DATABASE,
            lambda _ctx: imports.import_file(actor, survey_id, path, mapping=mapping),
            cancellable=False,
        )

    def import_columns(self, survey_id: int, path: Path) -> Operation[ImportColumns]:
        """The file's headers read on the pool, then the questions and the guessed mapping."""
        imports, actor = self._core.survey_imports, self._actor
        read = Operation.files("read answer columns", lambda: imports.read_headers(path))
        return read.then(
            TaskKind.DATABASE, lambda headers: imports.columns(actor, survey_id, path.name, headers)
        )

    def counter_offer(self, client_id: int) -> Operation[CounterOffer | None]:
        offers, actor = self._core.survey_offers, self._actor
        return Operation.database("questionnaire to offer", lambda: offers.offer(actor, client_id))

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

    def join(
        self, contact_id: int, consent: str, reach_by: ReachBy, joined_on: dt.date
    ) -> Operation[MemberView]:
        club, actor = self._core.club, self._actor
        return Operation.database(
            "join the club", lambda: club.join(actor, contact_id, consent, reach_by, joined_on)
        )

    def leave(self, member_id: int, on: dt.date) -> Operation[None]:
        club, actor = self._core.club, self._actor
        return Operation.database("leave the club", lambda: club.leave(actor, member_id, on))

    # --- focus groups ---------------------------------------------------------------------------
    def focus_groups(self) -> Operation[list[FocusGroupView]]:
        groups, actor = self._core.focus_groups, self._actor
        return Operation.database("focus groups", lambda: groups.groups(actor))

    def create_focus_group(self, held_at: dt.datetime, place: str, topic: str) -> Operation[int]:
        groups, actor = self._core.focus_groups, self._actor
        return Operation.database("create focus group", lambda: groups.create(actor, held_at, place, topic))

    def invite(
        self, group_id: int, member_ids: Sequence[int], letters_folder: Path | None
    ) -> Operation[InvitationsSent]:
        """Invitations recorded and queued, the e-mails sent through the mail queue, the letters
        written to ``letters_folder`` for printing."""
        groups, mail, actor = self._core.focus_groups, self._core.mail, self._actor
        chosen = tuple(member_ids)

        def send(sent: SentInvitations) -> tuple[SentInvitations, int, tuple[str, ...]]:
            mailed, failures = 0, []
            for mail_id in sent.mail_ids:
                try:
                    mail.send(actor, mail_id)
                    mailed += 1
                except UserError as exc:
                    failures.append(exc.message)
            return sent, mailed, tuple(dict.fromkeys(failures))

        def write(result: tuple[SentInvitations, int, tuple[str, ...]]) -> InvitationsSent:
            sent, mailed, failures = result
            written = []
            if sent.letters and letters_folder is not None:
                letters_folder.mkdir(parents=True, exist_ok=True)
                for index, (name, pdf) in enumerate(sent.letters, 1):
                    target = letters_folder / f"{group_id}-{index:02d} {_file_name(name)}.pdf"
                    target.write_bytes(pdf)
                    written.append(target)
            return InvitationsSent(tuple(written), mailed, failures)

        invite = Operation.database("invite to focus group", lambda: groups.invite(actor, group_id, chosen))
        return invite.then(TaskKind.DATABASE, send).then(TaskKind.IO, write)

    def record_meeting(
        self, group_id: int, attended: dict[int, bool], outcome: str
    ) -> Operation[FocusGroupView]:
        groups, actor = self._core.focus_groups, self._actor
        return Operation.database(
            "record focus group", lambda: groups.record_meeting(actor, group_id, attended, outcome)
        )
