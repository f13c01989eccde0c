"""The wizard from a «flash drive» folder to a stored draft batch, and the findings view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from postdesk.lists.fields import Field
from postdesk.models import BatchItem
from postdesk.ui.context import UiContext
from postdesk.ui.counter.lists.drive_watcher import DriveWatcher
from postdesk.ui.counter.lists.wizard import DECISION, DONE, FINDINGS, MAPPING, SOURCE
from postdesk.ui.counter.page import AcceptancePage
from tests.support.lists import good_rows, make_client, write_xlsx


def _page(qtbot, gui_parts, sqlite_core, sqlite_staff, drive: Path) -> tuple[AcceptancePage, int]:
    client_id, _inn = make_client(sqlite_core, sqlite_staff.operator)
    ctx = UiContext(
        core=sqlite_core, actor=sqlite_staff.operator, tasks=gui_parts.tasks, messages=gui_parts.messages
    )
    watcher = DriveWatcher(volumes=lambda: [str(drive)], interval_ms=60_000)
    page = AcceptancePage(ctx, watcher=watcher)
    qtbot.addWidget(page)
    page.show()
    return page, client_id


def test_flash_drive_to_stored_draft(qtbot, gui_parts, sqlite_core, sqlite_staff, tmp_path, monkeypatch):  # noqa: PLR0917
    drive = tmp_path / "FLASH"
    (drive / "Списки").mkdir(parents=True)
    rows = good_rows(6)
    rows[4][7] = 0  # row 6 of the file: zero mass
    rows[5][1] = "RA644000001RU"  # row 7: wrong check digit
    write_xlsx(drive / "Списки" / "partia_17.xlsx", rows)
    (drive / "readme.pdf").write_bytes(b"%PDF")  # not a list: not offered
    page, client_id = _page(qtbot, gui_parts, sqlite_core, sqlite_staff, drive)
    assert page.drive_label.isVisible() and "1" in page.drive_label.text()

    wizard = page.open_wizard()
    qtbot.addWidget(wizard)
    assert wizard.pages.currentIndex() == SOURCE and wizard.client_id == client_id
    assert wizard.files_list.count() == 1 and wizard.path_edit.text().endswith("partia_17.xlsx")
    wizard.next()
    assert wizard.pages.currentIndex() == MAPPING
    combo_fields = [c.currentData() for c in wizard.mapping_view.combos]
    assert combo_fields[3] == Field.POSTCODE and combo_fields[7] == Field.MASS
    wizard.next()
    assert wizard.pages.currentIndex() == FINDINGS
    view = wizard.findings_view
    assert view.filter_combo.currentIndex() == 1  # errors only, since some rows are invalid
    assert sorted(f.row for f in view.visible_findings()) == [6, 7]
    assert view.jump_to_row("7") and view.selected_finding().code == "bad_check_digit"
    assert not view.jump_to_row("3") and "3" in view.status.text()
    wizard.next()
    assert wizard.pages.currentIndex() == DECISION and wizard.import_button.isEnabled()
    assert "4" in wizard.import_button.text()

    wizard.save_report()  # the drive is writable: the report goes next to the list
    assert (drive / "Списки" / "partia_17_проверен.xlsx").exists() and (
        drive / "Списки" / "partia_17_проверен.pdf"
    ).exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(wizard.imported) as stored:
        wizard.import_valid_rows()
    assert wizard.pages.currentIndex() == DONE and stored.args[0].items_count == 4
    assert [d.items_count for d in page.model.rows] == [4]
    with sqlite_core.uow() as tx:
        assert tx.session.scalar(select(func.count()).select_from(BatchItem)) == 4


def test_findings_filter_and_mapping_correction(qtbot, gui_parts, sqlite_core, sqlite_staff, tmp_path):
    drive = tmp_path / "USB"
    drive.mkdir()
    header = ["Получатель", "Индекс", "Адрес", "Вид", "Вес", "Примечание"]
    rows = [
        ["Петров", "125009", "Москва", "письмо", "0,020", ""],
        ["Сидоров", "1250", "Москва", "письмо", 30, ""],
        ["Петров", "125009", "Москва", "письмо", "0,020", ""],
    ]
    write_xlsx(drive / "list.xlsx", rows, header=header)
    page, _client_id = _page(qtbot, gui_parts, sqlite_core, sqlite_staff, drive)
    wizard = page.open_wizard()
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.mapping_view.mass_in_kg.isChecked()  # small decimals with a comma: kilograms guessed
    wizard.mapping_view.set_field(5, Field.CLIENT_REF)
    wizard.next()
    view = wizard.findings_view
    codes = {f.code for f in view.visible_findings()}
    assert codes == {"bad_postcode", "mass_over_limit"}  # errors only: 30 kg letter and a short postcode
    view.filter_combo.setCurrentIndex(0)
    assert {f.code for f in view.visible_findings()} == codes | {"duplicate_recipient"}
    view.filter_combo.setCurrentIndex(2)
    assert [f.row for f in view.visible_findings()] == [4]
    wizard.back()
    assert wizard.pages.currentIndex() == MAPPING


def _without_kind_columns(rows: list[list[object]]) -> list[list[object]]:
    return [row[:5] + row[7:] for row in rows]


HEADER_WITHOUT_KIND = ["№", "ШПИ", "Получатель", "Индекс", "Адрес", "Вес, г", "Объявленная ценность", "НП"]


def test_list_without_a_kind_column_asks_once_and_remembers(  # noqa: PLR0917
    qtbot, gui_parts, sqlite_core, sqlite_staff, tmp_path, monkeypatch
):
    drive = tmp_path / "FLASH"
    drive.mkdir()
    rows = _without_kind_columns(good_rows(3))
    rows[1][5] = 150  # over the letter limit: checked once the kind is known
    write_xlsx(drive / "old_1c.xlsx", rows, header=HEADER_WITHOUT_KIND)
    page, _client_id = _page(qtbot, gui_parts, sqlite_core, sqlite_staff, drive)
    wizard = page.open_wizard()
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.pages.currentIndex() == MAPPING and wizard.asks_kind
    assert wizard.kind_combo.currentText() == ""
    wizard.next()  # no kind: one warning for the list, not an error per row
    result = wizard.check_result
    assert result is not None and result.invalid == 0
    assert [(f.row, f.code) for f in result.findings] == [(None, "kind_not_set")]
    wizard.back()
    wizard.kind_combo.setCurrentText("Письмо заказное")
    wizard.next()
    result = wizard.check_result
    assert result is not None and "kind_not_set" not in {f.code for f in result.findings}
    assert [f.code for f in result.findings if f.row == 3] == ["mass_over_limit"]
    assert {i.mail_type for i in result.items} == {"LETTER"}
    wizard.next()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(wizard.imported):
        wizard.import_valid_rows()

    again = page.open_wizard()  # the same client, the same shape: the kind is filled in
    qtbot.addWidget(again)
    again.next()
    assert again.asks_kind and again.kind_combo.currentText() == "Письмо заказное"


def test_workbook_with_an_instruction_sheet(qtbot, gui_parts, sqlite_core, sqlite_staff, tmp_path):
    drive = tmp_path / "FLASH"
    drive.mkdir()
    path = drive / "with_help.xlsx"
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    help_sheet = book.add_worksheet("Инструкция")
    help_sheet.write(0, 0, "Как заполнять реестр: одна строка на отправление.")
    help_sheet.write(1, 0, "Вес указывайте в граммах.")
    sheet = book.add_worksheet("Реестр")
    from tests.support.lists import HEADER

    sheet.write_row(0, 0, HEADER)
    for index, row in enumerate(good_rows(4), start=1):
        sheet.write_row(index, 0, row)
    book.close()
    page, _client_id = _page(qtbot, gui_parts, sqlite_core, sqlite_staff, drive)
    wizard = page.open_wizard()
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.pages.currentIndex() == MAPPING
    assert wizard.opened is not None and wizard.opened.table.sheet == "Реестр"
    assert wizard.sheet_combo.isEnabled() and wizard.sheet_combo.currentText() == "Реестр"
    assert not wizard.asks_kind
    wizard.next()
    assert wizard.check_result is not None and wizard.check_result.valid == 4
    wizard.back()
    wizard.back()
    wizard.sheet_combo.setCurrentText("Инструкция")  # the operator may still pick another sheet
    wizard.sheet_combo.activated.emit(0)
    assert "заголов" in wizard.error_label.text()
