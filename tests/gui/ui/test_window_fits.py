"""At 1280×720 with the demo data, every page of the main window fits: no page asks for more room
than the window has, and no table needs a horizontal scroll bar. The counter's weighing view and
accepted view are looked at too (a draft and an accepted, mixed demo batch)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from sqlalchemy import select

from postdesk.models.batches import Batch, BatchStatus
from postdesk.ui.application import build_gui_parts, open_main_window
from postdesk.ui.shell.navigation import PAGES
from tests.gui.ui.demo_window import HEIGHT, WIDTH, demo_supervisor, whole_demo_core


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def _problems(window: QWidget, where: str) -> list[str]:
    found = []
    if window.width() > WIDTH or window.height() > HEIGHT:
        found.append(f"{where}: the window grew to {window.width()}×{window.height()}")
    hint = window.minimumSizeHint()
    if hint.width() > WIDTH or hint.height() > HEIGHT:
        found.append(f"{where}: the window needs at least {hint.width()}×{hint.height()}")
    for view in window.findChildren(QAbstractItemView):
        if not view.isVisible():
            continue
        bar = view.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            name = view.objectName() or type(view.parent()).__name__
            found.append(f"{where}: the table in {name} scrolls sideways by {bar.maximum()} px")
    return found


@pytest.fixture
def demo_core(tmp_path_factory, worker_id):  # type: ignore[no-untyped-def]
    core, _folder = whole_demo_core(tmp_path_factory, worker_id)
    yield core
    core.close()


def test_every_page_and_counter_view_fits_1280_by_720(qtbot, qapp, demo_core):
    sqlite_core = demo_core
    gui_parts = build_gui_parts(sqlite_core, None, dialogs=False, synchronous=True)
    actor = demo_supervisor(sqlite_core)
    window = open_main_window(sqlite_core, gui_parts, actor)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    problems: list[str] = []
    for spec in PAGES:
        window.show_page(spec.key)
        _settle(qtbot)
        problems += _problems(window, spec.key)

    window.show_page("acceptance")
    counter = window.page("acceptance")
    with sqlite_core.uow() as tx:
        draft = tx.session.scalars(select(Batch.id).where(Batch.status == BatchStatus.DRAFT)).first()
        mixed = tx.session.scalars(
            select(Batch.id).where(Batch.status == BatchStatus.ACCEPTED, Batch.list_number == "108")
        ).one()
    assert draft is not None
    for batch_id, where in ((draft, "weighing view"), (mixed, "accepted view")):
        counter.open_batch_id(batch_id)
        _settle(qtbot)
        problems += _problems(window, where)
    assert counter.accepted.list_choice.isVisible()  # the mixed batch's lists are offered
    assert problems == [], "\n".join(problems)
