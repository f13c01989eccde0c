"""The Reference page offscreen: prices in force and their changes, an import through the dialog,
delivery times and the next dispatch, selling forms, organisations (also on the Clients page),
and a guiding document opened in the built-in viewer."""

from __future__ import annotations

import datetime as dt
import io

from PySide6.QtCore import QDate
from reportlab.pdfgen import canvas

from postdesk.models.reference import FormKind, RouteKind
from postdesk.services.reference.importers import FormRow, ImportKind, NormRow, RouteRow
from postdesk.ui.clients.clients_page import ClientsPage
from postdesk.ui.context import UiContext
from postdesk.ui.reference.page import ReferencePage
from tests.support.batches import ItemSpec, make_client, make_draft
from tests.support.typing import type_text


def _page(qtbot, core, parts, actor) -> ReferencePage:  # type: ignore[no-untyped-def]
    page = ReferencePage(UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    return page


def _column(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_prices_by_date_import_and_compare(qtbot, sqlite_core, sqlite_staff, gui_parts, request):
    user_messages, tmp_path = request.getfixturevalue("user_messages"), request.getfixturevalue("tmp_path")
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    tab = page.tariffs
    tab.date_edit.setDate(QDate(2026, 7, 1))
    assert "copying" in _column(tab.table, 0) and tab.sample_label.isVisible()
    type_text(qtbot, tab.search_edit, "copy")
    assert _column(tab.table, 0) == ["copying"] and _column(tab.table, 3) == ["10,00"]
    prices = tmp_path / "june.csv"
    prices.write_text("Код;Наименование;Цена\ncopying;Копия А4;12,00\n", encoding="utf-8")
    dialog = tab.open_import()
    dialog.file_edit.setText(str(prices))
    dialog.date_edit.setDate(QDate(2026, 6, 1))
    dialog.submit()
    assert not dialog.isVisible()
    assert "Загружено строк: 1" in user_messages[-1].text
    assert _column(tab.table, 3) == ["12,00"] and _column(tab.table, 5) == ["import-2026-06-01"]
    tab.old_combo.setCurrentIndex(0)
    tab.new_combo.setCurrentIndex(1)
    tab.compare()
    assert [(c.code, c.old_kop, c.new_kop) for c in tab.changes if c.code == "copying"] == [
        ("copying", 1000, 1200)
    ]


def test_a_malformed_import_keeps_the_dialog_open(qtbot, sqlite_core, sqlite_staff, gui_parts, request):
    user_messages, tmp_path = request.getfixturevalue("user_messages"), request.getfixturevalue("tmp_path")
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    bad = tmp_path / "bad.csv"
    bad.write_text("Код;Наименование;Цена\ncopying;Копия;двенадцать\n", encoding="utf-8")
    dialog = page.tariffs.open_import()
    dialog.file_edit.setText(str(bad))
    dialog.submit()
    assert dialog.isVisible() and "строка 2" in user_messages[-1].text
    assert len(sqlite_core.price_lists.versions(sqlite_staff.operator)) == 1


def test_operators_see_no_import_buttons(qtbot, sqlite_core, sqlite_staff, gui_parts):
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    assert not page.tariffs.import_button.isVisible()
    assert not page.delivery.import_norms_button.isVisible()
    assert not page.forms.receive_button.isVisible() and page.forms.sell_button.isEnabled()


def test_delivery_time_and_next_dispatch(qtbot, sqlite_core, sqlite_staff, gui_parts):
    from postdesk.common import settings as s

    sqlite_core.settings.set(s.OFFICE_POSTCODE, "430005")
    sqlite_core.delivery.replace(sqlite_staff.admin, [NormRow("430", "190", "LETTER", 4, "")], "n.csv")
    sqlite_core.schedule.replace(
        sqlite_staff.admin,
        [RouteRow("M7", "Москва", RouteKind.INTER_REGIONAL, "", "1234567", dt.time(23, 59), 0)],
        "s.csv",
    )
    client_id, contract_id = make_client(sqlite_core, without_client=True)
    waiting, _items = make_draft(sqlite_core, client_id, contract_id, [ItemSpec()], list_number="42")
    sqlite_core.batch_queue.register_received(sqlite_staff.operator, waiting)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    tab = page.delivery
    assert _column(tab.queue_table, 1) == ["42"] and _column(tab.queue_table, 2) == ["M7 Москва"]
    assert _column(tab.routes_table, 0) == ["M7"] and "межрегиональный" in _column(tab.routes_table, 2)
    qtbot.keyClicks(tab.postcode_edit, "190000")
    tab.look_up()
    arrives = sqlite_core.calendar.calendar().add_calendar_days(dt.date.today(), 4)
    assert tab.answer_label.text() == f"Из 430005 в 190000: 4 дн., прибудет не позднее {arrives:%d.%m.%Y}."
    assert "M7" in tab.dispatch_label.text() and "23:59" in tab.dispatch_label.text()
    tab.class_combo.setCurrentIndex(tab.class_combo.findData("EMS"))
    tab.look_up()
    assert "Нет контрольного срока" in tab.answer_label.text()


def test_selling_forms_lowers_the_stock_and_warns_when_low(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
):
    make_client(sqlite_core, inn="1300000017")
    sqlite_core.forms.store(
        sqlite_staff.admin, [FormRow("box_s", "Коробка S", FormKind.PACKAGING, "item", 8000, 5, 3)], "f.csv"
    )
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    tab = page.forms
    assert tab.low_label.isHidden()
    tab.table.selectRow(0)
    qtbot.keyClicks(tab.inn_edit, "1300000017")
    tab.quantity_spin.setValue(2)
    tab.sell()
    assert "80,00" not in user_messages[-1].text and "160,00" in user_messages[-1].text
    assert (
        _column(tab.table, 4) == ["3"]
        and not tab.low_label.isHidden()
        and "Коробка S" in tab.low_label.text()
    )
    tab.table.selectRow(0)
    tab.quantity_spin.setValue(5)
    tab.sell()
    assert "В наличии только 3" in user_messages[-1].text and _column(tab.table, 4) == ["3"]


def test_organisations_are_edited_here_and_found_on_the_clients_page(
    qtbot, sqlite_core, sqlite_staff, gui_parts
):
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    tab = page.organisations
    dialog = tab.open_editor(None)
    type_text(qtbot, dialog.name_edit, "УФПС Республики Мордовия")
    type_text(qtbot, dialog.contact_edit, "Иванова Анна")
    dialog.phone_edit.setText("+7 8342 00-00-00")
    dialog.submit()
    assert _column(tab.table, 0) == ["УФПС Республики Мордовия"]
    ctx = UiContext(
        core=sqlite_core, actor=sqlite_staff.operator, tasks=gui_parts.tasks, messages=gui_parts.messages
    )
    clients = ClientsPage(ctx)
    qtbot.addWidget(clients)
    clients.show()
    assert not clients.organisations.isVisible()
    type_text(qtbot, clients.search_edit, "иванова")
    clients.refresh()
    assert clients.organisations.isVisible() and [o.name for o in clients.organisations.found] == [
        "УФПС Республики Мордовия"
    ]
    tab.table.selectRow(0)
    tab.delete(confirmed=True)
    assert tab.table.rowCount() == 0


def _pdf() -> bytes:
    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    sheet.drawString(72, 720, "Order 400")
    sheet.showPage()
    sheet.save()
    return out.getvalue()


def test_a_guiding_document_opens_in_the_viewer(qtbot, sqlite_core, sqlite_staff, gui_parts, tmp_path):
    path = tmp_path / "order-400.pdf"
    path.write_bytes(_pdf())
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    tab = page.documents
    tab.add_document(path, "Приказ № 400", dt.date(2022, 4, 29))
    assert _column(tab.table, 0) == ["Приказ № 400"] and _column(tab.table, 1) == ["29.04.2022"]
    tab.table.selectRow(0)
    preview = tab.open_document()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.pages is not None and preview.pages.page_count == 1 and preview.pdf == path.read_bytes()
    preview.reject()
    tab.delete(confirmed=True)
    assert tab.table.rowCount() == 0


def test_the_counter_asks_the_delivery_time_with_ctrl_t(qtbot, sqlite_core, sqlite_staff, gui_parts):
    from postdesk.ui.counter.page import AcceptancePage

    sqlite_core.delivery.replace(sqlite_staff.admin, [NormRow("", "", "", 7, "")], "n.csv")
    ctx = UiContext(
        core=sqlite_core, actor=sqlite_staff.operator, tasks=gui_parts.tasks, messages=gui_parts.messages
    )
    page = AcceptancePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.delivery_button.shortcut().toString() == "Ctrl+T"
    dialog = page.delivery_button.open_dialog()
    qtbot.addWidget(dialog)
    dialog.lookup.postcode_edit.setText("190000")
    dialog.lookup.look_up()
    assert "Укажите индекс отделения" in dialog.lookup.answer_label.text()
    from postdesk.common import settings as s

    sqlite_core.settings.set(s.OFFICE_POSTCODE, "430005")
    dialog.lookup.look_up()
    assert dialog.lookup.answer_label.text().startswith("Из 430005 в 190000: 7 дн.")
    dialog.reject()


def test_regions_are_imported_here_and_the_lookup_answers_by_region(
    qtbot, sqlite_core, sqlite_staff, gui_parts, request
):
    from postdesk.common import settings as s
    from postdesk.models.reference import HolidayRule

    user_messages, tmp_path = request.getfixturevalue("user_messages"), request.getfixturevalue("tmp_path")
    sqlite_core.settings.set(s.OFFICE_POSTCODE, "430005")
    sqlite_core.schedule.replace(
        sqlite_staff.admin,
        [
            RouteRow(
                "E1", "Экспресс", RouteKind.INTER_REGIONAL, "", "1234567", dt.time(9, 0), 0, HolidayRule.RUNS
            )
        ],
        "s.csv",
    )
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    tab = page.delivery
    assert not tab.import_regions_button.isHidden() and _column(tab.routes_table, 7) == ["отправляется"]
    regions = tmp_path / "regions.csv"
    regions.write_text(
        "Начало индекса;Регион\n430;Республика Мордовия\n440;Пензенская область\n", encoding="utf-8"
    )
    dialog = tab.open_import(ImportKind.REGIONS)
    dialog.file_edit.setText(str(regions))
    dialog.submit()
    assert not dialog.isVisible() and "Загружено строк: 2" in user_messages[-1].text
    sqlite_core.delivery.replace(
        sqlite_staff.admin, [NormRow("", "", "", 3, "", "Республика Мордовия", "Пензенская область")], "n.csv"
    )
    qtbot.keyClicks(tab.postcode_edit, "440000")
    tab.look_up()
    assert tab.answer_label.text().startswith("Из 430005 в 440000: 3 дн.")
