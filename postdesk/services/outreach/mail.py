"""Sending letters by e-mail over SMTP (TLS and login from the settings), with a stored copy.

Every message is written to the database first (queued); sending marks it sent or records the
failure and leaves it queued, so a server that is down or a refused login costs nothing but a
retry. The caller gets one clear Russian sentence for the failure.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.mail import OutgoingMail
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require

log = logging.getLogger(__name__)

QUEUED, SENT = "queued", "sent"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # starttls | ssl | none
    login: str = ""
    password: str = ""
    sender: str = ""
    timeout_s: float = 20
    ca_file: str = ""


@dataclass(frozen=True)
class MailView:
    id: int
    status: str
    recipient: str
    subject: str
    attempts: int
    last_error: str
    sent_at: dt.datetime | None


@dataclass(frozen=True)
class OutgoingLetter:
    recipient: str
    subject: str
    body: str
    attachment_name: str = ""
    attachment: bytes | None = None
    object_type: str = ""
    object_id: str = ""


def queue_mail(session: Session, actor: Actor, letter: OutgoingLetter) -> int:
    """Store a message for sending, inside the caller's transaction."""
    if "@" not in letter.recipient:
        raise UserError(
            translate("Mail", "The e-mail address %1 is not valid.").replace("%1", letter.recipient)
        )
    row = OutgoingMail(
        recipient=letter.recipient.strip(),
        subject=letter.subject,
        body=letter.body,
        attachment_name=letter.attachment_name,
        attachment=letter.attachment,
        object_type=letter.object_type,
        object_id=letter.object_id,
        created_by=actor.user_id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session, actor, "mail.queued", "mail", row.id, after={"to": row.recipient, "subject": row.subject}
    )
    return row.id


def _view(row: OutgoingMail) -> MailView:
    return MailView(row.id, row.status, row.recipient, row.subject, row.attempts, row.last_error, row.sent_at)


def build_message(row: OutgoingMail, sender: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = row.recipient
    message["Subject"] = row.subject
    message["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(row.body)
    if row.attachment is not None:
        message.add_attachment(
            row.attachment,
            maintype="application",
            subtype="pdf",
            filename=row.attachment_name or "letter.pdf",
        )
    return message


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.ca_file or None)


def deliver(settings: SmtpSettings, message: EmailMessage) -> None:
    """Hand one message to the server; raises UserError with the reason in Russian."""
    server = f"{settings.host}:{settings.port}"
    try:
        smtp: smtplib.SMTP
        if settings.security == "ssl":
            smtp = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout_s, context=_tls_context(settings)
            )
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s)
        with smtp:
            smtp.ehlo()
            if settings.security == "starttls":
                smtp.starttls(context=_tls_context(settings))
                smtp.ehlo()
            if settings.login:
                smtp.login(settings.login, settings.password)
            smtp.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise UserError(
            translate(
                "Mail", "The mail server %1 refused the login. Check the login and password in Settings."
            ).replace("%1", server),
            details=str(exc),
        ) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise UserError(
            translate(
                "Mail", "The mail server refused the address %1. Check the client's e-mail address."
            ).replace("%1", ", ".join(exc.recipients)),
            details=str(exc),
        ) from exc
    except (ssl.SSLError, smtplib.SMTPNotSupportedError) as exc:
        raise UserError(
            translate(
                "Mail", "The secure connection to the mail server %1 failed. Check the encryption setting."
            ).replace("%1", server),
            details=str(exc),
        ) from exc
    except (smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected) as exc:
        raise _not_answering(server, exc) from exc
    except smtplib.SMTPException as exc:
        raise UserError(
            translate("Mail", "The mail server %1 did not take the letter: %2. The letter stays queued.")
            .replace("%1", server)
            .replace("%2", str(exc)),
            details=str(exc),
        ) from exc
    except OSError as exc:  # refused connection, unknown host, timeout
        raise _not_answering(server, exc) from exc


def _not_answering(server: str, exc: Exception) -> UserError:
    return UserError(
        translate(
            "Mail", "The mail server %1 does not answer. The letter stays queued; send it again later."
        ).replace("%1", server),
        details=str(exc),
    )


class MailService:
    def __init__(self, uow: UnitOfWorkFactory, smtp: Callable[[], SmtpSettings]) -> None:
        self._uow = uow
        self._smtp = smtp

    def queued(self, actor: Actor) -> list[MailView]:
        require(actor, Permission.SEND_MAIL)
        with self._uow() as tx:
            rows = tx.session.scalars(
                select(OutgoingMail).where(OutgoingMail.status == QUEUED).order_by(OutgoingMail.id)
            )
            return [_view(r) for r in rows]

    def get(self, actor: Actor, mail_id: int) -> MailView:
        require(actor, Permission.SEND_MAIL)
        with self._uow() as tx:
            return _view(tx.session.get_one(OutgoingMail, mail_id))

    def send(self, actor: Actor, mail_id: int) -> MailView:
        """Try to send one queued message; on failure record it and raise the reason."""
        require(actor, Permission.SEND_MAIL)
        settings = self._smtp()
        if not settings.host or not settings.sender:
            raise UserError(
                translate(
                    "Mail", "E-mail is not set up: enter the mail server and the sender address in Settings."
                )
            )
        with self._uow() as tx:
            row = tx.session.get_one(OutgoingMail, mail_id)
            if row.status == SENT:
                return _view(row)
            message = build_message(row, settings.sender)
            row.attempts += 1
            try:
                deliver(settings, message)
            except UserError as exc:
                row.last_error = exc.message
                audit.record(
                    tx.session,
                    actor,
                    "mail.failed",
                    "mail",
                    row.id,
                    after={"error": exc.details or exc.message},
                )
                tx.commit()
                log.warning("mail %s not sent: %s", row.id, exc.details)
                raise
            row.status = SENT
            row.sent_at = dt.datetime.now(dt.UTC)
            row.message_id = str(message["Message-ID"])
            row.last_error = ""
            audit.record(tx.session, actor, "mail.sent", "mail", row.id, after={"to": row.recipient})
            tx.commit()
            return _view(row)

    def send_queued(self, actor: Actor) -> tuple[list[MailView], list[str]]:
        """Retry every queued message; returns those sent and the failure messages."""
        sent, failures = [], []
        for mail in self.queued(actor):
            try:
                sent.append(self.send(actor, mail.id))
            except UserError as exc:
                failures.append(exc.message)
        return sent, failures
