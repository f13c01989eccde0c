"""The import wizard shows the list-delivery conditions; a list brought another way is confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from postdesk.ui.context import UiContext
from postdesk.ui.counter.lists.drive_watcher import DriveWatcher
from postdesk.ui.counter.lists.wizard import MAPPING, SOURCE
from postdesk.ui.counter.page import AcceptancePage
from tests.support.batches import make_client
from tests.support.lists import good_rows, write_xlsx
from tests.support.money import set_contract


def test_a_list_on_a_flash_drive_under_an_electronic_only_contract_is_confirmed(  # noqa: PLR0917
    qtbot, gui_parts, sqlite_core, sqlite_staff, tmp_path, monkeypatch
):
    drive = tmp_path / "FLASH"
    drive.mkdir()
    write_xlsx(drive / "partia.xlsx", good_rows(3))
    client_id, contract_id = make_client(sqlite_core)
    set_contract(sqlite_core, contract_id, lists_electronic=True, lists_on_media=False)
    ctx = UiContext(
        core=sqlite_core, actor=sqlite_staff.operator, tasks=gui_parts.tasks, messages=gui_parts.messages
    )
    page = AcceptancePage(ctx, watcher=DriveWatcher(volumes=lambda: [str(drive)], interval_ms=60_000))
    qtbot.addWidget(page)
    page.show()
    page.load_clients()
    page.choose_client(client_id)
    wizard = page.open_wizard()
    qtbot.addWidget(wizard)
    assert wizard.pages.currentIndex() == SOURCE
    assert (
        "T-1300000017" in wizard.delivery_label.text()
        and "в электронном виде" in wizard.delivery_label.text()
    )

    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_a, **_k):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    wizard.next()
    assert wizard.pages.currentIndex() == SOURCE and "на флешке" in asked[-1]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    wizard.next()
    assert wizard.pages.currentIndex() == MAPPING and len(asked) == 2
