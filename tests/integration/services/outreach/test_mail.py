"""Sending letters through a real SMTP server on localhost: TLS, login, attachment, failures."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select

from postdesk.common.errors import UserError
from postdesk.models.mail import OutgoingMail
from postdesk.services.outreach.mail import MailService, OutgoingLetter, SmtpSettings, queue_mail
from tests.support.smtp import LOGIN, PASSWORD, free_port, smtp_server


def _queue(core, actor) -> int:  # type: ignore[no-untyped-def]
    with core.uow() as tx:
        mail_id = queue_mail(
            tx.session,
            actor,
            OutgoingLetter(
                "client@example.ru",
                "Ответ на обращение № 2026-00001",
                "Текст письма",
                "answer.pdf",
                b"%PDF-1.4 letter",
                "feedback",
                "1",
            ),
        )
        tx.commit()
    return mail_id


def _settings(port: int, ca_file: Path, **changes: object) -> SmtpSettings:
    base = SmtpSettings("127.0.0.1", port, "starttls", LOGIN, PASSWORD, "ops@example.ru", 5, str(ca_file))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_a_letter_goes_out_over_starttls_with_login(sqlite_core, sqlite_staff, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with smtp_server(tmp_path) as server:
        mail = MailService(sqlite_core.uow, lambda: _settings(server.port, server.ca_file))
        mail_id = _queue(sqlite_core, sqlite_staff.operator)
        sent = mail.send(sqlite_staff.operator, mail_id)
    assert sent.status == "sent" and sent.attempts == 1
    (message,) = server.inbox.messages
    assert server.inbox.recipients == [["client@example.ru"]]
    assert message["Subject"] == "Ответ на обращение № 2026-00001"
    parts = list(message.walk())
    attachment = next(p for p in parts if p.get_filename() == "answer.pdf")
    assert attachment.get_payload(decode=True) == b"%PDF-1.4 letter"
    with sqlite_core.uow() as tx:
        stored = tx.session.get_one(OutgoingMail, mail_id)
        assert stored.attachment == b"%PDF-1.4 letter" and stored.message_id
    assert mail.queued(sqlite_staff.operator) == []


def test_a_refused_login_leaves_the_letter_queued(sqlite_core, sqlite_staff, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with smtp_server(tmp_path) as server:
        mail = MailService(sqlite_core.uow, lambda: _settings(server.port, server.ca_file, password="wrong"))
        mail_id = _queue(sqlite_core, sqlite_staff.operator)
        with pytest.raises(UserError) as refused:
            mail.send(sqlite_staff.operator, mail_id)
        assert server.inbox.messages == []
    assert "отклонил вход" in refused.value.message
    (queued,) = mail.queued(sqlite_staff.operator)
    assert (queued.id, queued.status, queued.attempts) == (mail_id, "queued", 1)
    assert queued.last_error == refused.value.message


def test_a_server_that_is_down_leaves_the_letter_queued_for_retry(
    sqlite_core, sqlite_staff, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    settings: list[SmtpSettings] = [_settings(port, tmp_path / "none.pem")]
    mail = MailService(sqlite_core.uow, lambda: settings[0])
    mail_id = _queue(sqlite_core, sqlite_staff.operator)
    with pytest.raises(UserError) as down:
        mail.send(sqlite_staff.operator, mail_id)
    assert "не отвечает" in down.value.message and "в очереди" in down.value.message
    with smtp_server(tmp_path) as server:
        settings[0] = _settings(server.port, server.ca_file)
        sent, failures = mail.send_queued(sqlite_staff.operator)
    assert failures == [] and [m.id for m in sent] == [mail_id]
    assert sent[0].attempts == 2 and len(server.inbox.messages) == 1
    with sqlite_core.uow() as tx:
        actions = tx.session.execute(select(OutgoingMail.status)).scalars().all()
        assert actions == ["sent"]


def test_mail_without_a_server_in_settings_is_refused_plainly(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    mail = MailService(sqlite_core.uow, lambda: SmtpSettings(host=""))
    mail_id = _queue(sqlite_core, sqlite_staff.operator)
    with pytest.raises(UserError, match="Настройках"):
        mail.send(sqlite_staff.operator, mail_id)
