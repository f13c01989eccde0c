"""The clients' club: joining with consent, ideas as suggestions, focus groups invited by mail."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from postdesk.common.errors import ConflictError, UserError
from postdesk.models.clients import ContactPerson
from postdesk.models.feedback import FeedbackItem
from postdesk.models.surveys import SurveyInvitation
from postdesk.services.outreach.mail import MailService, SmtpSettings
from postdesk.services.records.timeline import TimelineQuery
from postdesk.services.surveys.catalogue import ReachBy
from tests.support.batches import make_client
from tests.support.pdf import page_texts, squeeze
from tests.support.smtp import LOGIN, PASSWORD, smtp_server
from tests.support.surveys import survey_draft


def _contacts(core, client_id: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with core.uow() as tx:
        by_mail = ContactPerson(
            client_id=client_id, name="Смирнова Ольга Петровна", email="smirnova@example.ru"
        )
        by_letter = ContactPerson(client_id=client_id, name="Кузнецов Павел Ильич", phones="+7 900 000-00-00")
        tx.session.add_all([by_mail, by_letter])
        tx.session.flush()
        ids = (by_mail.id, by_letter.id)
        tx.commit()
    return ids


def test_members_join_with_consent_once(core, staff) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    by_mail, by_letter = _contacts(core, client_id)
    with pytest.raises(UserError):
        core.club.join(staff.operator, by_mail, " ", ReachBy.EMAIL)
    with pytest.raises(UserError):  # no address to write to
        core.club.join(staff.operator, by_letter, "Устное согласие 02.12.2026", ReachBy.EMAIL)
    member = core.club.join(staff.operator, by_mail, "Письменное согласие от 02.12.2026", ReachBy.EMAIL)
    assert (member.name, member.client_name, member.reach_by) == (
        "Смирнова Ольга Петровна",
        "ООО «Тест»",
        ReachBy.EMAIL,
    )
    with pytest.raises(ConflictError):
        core.club.join(staff.operator, by_mail, "ещё раз", ReachBy.EMAIL)
    core.club.leave(staff.operator, member.id)
    assert core.club.members(staff.operator) == []
    again = core.club.join(staff.operator, by_mail, "Снова вступила", ReachBy.LETTER)
    assert again.id == member.id and again.left_on is None


def test_an_idea_becomes_a_suggestion_linked_to_the_member(core, staff) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    by_mail, _ = _contacts(core, client_id)
    member = core.club.join(staff.operator, by_mail, "Письменное согласие", ReachBy.EMAIL)
    feedback_id = core.club.add_idea(staff.operator, member.id, "Принимать партии по субботам")
    with core.uow() as tx:
        item = tx.session.get_one(FeedbackItem, feedback_id)
        assert (item.kind, item.client_id, item.contact_id, item.author_name) == (
            "suggestion",
            client_id,
            by_mail,
            "Смирнова Ольга Петровна",
        )
    assert core.club.members(staff.operator)[0].ideas == 1


def test_a_focus_group_invites_by_mail_and_letter_and_records_who_came(core, staff, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    by_mail, by_letter = _contacts(core, client_id)
    emailed = core.club.join(staff.operator, by_mail, "Письменное согласие", ReachBy.EMAIL)
    posted = core.club.join(staff.operator, by_letter, "Письменное согласие", ReachBy.LETTER)
    held = dt.datetime(2026, 12, 15, 15, 0, tzinfo=dt.UTC)
    group = core.focus_groups.create(staff.supervisor, held, "Зал совещаний", "Сдача партий без очереди")
    sent = core.focus_groups.invite(staff.supervisor, group, [emailed.id, posted.id])
    assert len(sent.mail_ids) == 1 and [name for name, _ in sent.letters] == ["Кузнецов Павел Ильич"]
    letter = squeeze(" ".join(page_texts(sent.letters[0][1])))
    assert squeeze("«Сдача партий без очереди»") in letter and squeeze("Зал совещаний") in letter
    assert core.focus_groups.invite(staff.supervisor, group, [emailed.id]).mail_ids == ()  # invited once
    with smtp_server(tmp_path) as server:
        settings = SmtpSettings(
            "127.0.0.1", server.port, "starttls", LOGIN, PASSWORD, "ops@example.ru", 5, str(server.ca_file)
        )
        MailService(core.uow, lambda: settings).send(staff.supervisor, sent.mail_ids[0])
    (message,) = server.inbox.messages
    assert server.inbox.recipients == [["smirnova@example.ru"]]
    assert "фокус-группы" in str(message["Subject"])
    view = core.focus_groups.record_meeting(
        staff.supervisor, group, {emailed.id: True, posted.id: False}, "Решили ввести запись"
    )
    assert {g.name: g.attended for g in view.guests} == {
        "Смирнова Ольга Петровна": True,
        "Кузнецов Павел Ильич": False,
    }
    page = core.timeline.page(staff.operator, TimelineQuery(client_id, frozenset({"club"})))
    summaries = [e.summary for e in page.events]
    assert (
        "Смирнова Ольга Петровна участвовал(а) в фокус-группе «Сдача партий без очереди» 15.12.2026"
        in summaries
    )
    assert any("вступил(а) в клуб клиентов" in s for s in summaries)


def test_members_are_invited_to_a_questionnaire(core, staff) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    by_mail, by_letter = _contacts(core, client_id)
    members = [
        core.club.join(staff.operator, c, "согласие", r).id
        for c, r in ((by_mail, ReachBy.EMAIL), (by_letter, ReachBy.LETTER))
    ]
    survey = core.surveys.publish(
        staff.supervisor,
        core.surveys.create(
            staff.supervisor, dataclasses.replace(survey_draft(), ends_on=dt.date(2030, 1, 31))
        ).id,
    )
    sent = core.focus_groups.invite_to_survey(staff.supervisor, survey.id, members)
    assert len(sent.letters) == 1 and len(sent.mail_ids) == 1
    assert "31.01.2030" in squeeze(" ".join(page_texts(sent.letters[0][1])))
    with core.uow() as tx:
        channels = sorted(tx.session.scalars(select(SurveyInvitation.channel)))
    assert channels == ["email", "letter"]
    assert core.survey_results.results(staff.supervisor, survey.id).invitations == 2
