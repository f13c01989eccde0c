"""The accepted view of a mixed batch offers each of its ф.103 lists, and all of them together."""

from __future__ import annotations

from PySide6.QtCore import Qt

from postdesk.printing.options import FormKind
from postdesk.ui.context import UiContext
from postdesk.ui.counter.accepted_view import AcceptedView
from tests.support.pdf import page_texts
from tests.support.printed_batches import PARCEL_WITH_COD, store_batch

MIXED = (("LETTER", "ORDERED", 80), ("BANDEROL", "ORDERED", 450), PARCEL_WITH_COD)


def _view(qtbot, core, staff, parts) -> AcceptedView:  # type: ignore[no-untyped-def]
    ctx = UiContext(core=core, actor=staff.operator, tasks=parts.tasks, messages=parts.messages)
    view = AcceptedView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    return view


def test_a_mixed_batch_offers_each_list_and_prints_it(qtbot, sqlite_core, sqlite_staff, gui_parts):
    batch_id = store_batch(sqlite_core, 7, kinds=MIXED)
    view = _view(qtbot, sqlite_core, sqlite_staff, gui_parts)
    view.open_batch(sqlite_core.batches.get(sqlite_staff.operator, batch_id))
    qtbot.waitUntil(view.list_choice.isVisible, timeout=5000)
    entries = [view.list_choice.itemText(i) for i in range(view.list_choice.count())]
    assert entries[0] == "Все 3 списка"
    assert [e.split(" · ")[0] for e in entries[1:]] == ["№ 118-1", "№ 118-2", "№ 118-3"]
    assert "3 шт." in entries[1] and "2 шт." in entries[2]
    assert view.list_choice.itemData(2, Qt.ItemDataRole.ToolTipRole) == entries[2]
    assert view.sizeHint().width() <= 1280 and view.minimumSizeHint().width() <= 1280

    view.list_choice.setCurrentIndex(2)
    qtbot.mouseClick(view.form_buttons[FormKind.F103], Qt.MouseButton.LeftButton)
    preview = view.preview
    assert preview is not None
    qtbot.waitUntil(lambda: bool(preview.pdf), timeout=5000)
    texts = page_texts(preview.pdf)
    assert len(texts) == 2 and all("СПИСОК № 118-2" in t for t in texts if "СПИСОК" in t)
    assert preview.windowTitle().endswith("№ 118-2")
    preview.reject()

    view.list_choice.setCurrentIndex(0)
    qtbot.mouseClick(view.form_buttons[FormKind.F103], Qt.MouseButton.LeftButton)
    every = view.preview
    assert every is not None
    qtbot.waitUntil(lambda: bool(every.pdf), timeout=5000)
    assert len(page_texts(every.pdf)) == 6
    every.reject()


def test_a_batch_of_one_kind_has_no_list_choice(qtbot, sqlite_core, sqlite_staff, gui_parts):
    batch_id = store_batch(sqlite_core, 3)
    view = _view(qtbot, sqlite_core, sqlite_staff, gui_parts)
    view.open_batch(sqlite_core.batches.get(sqlite_staff.operator, batch_id))
    qtbot.waitUntil(view.form_buttons[FormKind.F103].isVisible, timeout=5000)
    assert view.list_choice.isHidden() and view.lists and view.lists[0].number == "118"
