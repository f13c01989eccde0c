"""Draft edits from the keyboard: Ctrl+Del takes the scanned item out, Ctrl+E fixes its declared
data; each asks for a reason, and the next scan lands in the scan field afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from postdesk.devices.scales.simulator import ScaleSimulator
from postdesk.models import AuditEntry
from postdesk.ui.counter.correction_dialog import CorrectionDialog
from postdesk.ui.counter.dialogs import ReasonDialog
from tests.gui.counter.counter import activate, open_counter
from tests.support.batches import ItemSpec, make_client, make_draft
from tests.support.core import make_staff
from tests.support.lists import rpo


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        qtbot.keyClick(_focused(), char)


def _press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(_focused(), key, modifier)


def _scan(qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, code)
    _press(qtbot, Qt.Key.Key_Return)


@pytest.fixture
def simulator(tmp_path):  # type: ignore[no-untyped-def]
    with ScaleSimulator("massak100", link=tmp_path / "scale") as sim:
        yield sim


def test_remove_and_fix_a_draft_item_by_keyboard(qtbot, sqlite_core, gui_parts, simulator, tmp_path):
    staff = make_staff(sqlite_core)
    client_id, contract_id = make_client(sqlite_core)
    batch_id, ids = make_draft(
        sqlite_core, client_id, contract_id, [ItemSpec(20, barcode=rpo(n)) for n in (1, 2, 3)]
    )
    counter = open_counter(qtbot, sqlite_core, gui_parts, staff.operator, simulator, tmp_path)
    try:
        page, view = counter.page, counter.page.weighing
        page.load_clients()
        page.open_batch_id(batch_id)
        activate(qtbot, page)
        qtbot.waitUntil(view.scan_edit.hasFocus, timeout=3000)

        _scan(qtbot, rpo(2))
        assert view.target_id == ids[1]
        _press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
        dialog = view.dialog
        assert isinstance(dialog, ReasonDialog)
        qtbot.waitUntil(dialog.reason_edit.hasFocus, timeout=3000)
        _type(qtbot, "нет в мешке")
        _press(qtbot, Qt.Key.Key_Tab)  # to «OK»
        _press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
        qtbot.waitUntil(view.scan_edit.hasFocus, timeout=3000)
        assert [item.seq for item in view.model.rows] == [1, 3]

        _scan(qtbot, rpo(3))  # the next scan lands
        assert view.target_id == ids[2]
        _press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        fix = view.dialog
        assert isinstance(fix, CorrectionDialog)
        qtbot.waitUntil(fix.reason_edit.hasFocus, timeout=3000)  # the dialog opens on its reason
        _type(qtbot, "опечатка в списке")
        fix.mass_spin.setValue(35)
        qtbot.mouseClick(fix.ok_button(), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.model.item(1).declared_mass_g == 35, timeout=5000)
        qtbot.waitUntil(view.scan_edit.hasFocus, timeout=3000)
        _scan(qtbot, rpo(1))
        assert view.target_id == ids[0]
        with sqlite_core.uow() as tx:
            query = select(AuditEntry.action).where(AuditEntry.action.like("item_%")).order_by(AuditEntry.id)
            actions = list(tx.session.scalars(query))
        assert actions == ["item_remove", "item_fix"]
    finally:
        counter.scale.stop()
