"""Accounts in the GUI: the administrator's settings, account management, idle lock, sign-out."""

from __future__ import annotations

from sqlalchemy import select

from postdesk.common import settings as s
from postdesk.models import AuditEntry
from postdesk.ui.accounts.users_section import UsersSection
from postdesk.ui.application import open_main_window
from postdesk.ui.shell.settings_page import GeneralSettings
from tests.support.core import PASSWORD, make_staff

SHARED_URL = "postgresql://desk:s3cret@db.example:5432/postdesk"


def _window(qtbot, core, parts, actor):
    window = open_main_window(core, parts, actor)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    return window


def _actions(core) -> list[str]:
    with core.uow() as tx:
        return list(tx.session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_operators_neither_see_the_database_nor_change_the_postcode(qtbot, sqlite_core, gui_parts):
    staff = make_staff(sqlite_core)
    sqlite_core.settings.set(s.DATABASE_URL, SHARED_URL)
    window = _window(qtbot, sqlite_core, gui_parts, staff.operator)
    general = window.page("settings").findChild(GeneralSettings)
    assert general.database_edit.isHidden()
    assert "s3cret" not in general.database_edit.text()
    assert general.postcode_edit.isReadOnly() and general.name_edit.isReadOnly()
    assert window.page("settings").findChild(UsersSection).isHidden()


def test_administrators_see_the_address_without_its_password_and_changes_are_audited(
    qtbot, sqlite_core, gui_parts, user_messages
):
    staff = make_staff(sqlite_core)
    sqlite_core.settings.set(s.DATABASE_URL, SHARED_URL)
    window = _window(qtbot, sqlite_core, gui_parts, staff.admin)
    general = window.page("settings").findChild(GeneralSettings)
    assert general.database_edit.isVisibleTo(window)
    assert general.database_edit.text() == "postgresql://desk:***@db.example:5432/postdesk"
    general.postcode_edit.setText("430005")
    general.save()
    assert sqlite_core.settings.get(s.DATABASE_URL) == SHARED_URL  # the masked password was kept
    assert sqlite_core.settings.get(s.OFFICE_POSTCODE) == "430005"
    assert _actions(sqlite_core)[-1] == "setting_change"
    assert user_messages[-1].text == "Настройки сохранены."


def test_an_administrator_disables_an_account_and_resets_a_password(
    qtbot, sqlite_core, gui_parts, user_messages
):
    staff = make_staff(sqlite_core)
    window = _window(qtbot, sqlite_core, gui_parts, staff.admin)
    section = window.page("settings").findChild(UsersSection)
    logins = [user.login for user in section.users]
    section.table.selectRow(logins.index("operator"))
    section.toggle_selected()
    assert section.table.item(logins.index("operator"), 3).text() == "отключена"
    section.toggle_selected()
    section.reset_selected(password="fresh-pass-42")
    assert "operator" in user_messages[-1].text
    assert sqlite_core.users.authenticate("operator", "fresh-pass-42", "ws").login == "operator"
    assert {"user_disable", "user_enable", "password_reset"} <= set(_actions(sqlite_core))


def test_the_locked_window_opens_only_with_the_password(qtbot, sqlite_core, gui_parts):
    staff = make_staff(sqlite_core)
    window = _window(qtbot, sqlite_core, gui_parts, staff.operator)
    assert window.idle_watcher is not None and window.idle_watcher.timer.interval() == 10 * 60_000
    window.idle_watcher.idle.emit()  # as after ten idle minutes
    assert window.locked and not window.centralWidget().isVisible()
    dialog = window.unlock_dialog
    dialog.password_edit.setText("wrong-pass-1")
    dialog.submit()
    assert window.locked and "Неверный" in dialog.error_label.text()
    dialog.password_edit.setText(PASSWORD)
    dialog.submit()
    assert not window.locked and window.centralWidget().isVisible()
    assert _actions(sqlite_core)[-3:] == ["screen_locked", "unlock_failed", "unlock"]


def test_sign_out_closes_the_window_and_is_audited(qtbot, sqlite_core, gui_parts):
    staff = make_staff(sqlite_core)
    window = _window(qtbot, sqlite_core, gui_parts, staff.operator)
    window.sign_out_action.trigger()
    assert window.signed_out and not window.isVisible()
    assert _actions(sqlite_core)[-1] == "logout"
