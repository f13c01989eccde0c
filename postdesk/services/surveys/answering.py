"""Taking answer sets from every channel: checked, stored with their version and scores.

Each set is tied to the client, contact person, channel, operator and workstation. The
questionnaire row is locked while a set is stored, so two workstations never both store the
one set a client may give (unless the questionnaire allows more). A low NPS or CSAT creates
a follow-up; with the client's agreement it also goes to the feedback register.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, NotFound, UserError, ValidationFailed
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.base import utc_now
from postdesk.models.clients import Client, ClientStatus, ContactPerson
from postdesk.models.surveys import (
    Survey,
    SurveyAnswer,
    SurveyFollowUp,
    SurveyInvitation,
    SurveyResponse,
    SurveyVersion,
)
from postdesk.services import audit
from postdesk.services.calendar import CalendarService
from postdesk.services.context import Actor
from postdesk.services.feedback.catalogue import Channel as FeedbackChannel
from postdesk.services.feedback.catalogue import Kind, Topic
from postdesk.services.feedback.register import FeedbackService
from postdesk.services.feedback.views import NewFeedback
from postdesk.services.permissions import Permission, require
from postdesk.services.surveys.catalogue import Channel, ClientGroup, InvitationChannel, QuestionKind
from postdesk.services.surveys.checking import check_answers
from postdesk.services.surveys.loading import load_survey, published_version, version_view
from postdesk.services.surveys.scores import CSAT_LOW_UP_TO, NPS_DETRACTOR_UP_TO
from postdesk.services.surveys.tallies import count_response
from postdesk.services.surveys.views import ResponseInput, ResponseSaved

FOLLOW_UP_WORKING_DAYS = 3
_FEEDBACK_CHANNELS = {
    Channel.COUNTER: FeedbackChannel.COUNTER,
    Channel.KIOSK: FeedbackChannel.COUNTER,
    Channel.PAPER: FeedbackChannel.LETTER,
    Channel.WEB: FeedbackChannel.WEB,
}
_GROUPS = {
    ClientStatus.ACTIVE: ClientGroup.CONTRACT,
    ClientStatus.PROSPECT: ClientGroup.PROSPECT,
    ClientStatus.FORMER: ClientGroup.FORMER,
}


@dataclass(frozen=True)
class Stored:
    response: SurveyResponse
    follow_up: SurveyFollowUp | None


def low_reason(nps: int | None, csat: int | None) -> str:
    """Why a set needs a follow-up ("NPS 3", "CSAT 2"), or "" when it does not."""
    parts = []
    if nps is not None and nps <= NPS_DETRACTOR_UP_TO:
        parts.append(f"NPS {nps}")
    if csat is not None and csat <= CSAT_LOW_UP_TO:
        parts.append(f"CSAT {csat}")
    return ", ".join(parts)


def survey_is_open(survey: Survey, day: dt.date) -> None:
    if survey.closed:
        raise ConflictError(
            translate("Surveys", "The questionnaire «%1» is closed.").replace("%1", survey.title)
        )
    if day < survey.starts_on or (survey.ends_on is not None and day > survey.ends_on):
        raise UserError(
            translate("Surveys", "The questionnaire «%1» runs from %2 to %3; %4 is outside that period.")
            .replace("%1", survey.title)
            .replace("%2", survey.starts_on.strftime("%d.%m.%Y"))
            .replace("%3", survey.ends_on.strftime("%d.%m.%Y") if survey.ends_on else "…")
            .replace("%4", day.strftime("%d.%m.%Y"))
        )


def pick_version(session: Session, survey: Survey, number: int | None) -> SurveyVersion:
    version = published_version(session, survey.id, number)
    if version is None:
        if number is None:
            raise UserError(
                translate("Surveys", "The questionnaire «%1» is not published yet.").replace(
                    "%1", survey.title
                )
            )
        raise NotFound(
            translate("Surveys", "The questionnaire «%1» has no published version %2.")
            .replace("%1", survey.title)
            .replace("%2", str(number))
        )
    return version


def client_group(session: Session, client_id: int | None, contact_id: int | None) -> ClientGroup:
    if client_id is None:
        if contact_id is not None:
            raise UserError(translate("Surveys", "A contact person is given without their client."))
        return ClientGroup.WALK_IN
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(translate("Surveys", "The client no longer exists."))
    if contact_id is not None:
        contact = session.get(ContactPerson, contact_id)
        if contact is None or contact.client_id != client_id:
            raise UserError(translate("Surveys", "The contact person does not belong to this client."))
    return _GROUPS[client.status]


def client_by_inn(session: Session, inn: str) -> int:
    found = session.scalar(select(Client.id).where(Client.inn == inn.strip()).order_by(Client.id))
    if found is None:
        raise NotFound(translate("Surveys", "No client with INN %1.").replace("%1", inn.strip()))
    return int(found)


def already_answered(session: Session, survey: Survey, client_id: int | None) -> bool:
    if survey.allow_repeat or client_id is None:
        return False
    found = session.scalar(
        select(SurveyResponse.id).where(
            SurveyResponse.survey_id == survey.id, SurveyResponse.client_id == client_id
        )
    )
    return found is not None


def store_response(
    session: Session,
    actor: Actor,
    survey: Survey,
    new: ResponseInput,
    follow_up_due: dt.date,
    *,
    seen_clients: set[int] | None = None,
) -> Stored:
    """Check and add one set in the caller's transaction; raises UserError naming the problems."""
    if new.client_inn.strip():
        new = dataclasses.replace(new, client_id=client_by_inn(session, new.client_inn), client_inn="")
    answered_at = new.answered_at or utc_now()
    survey_is_open(survey, answered_at.astimezone().date())
    version = pick_version(session, survey, new.version)
    group = client_group(session, new.client_id, new.contact_id)
    if already_answered(session, survey, new.client_id) or (
        seen_clients is not None and new.client_id in seen_clients and not survey.allow_repeat
    ):
        raise ConflictError(
            translate("Surveys", "This client has already answered the questionnaire «%1».").replace(
                "%1", survey.title
            )
        )
    checked = check_answers(version_view(session, version), new.answers)
    if checked.problems:
        raise ValidationFailed(
            translate("Surveys", "The answers cannot be saved:") + " " + " ".join(checked.problems),
            {str(i): p for i, p in enumerate(checked.problems, 1)},
        )
    reason = low_reason(checked.nps, checked.csat)
    if new.register_as and not reason:
        raise UserError(
            translate("Surveys", "Only a low score goes to the feedback register from a questionnaire.")
        )
    local = answered_at.astimezone()
    response = SurveyResponse(
        survey_id=survey.id,
        version_id=version.id,
        client_id=new.client_id,
        contact_id=new.contact_id,
        respondent=new.respondent.strip()[:300],
        client_group=group.value,
        channel=new.channel.value,
        operator_id=actor.user_id,
        operator_login=actor.login,
        workstation=actor.workstation,
        answered_at=answered_at,
        month=local.year * 100 + local.month,
        nps=checked.nps,
        csat=checked.csat,
        ces=checked.ces,
        agreed_to_register=bool(new.register_as),
        source_ref=new.source_ref[:100],
    )
    session.add(response)
    session.flush()
    counted: list[tuple[int, int | None]] = []
    for question, answer in checked.answers:
        if question.kind is QuestionKind.MULTIPLE or (
            question.kind is QuestionKind.SINGLE and answer.choices
        ):
            picked = answer.choices or (answer.number,)
            session.add_all(
                SurveyAnswer(response_id=response.id, question_id=question.id, number=c) for c in picked
            )
            counted.extend((question.id, c) for c in picked)
        else:
            session.add(
                SurveyAnswer(
                    response_id=response.id,
                    question_id=question.id,
                    number=answer.number,
                    text=answer.text.strip(),
                )
            )
            counted.append((question.id, answer.number))
    count_response(session, response, counted)
    if seen_clients is not None and new.client_id is not None:
        seen_clients.add(new.client_id)
    follow_up = None
    if reason:
        follow_up = SurveyFollowUp(
            response_id=response.id,
            survey_id=survey.id,
            client_id=new.client_id,
            reason=reason,
            owner_login=actor.login,
            due_on=follow_up_due,
        )
        session.add(follow_up)
    session.flush()
    return Stored(response, follow_up)


class AnsweringService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        calendars: CalendarService,
        register: FeedbackService,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow
        self._calendars = calendars
        self._register = register
        self._today = today

    def follow_up_due(self) -> dt.date:
        return self._calendars.calendar().add_working_days(self._today(), FOLLOW_UP_WORKING_DAYS)

    def record(self, actor: Actor, survey_id: int, new: ResponseInput) -> ResponseSaved:
        require(actor, Permission.ANSWER_SURVEYS)
        if new.register_as not in {"", Kind.COMPLAINT.value, Kind.SUGGESTION.value}:
            raise UserError(translate("Surveys", "Only a complaint or a suggestion can be registered."))
        if new.register_as and not new.register_text.strip():
            raise UserError(translate("Surveys", "Write what the client wants registered."))
        due = self.follow_up_due()
        with self._uow() as tx:
            session = tx.session
            survey = load_survey(session, survey_id, lock=True)
            if new.client_inn.strip():
                new = dataclasses.replace(
                    new, client_id=client_by_inn(session, new.client_inn), client_inn=""
                )
            stored = store_response(session, actor, survey, new, due)
            response = stored.response
            if new.channel in {Channel.COUNTER, Channel.KIOSK}:
                session.add(
                    SurveyInvitation(
                        survey_id=survey.id,
                        client_id=new.client_id,
                        contact_id=new.contact_id,
                        channel=InvitationChannel.COUNTER.value,
                        user_login=actor.login,
                    )
                )
            audit.record(
                session,
                actor,
                "survey.answered",
                "survey_response",
                response.id,
                after={
                    "survey_id": survey.id,
                    "channel": new.channel,
                    "client_id": new.client_id,
                    "nps": response.nps,
                    "csat": response.csat,
                    "ces": response.ces,
                    "follow_up": stored.follow_up.reason if stored.follow_up else None,
                },
            )
            tx.commit()
            version = session.get_one(SurveyVersion, response.version_id).number
            follow_up_id = stored.follow_up.id if stored.follow_up else None
            answered_at, title = response.answered_at, survey.title
            saved = ResponseSaved(
                response.id, survey.id, version, response.nps, response.csat, response.ces, follow_up_id, None
            )
        if new.register_as and follow_up_id is not None:
            feedback_id = self._to_register(actor, title, new, answered_at, follow_up_id)
            saved = dataclasses.replace(saved, feedback_id=feedback_id)
        return saved

    def _to_register(
        self, actor: Actor, title: str, new: ResponseInput, at: dt.datetime, follow_up_id: int
    ) -> int:
        """The client agreed: the register numbers and times the item as any other."""
        item = self._register.register(
            actor,
            NewFeedback(
                kind=Kind(new.register_as),
                channel=_FEEDBACK_CHANNELS[new.channel],
                received_at=at,
                text=new.register_text.strip(),
                topic=Topic.COUNTER_SERVICE,
                client_id=new.client_id,
                contact_id=new.contact_id,
                author_name=new.respondent,
            ),
        )
        with self._uow() as tx:
            follow_up = tx.session.get_one(SurveyFollowUp, follow_up_id)
            follow_up.feedback_id = item.id
            audit.record(
                tx.session,
                actor,
                "survey.follow_up_registered",
                "survey_follow_up",
                follow_up_id,
                after={"feedback": item.number, "questionnaire": title},
            )
            tx.commit()
        return item.id

    def decline(
        self, actor: Actor, survey_id: int, client_id: int | None, contact_id: int | None = None
    ) -> None:
        """The operator offered the questionnaire and the client said no: it counts as invited."""
        require(actor, Permission.ANSWER_SURVEYS)
        with self._uow() as tx:
            survey = load_survey(tx.session, survey_id)
            tx.session.add(
                SurveyInvitation(
                    survey_id=survey.id,
                    client_id=client_id,
                    contact_id=contact_id,
                    channel=InvitationChannel.COUNTER.value,
                    user_login=actor.login,
                )
            )
            audit.record(
                tx.session, actor, "survey.declined", "survey", survey.id, after={"client_id": client_id}
            )
            tx.commit()
