"""Notices e-mailed from the screen: the mail queue, the letters for post, the summary and the retry;
and the prompt for notices after a new price list is installed on the Reference page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from postdesk.services.records.data import ServiceRecordDraft
from postdesk.ui.context import UiContext
from postdesk.ui.outreach.notices_dialog import NoticesDialog
from postdesk.ui.reference.page import ReferencePage
from tests.support.batches import make_client
from tests.support.outreach import (
    NEW_VERSION,
    OLD_VERSION,
    accepted_mail,
    client_contacts,
    install_second_tariff,
    use_smtp_server,
)
from tests.support.pdf import page_texts, squeeze
from tests.support.smtp import free_port, smtp_server


def _ctx(core, parts, actor) -> UiContext:  # type: ignore[no-untyped-def]
    return UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages)


def test_notices_go_by_e_mail_or_for_post_and_the_queue_is_retried(
    qtbot, sqlite_core, sqlite_staff, gui_parts, request
) -> None:  # type: ignore[no-untyped-def]
    user_messages, tmp_path = request.getfixturevalue("user_messages"), request.getfixturevalue("tmp_path")
    core = sqlite_core
    install_second_tariff(core)
    by_mail, contract = make_client(core, inn="7707083893")
    accepted_mail(core, by_mail, contract, [("LETTER", "ORDERED")])
    client_contacts(core, by_mail, [], email="office@romashka.example.ru")
    by_post, contract = make_client(core, inn="1300000017")
    accepted_mail(core, by_post, contract, [("LETTER", "ORDERED")])
    use_smtp_server(core, free_port(), tmp_path / "none.pem")  # configured, but nobody listens
    dialog = NoticesDialog(_ctx(core, gui_parts, sqlite_staff.supervisor))
    qtbot.addWidget(dialog)
    assert dialog.email_check.isChecked()  # a mail server is set up: e-mail by default
    assert (dialog.old_combo.currentData(), dialog.new_combo.currentData()) == (OLD_VERSION, NEW_VERSION)
    dialog.folder_edit.setText(str(tmp_path / "out"))
    dialog.run()
    delivery = dialog.delivery
    assert delivery is not None and delivery.report is not None
    qtbot.addWidget(delivery)
    report = delivery.report
    assert [n.client_id for n in report.queued] == [by_mail] and report.sent == ()
    assert [n.client_id for n in report.for_post] == [by_post]
    assert "не отвечает" in report.failures[0].message
    summary = delivery.summary_label.text()
    assert "по e-mail: 0" in summary and "в очереди: 1" in summary and "на почту: 1" in summary
    assert "ошибок: 1" in summary and "ожидают в очереди: 1" in delivery.queue_label.text()
    assert delivery.post_list.count() == 1 and "1300000017" in delivery.post_list.item(0).text()
    letter = delivery.show_letter()
    assert letter is not None
    qtbot.addWidget(letter)
    qtbot.waitUntil(lambda: letter.pages is not None, timeout=5000)
    assert squeeze("66,50") in squeeze(" ".join(page_texts(letter.pdf)))
    label = delivery.show_label()
    assert label is not None
    qtbot.addWidget(label)
    qtbot.waitUntil(lambda: label.pages is not None, timeout=5000)
    assert squeeze("430005") in squeeze(" ".join(page_texts(label.pdf)))
    letter.done(0)  # the previews close their PDF documents
    label.done(0)

    with smtp_server(tmp_path) as server:
        use_smtp_server(core, server.port, server.ca_file)
        delivery.retry_button.click()
    (message,) = server.inbox.messages
    assert server.inbox.recipients == [["office@romashka.example.ru"]]
    attachment = next(p for p in message.walk() if p.get_filename())
    notice = attachment.get_payload(decode=True)
    assert squeeze("66,50") in squeeze(" ".join(page_texts(notice)))
    assert "очереди: 1" in user_messages[-1].text
    assert delivery.queue_label.text() == "Очередь писем пуста."


def test_a_new_price_list_prompts_for_the_notices_of_the_change(
    qtbot, sqlite_core, sqlite_staff, gui_parts, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    core = sqlite_core
    client_id, _contract = make_client(core)
    core.records.add(sqlite_staff.operator, ServiceRecordDraft(client_id, "packaging", amount_kop=12000))
    page = ReferencePage(_ctx(core, gui_parts, sqlite_staff.supervisor))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    prices = tmp_path / "prices.csv"
    prices.write_text("Код;Наименование;Цена\npackaging;Коробка картонная;185,00\n", encoding="utf-8")
    first = dt.date.today() + dt.timedelta(days=10)
    dialog = page.tariffs.open_import()
    dialog.file_edit.setText(str(prices))
    dialog.date_edit.setDate(QDate(first.year, first.month, first.day))
    dialog.submit()
    prompt = page.tariffs.notices_prompt
    assert prompt is not None and prompt.isVisible()
    assert prompt.text() == "Подготовить уведомления клиентам об изменении тарифов?"
    prompt.button(QMessageBox.StandardButton.Yes).click()
    notices = page.tariffs.notices_dialog
    assert notices is not None and notices.isVisible()
    qtbot.addWidget(notices)
    new = f"import-{first.isoformat()}"
    assert (notices.old_combo.currentData(), notices.new_combo.currentData()) == (OLD_VERSION, new)
    assert not notices.email_check.isChecked()  # no mail server set up: the letters go to the folder
    notices.folder_edit.setText(str(tmp_path / "out"))
    notices.run()
    assert notices.sent is not None and [n.client_id for n in notices.sent] == [client_id]
    (path,) = (tmp_path / "out").iterdir()
    text = squeeze(" ".join(page_texts(path.read_bytes())))
    assert squeeze("185,00") in text and squeeze(f"{first:%d.%m.%Y}") in text
