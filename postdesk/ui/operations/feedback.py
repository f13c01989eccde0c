"""Operations of the feedback register, its production calendar and the letters it sends."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from postdesk.bootstrap import Core
from postdesk.calendar.years import YearData
from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.services.calendar import CalendarChange
from postdesk.services.context import Actor
from postdesk.services.feedback.analysis import FeedbackStatistics
from postdesk.services.feedback.answers import AnswerResult
from postdesk.services.feedback.listing import DeadlineCounts, ItemLink
from postdesk.services.feedback.views import FeedbackView, NewFeedback
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskKind


class FeedbackOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    # --- the register --------------------------------------------------------------------------
    def items(self, mode: str, *, limit: int) -> Operation[list[FeedbackView]]:
        """All items, the overdue ones or those due within two working days."""
        queries, actor = self._core.feedback_queries, self._actor

        def load() -> list[FeedbackView]:
            if mode == "overdue":
                return queries.list_items(actor, overdue=True, limit=limit)
            if mode == "soon":
                return queries.list_items(actor, due_within=2, limit=limit)
            return queries.list_items(actor, limit=limit)

        return Operation.database("feedback items", load)

    def deadline_counts(self) -> Operation[DeadlineCounts]:
        queries, actor = self._core.feedback_queries, self._actor
        return Operation.database("deadline counts", lambda: queries.deadline_counts(actor))

    def find_item(self, code: str) -> Operation[ItemLink]:
        queries, actor = self._core.feedback_queries, self._actor
        return Operation.database("find item", lambda: queries.find_item(actor, code))

    def register(self, new: NewFeedback) -> Operation[FeedbackView]:
        feedback, actor = self._core.feedback, self._actor
        return Operation.database("register feedback", lambda: feedback.register(actor, new))

    def take_in_work(self, feedback_id: int) -> Operation[FeedbackView]:
        feedback, actor = self._core.feedback, self._actor
        return Operation.database("take in work", lambda: feedback.take_in_work(actor, feedback_id))

    def extend(self, feedback_id: int, reason: str, requests: Any) -> Operation[FeedbackView]:
        feedback, actor = self._core.feedback, self._actor
        return Operation.database("extend", lambda: feedback.extend(actor, feedback_id, reason, requests))

    # --- answers -------------------------------------------------------------------------------
    def answer(self, feedback_id: int, request: Any) -> Operation[AnswerResult]:
        answers, actor = self._core.feedback_answers, self._actor
        return Operation.database("answer", lambda: answers.answer(actor, feedback_id, request))

    def send_mail(self, mail_id: int) -> Operation[Any]:
        """Sending talks to the mail server: a device-like wait, not database work."""
        mail, actor = self._core.mail, self._actor
        return Operation.files("send mail", lambda: mail.send(actor, mail_id))

    def save_letter(self, feedback_id: int, target: Path) -> Operation[Path]:
        """The answer's letter loaded from the database, then written to the chosen file."""
        answers, actor = self._core.feedback_answers, self._actor

        def write(pdf: bytes | None) -> Path:
            if pdf is not None:
                target.write_bytes(pdf)
            return target

        return Operation.database("letter", lambda: answers.letter_pdf(actor, feedback_id)).then(
            TaskKind.IO, write
        )

    def letter(self, feedback_id: int) -> Operation[bytes]:
        """The answer's letter as PDF, for the print preview."""
        answers, actor = self._core.feedback_answers, self._actor

        def load() -> bytes:
            pdf = answers.letter_pdf(actor, feedback_id)
            if pdf is None:
                raise UserError(translate("Feedback", "There is no letter yet: answer the item first."))
            return pdf

        return Operation.database("letter", load)

    def statistics(self, year: int) -> Operation[FeedbackStatistics]:
        analysis, actor = self._core.feedback_analysis, self._actor
        return Operation.database("feedback statistics", lambda: analysis.year(actor, year))

    # --- the production calendar ---------------------------------------------------------------
    def calendar_year(self, year: int) -> Operation[YearData]:
        calendar = self._core.calendar
        return Operation.database("calendar year", lambda: calendar.year(year))

    def edit_day(self, day: dt.date, *, working: bool, short: bool, note: str) -> Operation[CalendarChange]:
        calendar, actor = self._core.calendar, self._actor
        return Operation.database(
            "edit calendar day",
            lambda: calendar.edit_day(actor, day, working=working, short=short, note=note),
        )

    def import_calendar(self, path: Path) -> Operation[CalendarChange]:
        """The open-data CSV read from the file, then stored (and open deadlines recomputed)."""
        calendar, actor = self._core.calendar, self._actor
        return Operation.files("read calendar", lambda: path.read_text(encoding="utf-8-sig")).then(
            TaskKind.DATABASE,
            lambda text: calendar.import_open_data(actor, text, f"open data: {path.name}"),
        )
