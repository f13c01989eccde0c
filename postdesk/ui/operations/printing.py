"""Operations of printing: the document is loaded on the database worker, laid out on the pool."""

from __future__ import annotations

from dataclasses import dataclass

from postdesk.bootstrap import Core
from postdesk.printing.data import Document
from postdesk.printing.f103_lists import PrintedList, lists_of
from postdesk.printing.options import FormKind, PrintOptions
from postdesk.services.context import Actor
from postdesk.services.counter.printing import PrintService, RenderedDocument
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskKind


@dataclass(frozen=True)
class DocumentOverview:
    """A batch's document and the ф.103 lists it is handed over in."""

    document: Document
    lists: tuple[PrintedList, ...]


class PrintOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    def document(self, batch_id: int) -> Operation[Document]:
        printing, actor = self._core.printing, self._actor
        return Operation.database("batch document", lambda: printing.document(actor, batch_id))

    def overview(self, batch_id: int) -> Operation[DocumentOverview]:
        return self.document(batch_id).then(
            TaskKind.IO, lambda document: DocumentOverview(document, lists_of(document))
        )

    def render(
        self, batch_id: int, kind: FormKind, options: PrintOptions, list_number: str = ""
    ) -> Operation[RenderedDocument]:
        return self.document(batch_id).then(
            TaskKind.IO,
            lambda document: PrintService.render_document(batch_id, kind, document, options, list_number),
        )

    def record_output(self, rendered: RenderedDocument, how: str) -> Operation[bool]:
        printing, actor = self._core.printing, self._actor
        return Operation.database("record output", lambda: printing.record_output(actor, rendered, how))
