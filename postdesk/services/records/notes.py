"""Contact notes: what was said with the client outside any service (a call, a visit, a promise),
kept on the client's timeline beside the services so the next operator knows the story."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import ContactPerson
from postdesk.models.records import ContactNote
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records import rules
from postdesk.services.records.timeline import TimelineEvent, TimelineQuery

KIND = "note"
MAX_NOTE = 2000


@dataclass(frozen=True)
class ContactNoteInfo:
    id: int
    client_id: int
    contact_name: str
    text: str
    user_login: str


class ContactNoteService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def add(
        self, actor: Actor, client_id: int, text: str, contact_person_id: int | None = None
    ) -> ContactNoteInfo:
        require(actor, Permission.RECORD_SERVICES)
        text = text.strip()
        if not text:
            raise UserError(translate("Records", "Write what was said before adding the note."))
        if len(text) > MAX_NOTE:
            raise UserError(translate("Records", "The note is too long: keep it under 2000 characters."))
        with self._uow() as tx:
            session = tx.session
            client = rules.load_client(session, client_id)
            contact = session.get(ContactPerson, contact_person_id) if contact_person_id is not None else None
            if contact_person_id is not None and (contact is None or contact.client_id != client.id):
                raise UserError(
                    translate("Records", "The contact person is not one of this client's: choose again.")
                )
            note = ContactNote(
                client_id=client.id,
                contact_person_id=contact.id if contact else None,
                text=text,
                user_login=actor.login,
                workstation=actor.workstation,
            )
            session.add(note)
            session.flush()
            audit.record(
                session, actor, "contact_note_add", "client", client.id, after={"note": note.id, "text": text}
            )
            info = ContactNoteInfo(note.id, client.id, contact.name if contact else "", text, actor.login)
            tx.commit()
            return info


class ContactNoteEvents:
    """The timeline's source of contact notes."""

    kinds = frozenset({KIND})

    def events(self, session: Session, query: TimelineQuery, limit: int) -> list[TimelineEvent]:
        N = ContactNote  # noqa: N806 (the table, as in the other sources)
        wanted = query.within(select(N).where(N.client_id == query.client_id), N.at)
        notes = list(session.scalars(wanted.order_by(N.at.desc(), N.id.desc()).limit(limit)))
        ids = {n.contact_person_id for n in notes if n.contact_person_id is not None}
        names = {
            cid: name
            for cid, name in session.execute(
                select(ContactPerson.id, ContactPerson.name).where(ContactPerson.id.in_(ids))
            )
        }
        events = []
        for note in notes:
            contact = names.get(note.contact_person_id or 0, "")
            events.append(
                TimelineEvent(
                    at=note.at,
                    kind=KIND,
                    summary=f"{contact}: {note.text}" if contact else note.text,
                    ref=f"contact_note:{note.id}",
                    data={"user": note.user_login, "contact": contact},
                )
            )
        return events
