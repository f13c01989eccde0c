"""Quitting while a batch is open for weighing asks first; with nothing under way it does not."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from postdesk.ui.application import open_main_window
from tests.support.batches import ItemSpec, make_client, make_draft
from tests.support.core import make_staff


def test_quitting_with_a_batch_in_weighing_asks_first(qtbot, sqlite_core, gui_parts, monkeypatch):
    staff = make_staff(sqlite_core)
    client_id, contract_id = make_client(sqlite_core)
    batch_id, _ids = make_draft(sqlite_core, client_id, contract_id, [ItemSpec(20)] * 2, list_number="12")
    window = open_main_window(sqlite_core, gui_parts, staff.operator)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_args):
            asked.append(text)
            return reply

        return question

    assert window.work_in_progress() == []
    window.show_page("acceptance")
    window.page("acceptance").open_batch_id(batch_id)
    (pending,) = window.work_in_progress()
    assert "№ 12" in pending and "ООО" in pending

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not window.close() and window.isVisible() and len(asked) == 1
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert window.close() and len(asked) == 2
