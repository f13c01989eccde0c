"""Offers and notices as they went out: stored with their PDF, sent by e-mail or printed for post.

E-mail goes through the shared mail queue (:mod:`postdesk.services.outreach.mail`): the message
is queued in the same transaction that links it to the letter, then handed to the server; when
the server is down or refuses the login, the letter stays queued for a retry and the caller
gets the reason. For post the letter is printed with an address label.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.base import utc_now
from postdesk.models.clients import Client
from postdesk.models.mail import OutgoingMail
from postdesk.models.prospects import LetterKind, OutreachLetter, Prospect
from postdesk.printing.letters.label import render_address_label
from postdesk.printing.letters.model import Addressee, Letterhead
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.feedback.answers import OfficeLetterhead
from postdesk.services.outreach.mail import MailService, MailView, OutgoingLetter, queue_mail
from postdesk.services.permissions import Permission, require

OBJECT_TYPE = "outreach_letter"
DEFAULT_OFFICE = "Отделение почтовой связи"


def printed_head(office: OfficeLetterhead) -> Letterhead:
    """The letterhead as printed; an office whose name is not set yet still signs as a post office."""
    return Letterhead(office.office_name or DEFAULT_OFFICE, office.address, office.contacts)


@dataclass(frozen=True)
class LetterView:
    id: int
    kind: LetterKind
    number: str
    at: dt.datetime
    addressee: str
    subject: str
    summary: str
    saving_kop: int | None
    mail_status: str  # "", "queued" or "sent"
    printed: bool


@dataclass(frozen=True)
class PostPrint:
    number: str
    letter_pdf: bytes
    label_pdf: bytes


def store_letter(
    session: Session, actor: Actor, row: OutreachLetter, pdf: Callable[[str], bytes]
) -> OutreachLetter:
    """Add the letter, number it by its id, and store the PDF drawn with that number."""
    row.pdf, row.user_login, row.at = b"", actor.login, utc_now()
    session.add(row)
    session.flush()
    prefix = {LetterKind.OFFER: "КП", LetterKind.TARIFF_NOTICE: "УТ", LetterKind.EXPIRY_REMINDER: "НД"}
    row.number = f"{prefix[row.kind]}-{row.at.year}/{row.id}"
    row.pdf = pdf(row.number)
    audit.record(
        session,
        actor,
        f"outreach_{row.kind.value}",
        "outreach_letter",
        row.id,
        after={
            "number": row.number,
            "client_id": row.client_id,
            "prospect_id": row.prospect_id,
            "ref": row.ref,
        },
    )
    return row


def _view(row: OutreachLetter, mail_status: str | None) -> LetterView:
    return LetterView(
        row.id,
        row.kind,
        row.number,
        row.at,
        row.addressee,
        row.subject,
        row.summary,
        row.saving_kop,
        mail_status or "",
        row.printed,
    )


def _postal_address(session: Session, row: OutreachLetter) -> str:
    if row.client_id is not None:
        client = session.get(Client, row.client_id)
        if client is not None:
            return client.postal_address or client.legal_address
    if row.prospect_id is not None:
        prospect = session.get(Prospect, row.prospect_id)
        if prospect is not None:
            return prospect.address
    return ""


class LetterService:
    def __init__(
        self, uow: UnitOfWorkFactory, mail: MailService, letterhead: Callable[[], OfficeLetterhead]
    ) -> None:
        self._uow = uow
        self._mail = mail
        self._letterhead = letterhead

    def _load(self, session: Session, letter_id: int) -> OutreachLetter:
        row = session.get(OutreachLetter, letter_id)
        if row is None:
            raise NotFound(translate("Outreach", "The letter no longer exists."))
        return row

    def pdf(self, actor: Actor, letter_id: int) -> bytes:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            return self._load(tx.session, letter_id).pdf

    def history(
        self, actor: Actor, *, prospect_id: int | None = None, client_id: int | None = None
    ) -> list[LetterView]:
        """The letters of a prospect or a client, newest first."""
        require(actor, Permission.VIEW_CLIENTS)
        query = select(OutreachLetter, OutgoingMail.status).outerjoin(
            OutgoingMail, OutgoingMail.id == OutreachLetter.mail_id
        )
        if prospect_id is not None:
            query = query.where(OutreachLetter.prospect_id == prospect_id)
        if client_id is not None:
            query = query.where(OutreachLetter.client_id == client_id)
        with self._uow(read_only=True) as tx:
            rows = tx.session.execute(query.order_by(OutreachLetter.at.desc(), OutreachLetter.id.desc()))
            return [_view(row, status) for row, status in rows]

    def send(self, actor: Actor, letter_id: int, email: str) -> MailView:
        """Queue the letter as an e-mail with the PDF attached, then try to send it now."""
        return self._mail.send(actor, self.queue(actor, letter_id, email))

    def queue(self, actor: Actor, letter_id: int, email: str) -> int:
        """Queue the letter as an e-mail with the PDF attached (sent by the next send or retry)."""
        require(actor, Permission.SEND_MAIL)
        with self._uow() as tx:
            row = self._load(tx.session, letter_id)
            office = self._letterhead()
            body = "\n\n".join(
                part
                for part in (
                    translate("Outreach", "Good afternoon!"),
                    translate("Outreach", "Please find our letter No %1 attached.").replace("%1", row.number),
                    "\n".join(p for p in (office.signatory, office.office_name, office.contacts) if p),
                )
                if part
            )
            mail_id = queue_mail(
                tx.session,
                actor,
                OutgoingLetter(
                    email.strip(),
                    row.subject,
                    body,
                    f"{row.number.replace('/', '-')}.pdf",
                    row.pdf,
                    OBJECT_TYPE,
                    str(row.id),
                ),
            )
            row.mail_id = mail_id
            tx.commit()
        return mail_id

    def for_post(self, actor: Actor, letter_id: int) -> PostPrint:
        """The letter and its address label, to print; the letter is marked printed."""
        require(actor, Permission.VIEW_CLIENTS)
        office = self._letterhead()
        with self._uow() as tx:
            row = self._load(tx.session, letter_id)
            label = render_address_label(
                printed_head(office),
                Addressee(row.addressee, _postal_address(tx.session, row)),
            )
            row.printed = True
            audit.record(tx.session, actor, "outreach_print", "outreach_letter", row.id)
            result = PostPrint(row.number, row.pdf, label)
            tx.commit()
        return result
