"""Answering: the decision, the letter on the letterhead, the timeline entry, e-mail or print.

A decision against the client (refused or partly) must give its reasons, each with the rule or
contract clause, and the letter then tells the client where to appeal (the higher organisation
from the settings). Answering stops the clock; an answer after the deadline keeps the item
marked overdue for good.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import Client
from postdesk.models.feedback import ClientFeedbackEvent, FeedbackAnswer, FeedbackItem
from postdesk.printing.letters.model import Addressee, Letter, Letterhead
from postdesk.printing.letters.render import render_letter
from postdesk.printing.letters.templates import LetterTemplates
from postdesk.services import audit
from postdesk.services.calendar import CalendarService
from postdesk.services.context import Actor
from postdesk.services.feedback.catalogue import OPEN_STATES, Decision, Kind, State
from postdesk.services.feedback.clock import mark_overdue
from postdesk.services.feedback.listing import load_view
from postdesk.services.feedback.tallies import count_answered
from postdesk.services.feedback.views import FeedbackView, format_number
from postdesk.services.outreach.mail import OutgoingLetter, queue_mail
from postdesk.services.permissions import Permission, require

KIND_PHRASES = {Kind.COMPLAINT: "Вашу жалобу", Kind.SUGGESTION: "Ваше предложение", Kind.REVIEW: "Ваш отзыв"}


@dataclass(frozen=True)
class OfficeLetterhead:
    """The letterhead and appeal data from the settings."""

    office_name: str
    address: str = ""
    contacts: str = ""
    signatory: str = ""
    higher_name: str = ""
    higher_address: str = ""
    requisites: str = ""
    logo_file: str = ""


@dataclass(frozen=True)
class AnswerRequest:
    decision: Decision
    text: str
    reasons: tuple[str, ...] = ()
    email_to: str = ""  # set: the letter is queued for e-mail; empty: printed
    final: bool = True  # False: only the draft answer is ready (the clock stops), sent later


@dataclass(frozen=True)
class AnswerResult:
    feedback: FeedbackView
    letter_number: str
    pdf: bytes
    appeal_notice: bool
    mail_id: int | None


class AnswerService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        calendars: CalendarService,
        letterhead: Callable[[], OfficeLetterhead],
        templates: LetterTemplates,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow
        self._calendars = calendars
        self._letterhead = letterhead
        self._templates = templates
        self._today = today

    def answer(self, actor: Actor, feedback_id: int, request: AnswerRequest) -> AnswerResult:
        require(actor, Permission.ANSWER_FEEDBACK)
        against_client = request.decision is not Decision.SATISFIED
        if against_client:
            require(actor, Permission.REFUSE_FEEDBACK)
        reasons = tuple(r.strip() for r in request.reasons if r.strip())
        if not request.text.strip():
            raise UserError(translate("Feedback", "Write the answer: what was found and what was done."))
        if against_client and not reasons:
            raise UserError(
                translate(
                    "Feedback",
                    "A refusal must state its reasons: "
                    "add at least one reason with the rule or contract clause.",
                )
            )
        office = self._letterhead()
        if not office.office_name:
            raise UserError(translate("Feedback", "Enter the post office name for letters in Settings."))
        if against_client and not office.higher_name:
            raise UserError(
                translate(
                    "Feedback",
                    "Enter the higher organisation for appeals in Settings: "
                    "the letter must tell the client where to appeal.",
                )
            )
        calendar, today = self._calendars.calendar(), self._today()
        with self._uow() as tx:
            session = tx.session
            row = session.get(FeedbackItem, feedback_id)
            if row is None:
                raise UserError(
                    translate("Feedback", "Feedback item %1 does not exist.").replace("%1", str(feedback_id))
                )
            if State(row.state) not in OPEN_STATES | {State.DRAFT_READY}:
                raise UserError(
                    translate("Feedback", "Feedback item %1 has already been answered.").replace(
                        "%1", format_number(row.year, row.number)
                    )
                )
            mark_overdue(session, today)
            session.refresh(row)
            number = format_number(row.year, row.number)
            answers_so_far = (
                session.scalar(select(func.count()).where(FeedbackAnswer.feedback_id == row.id)) or 0
            )
            letter_number = f"{number}/{answers_so_far + 1}"
            client = session.get(Client, row.client_id) if row.client_id else None
            addressee = (
                Addressee(
                    client.full_name or client.short_name,
                    client.postal_address or client.legal_address,
                    client.email,
                )
                if client
                else Addressee(row.author_name or "—", row.author_contacts)
            )
            paragraphs = self._templates.render_paragraphs(
                "feedback_answer.txt.j2",
                author=row.author_name if not client else "",
                office=office.office_name,
                kind_phrase=KIND_PHRASES[Kind(row.kind)],
                number=number,
                received_on=row.received_on,
                text=request.text.strip(),
                decision=request.decision.value,
                reasons=list(reasons),
                appeal=against_client,
                higher_name=office.higher_name,
                higher_address=office.higher_address,
            )
            letter = Letter(
                letterhead=Letterhead(
                    office.office_name,
                    office.address,
                    office.contacts,
                    requisites=office.requisites,
                    logo_file=office.logo_file,
                ),
                addressee=addressee,
                date=today,
                number=letter_number,
                subject=f"Ответ на обращение № {number}",
                paragraphs=paragraphs,
                signature=office.signatory,
                in_reply_to=f"на № {number} от {row.received_on:%d.%m.%Y}",
            )
            pdf = render_letter(letter)
            before = {"state": row.state, "due": row.due}
            newly_overdue = not row.was_overdue and today > row.due
            row.answered_on = today
            row.was_overdue = row.was_overdue or newly_overdue
            count_answered(session, row, calendar.working_days_between(row.received_on, today), newly_overdue)
            row.decision = request.decision.value
            row.answered_by, row.answered_login = actor.user_id, actor.login
            row.state = (State.DECISION_SENT if request.final else State.DRAFT_READY).value
            row.is_open = False
            session.add(
                FeedbackAnswer(
                    feedback_id=row.id,
                    decision=request.decision.value,
                    letter_number=letter_number,
                    text=request.text.strip(),
                    reasons=list(reasons),
                    pdf=pdf,
                    delivery="email" if request.email_to else "print",
                    created_by=actor.user_id,
                )
            )
            if row.client_id is not None:
                session.add(
                    ClientFeedbackEvent(
                        client_id=row.client_id,
                        feedback_id=row.id,
                        kind="feedback_answered",
                        summary=f"{number}: {request.decision.value}, letter {letter_number}",
                        user_id=actor.user_id,
                        user_login=actor.login,
                        workstation=actor.workstation,
                    )
                )
            mail_id = None
            if request.email_to and request.final:
                mail_id = queue_mail(
                    session,
                    actor,
                    OutgoingLetter(
                        recipient=request.email_to,
                        subject=letter.subject,
                        body="\n\n".join(paragraphs),
                        attachment_name=f"answer-{number}.pdf",
                        attachment=pdf,
                        object_type="feedback",
                        object_id=str(row.id),
                    ),
                )
            audit.record(
                session,
                actor,
                "feedback.answered",
                "feedback",
                row.id,
                before=before,
                after={
                    "state": row.state,
                    "decision": request.decision,
                    "letter": letter_number,
                    "reasons": list(reasons),
                    "late": row.was_overdue,
                    "delivery": "email" if request.email_to else "print",
                },
            )
            tx.commit()
            view = load_view(session, row.id, calendar, today)
        return AnswerResult(view, letter_number, pdf, against_client, mail_id)

    def send_decision(self, actor: Actor, feedback_id: int, email_to: str = "") -> AnswerResult:
        """Send the decision whose draft is ready: the stored letter, by e-mail or for printing."""
        require(actor, Permission.ANSWER_FEEDBACK)
        calendar, today = self._calendars.calendar(), self._today()
        with self._uow() as tx:
            session = tx.session
            row = session.get(FeedbackItem, feedback_id)
            if row is None or row.state != State.DRAFT_READY.value:
                raise UserError(
                    translate("Feedback", "There is no draft answer ready to send for this item.")
                )
            answer = session.scalars(
                select(FeedbackAnswer)
                .where(FeedbackAnswer.feedback_id == row.id)
                .order_by(FeedbackAnswer.id.desc())
            ).first()
            assert answer is not None  # a ready draft always has its letter
            if answer.decision != Decision.SATISFIED.value:
                require(actor, Permission.REFUSE_FEEDBACK)
            number = format_number(row.year, row.number)
            mail_id = None
            if email_to:
                answer.delivery = "email"
                mail_id = queue_mail(
                    session,
                    actor,
                    OutgoingLetter(
                        recipient=email_to,
                        subject=f"Ответ на обращение № {number}",
                        body=answer.text,
                        attachment_name=f"answer-{number}.pdf",
                        attachment=answer.pdf,
                        object_type="feedback",
                        object_id=str(row.id),
                    ),
                )
            row.state = State.DECISION_SENT.value
            audit.record(
                session,
                actor,
                "feedback.decision_sent",
                "feedback",
                row.id,
                before={"state": State.DRAFT_READY},
                after={
                    "state": State.DECISION_SENT,
                    "letter": answer.letter_number,
                    "delivery": answer.delivery,
                },
            )
            tx.commit()
            view = load_view(session, row.id, calendar, today)
            result = AnswerResult(
                view, answer.letter_number, answer.pdf, answer.decision != "satisfied", mail_id
            )
        return result

    def letter_pdf(self, actor: Actor, feedback_id: int) -> bytes | None:
        """The latest letter sent for the item, for reprinting."""
        require(actor, Permission.REGISTER_FEEDBACK)
        with self._uow() as tx:
            return tx.session.scalar(
                select(FeedbackAnswer.pdf)
                .where(FeedbackAnswer.feedback_id == feedback_id)
                .order_by(FeedbackAnswer.id.desc())
                .limit(1)
            )
