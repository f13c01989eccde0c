"""The foundation's acceptance flow: sign in, create a client with a wrong INN, correct it,
save, find it by search, and see it again after reopening the same database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from postdesk.postal.requisites import inn_check_digits
from postdesk.ui.application import build_gui_parts, open_main_window
from postdesk.ui.clients.clients_page import ClientsPage
from postdesk.ui.login_dialog import LoginDialog
from tests.support.core import PASSWORD, make_core, make_staff
from tests.support.typing import type_text

GOOD_INN = inn_check_digits("132699887")
BAD_INN = GOOD_INN[:-1] + str((int(GOOD_INN[-1]) + 1) % 10)


def _sign_in(qtbot, core, parts, login="operator"):
    dialog = LoginDialog(core, parts.tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible() and dialog.actor is None
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.signed_in):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    return dialog.actor


def test_sign_in_create_find_and_reopen(qtbot, sqlite_url, app_paths):
    core = make_core(sqlite_url, app_paths)
    make_staff(core)
    parts = build_gui_parts(core, None, dialogs=False, synchronous=True)
    actor = _sign_in(qtbot, core, parts)
    window = open_main_window(core, parts, actor)
    qtbot.addWidget(window)
    window.show()
    page = window.page("clients")
    assert isinstance(page, ClientsPage)

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    type_text(qtbot, editor.edits["full_name"], "Общество с ограниченной ответственностью «Вишня»")
    type_text(qtbot, editor.edits["short_name"], "ООО «Вишня»")
    qtbot.keyClicks(editor.edits["inn"], BAD_INN)
    qtbot.keyClicks(editor.edits["kpp"], "132601001")
    editor.save()
    inn_error = editor.form.errors["inn"]
    assert inn_error.isVisible()
    assert "контрольн" in inn_error.text()
    assert editor.isVisible()

    editor.edits["inn"].clear()
    qtbot.keyClicks(editor.edits["inn"], GOOD_INN)
    editor.edits["inn"].editingFinished.emit()
    assert not inn_error.isVisible()
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert not editor.isVisible()

    page.search_edit.clear()
    type_text(qtbot, page.search_edit, "вишн")
    page.refresh()
    assert [row.short_name for row in page.model.rows] == ["ООО «Вишня»"]
    window.close()
    core.close()

    reopened = make_core(sqlite_url, app_paths)
    parts2 = build_gui_parts(reopened, None, dialogs=False, synchronous=True)
    window2 = open_main_window(reopened, parts2, actor)
    qtbot.addWidget(window2)
    page2 = window2.page("clients")
    qtbot.keyClicks(page2.search_edit, GOOD_INN)
    page2.refresh()
    assert [row.inn for row in page2.model.rows] == [GOOD_INN]
    window2.close()
    reopened.close()
