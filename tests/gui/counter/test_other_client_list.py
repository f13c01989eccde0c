"""The import wizard with a list whose title names another client: the operator switches to the
client the title names, or confirms taking the list under the chosen one (audited)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from postdesk.models import AuditEntry, Batch
from postdesk.ui.context import UiContext
from postdesk.ui.counter.lists.wizard import DECISION, DONE, FINDINGS, ImportWizard
from tests.support.lists import good_rows, make_client, write_xlsx


def _wizard(qtbot, core, staff, parts, tmp_path: Path):  # type: ignore[no-untyped-def]
    romashka, inn = make_client(core, staff.operator, "132600002", "ООО «Ромашка»")
    polka, _inn = make_client(core, staff.operator, "132600003", "ООО «Полка»")
    drive = tmp_path / "FLASH"
    drive.mkdir()
    path = write_xlsx(
        drive / "romashka.xlsx", good_rows(3), title=[f"ООО «Ромашка», ИНН {inn}", "Список № 17"]
    )
    ctx = UiContext(core=core, actor=staff.operator, tasks=parts.tasks, messages=parts.messages)
    wizard = ImportWizard(ctx, client_id=polka, drives={str(drive): [path]})
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.client_combo.count() >= 2, timeout=5000)
    wizard.next()  # source -> mapping
    wizard.next()  # mapping -> findings
    assert wizard.pages.currentIndex() == FINDINGS
    return wizard, romashka, polka


def _decide(qtbot, wizard):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: wizard.client_check is not None, timeout=5000)
    wizard.next()
    assert wizard.pages.currentIndex() == DECISION and wizard.focusWidget() is wizard.import_button
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    box = wizard.other_client_box
    assert box is not None and box.isVisible()
    return box


def test_the_operator_switches_to_the_client_the_title_names(
    qtbot, sqlite_core, sqlite_staff, gui_parts, tmp_path
):
    wizard, romashka, _polka = _wizard(qtbot, sqlite_core, sqlite_staff, gui_parts, tmp_path)
    codes = [f.code for f in wizard.check_result.findings]
    assert codes[0] == "other_client" and "Ромашка" in wizard.findings_view.visible_findings()[0].message
    box = _decide(qtbot, wizard)
    assert "Ромашка" in box.text() and box.defaultButton() is box.switch_button
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: switch to «Ромашка»
    assert wizard.client_id == romashka and wizard.pages.currentIndex() == FINDINGS
    assert "other_client" not in [f.code for f in wizard.check_result.findings]
    wizard.next()
    with qtbot.waitSignal(wizard.imported) as stored:
        qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    assert stored.args[0].client_id == romashka and wizard.pages.currentIndex() == DONE


def test_taking_the_list_anyway_is_confirmed_and_logged(
    qtbot, sqlite_core, sqlite_staff, gui_parts, tmp_path
):
    wizard, romashka, polka = _wizard(qtbot, sqlite_core, sqlite_staff, gui_parts, tmp_path)
    box = _decide(qtbot, wizard)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # cancel: nothing stored, back on the decision
    assert wizard.other_client_box is None and wizard.pages.currentIndex() == DECISION
    with sqlite_core.uow() as tx:
        assert tx.session.scalars(select(Batch)).first() is None
    qtbot.keyClick(wizard.import_button, Qt.Key.Key_Space)
    box = wizard.other_client_box
    assert box is not None
    with qtbot.waitSignal(wizard.imported) as stored:
        box.take_button.click()
    assert stored.args[0].client_id == polka
    with sqlite_core.uow() as tx:
        after = tx.session.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "list_other_client_confirmed")
        ).one()
    assert after["matching_client_id"] == romashka
