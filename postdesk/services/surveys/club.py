"""The clients' club: contact persons who agreed to join, and the ideas they offer.

Joining records the date, the consent as given and how the member wants to be reached. An
idea is registered in the feedback register as a suggestion from the member (numbered and
timed like any other) and linked back to the member.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import Client, ContactPerson
from postdesk.models.surveys import ClubIdea, ClubMember, FocusGroupGuest
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.feedback.catalogue import Channel, Kind, Topic
from postdesk.services.feedback.register import FeedbackService
from postdesk.services.feedback.views import NewFeedback
from postdesk.services.permissions import Permission, require
from postdesk.services.surveys.catalogue import ReachBy


@dataclass(frozen=True)
class MemberView:
    id: int
    contact_id: int
    name: str
    position: str
    client_id: int
    client_name: str
    joined_on: dt.date
    consent: str
    reach_by: ReachBy
    email: str
    phones: str
    left_on: dt.date | None
    ideas: int
    focus_groups: int


class ClubService:
    def __init__(
        self, uow: UnitOfWorkFactory, register: FeedbackService, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self._uow = uow
        self._register = register
        self._today = today

    def join(
        self, actor: Actor, contact_id: int, consent: str, reach_by: ReachBy, joined_on: dt.date | None = None
    ) -> MemberView:
        require(actor, Permission.MANAGE_CLUB)
        if not consent.strip():
            raise UserError(translate("Surveys", "Record the member's consent: how and when it was given."))
        joined = joined_on or self._today()
        with self._uow() as tx:
            session = tx.session
            contact = session.get(ContactPerson, contact_id)
            if contact is None:
                raise NotFound(translate("Surveys", "The contact person no longer exists."))
            if reach_by is ReachBy.EMAIL and "@" not in contact.email:
                raise UserError(
                    translate(
                        "Surveys", "%1 has no e-mail address: add it to the contact or choose another way."
                    ).replace("%1", contact.name)
                )
            row = session.scalars(select(ClubMember).where(ClubMember.contact_id == contact_id)).first()
            if row is not None and row.left_on is None:
                raise ConflictError(
                    translate("Surveys", "%1 is already a member of the club.").replace("%1", contact.name)
                )
            if row is None:
                row = ClubMember(
                    contact_id=contact.id, client_id=contact.client_id, created_login=actor.login
                )
                session.add(row)
            row.joined_on, row.consent, row.reach_by, row.left_on = (
                joined,
                consent.strip(),
                reach_by.value,
                None,
            )
            session.flush()
            audit.record(
                session,
                actor,
                "club.joined",
                "club_member",
                row.id,
                after={
                    "contact_id": contact.id,
                    "joined_on": joined,
                    "consent": row.consent,
                    "reach_by": reach_by,
                },
            )
            tx.commit()
            return self._views(session, [row.id])[0]

    def leave(self, actor: Actor, member_id: int, on: dt.date | None = None) -> None:
        require(actor, Permission.MANAGE_CLUB)
        with self._uow() as tx:
            row = tx.session.get(ClubMember, member_id)
            if row is None:
                raise NotFound(translate("Surveys", "The club member no longer exists."))
            row.left_on = on or self._today()
            audit.record(
                tx.session, actor, "club.left", "club_member", row.id, after={"left_on": row.left_on}
            )
            tx.commit()

    def members(self, actor: Actor, *, current_only: bool = True) -> list[MemberView]:
        require(actor, Permission.ANSWER_SURVEYS)
        with self._uow(read_only=True) as tx:
            query = select(ClubMember.id)
            if current_only:
                query = query.where(ClubMember.left_on.is_(None))
            return self._views(tx.session, list(tx.session.scalars(query)))

    @staticmethod
    def _views(session: Session, ids: list[int]) -> list[MemberView]:
        if not ids:
            return []
        ideas = {
            member: int(n)
            for member, n in session.execute(
                select(ClubIdea.member_id, func.count())
                .where(ClubIdea.member_id.in_(ids))
                .group_by(ClubIdea.member_id)
            )
        }
        groups = {
            member: int(n)
            for member, n in session.execute(
                select(FocusGroupGuest.member_id, func.count())
                .where(FocusGroupGuest.member_id.in_(ids), FocusGroupGuest.attended.is_(True))
                .group_by(FocusGroupGuest.member_id)
            )
        }
        rows = session.execute(
            select(ClubMember, ContactPerson, Client.short_name)
            .join(ContactPerson, ContactPerson.id == ClubMember.contact_id)
            .join(Client, Client.id == ClubMember.client_id)
            .where(ClubMember.id.in_(ids))
            .order_by(Client.short_name, ContactPerson.name)
        )
        return [
            MemberView(
                m.id,
                c.id,
                c.name,
                c.position,
                m.client_id,
                client,
                m.joined_on,
                m.consent,
                ReachBy(m.reach_by),
                c.email,
                c.phones,
                m.left_on,
                int(ideas.get(m.id, 0)),
                int(groups.get(m.id, 0)),
            )
            for m, c, client in rows
        ]

    def add_idea(self, actor: Actor, member_id: int, text: str) -> int:
        """The idea goes to the register as the member's suggestion; returns the register item id."""
        require(actor, Permission.MANAGE_CLUB)
        with self._uow(read_only=True) as tx:
            row = tx.session.get(ClubMember, member_id)
            if row is None or row.left_on is not None:
                raise NotFound(translate("Surveys", "The club member no longer exists."))
            contact = tx.session.get_one(ContactPerson, row.contact_id)
            author, contacts, client_id, contact_id = (
                contact.name,
                contact.email or contact.phones,
                row.client_id,
                contact.id,
            )
        item = self._register.register(
            actor,
            NewFeedback(
                kind=Kind.SUGGESTION,
                channel=Channel.COUNTER,
                received_at=dt.datetime.now(dt.UTC),
                text=text,
                topic=Topic.OTHER,
                client_id=client_id,
                contact_id=contact_id,
                author_name=author,
                author_contacts=contacts,
            ),
        )
        with self._uow() as tx:
            tx.session.add(ClubIdea(member_id=member_id, feedback_id=item.id))
            audit.record(
                tx.session, actor, "club.idea", "club_member", member_id, after={"feedback": item.number}
            )
            tx.commit()
        return item.id
