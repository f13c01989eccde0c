"""The one helper for slow work: run a callable off the GUI thread, get the result back on it.

Database work runs on a single dedicated worker so it is serialised (SQLite has one writer,
and ORM sessions never cross threads); other work (files, devices, printing) uses a small pool.
Callables must build their own unit of work and return plain data, never ORM objects.

In tests, ``TaskRunner(synchronous=True)`` runs everything at once in the caller's thread.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

if TYPE_CHECKING:
    from postdesk.ui.operations.base import Operation

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskKind(enum.Enum):
    DATABASE = "database"
    IO = "io"


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it; not reported as an error."""


@dataclass
class TaskContext:
    """Handed to progress-aware tasks: report progress, notice cancellation."""

    _cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, int, str], None] = lambda done, total, text: None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop the task here if the user pressed Cancel."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._report(done, total, text)


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted by workers are delivered there (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    finished = Signal()


class TaskHandle(Generic[T]):
    def __init__(self, context: TaskContext, relay: _Relay | None) -> None:
        self.context = context
        self.relay = relay
        self.done = False

    def cancel(self) -> None:
        self.context._cancel.set()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], context: TaskContext, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._context, self._relay = fn, context, relay

    def run(self) -> None:
        try:
            result = self._fn(self._context)
        except BaseException as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)
        finally:
            self._relay.finished.emit()


class TaskRunner(QObject):
    """Runs tasks; ``error_handler`` receives exceptions that callers do not handle."""

    def __init__(
        self,
        error_handler: Callable[[BaseException], None],
        *,
        synchronous: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._error_handler = error_handler
        self.synchronous = synchronous
        self._database = QThreadPool(self)
        self._database.setMaxThreadCount(1)
        self._io = QThreadPool(self)
        self._io.setMaxThreadCount(4)
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], bool | None] | None = None,
        *,
        kind: TaskKind = TaskKind.DATABASE,
    ) -> TaskHandle[T]:
        """Run ``fn()``; ``on_error`` may return True to say it handled the error itself."""
        return self.run_with_context(lambda _ctx: fn(), on_done, on_error, kind=kind)

    def run_with_context(
        self,
        fn: Callable[[TaskContext], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], bool | None] | None = None,
        *,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        kind: TaskKind = TaskKind.DATABASE,
        context: TaskContext | None = None,
    ) -> TaskHandle[T]:
        context = context if context is not None else TaskContext()

        def fail(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                if on_cancelled:
                    on_cancelled()
                return
            if on_error is not None and on_error(exc):
                return
            self._error_handler(exc)

        if self.synchronous:
            if on_progress:
                context._report = on_progress
            handle: TaskHandle[T] = TaskHandle(context, None)
            try:
                result = fn(context)
            except Exception as exc:
                handle.done = True
                fail(exc)
            else:
                handle.done = True
                if on_done:
                    on_done(result)
            return handle

        relay = _Relay()
        self._relays.add(relay)
        handle = TaskHandle(context, relay)
        context._report = relay.progressed.emit
        if on_progress:
            relay.progressed.connect(on_progress)
        if on_done:
            relay.succeeded.connect(on_done)
        relay.failed.connect(fail)

        def finished() -> None:
            handle.done = True
            self._relays.discard(relay)
            relay.deleteLater()

        relay.finished.connect(finished)
        pool = self._database if kind is TaskKind.DATABASE else self._io
        pool.start(_Job(fn, context, relay))
        return handle

    def start(
        self,
        operation: Operation[T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], bool | None] | None = None,
        *,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> TaskHandle[T]:
        """Run a declared operation's steps in order, each where its kind says.

        The returned handle covers the whole operation: ``done`` once the last step has run or
        one has failed, and ``cancel()`` stops whichever step is running.
        """
        steps = list(operation.steps)
        context = TaskContext()
        outer: TaskHandle[T] = TaskHandle(context, None)
        log.debug("operation %s started", operation.name)

        def run_step(index: int, previous: Any) -> None:
            step = steps[index]
            last = index == len(steps) - 1

            def done(result: Any) -> None:
                if last:
                    outer.done = True
                    if on_done:
                        on_done(result)
                else:
                    run_step(index + 1, result)

            def failed(exc: BaseException) -> bool | None:
                outer.done = True
                return on_error(exc) if on_error is not None else None

            def cancelled() -> None:
                outer.done = True
                if on_cancelled:
                    on_cancelled()

            inner = self.run_with_context(
                lambda ctx: step.work(ctx, previous),
                done,
                failed,
                on_progress=on_progress,
                on_cancelled=cancelled,
                kind=step.kind,
                context=context,
            )
            outer.relay = inner.relay

        run_step(0, None)
        return outer

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every queued task has run (used at shutdown and in tests)."""
        return self._database.waitForDone(timeout_ms) and self._io.waitForDone(timeout_ms)
