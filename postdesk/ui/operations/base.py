"""Declared operations: what a screen may start, where it runs, and what it hands back.

After Anki's ``QueryOp``/``CollectionOp``: a screen never calls the core itself. It asks an
operations object (``ctx.ops.counter.find_item(...)``) for an :class:`Operation` and starts it
with ``ctx.tasks.start(op, on_done, on_error)``. An operation is one or more steps, each tagged
with where it runs: database steps on the single database worker, file and device steps on the
pool, so reading a list or laying out a PDF never holds up a scan behind it. Steps run in order,
each receiving the previous step's result; progress and Cancel apply to the whole operation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from postdesk.ui.tasks import TaskContext, TaskKind

T_co = TypeVar("T_co", covariant=True)
U = TypeVar("U")
R = TypeVar("R")


@dataclass(frozen=True)
class Step:
    kind: TaskKind
    work: Callable[[TaskContext, Any], Any]


@dataclass(frozen=True)
class Operation(Generic[T_co]):
    """A named piece of work with a typed result; ``cancellable`` says the UI may offer Cancel."""

    name: str
    steps: tuple[Step, ...]
    cancellable: bool = False

    @staticmethod
    def database(name: str, work: Callable[[], R]) -> Operation[R]:
        """A read or a change in one unit of work, on the database worker."""
        return Operation(name, (Step(TaskKind.DATABASE, lambda _c, _p: work()),))

    @staticmethod
    def files(name: str, work: Callable[[], R]) -> Operation[R]:
        """Work on files or devices (reading a list, laying out a PDF), on the pool."""
        return Operation(name, (Step(TaskKind.IO, lambda _c, _p: work()),))

    @staticmethod
    def with_progress(
        name: str, kind: TaskKind, work: Callable[[TaskContext], R], *, cancellable: bool = True
    ) -> Operation[R]:
        """Long work that reports progress through the context and stops at ``context.check()``."""
        return Operation(name, (Step(kind, lambda context, _p: work(context)),), cancellable)

    def then(self, kind: TaskKind, work: Callable[[T_co], U]) -> Operation[U]:
        """A further step, given this operation's result (e.g. load from the database, then render)."""
        step = Step(kind, lambda _c, previous: work(previous))
        return Operation(self.name, (*self.steps, step), self.cancellable)
