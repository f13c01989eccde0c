"""Focus-group meetings of the club, and invitations of members to meetings and questionnaires.

Each invitation is a letter on the office letterhead (Jinja2 templates in resources/letters):
members reached by e-mail get it queued in the outgoing mail (sent by the mail service, with
its retries); the others get the PDF to print and post. Who came and what was decided is
recorded after the meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import Client, ContactPerson
from postdesk.models.surveys import ClubMember, FocusGroup, FocusGroupGuest, SurveyInvitation
from postdesk.printing.letters.model import Addressee, Letter, Letterhead
from postdesk.printing.letters.render import render_letter
from postdesk.printing.letters.templates import LetterTemplates
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.outreach.mail import OutgoingLetter, queue_mail
from postdesk.services.permissions import Permission, require
from postdesk.services.surveys.catalogue import InvitationChannel, ReachBy
from postdesk.services.surveys.loading import load_survey


@dataclass(frozen=True)
class GuestView:
    member_id: int
    name: str
    client_name: str
    channel: str
    attended: bool | None


@dataclass(frozen=True)
class FocusGroupView:
    id: int
    held_at: dt.datetime
    place: str
    topic: str
    outcome: str
    guests: tuple[GuestView, ...]


@dataclass(frozen=True)
class SentInvitations:
    """Letters to print (name, PDF) and the ids of e-mails queued for sending."""

    letters: tuple[tuple[str, bytes], ...]
    mail_ids: tuple[int, ...]


class FocusGroupService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        letterhead: Callable[[], Letterhead],
        templates: LetterTemplates,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow
        self._letterhead = letterhead
        self._templates = templates
        self._today = today

    def create(self, actor: Actor, held_at: dt.datetime, place: str, topic: str) -> int:
        require(actor, Permission.DESIGN_SURVEYS)
        if not topic.strip():
            raise UserError(translate("Surveys", "Enter the topic of the meeting."))
        with self._uow() as tx:
            row = FocusGroup(
                held_at=held_at, place=place.strip(), topic=topic.strip(), created_login=actor.login
            )
            tx.session.add(row)
            tx.session.flush()
            audit.record(
                tx.session,
                actor,
                "club.focus_group",
                "focus_group",
                row.id,
                after={"held_at": held_at, "place": row.place, "topic": row.topic},
            )
            tx.commit()
            return row.id

    def groups(self, actor: Actor) -> list[FocusGroupView]:
        require(actor, Permission.ANSWER_SURVEYS)
        with self._uow(read_only=True) as tx:
            rows = list(tx.session.scalars(select(FocusGroup).order_by(FocusGroup.held_at.desc())))
            return [self._view(tx.session, r) for r in rows]

    @staticmethod
    def _view(session: Session, row: FocusGroup) -> FocusGroupView:
        guests = session.execute(
            select(FocusGroupGuest, ContactPerson.name, Client.short_name)
            .join(ClubMember, ClubMember.id == FocusGroupGuest.member_id)
            .join(ContactPerson, ContactPerson.id == ClubMember.contact_id)
            .join(Client, Client.id == ClubMember.client_id)
            .where(FocusGroupGuest.group_id == row.id)
            .order_by(ContactPerson.name)
        )
        return FocusGroupView(
            row.id,
            row.held_at,
            row.place,
            row.topic,
            row.outcome,
            tuple(GuestView(g.member_id, name, client, g.channel, g.attended) for g, name, client in guests),
        )

    def invite(self, actor: Actor, group_id: int, member_ids: Sequence[int]) -> SentInvitations:
        require(actor, Permission.DESIGN_SURVEYS)
        head = self._letterhead()
        with self._uow() as tx:
            session = tx.session
            group = session.get(FocusGroup, group_id)
            if group is None:
                raise NotFound(translate("Surveys", "The focus group no longer exists."))
            invited = set(
                session.scalars(select(FocusGroupGuest.member_id).where(FocusGroupGuest.group_id == group_id))
            )
            letters: list[tuple[str, bytes]] = []
            mails: list[int] = []
            for member, contact in self._members(session, member_ids):
                if member.id in invited:
                    continue
                local = group.held_at.astimezone()
                paragraphs = self._templates.render_paragraphs(
                    "club_focus_group.txt.j2",
                    member=contact.name,
                    office=head.office_name,
                    topic=group.topic,
                    held_on=local.date(),
                    time=local.strftime("%H:%M"),
                    place=group.place,
                )
                subject = f"Приглашение на встречу фокус-группы «{group.topic}»"
                channel, mail_id = self._send(
                    session,
                    actor,
                    head=head,
                    contact=contact,
                    member=member,
                    number=f"ФГ-{group.id}/{member.id}",
                    subject=subject,
                    paragraphs=paragraphs,
                    letters=letters,
                    ref=("focus_group", str(group.id)),
                )
                session.add(
                    FocusGroupGuest(group_id=group.id, member_id=member.id, channel=channel, mail_id=mail_id)
                )
                if mail_id is not None:
                    mails.append(mail_id)
            audit.record(
                session,
                actor,
                "club.invited",
                "focus_group",
                group.id,
                after={"members": list(member_ids), "letters": len(letters), "mails": len(mails)},
            )
            tx.commit()
            return SentInvitations(tuple(letters), tuple(mails))

    def invite_to_survey(self, actor: Actor, survey_id: int, member_ids: Sequence[int]) -> SentInvitations:
        require(actor, Permission.DESIGN_SURVEYS)
        head = self._letterhead()
        with self._uow() as tx:
            session = tx.session
            survey = load_survey(session, survey_id)
            letters: list[tuple[str, bytes]] = []
            mails: list[int] = []
            for member, contact in self._members(session, member_ids):
                paragraphs = self._templates.render_paragraphs(
                    "survey_invitation.txt.j2",
                    member=contact.name,
                    office=head.office_name,
                    title=survey.title,
                    purpose=survey.purpose,
                    ends_on=survey.ends_on,
                )
                channel, mail_id = self._send(
                    session,
                    actor,
                    head=head,
                    contact=contact,
                    member=member,
                    number=f"АН-{survey.id}/{member.id}",
                    subject=f"Анкета «{survey.title}»",
                    paragraphs=paragraphs,
                    letters=letters,
                    ref=("survey", str(survey.id)),
                )
                session.add(
                    SurveyInvitation(
                        survey_id=survey.id,
                        client_id=member.client_id,
                        contact_id=contact.id,
                        channel=channel,
                        mail_id=mail_id,
                        user_login=actor.login,
                    )
                )
                if mail_id is not None:
                    mails.append(mail_id)
            audit.record(
                session,
                actor,
                "survey.invited",
                "survey",
                survey.id,
                after={"members": list(member_ids), "letters": len(letters), "mails": len(mails)},
            )
            tx.commit()
            return SentInvitations(tuple(letters), tuple(mails))

    @staticmethod
    def _members(session: Session, member_ids: Sequence[int]) -> list[tuple[ClubMember, ContactPerson]]:
        if not member_ids:
            raise UserError(translate("Surveys", "Choose the members to invite."))
        rows = [
            (member, contact)
            for member, contact in session.execute(
                select(ClubMember, ContactPerson)
                .join(ContactPerson, ContactPerson.id == ClubMember.contact_id)
                .where(ClubMember.id.in_(list(member_ids)), ClubMember.left_on.is_(None))
                .order_by(ContactPerson.name)
            )
        ]
        if len(rows) != len(set(member_ids)):
            raise NotFound(translate("Surveys", "Some of the chosen members have left the club."))
        return rows

    def _send(
        self,
        session: Session,
        actor: Actor,
        *,
        head: Letterhead,
        contact: ContactPerson,
        member: ClubMember,
        number: str,
        subject: str,
        paragraphs: tuple[str, ...],
        letters: list[tuple[str, bytes]],
        ref: tuple[str, str],
    ) -> tuple[str, int | None]:
        """E-mail for members reached that way, a letter to print for the others."""
        by_mail = ReachBy(member.reach_by) is ReachBy.EMAIL and "@" in contact.email
        letter = Letter(
            letterhead=head,
            addressee=Addressee(contact.name, email=contact.email if by_mail else ""),
            date=self._today(),
            number=number,
            subject=subject,
            paragraphs=paragraphs,
        )
        pdf = render_letter(letter)
        if not by_mail:
            letters.append((contact.name, pdf))
            return InvitationChannel.LETTER.value, None
        mail_id = queue_mail(
            session,
            actor,
            OutgoingLetter(
                contact.email,
                subject,
                "\n\n".join(paragraphs),
                f"{number.replace('/', '-')}.pdf",
                pdf,
                ref[0],
                ref[1],
            ),
        )
        return InvitationChannel.EMAIL.value, mail_id

    def record_meeting(
        self, actor: Actor, group_id: int, attended: dict[int, bool], outcome: str
    ) -> FocusGroupView:
        """Who came (member id -> came) and the outcome notes."""
        require(actor, Permission.DESIGN_SURVEYS)
        with self._uow() as tx:
            group = tx.session.get(FocusGroup, group_id)
            if group is None:
                raise NotFound(translate("Surveys", "The focus group no longer exists."))
            guests = {
                g.member_id: g
                for g in tx.session.scalars(
                    select(FocusGroupGuest).where(FocusGroupGuest.group_id == group_id)
                )
            }
            for member_id, came in attended.items():
                if member_id not in guests:
                    raise UserError(translate("Surveys", "Only invited members can be marked as present."))
                guests[member_id].attended = came
            group.outcome = outcome.strip()
            audit.record(
                tx.session,
                actor,
                "club.meeting_recorded",
                "focus_group",
                group.id,
                after={"attended": sorted(m for m, c in attended.items() if c), "outcome": group.outcome},
            )
            tx.commit()
            return self._view(tx.session, group)
