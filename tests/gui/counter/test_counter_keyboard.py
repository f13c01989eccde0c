"""The counter driven by the keyboard only, as at 9 a.m. with a queue: every key goes to whatever
has focus, as a scanner's keystrokes do, and every scan must land on its item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from postdesk.devices.scales.simulator import ScaleSimulator
from postdesk.models.batches import BatchStatus, ItemStatus
from postdesk.postal.weighing import WeightDecision, WeightSource
from postdesk.ui.counter.dialogs import ManualWeightDialog, PackDialog
from postdesk.ui.counter.page import ACCEPTED, WEIGHING
from tests.gui.counter.counter import activate, empty_platform, open_counter, pdf_printer
from tests.support.batches import ItemSpec, make_client, make_draft
from tests.support.core import make_staff
from tests.support.lists import rpo


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def _keys(qtbot, text: str) -> None:
    """Type into the focused widget, one key at a time, as a scanner does."""
    for char in text:
        qtbot.keyClick(_focused(), char)


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focused(), key, modifier)


def _scan(qtbot, code: str) -> None:
    _keys(qtbot, code)
    _press(qtbot, Qt.Key.Key_Return)


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


@pytest.fixture
def answers(monkeypatch):
    """Questions are answered from a list, and each one asked is kept."""
    given: list[QMessageBox.StandardButton] = []
    asked: list[str] = []

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return given.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return given, asked


def test_the_keyboard_alone_weighs_decides_hands_back_packs_accepts_and_prints(
    qtbot, sqlite_core, gui_parts, tmp_path, answers
):
    given, asked = answers
    staff = make_staff(sqlite_core)
    client_id, contract_id = make_client(sqlite_core)
    specs = [ItemSpec(mass_g=20, barcode=rpo(n)) for n in (1, 2, 3)]
    specs += [ItemSpec(mass_g=20, category="SIMPLE") for _ in range(2)]
    batch_id, ids = make_draft(sqlite_core, client_id, contract_id, specs, list_number="")

    with ScaleSimulator("massak100", link=tmp_path / "scale") as sim:
        counter = open_counter(qtbot, sqlite_core, gui_parts, staff.operator, sim, tmp_path)
        page, view = counter.page, counter.page.weighing
        try:
            page.open_batch_id(batch_id)
            activate(qtbot, page)
            assert page.stack.currentIndex() == WEIGHING
            assert "без номера" in view.title_label.text()
            assert not view.queue_button.isVisible()  # the contract has no without-client condition
            assert view.scan_edit.hasFocus()
            empty_platform(qtbot, counter)

            # 1: a discrepancy, the actual weight taken with F6
            _scan(qtbot, rpo(1))
            assert view.target_id == ids[0]
            sim.model.put(40)
            qtbot.waitUntil(view.discrepancy.isVisible, timeout=5000)
            empty_platform(qtbot, counter)
            _press(qtbot, Qt.Key.Key_F6)
            assert not view.discrepancy.isVisible() and view.scan_edit.hasFocus()
            assert "фактический" in view.scan_status.text().lower()

            # 2: a discrepancy handed back with F7; the red message does not stay
            _scan(qtbot, rpo(2))
            assert view.target_id == ids[1]
            sim.model.put(45)
            qtbot.waitUntil(view.discrepancy.isVisible, timeout=5000)
            empty_platform(qtbot, counter)
            _press(qtbot, Qt.Key.Key_F7)
            assert view.scan_edit.hasFocus() and "вес вне допуска" not in view.scan_status.text().lower()
            assert view.model.item(1).status is ItemStatus.RETURNED

            # 3: F8 opens on the weight; a wrong value is explained in full, then the right one
            _scan(qtbot, rpo(3))
            assert view.target_id == ids[2]
            _press(qtbot, Qt.Key.Key_F8)
            dialog = view.dialog
            assert isinstance(dialog, ManualWeightDialog) and dialog.isVisible()
            qtbot.addWidget(dialog)
            qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
            assert dialog.grams_edit.hasFocus()
            _keys(qtbot, "abc")
            _press(qtbot, Qt.Key.Key_Return)
            error = dialog.form.errors["grams"]
            assert dialog.isVisible() and error.isVisible() and error.text()
            error_rect = QRect(error.mapTo(dialog, error.rect().topLeft()), error.size())
            ok = dialog.ok_button()
            ok_rect = QRect(ok.mapTo(dialog, ok.rect().topLeft()), ok.size())
            assert _inside(error_rect, dialog.rect()) and not error_rect.intersects(ok_rect)
            assert error.height() >= error.heightForWidth(error.width())
            assert dialog.grams_edit.hasFocus()
            dialog.grams_edit.selectAll()
            _keys(qtbot, "21")
            _press(qtbot, Qt.Key.Key_Return)
            assert not dialog.isVisible()
            qtbot.waitUntil(view.scan_edit.hasFocus, timeout=3000)
            third = view.model.item(2)
            assert third.weighed_mass_g == 21 and third.weight_source is WeightSource.MANUAL

            # F5 on the hand-entered weight asks first; «No» keeps it
            given.append(QMessageBox.StandardButton.No)
            _press(qtbot, Qt.Key.Key_F5)
            assert asked and "21" in asked[-1] and view.target_id is None
            assert view.scan_edit.hasFocus()

            # a pack of the two simple letters with F9, weighed on the scale
            _press(qtbot, Qt.Key.Key_F9)
            pack = view.dialog
            assert isinstance(pack, PackDialog)
            qtbot.addWidget(pack)
            qtbot.waitUntil(pack.isActiveWindow, timeout=3000)
            assert pack.count_spin.hasFocus()
            assert pack.count_spin.value() == 2
            _press(qtbot, Qt.Key.Key_Return)
            assert view.pack_ids == ids[3:]
            qtbot.waitUntil(view.scan_edit.hasFocus, timeout=3000)
            sim.model.put(41)
            qtbot.waitUntil(lambda: view.model.item(4).weighed_mass_g is not None, timeout=5000)
            empty_platform(qtbot, counter)
            assert view.scan_edit.hasFocus()

            # a click into the table does not swallow the next scan
            view.table.setFocus()
            _scan(qtbot, rpo(1))
            assert view.target_id == ids[0] and view.scan_edit.text() == ""
            view.target_id = None

            # accept with Ctrl+Enter from the scan field, print with Ctrl+P
            given.append(QMessageBox.StandardButton.Yes)
            _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert page.stack.currentIndex() == ACCEPTED
            summary = sqlite_core.batches.get(staff.operator, batch_id)
            assert summary.status is BatchStatus.ACCEPTED and summary.items_count == 4
            stored = sqlite_core.batches.items(staff.operator, batch_id)
            assert stored[0].weight_decision is WeightDecision.TAKE_ACTUAL
            assert stored[1].status is ItemStatus.RETURNED

            activate(qtbot, page)
            _press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
            preview = page.accepted.preview
            assert preview is not None and preview.pages is not None
            preview.printer_factory = lambda: pdf_printer(tmp_path / "f103.pdf")
            qtbot.waitUntil(preview.isActiveWindow, timeout=3000)
            with qtbot.waitSignal(preview.printed, timeout=10_000):
                _press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
            assert (tmp_path / "f103.pdf").stat().st_size > 1000
            preview.close()
            activate(qtbot, page)
            _press(qtbot, Qt.Key.Key_Escape)
            assert page.stack.currentIndex() != ACCEPTED
        finally:
            counter.scale.stop()
