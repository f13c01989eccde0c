"""Every dialog of the UI, opened over the main window at 1280×720 with demo data and long
Russian texts, fits: it asks for no more room than the screen has, nothing in it scrolls
sideways, no label or button shows less than its text (unless elided with the whole text as
its tooltip), and its validation message is shown whole, not behind the buttons.

The dialogs are found by walking ``postdesk.ui`` for QDialog subclasses (message boxes aside),
so a new dialog without a case in ``dialog_cases.CASES`` fails here.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

import postdesk.ui
from postdesk.postal.requisites import inn_check_digits
from postdesk.services.clients.data import ClientDraft, ContactDraft, ContractDraft
from postdesk.ui.application import build_gui_parts, open_main_window
from postdesk.ui.context import UiContext
from tests.gui.ui.demo_window import HEIGHT, WIDTH, Env, demo_supervisor, whole_demo_core
from tests.gui.ui.dialog_cases import BASES, CASES, LONG_NAME


def dialog_classes() -> list[type[QDialog]]:
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(postdesk.ui.__path__, "postdesk.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and issubclass(value, QDialog)
                and not issubclass(value, QMessageBox)
                and value.__module__ == module.__name__
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


DIALOGS = dialog_classes()


def _long_client(env_core, ctx: UiContext) -> int:  # type: ignore[no-untyped-def]
    draft = ClientDraft(
        full_name=f"Общество с ограниченной ответственностью {LONG_NAME[4:]}",
        short_name=LONG_NAME,
        inn=inn_check_digits("132600091"),
        kpp="132601001",
        legal_address="430005, Республика Мордовия, г. Саранск, ул. Большевистская, д. 31, корп. 2, офис 415",
        postal_address="430005, Республика Мордовия, г. Саранск, а/я 1234, для отдела логистики и рассылок",
        phones="+7 (8342) 23-45-67, +7 (927) 123-45-67 (бухгалтерия), +7 (927) 765-43-21",
        email="otdel.korporativnoy.pochty.i.rassylok@severo-zapadnaya-kompaniya-romashka.ru",
        bank_name="ПАО «Сбербанк России», Мордовское отделение № 8589, г. Саранск",
        contacts=[
            ContactDraft(
                "Константинопольская-Преображенская Александра Вячеславовна",
                "Заместитель начальника отдела логистики и корпоративных рассылок",
                "+7 (927) 123-45-67",
                "aleksandra.konstantinopolskaya@severo-zapadnaya-kompaniya-romashka.ru",
            )
        ],
    )
    found: list[int] = []
    ctx.tasks.start(ctx.ops.clients.save_client(draft), found.append)
    today = dt.date.today()
    contract = ContractDraft(
        found[0],
        "КП-2026/118-Б",
        today.replace(month=1, day=9),
        today.replace(month=1, day=9),
        services=["batch_mail"],
    )
    ctx.tasks.start(ctx.ops.clients.save_contract(contract), lambda _id: None)
    return found[0]


@pytest.fixture(scope="module")
def env(qapp, tmp_path_factory, worker_id) -> Iterator[Env]:  # type: ignore[no-untyped-def]
    core, folder = whole_demo_core(tmp_path_factory, worker_id)
    actor = demo_supervisor(core)
    parts = build_gui_parts(core, None, dialogs=False, synchronous=True)
    window = open_main_window(core, parts, actor)
    window.resize(WIDTH, HEIGHT)
    window.show()
    ctx = UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages)
    yield Env(core, parts, ctx, window, _long_client(core, ctx), folder)
    window.close()
    window.deleteLater()
    core.close()


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _clipped(widget: QWidget) -> str | None:
    """Why the widget does not show its whole text, or None."""
    text = widget.text()  # type: ignore[attr-defined]
    if isinstance(widget, QLabel) and widget.wordWrap():
        needed = widget.heightForWidth(widget.width())
        if needed > widget.height():
            return f"wraps to {needed} px high but has {widget.height()} px"
    elif widget.width() < widget.sizeHint().width() and not ("…" in text and widget.toolTip()):
        return f"{widget.width()} px wide, its text needs {widget.sizeHint().width()} px"
    if not _in_scroll_area(widget):
        shown = widget.visibleRegion().boundingRect()
        if shown != QRect(0, 0, widget.width(), widget.height()):
            return f"only {shown.width()}×{shown.height()} of {widget.width()}×{widget.height()} is visible"
    return None


def _problems(dialog: QDialog) -> list[str]:
    found = []
    hint = dialog.minimumSizeHint()
    if hint.width() > WIDTH or hint.height() > HEIGHT:
        found.append(f"needs at least {hint.width()}×{hint.height()}")
    if dialog.width() > WIDTH or dialog.height() > HEIGHT:
        found.append(f"opens at {dialog.width()}×{dialog.height()}")
    for area in dialog.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
            found.append(
                f"{type(area).__name__} {area.objectName()!r} scrolls sideways by {bar.maximum()} px"
            )
    for kind in (QLabel, QPushButton, QCheckBox, QRadioButton):
        for widget in dialog.findChildren(kind):
            if widget.isVisible() and widget.text():
                why = _clipped(widget)
                if why:
                    found.append(f"{type(widget).__name__} «{widget.text()[:60]}»: {why}")
    return found


def test_every_dialog_has_a_case():
    missing = [f"{c.__module__}.{c.__qualname__}" for c in DIALOGS if c not in CASES and c not in BASES]
    assert not missing, "add these dialogs to tests/gui/ui/dialog_cases.py: CASES:\n" + "\n".join(missing)
    gone = [c.__qualname__ for c in CASES if c not in DIALOGS]
    assert not gone, f"cases for classes no longer under postdesk.ui: {gone}"
    for base in BASES:
        assert any(issubclass(c, base) for c in CASES if c is not base), f"{base.__name__} is not opened"


def _dialog_problems(qtbot, env: Env, cls: type[QDialog]) -> list[str]:  # type: ignore[no-untyped-def]
    case = CASES.get(cls)
    if case is None:
        return ["no case in tests/gui/ui/dialog_cases.py"]
    dialog = case.open(env)
    assert type(dialog) is cls
    qtbot.addWidget(dialog)
    dialog.show()
    _settle(qtbot)
    problems = _problems(dialog)
    if case.provoke is not None:
        messages = case.provoke(dialog)
        _settle(qtbot)
        if not messages:
            problems.append("shows no message")
        for label in messages:
            if not (label.isVisible() and label.text()):
                problems.append(f"its message «{label.text()[:60]}» is not shown")
            elif why := _clipped(label):
                problems.append(f"message «{label.text()[:60]}»: {why}")
        problems += [f"with its message: {p}" for p in _problems(dialog)]
    dialog.hide()  # not close(): that is «Cancel», which may ask before discarding
    return problems


def test_every_dialog_fits_1280_by_720(qtbot, env):
    """One test for all the dialogs, so that one worker seeds the demo database."""
    problems = []
    for cls in DIALOGS:
        if cls not in BASES:
            problems += [f"{cls.__qualname__}: {p}" for p in _dialog_problems(qtbot, env, cls)]
    assert problems == [], "at 1280×720:\n" + "\n".join(problems)


def test_the_checks_see_clipped_texts_and_sideways_scrolling(qtbot):
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    narrow = QLabel(LONG_NAME)
    narrow.setFixedWidth(80)
    elided = QLabel("ООО «Северо…")
    elided.setToolTip(LONG_NAME)
    elided.setFixedWidth(40)
    squeezed = QLabel(LONG_NAME * 3)
    squeezed.setWordWrap(True)
    squeezed.setFixedSize(200, 20)
    button = QPushButton("Сохранить отчёт для клиента…")
    button.setFixedWidth(60)
    table = QTableWidget(1, 3)
    for column in range(3):
        table.setItem(0, column, QTableWidgetItem(LONG_NAME))
    table.resizeColumnsToContents()
    table.setFixedWidth(300)
    for widget in (narrow, elided, squeezed, button, table):
        layout.addWidget(widget)
    dialog.resize(1400, 300)
    dialog.show()
    _settle(qtbot)
    found = "\n".join(_problems(dialog))
    assert "opens at 1400×" in found
    assert "QLabel «Северо" not in found  # the elided one, with its tooltip, is fine
    assert f"QLabel «{LONG_NAME[:60]}»: 80 px wide" in found
    assert "wraps to" in found and "but has 20 px" in found
    assert "QPushButton «Сохранить отчёт для клиента…»: 60 px wide" in found
    assert "QTableWidget '' scrolls sideways" in found
