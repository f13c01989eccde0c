"""Enter in a client search with one result opens it; Esc on a half-filled new client asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from postdesk.ui.clients.clients_page import ClientsPage
from postdesk.ui.context import UiContext
from tests.support.lists import make_client
from tests.support.typing import type_text


def _page(qtbot, core, staff, parts) -> ClientsPage:  # type: ignore[no-untyped-def]
    ctx = UiContext(core=core, actor=staff.operator, tasks=parts.tasks, messages=parts.messages)
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_enter_with_one_client_found_opens_it(qtbot, sqlite_core, sqlite_staff, gui_parts):
    make_client(sqlite_core, sqlite_staff.operator, "132600002", "ООО «Ромашка»")
    make_client(sqlite_core, sqlite_staff.operator, "132600003", "ООО «Полка»")
    page = _page(qtbot, sqlite_core, sqlite_staff, gui_parts)
    type_text(qtbot, page.search_edit, "ООО")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # two found: nothing opens
    assert page.editor is None and len(page.model.rows) == 2
    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "ромаш")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    editor = page.editor
    assert editor is not None and "Ромашка" in editor.windowTitle()
    editor.reject()  # nothing changed: closes without a question
    assert not editor.isVisible()


def test_escape_on_a_half_filled_new_client_asks_before_discarding(
    qtbot, sqlite_core, sqlite_staff, gui_parts, monkeypatch
):
    page = _page(qtbot, sqlite_core, sqlite_staff, gui_parts)
    page.create_client()
    editor = page.editor
    assert editor is not None
    type_text(qtbot, editor.edits["short_name"], "ООО «Вишня»")
    asked: list[str] = []

    def answer(reply):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible() and editor.edits["short_name"].text() == "ООО «Вишня»"
    assert len(asked) == 1 and "не сохранён" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and len(asked) == 2
