"""Operations of the list import: reading and checking run with the files, storing on the database.

Reading and checking a list are file work: they run on the pool, so a long check never holds up
the scans and weighings queued on the database worker (their few look-ups of stored items and
remembered mappings use connections of their own and only read).
"""

from __future__ import annotations

from pathlib import Path

from postdesk.bootstrap import Core
from postdesk.lists.check import CheckResult, OpenedList
from postdesk.lists.mapping import ColumnMapping
from postdesk.lists.report import ReportFiles, write_report
from postdesk.services.context import Actor
from postdesk.services.counter.list_client import ListClientCheck
from postdesk.services.counter.lists import DraftInfo
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskContext, TaskKind


class ListOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    def open(
        self, client_id: int | None, path: Path, *, sheet: str | None, root: Path | None
    ) -> Operation[tuple[OpenedList, bool]]:
        lists, actor = self._core.lists, self._actor
        return Operation.files(
            "open list", lambda: lists.open(actor, client_id, path, sheet=sheet, root=root)
        )

    def check(
        self,
        client_id: int | None,
        path: Path,
        *,
        sheet: str | None,
        root: Path | None,
        mapping: ColumnMapping,
        kind: str = "",
    ) -> Operation[CheckResult]:
        lists, actor = self._core.lists, self._actor

        def work(context: TaskContext) -> CheckResult:
            opened, _remembered = lists.open(actor, client_id, path, sheet=sheet, root=root)

            def progress(done: int) -> None:
                context.check()
                context.progress(done, 0, "")

            return lists.check(actor, client_id, opened, mapping, progress=progress, kind=kind)

        return Operation.with_progress("check list", TaskKind.IO, work)

    def import_draft(
        self, client_id: int, result: CheckResult, *, other_client_confirmed: bool = False
    ) -> Operation[DraftInfo]:
        lists, actor = self._core.lists, self._actor
        return Operation.database(
            "import draft",
            lambda: lists.import_draft(
                actor, client_id, result, other_client_confirmed=other_client_confirmed
            ),
        )

    def client_check(self, client_id: int, result: CheckResult) -> Operation[ListClientCheck]:
        """Whether the list's title names the chosen client (and whom it names if not)."""
        lists, actor = self._core.lists, self._actor
        return Operation.database("list client", lambda: lists.client_check(actor, client_id, result))

    def write_report(self, result: CheckResult, folder: Path, client_name: str) -> Operation[ReportFiles]:
        """The annotated copy and summary handed back to the client: file work only."""
        return Operation.files("write report", lambda: write_report(result, folder, client_name))

    def reject(self, client_id: int, result: CheckResult) -> Operation[None]:
        lists, actor = self._core.lists, self._actor
        return Operation.database("reject list", lambda: lists.reject(actor, client_id, result))
