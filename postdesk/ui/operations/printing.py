"""Operations of printing: the document is loaded on the database worker, laid out on the pool."""

from __future__ import annotations

from postdesk.bootstrap import Core
from postdesk.printing.data import Document
from postdesk.printing.options import FormKind, PrintOptions
from postdesk.services.context import Actor
from postdesk.services.counter.printing import PrintService, RenderedDocument
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskKind


class PrintOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    def document(self, batch_id: int) -> Operation[Document]:
        printing, actor = self._core.printing, self._actor
        return Operation.database("batch document", lambda: printing.document(actor, batch_id))

    def render(self, batch_id: int, kind: FormKind, options: PrintOptions) -> Operation[RenderedDocument]:
        return self.document(batch_id).then(
            TaskKind.IO, lambda document: PrintService.render_document(batch_id, kind, document, options)
        )

    def record_output(self, rendered: RenderedDocument, how: str) -> Operation[bool]:
        printing, actor = self._core.printing, self._actor
        return Operation.database("record output", lambda: printing.record_output(actor, rendered, how))
