"""The task helper: results and errors come back on the GUI thread; progress and cancel work."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from postdesk.common.errors import UserError
from postdesk.ui.tasks import TaskContext, TaskKind, TaskRunner


@pytest.fixture
def errors():
    return []


@pytest.fixture
def runner(qapp, errors):
    runner = TaskRunner(errors.append)
    yield runner
    runner.wait()


def test_work_runs_off_the_gui_thread_and_result_arrives_on_it(qtbot, runner):
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["value"] = value
        seen["done_thread_is_gui"] = QThread.currentThread() is qtbot_app_thread()

    def qtbot_app_thread():
        from PySide6.QtWidgets import QApplication

        return QApplication.instance().thread()

    handle = runner.run(work, done)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] != threading.get_ident()
    assert seen["done_thread_is_gui"]


def test_database_tasks_are_serialised(qtbot, runner):
    active = []
    overlap = []
    lock = threading.Lock()

    def work():
        with lock:
            active.append(1)
            if len(active) > 1:
                overlap.append(True)
        threading.Event().wait(0.02)
        with lock:
            active.pop()

    handles = [runner.run(work) for _ in range(5)]
    qtbot.waitUntil(lambda: all(h.done for h in handles), timeout=5000)
    assert overlap == []


def test_unhandled_errors_go_to_the_error_handler(qtbot, runner, errors):
    def boom():
        raise UserError("scale unplugged")

    handle = runner.run(boom, kind=TaskKind.IO)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert [e.message for e in errors] == ["scale unplugged"]


def test_handled_errors_stay_with_the_caller(qtbot, runner, errors):
    caught = []

    def boom():
        raise ValueError("bad")

    handle = runner.run(boom, on_error=lambda exc: caught.append(exc) or True)
    qtbot.waitUntil(lambda: handle.done, timeout=5000)
    assert len(caught) == 1 and errors == []


def test_progress_and_cancel(qtbot, runner, errors):
    progress = []
    cancelled = []
    started = threading.Event()
    release = threading.Event()

    def work(ctx: TaskContext):
        for i in range(1000):
            if i == 3:
                started.set()
                release.wait(5)
            ctx.check()
            ctx.progress(i, 1000, "rows")
        return "finished"

    handle = runner.run_with_context(
        work,
        on_progress=lambda d, t, s: progress.append(d),
        on_cancelled=lambda: cancelled.append(True),
        kind=TaskKind.IO,
    )
    assert started.wait(5)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: handle.done and bool(cancelled), timeout=5000)
    assert progress[:3] == [0, 1, 2]
    assert errors == []


def test_synchronous_mode_for_tests(qapp, errors):
    runner = TaskRunner(errors.append, synchronous=True)
    results = []
    runner.run(lambda: 7, results.append)
    assert results == [7]
