"""Quick entry at the counter (Enter saves, a refusal in two keystrokes) and the client timeline."""

from PySide6.QtCore import Qt
from sqlalchemy import select

from postdesk.models import ServiceRecord
from postdesk.models.records import Outcome
from postdesk.ui.clients.client_editor import ClientEditorDialog
from postdesk.ui.context import UiContext
from postdesk.ui.records.quick_entry import QuickEntryDialog
from tests.support.batches import make_client


def _ctx(core, parts, actor):
    return UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages)


def test_enter_records_a_given_service(qtbot, gui_parts, sqlite_core, sqlite_staff):
    client_id, _ = make_client(sqlite_core)
    dialog = QuickEntryDialog(_ctx(sqlite_core, gui_parts, sqlite_staff.operator), client_id, "ООО «Тест»")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.service_combo.setCurrentIndex(dialog.service_combo.findData("parcels"))
    dialog.quantity_box.setValue(4)
    qtbot.keyClicks(dialog.amount_edit, "1400.00")
    with qtbot.waitSignal(dialog.recorded) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    record = saved.args[0]
    assert (record.service_code, record.quantity, record.amount_kop, record.outcome) == (
        "parcels",
        4,
        140000,
        Outcome.GIVEN,
    )


def test_a_refusal_takes_two_keystrokes(qtbot, gui_parts, sqlite_core, sqlite_staff):
    client_id, _ = make_client(sqlite_core)
    dialog = QuickEntryDialog(_ctx(sqlite_core, gui_parts, sqlite_staff.operator), client_id, "ООО «Тест»")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.competitor_edit.setText("Курьер-Экспресс")
    qtbot.keyClicks(dialog.competitor_price_edit, "310")
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_F6)
    assert dialog.reasons_list.isVisible() and dialog.reasons_list.count() >= 6
    third = dialog.reasons_list.item(2).text()
    with qtbot.waitSignal(dialog.recorded) as saved:
        qtbot.keyClick(dialog.reasons_list, Qt.Key.Key_3)
    record = saved.args[0]
    assert record.outcome is Outcome.DECLINED and record.reason_name in third
    assert record.competitor_name == "Курьер-Экспресс" and record.competitor_price_kop == 31000


def test_not_possible_offers_only_its_reasons(qtbot, gui_parts, sqlite_core, sqlite_staff):
    client_id, _ = make_client(sqlite_core)
    dialog = QuickEntryDialog(_ctx(sqlite_core, gui_parts, sqlite_staff.operator), client_id, "ООО «Тест»")
    qtbot.addWidget(dialog)
    dialog.begin_refusal(Outcome.NOT_POSSIBLE)
    texts = [dialog.reasons_list.item(i).text() for i in range(dialog.reasons_list.count())]
    assert any("бланков" in t for t in texts) and not any("дешевле" in t for t in texts)


def test_timeline_tab_shows_new_records_newest_first_and_filters(qtbot, gui_parts, sqlite_core, sqlite_staff):
    client_id, _ = make_client(sqlite_core)
    ctx = _ctx(sqlite_core, gui_parts, sqlite_staff.operator)
    editor = ClientEditorDialog(ctx, sqlite_core.clients.get(ctx.actor, client_id))
    qtbot.addWidget(editor)
    assert editor.timeline.table.rowCount() == 0
    for outcome, reason in ((Outcome.GIVEN, None), (Outcome.DECLINED, "price")):
        dialog = editor.open_quick_entry(sqlite_core.clients.get(ctx.actor, client_id))
        dialog.save(outcome, reason)
    table = editor.timeline.table
    assert table.rowCount() == 2
    assert "Отказ" in table.item(0, 1).text() and "Услуга оказана" in table.item(1, 1).text()
    combo = editor.timeline.kind_combo
    combo.setCurrentIndex(combo.findData("service"))
    assert table.rowCount() == 1 and "Услуга" in table.item(0, 1).text()


def test_the_contact_person_is_chosen_from_the_clients_contacts_and_stored(
    qtbot, gui_parts, sqlite_core, sqlite_staff
):
    from postdesk.models import ContactPerson

    client_id, _ = make_client(sqlite_core)
    with sqlite_core.uow() as tx:
        tx.session.add_all(
            [
                ContactPerson(client_id=client_id, name="Иванова Мария", position="бухгалтер"),
                ContactPerson(client_id=client_id, name="Петров Олег"),
            ]
        )
        tx.commit()
    dialog = QuickEntryDialog(_ctx(sqlite_core, gui_parts, sqlite_staff.operator), client_id, "ООО «Тест»")
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.contact_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "— не указано —",
        "Иванова Мария, бухгалтер",
        "Петров Олег",
    ]
    assert combo.currentData() is None  # two contacts: the operator chooses
    combo.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.recorded) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert saved.args[0].contact_name == "Петров Олег"
    with sqlite_core.uow() as tx:
        stored = tx.session.scalars(select(ServiceRecord.contact_person_id)).one()
        assert tx.session.get(ContactPerson, stored).name == "Петров Олег"


def test_a_contact_note_typed_under_the_timeline_appears_on_top(qtbot, gui_parts, sqlite_core, sqlite_staff):
    client_id, _ = make_client(sqlite_core)
    ctx = _ctx(sqlite_core, gui_parts, sqlite_staff.operator)
    editor = ClientEditorDialog(ctx, sqlite_core.clients.get(ctx.actor, client_id))
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)  # the History tab
    dialog = editor.open_quick_entry(sqlite_core.clients.get(ctx.actor, client_id))
    dialog.save(Outcome.GIVEN, None)
    view = editor.timeline
    view.note_edit.setText("звонила бухгалтер, просит акт сверки")
    qtbot.keyClick(view.note_edit, Qt.Key.Key_Return)
    assert view.note_edit.text() == ""
    assert view.table.rowCount() == 2
    assert view.table.item(0, 1).text() == "Заметка о контакте"
    assert view.table.item(0, 2).text() == "звонила бухгалтер, просит акт сверки"
    view.note_button.click()  # nothing typed: refused in words, nothing added
    assert "Напишите" in view.note_error.text() and view.table.rowCount() == 2
