"""The office set-up section of the Settings page: administrators edit the letterhead, mail
server and identifier ranges; everyone else sees them read-only."""

from __future__ import annotations

from sqlalchemy import select

from postdesk.common import settings as s
from postdesk.models import AuditEntry
from postdesk.ui.application import settings_sections
from postdesk.ui.context import SettingsSection, UiContext
from postdesk.ui.reference.office_section import OfficeSetupSection
from postdesk.ui.shell.settings_page import SettingsPage
from tests.support.typing import type_text


def _section(qtbot, core, parts, actor) -> OfficeSetupSection:  # type: ignore[no-untyped-def]
    """The section inside a real Settings page (kept alive by the section's parent chain)."""
    ctx = UiContext(
        core=core,
        actor=actor,
        tasks=parts.tasks,
        messages=parts.messages,
        settings_sections=(SettingsSection("office", OfficeSetupSection),),
    )
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    section = page.findChild(OfficeSetupSection, "settings_office")
    assert section is not None
    section.page = page  # type: ignore[attr-defined]
    return section


def test_the_application_wires_the_section():
    names = [spec.name for spec in settings_sections(None)]  # type: ignore[arg-type]
    assert "office" in names


def test_an_administrator_saves_the_letterhead_and_mail_server(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
):
    section = _section(qtbot, sqlite_core, gui_parts, sqlite_staff.admin)
    section.postcode_edit.setText("430005")
    type_text(qtbot, section.edits[s.OFFICE_NAME.key], "ОПС Саранск 430005")
    type_text(qtbot, section.edits[s.OFFICE_REQUISITES.key], "ИНН 7724490000, КПП 132643001")
    section.logo_edit.setText("/srv/logo.png")
    section.edits[s.SMTP_HOST.key].setText("smtp.example.org")
    section.port_spin.setValue(465)
    section.security_combo.setCurrentIndex(section.security_combo.findData("ssl"))
    section.password_edit.setText("secret-1")
    section.warn_spin.setValue(500)
    section.save()
    store = sqlite_core.settings
    assert store.get(s.OFFICE_POSTCODE) == "430005" and store.get(s.OFFICE_NAME) == "ОПС Саранск 430005"
    assert store.get(s.OFFICE_REQUISITES).startswith("ИНН") and store.get(s.OFFICE_LOGO) == "/srv/logo.png"
    assert (store.get(s.SMTP_HOST), store.get(s.SMTP_PORT), store.get(s.SMTP_SECURITY)) == (
        "smtp.example.org",
        465,
        "ssl",
    )
    assert store.get(s.SMTP_PASSWORD) == "secret-1" and section.password_edit.text() == ""
    assert store.get(s.RANGE_WARN_BELOW) == 500
    assert "сохранены" in user_messages[-1].text.lower() or "сохранена" in user_messages[-1].text.lower()
    with sqlite_core.uow() as tx:
        keys = tx.session.scalars(
            select(AuditEntry.object_id).where(AuditEntry.action == "setting_change")
        ).all()
    assert s.OFFICE_POSTCODE.key in keys


def test_ranges_are_added_with_warnings_and_overlaps_refused(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
):
    section = _section(qtbot, sqlite_core, gui_parts, sqlite_staff.admin)
    box = section.ranges
    box.kind_combo.setCurrentIndex(box.kind_combo.findData("s10"))
    qtbot.keyClicks(box.prefix_edit, "RA")
    qtbot.keyClicks(box.suffix_edit, "RU")
    box.first_spin.setValue(1)
    box.last_spin.setValue(300)
    box.add()
    assert [(r.prefix, r.remaining, r.warning) for r in box.ranges] == [("RA", 300, True)]
    assert box.warning_label.isVisible() and "RARU (300)" in box.warning_label.text()
    qtbot.keyClicks(box.prefix_edit, "RA")
    box.first_spin.setValue(200)
    box.last_spin.setValue(900)
    box.add()
    assert "пересекается" in user_messages[-1].text.lower() and len(box.ranges) == 1


def test_others_see_the_set_up_read_only(qtbot, sqlite_core, sqlite_staff, gui_parts):
    section = _section(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    assert section.edits[s.OFFICE_NAME.key].isReadOnly() and not section.save_button.isEnabled()
    assert not section.ranges.add_button.isEnabled()


def test_a_contract_range_is_given_to_the_contract_picked_from_the_list(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
):
    from tests.support.batches import make_client

    _client, contract_id = make_client(sqlite_core, inn="1300000017")
    section = _section(qtbot, sqlite_core, gui_parts, sqlite_staff.admin)
    box = section.ranges
    assert box.contract_combo.currentText() == "отделение" and box.contract_combo.count() == 2
    box.kind_combo.setCurrentIndex(box.kind_combo.findData("s10"))
    qtbot.keyClicks(box.prefix_edit, "RB")
    qtbot.keyClicks(box.suffix_edit, "RU")
    box.first_spin.setValue(1)
    box.last_spin.setValue(5000)
    box.contract_combo.setEditText("нет такого")
    box.add()
    assert "выберите договор" in user_messages[-1].text.lower() and box.ranges == []
    completer = box.contract_combo.completer()
    completer.setCompletionPrefix("«Тест")  # typing part of the client's name finds the contract
    assert completer.completionCount() == 1
    box.contract_combo.setEditText(completer.currentCompletion())
    box.add()
    assert [(r.prefix, r.contract_id) for r in box.ranges] == [("RB", contract_id)]
    assert box.table.item(0, 4).text() == "№ T-1300000017 — ООО «Тест»"
    qtbot.keyClicks(box.prefix_edit, "RB")
    box.first_spin.setValue(4000)
    box.last_spin.setValue(9000)
    box.contract_combo.setCurrentIndex(0)
    box.add()
    assert "пересекается" in user_messages[-1].text.lower() and len(box.ranges) == 1
