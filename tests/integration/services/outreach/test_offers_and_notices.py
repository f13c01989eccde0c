"""Offer and notice letters read back from their PDFs; e-mail through a real SMTP server; the timeline."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from postdesk.common.errors import UserError
from postdesk.models.prospects import Stage
from postdesk.services.outreach.letters import LetterService
from postdesk.services.outreach.mail import MailService, SmtpSettings
from postdesk.services.records.timeline import TimelineQuery
from tests.support.batches import make_client
from tests.support.money import set_contract
from tests.support.outreach import (
    NEW_VERSION,
    OLD_VERSION,
    accepted_mail,
    add_prospect,
    install_second_tariff,
)
from tests.support.pdf import page_texts, squeeze
from tests.support.smtp import LOGIN, PASSWORD, free_port, smtp_server


def _text(pdf: bytes) -> str:
    return squeeze(" ".join(page_texts(pdf)))


def test_an_offer_names_the_decision_maker_our_price_theirs_and_the_saving(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    prospect = add_prospect(sqlite_core, sqlite_staff.operator)
    offer = sqlite_core.offers.for_prospect(sqlite_staff.supervisor, prospect.id)
    (line,) = offer.terms.lines
    # The sample tariff's registered letter is 62,00 ₽; 10 % off is 55,80 ₽; they pay 80,00 ₽ for 500 a month.
    assert (line.our_kop, line.offered_kop, line.their_kop) == (6200, 5580, 8000)
    assert line.saving_month_kop == (8000 - 5580) * 500
    text = _text(offer.pdf)
    for expected in (
        "Иванов Иван Иванович",
        "директор, ООО «Ромашка»",
        "Уважаемый(ая) Иванов Иван Иванович!",
        "62,00 ₽",
        "55,80 ₽",
        "скидка 10 %",
        "80,00 ₽",
        "12 100,00 ₽ в месяц",
        offer.number,
    ):
        assert squeeze(expected) in text, expected
    assert "Петрова" not in text  # the offer goes to the person who decides
    assert sqlite_core.prospects.get(sqlite_staff.operator, prospect.id).stage == Stage.OFFER_SENT
    (stored,) = sqlite_core.outreach_letters.history(sqlite_staff.operator, prospect_id=prospect.id)
    assert (stored.number, stored.saving_kop) == (offer.number, 1_210_000)


def test_a_supervisors_template_in_the_data_folder_replaces_the_shipped_text(
    sqlite_core, sqlite_staff
) -> None:  # type: ignore[no-untyped-def]
    folder = sqlite_core.paths.data_dir / "letters"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "offer.txt.j2").write_text(
        "Уважаемый(ая) {{ contact }}!\n\nНаш особый текст для {{ organisation }}.\n", encoding="utf-8"
    )
    prospect = add_prospect(sqlite_core, sqlite_staff.operator)
    text = _text(sqlite_core.offers.for_prospect(sqlite_staff.supervisor, prospect.id).pdf)
    assert squeeze("Наш особый текст для ООО «Ромашка».") in text


def test_an_offer_to_a_client_uses_its_contract_and_goes_into_its_timeline(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    client_id, _contract_id = make_client(sqlite_core, inn="1300000017", discount="5")
    offer = sqlite_core.offers.for_client(sqlite_staff.supervisor, "1300000017")
    (line,) = offer.terms.lines
    assert (line.service_code, line.our_kop, line.offered_kop) == ("batch_mail", 6200, 5890)
    assert squeeze("58,90 ₽") in _text(offer.pdf)
    page = sqlite_core.timeline.page(sqlite_staff.operator, TimelineQuery(client_id, frozenset({"offer"})))
    (event,) = page.events
    assert event.kind == "offer" and offer.number in event.summary


def _settings(port: int, ca_file: Path, **changes: object) -> SmtpSettings:
    base = SmtpSettings("127.0.0.1", port, "starttls", LOGIN, PASSWORD, "ops@example.ru", 5, str(ca_file))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_an_offer_goes_by_e_mail_with_the_pdf_and_a_failure_keeps_it_queued(
    sqlite_core, sqlite_staff, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    core, supervisor = sqlite_core, sqlite_staff.supervisor
    offer = core.offers.for_prospect(supervisor, add_prospect(core, sqlite_staff.operator).id)
    current: list[SmtpSettings] = [_settings(free_port(), tmp_path / "none.pem")]
    mail = MailService(core.uow, lambda: current[0])
    letters = LetterService(core.uow, mail, _office)
    with pytest.raises(UserError) as down:
        letters.send(supervisor, offer.letter_id, offer.email)
    assert "не отвечает" in down.value.message
    (queued,) = mail.queued(supervisor)
    assert queued.recipient == "ivanov@example.ru"
    (history,) = letters.history(supervisor, prospect_id=None, client_id=None)
    assert history.mail_status == "queued"
    with smtp_server(tmp_path) as server:
        current[0] = _settings(server.port, server.ca_file, password="wrong")
        with pytest.raises(UserError) as refused:
            mail.send(supervisor, queued.id)
        assert "отклонил вход" in refused.value.message
        current[0] = _settings(server.port, server.ca_file)
        sent, failures = mail.send_queued(supervisor)
    assert failures == [] and [m.id for m in sent] == [queued.id]
    (message,) = server.inbox.messages
    assert server.inbox.recipients == [["ivanov@example.ru"]]
    assert message["Subject"] == "Коммерческое предложение для ООО «Ромашка»"
    attachment = next(p for p in message.walk() if p.get_filename())
    assert attachment.get_payload(decode=True) == offer.pdf
    assert letters.history(supervisor)[0].mail_status == "sent"


def _office():  # type: ignore[no-untyped-def]
    from postdesk.services.feedback.answers import OfficeLetterhead

    return OfficeLetterhead(
        "ОПС Саранск 430005",
        "430005, г. Саранск, ул. Коммунистическая, 1",
        signatory="Начальник ОПС А. Б. Васильев",
    )


def test_for_post_the_letter_comes_with_an_address_label(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    offer = sqlite_core.offers.for_prospect(
        sqlite_staff.supervisor, add_prospect(sqlite_core, sqlite_staff.operator).id
    )
    printed = sqlite_core.outreach_letters.for_post(sqlite_staff.operator, offer.letter_id)
    assert printed.letter_pdf == offer.pdf
    label = _text(printed.label_pdf)
    assert (
        squeeze("Иванов Иван Иванович") in label and squeeze("430005, г. Саранск, ул. Ленина, д. 10") in label
    )
    assert sqlite_core.outreach_letters.history(sqlite_staff.operator)[0].printed


def test_tariff_notices_list_only_what_the_client_used_and_reach_its_timeline(core, staff, tmp_path) -> None:  # type: ignore[no-untyped-def]
    install_second_tariff(core)
    letters_client, letters_contract = make_client(core, inn="1300000017")
    accepted_mail(core, letters_client, letters_contract, [("LETTER", "ORDERED"), ("LETTER", "SIMPLE")])
    idle_client, idle_contract = make_client(core, inn="1300000020")
    accepted_mail(core, idle_client, idle_contract, [("BANDEROL", "ORDERED")], days_ago=400)
    ended_client, ended_contract = make_client(core, inn="1300000033")
    accepted_mail(core, ended_client, ended_contract, [("LETTER", "ORDERED")])
    set_contract(core, ended_contract, ends_on=dt.date.today() - dt.timedelta(days=1))

    sent = core.notices.tariff_notices(staff.supervisor, OLD_VERSION, NEW_VERSION, tmp_path / "out")
    (notice,) = sent
    assert notice.client_id == letters_client and notice.path is not None and notice.path.exists()
    listed = {(c.kind, c.item.value, c.old_kop, c.new_kop) for c in notice.changes}
    assert listed == {
        (("LETTER", "ORDERED"), "first_step", 6200, 6650),
        (("LETTER", "ORDERED"), "notice_ordered", 4720, 5000),
        (("LETTER", "SIMPLE"), "notice_ordered", 4720, 5000),
    }
    text = _text(notice.path.read_bytes())
    for expected in ("Письмо, заказное: до 20 г: было 62,00 ₽, станет 66,50 ₽ с 01.01.2027", "T-1300000017"):
        assert squeeze(expected) in text, expected
    assert "120,00" not in text  # the banderol change concerns no one who sent banderols this year
    events = core.timeline.page(staff.operator, TimelineQuery(letters_client, frozenset({"notice"}))).events
    assert [e.ref for e in events] == [f"outreach_letter:{notice.letter_id}"]
    assert core.notices.tariff_notices(staff.supervisor, OLD_VERSION, NEW_VERSION, tmp_path / "again") == []


def test_contract_expiry_reminders_go_30_days_ahead_once(sqlite_core, sqlite_staff, tmp_path) -> None:  # type: ignore[no-untyped-def]
    core = sqlite_core
    soon_client, soon = make_client(core, inn="1300000017")
    set_contract(core, soon, ends_on=dt.date.today() + dt.timedelta(days=20))
    _later_client, later = make_client(core, inn="1300000020")
    set_contract(core, later, ends_on=dt.date.today() + dt.timedelta(days=45))
    (reminder,) = core.notices.expiry_reminders(sqlite_staff.supervisor, tmp_path)
    assert reminder.client_id == soon_client and reminder.contract_number == "T-1300000017"
    ends = (dt.date.today() + dt.timedelta(days=20)).strftime("%d.%m.%Y")
    assert squeeze(f"истекает {ends}") in _text(reminder.path.read_bytes())  # type: ignore[union-attr]
    assert core.notices.expiry_reminders(sqlite_staff.supervisor, tmp_path) == []


def test_the_supervisor_edits_the_offer_text_and_a_broken_template_is_refused(
    sqlite_core, sqlite_staff
) -> None:  # type: ignore[no-untyped-def]
    from postdesk.common.errors import PermissionDenied

    editor = sqlite_core.letter_templates
    shipped = editor.text(sqlite_staff.operator, "offer.txt.j2")
    assert "{{ office }}" in shipped
    with pytest.raises(PermissionDenied):
        editor.save(sqlite_staff.operator, "offer.txt.j2", "Текст")
    with pytest.raises(UserError) as broken:
        editor.save(sqlite_staff.supervisor, "offer.txt.j2", "{% if contact %}Без конца")
    assert "не сохранён" in broken.value.message
    with pytest.raises(UserError):
        editor.save(sqlite_staff.supervisor, "../feedback_answer.txt.j2", "x")
    editor.save(sqlite_staff.supervisor, "offer.txt.j2", "Для {{ organisation }}: особые условия.\n")
    prospect = add_prospect(sqlite_core, sqlite_staff.operator)
    assert squeeze("Для ООО «Ромашка»: особые условия.") in _text(
        sqlite_core.offers.for_prospect(sqlite_staff.supervisor, prospect.id).pdf
    )
    editor.reset(sqlite_staff.supervisor, "offer.txt.j2")
    assert editor.text(sqlite_staff.operator, "offer.txt.j2") == shipped
