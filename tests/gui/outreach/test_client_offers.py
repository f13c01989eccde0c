"""An offer to a client from its card (defaults, choice, preview, history, e-mail) and from the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from postdesk.common import settings as s
from postdesk.services.reference.importers import NormRow
from postdesk.ui.clients.clients_page import ClientsPage
from postdesk.ui.context import UiContext
from tests.support.batches import make_client
from tests.support.outreach import client_contacts, use_smtp_server
from tests.support.pdf import page_texts, squeeze
from tests.support.smtp import smtp_server


def _page(qtbot, core, parts, actor) -> ClientsPage:  # type: ignore[no-untyped-def]
    page = ClientsPage(UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window(), timeout=3000)
    return page


def test_an_offer_from_the_client_card_lands_in_its_history_and_goes_by_e_mail(
    qtbot, sqlite_core, sqlite_staff, gui_parts, request
) -> None:  # type: ignore[no-untyped-def]
    user_messages, tmp_path = request.getfixturevalue("user_messages"), request.getfixturevalue("tmp_path")
    core = sqlite_core
    client_id, _contract = make_client(core, discount="4")
    client_contacts(
        core,
        client_id,
        [("Сидоров Пётр", "завхоз", ""), ("Кузнецова Мария Петровна", "директор", "kuznetsova@example.ru")],
    )
    core.settings.set(s.OFFICE_POSTCODE, "101000")
    core.delivery.replace(sqlite_staff.admin, [NormRow("101", "430", "LETTER", 5, "")], "norms.csv")
    page = _page(qtbot, core, gui_parts, sqlite_staff.supervisor)
    page.open_client(client_id)
    card = page.editor
    assert card is not None
    card.tabs.setCurrentIndex(card.tabs.count() - 1)  # «History»
    assert card.offer_button.isVisibleTo(card)
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card, timeout=3000)
    qtbot.keyClick(card.timeline.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: card.offers.dialog is not None, timeout=3000)
    dialog = card.offers.dialog
    assert dialog is not None and dialog.isVisible()
    # Defaults: the contract's services and discount, the contact person with an e-mail.
    assert dialog.services() == ("batch_mail",) and dialog.discount_spin.value() == 4
    assert dialog.contact_combo.currentText().startswith("Кузнецова Мария Петровна")
    dialog.discount_spin.setValue(7)
    dialog.set_services(("batch_mail", "parcels"))
    dialog.accept()
    preview = card.offers.preview
    assert preview is not None and card.offers.last is not None
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.pages is not None and preview.pages.page_count >= 1, timeout=5000)
    offer = card.offers.last
    text = " ".join(page_texts(preview.pdf))
    flat = squeeze(text)
    assert squeeze("Кузнецова Мария Петровна") in flat and squeeze("скидка 7 %") in flat
    assert "Посылки" in text or "посылк" in text.lower()
    assert squeeze("Контрольный срок доставки: 5 дн.") in flat and "430005" in text
    (stored,) = core.outreach_letters.history(sqlite_staff.supervisor, client_id=client_id)
    assert (stored.id, stored.number, stored.mail_status) == (offer.letter_id, offer.number, "")
    table = card.timeline.table
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
    assert any(offer.number in cell for cell in cells)  # the card's history shows the offer at once

    with smtp_server(tmp_path) as server:
        use_smtp_server(core, server.port, server.ca_file)
        preview.email_button.click()
    (message,) = server.inbox.messages
    assert server.inbox.recipients == [["kuznetsova@example.ru"]]
    attachment = next(p for p in message.walk() if p.get_filename())
    assert attachment.get_payload(decode=True) == offer.pdf
    assert "kuznetsova@example.ru" in user_messages[-1].text
    assert (
        core.outreach_letters.history(sqlite_staff.supervisor, client_id=client_id)[0].mail_status == "sent"
    )
    preview.done(0)  # closes the PDF document before the card goes
    card.done(0)


def test_ctrl_m_on_the_clients_page_offers_to_the_selected_client(
    qtbot, sqlite_core, sqlite_staff, gui_parts
) -> None:  # type: ignore[no-untyped-def]
    client_id, _contract = make_client(sqlite_core)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    assert page.selected_client_id() == client_id
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.offers.dialog is not None, timeout=3000)
    dialog = page.offers.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.contact_combo.currentData() is None  # no contact persons: to the organisation
    dialog.set_services(())
    dialog.accept()
    assert dialog.isVisible() and "услуг" in dialog.error_label.text()
    dialog.reject()
