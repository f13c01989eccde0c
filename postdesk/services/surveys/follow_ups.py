"""The follow-up list of low scores: an owner, a due date and done — deliberately no more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.base import utc_now
from postdesk.models.clients import Client
from postdesk.models.surveys import Survey, SurveyAnswer, SurveyFollowUp, SurveyQuestion, SurveyResponse
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.surveys.catalogue import TEXT_KINDS
from postdesk.services.surveys.views import FollowUpView


class FollowUpService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def items(self, actor: Actor, *, open_only: bool = True, limit: int = 500) -> list[FollowUpView]:
        require(actor, Permission.ANSWER_SURVEYS)
        today = self._today()
        with self._uow(read_only=True) as tx:
            query = (
                select(SurveyFollowUp, Survey.title, Client.short_name, SurveyResponse.answered_at)
                .join(Survey, Survey.id == SurveyFollowUp.survey_id)
                .join(SurveyResponse, SurveyResponse.id == SurveyFollowUp.response_id)
                .outerjoin(Client, Client.id == SurveyFollowUp.client_id)
            )
            if open_only:
                query = query.where(SurveyFollowUp.done.is_(False))
            rows = tx.session.execute(
                query.order_by(SurveyFollowUp.due_on, SurveyFollowUp.id).limit(limit)
            ).all()
            texts = self._texts(tx.session, [f.response_id for f, *_ in rows])
            return [
                FollowUpView(
                    id=f.id,
                    survey_id=f.survey_id,
                    survey_title=title,
                    response_id=f.response_id,
                    client_id=f.client_id,
                    client_name=client or "",
                    reason=f.reason,
                    owner_login=f.owner_login,
                    due_on=f.due_on,
                    done=f.done,
                    note=f.note,
                    feedback_id=f.feedback_id,
                    overdue=not f.done and f.due_on < today,
                    answered_at=at,
                    texts=tuple(texts.get(f.response_id, ())),
                )
                for f, title, client, at in rows
            ]

    @staticmethod
    def _texts(session: Session, response_ids: list[int]) -> dict[int, list[str]]:
        if not response_ids:
            return {}
        found: dict[int, list[str]] = {}
        rows = session.execute(
            select(SurveyAnswer.response_id, SurveyAnswer.text)
            .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
            .where(
                SurveyAnswer.response_id.in_(response_ids),
                SurveyQuestion.kind.in_([k.value for k in TEXT_KINDS]),
            )
            .order_by(SurveyAnswer.id)
        )
        for response_id, text in rows:
            if text:
                found.setdefault(response_id, []).append(text)
        return found

    def update(
        self,
        actor: Actor,
        follow_up_id: int,
        *,
        owner_login: str | None = None,
        due_on: dt.date | None = None,
        done: bool | None = None,
        note: str | None = None,
    ) -> None:
        require(actor, Permission.ANSWER_SURVEYS)
        if done and not (note or "").strip():
            raise UserError(
                translate("Surveys", "Write what was done for the client before closing the follow-up.")
            )
        with self._uow() as tx:
            row = tx.session.get(SurveyFollowUp, follow_up_id)
            if row is None:
                raise NotFound(translate("Surveys", "The follow-up no longer exists."))
            before = {"owner": row.owner_login, "due_on": row.due_on, "done": row.done, "note": row.note}
            if owner_login is not None and owner_login.strip():
                row.owner_login = owner_login.strip()
            if due_on is not None:
                row.due_on = due_on
            if note is not None:
                row.note = note.strip()
            if done is not None:
                row.done = done
                row.done_at = utc_now() if done else None
                row.done_login = actor.login if done else ""
            audit.record(
                tx.session,
                actor,
                "survey.follow_up_updated",
                "survey_follow_up",
                row.id,
                before=before,
                after={"owner": row.owner_login, "due_on": row.due_on, "done": row.done, "note": row.note},
            )
            tx.commit()
