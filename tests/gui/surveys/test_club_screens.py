"""The club's screens: a contact person joins (date, consent, how to reach them) and leaves; a
focus group is created, members are invited (the e-mail arrives at the mail server, the letter
is saved to print), attendance and the outcome are recorded and show in the client's timeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from postdesk.common import settings as s
from postdesk.models.clients import ContactPerson
from postdesk.services.records.timeline import TimelineQuery
from postdesk.services.surveys.catalogue import ReachBy
from postdesk.ui.context import UiContext
from postdesk.ui.surveys.club_tab import ClubTab
from postdesk.ui.surveys.focus_groups_tab import FocusGroupsTab
from tests.support.batches import make_client
from tests.support.pdf import page_texts, squeeze
from tests.support.smtp import LOGIN, PASSWORD, smtp_server
from tests.support.typing import type_text


def _contacts(core) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    with core.uow() as tx:
        by_mail = ContactPerson(
            client_id=client_id, name="Смирнова Ольга Петровна", email="smirnova@example.ru"
        )
        by_letter = ContactPerson(client_id=client_id, name="Кузнецов Павел Ильич", phones="+7 900 000-00-00")
        tx.session.add_all([by_mail, by_letter])
        tx.session.flush()
        ids = (client_id, by_mail.id, by_letter.id)
        tx.commit()
    return ids


def _ctx(core, actor, parts) -> UiContext:  # type: ignore[no-untyped-def]
    return UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages)


def test_a_contact_person_joins_and_leaves(qtbot, sqlite_core, sqlite_staff, gui_parts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _client_id, by_mail, _by_letter = _contacts(sqlite_core)
    tab = ClubTab(_ctx(sqlite_core, sqlite_staff.operator, gui_parts))
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.refresh()
    dialog = tab.open_join()
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)  # searches, never joins
    assert dialog.isVisible() and dialog.client_combo.count() == 1
    dialog.contact_combo.setCurrentIndex(dialog.contact_combo.findData(by_mail))
    assert dialog.contact_combo.toolTip() == dialog.contact_combo.currentText() != ""  # may be cut
    assert dialog.reach_combo.currentData() == ReachBy.EMAIL.value  # she has an e-mail address
    dialog.date_edit.setDate(QDate(2026, 11, 20))
    dialog.buttons.accepted.emit()  # no consent yet: refused, the dialog stays
    assert dialog.isVisible() and tab.members == []
    dialog.consent_edit.setPlainText("Подписанное согласие от 20.11.2026")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    (member,) = tab.members
    assert (member.name, member.joined_on, member.consent) == (
        "Смирнова Ольга Петровна",
        dt.date(2026, 11, 20),
        "Подписанное согласие от 20.11.2026",
    )
    assert tab.table.item(0, 3).text() == "Электронная почта: smirnova@example.ru"
    tab.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab.leave_button.click()
    assert tab.members == [] and tab.table.rowCount() == 0


def test_a_focus_group_invites_by_mail_and_letter_and_records_who_came(
    qtbot, sqlite_core, sqlite_staff, gui_parts, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    client_id, by_mail, by_letter = _contacts(sqlite_core)
    emailed = sqlite_core.club.join(sqlite_staff.operator, by_mail, "Согласие", ReachBy.EMAIL).id
    posted = sqlite_core.club.join(sqlite_staff.operator, by_letter, "Согласие", ReachBy.LETTER).id
    tab = FocusGroupsTab(_ctx(sqlite_core, sqlite_staff.supervisor, gui_parts))
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    tab.refresh()
    new = tab.open_new()
    new.when_edit.setDateTime(QDateTime(QDate(2026, 12, 15), QTime(15, 0)))
    type_text(qtbot, new.place_edit, "Зал совещаний")
    type_text(qtbot, new.topic_edit, "Сдача партий без очереди")
    new.buttons.accepted.emit()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "15.12.2026 15:00"

    with smtp_server(tmp_path) as server:
        for setting, value in (
            (s.SMTP_HOST, "127.0.0.1"),
            (s.SMTP_PORT, server.port),
            (s.SMTP_LOGIN, LOGIN),
            (s.SMTP_PASSWORD, PASSWORD),
            (s.MAIL_FROM, "ops@example.ru"),
            (s.SMTP_CA_FILE, str(server.ca_file)),
        ):
            sqlite_core.settings.set(setting, value)
        invite = tab.open_invite()
        assert invite is not None and invite.listing.count() == 2
        assert sorted(m.id for m in invite.chosen()) == sorted([emailed, posted])
        tab.invite(tab.groups[0].id, [m.id for m in invite.chosen()], tmp_path / "letters")
        invite.reject()
    (message,) = server.inbox.messages
    assert server.inbox.recipients == [["smirnova@example.ru"]]
    assert "фокус-группы «Сдача партий без очереди»" in str(message["Subject"])
    sent = tab.last_sent
    assert sent is not None and sent.mailed == 1 and sent.failures == ()
    (letter,) = sent.letters
    assert squeeze("Зал совещаний") in squeeze(" ".join(page_texts(letter.read_bytes())))
    assert tab.table.item(0, 3).text() == "2"
    assert {tab.guest_table.item(r, 2).text() for r in range(2)} == {"Электронная почта", "Письмо"}

    meeting = tab.open_outcome()
    assert meeting is not None
    names = [g.name for g in meeting.group.guests]
    meeting.listing.item(names.index("Кузнецов Павел Ильич")).setCheckState(Qt.CheckState.Unchecked)
    meeting.listing.item(names.index("Смирнова Ольга Петровна")).setCheckState(Qt.CheckState.Checked)
    outcome = "Решили ввести запись на сдачу партий." + " Обсудили электронные списки и сроки." * 6
    meeting.outcome_edit.setPlainText(outcome)
    meeting.buttons.accepted.emit()
    assert tab.table.item(0, 4).text() == "1" and tab.table.item(0, 5).toolTip() == outcome
    assert tab.table.horizontalScrollBar().maximum() == 0  # the long notes never widen the table
    page = sqlite_core.timeline.page(sqlite_staff.operator, TimelineQuery(client_id, frozenset({"club"})))
    assert any("участвовал(а) в фокус-группе «Сдача партий без очереди»" in e.summary for e in page.events)
