"""Printing a batch's documents: render a form from the stored batch, and audit every output.

Rendering is read-only and may be repeated freely (previews). Each time a document actually
leaves the workstation (printed, saved to a file), :meth:`PrintService.record_output` writes
an audit entry; a document printed before is recorded as a reprint.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.audit import AuditEntry
from postdesk.printing.data import Document
from postdesk.printing.from_batch import document_from_batch
from postdesk.printing.options import FormKind, PrintOptions
from postdesk.printing.render import items_for, render
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.counter.documents import load_batch_document
from postdesk.services.permissions import Permission, require

PRINT_ACTIONS = ("document.print", "document.reprint")


@dataclass(frozen=True)
class RenderedDocument:
    batch_id: int
    kind: FormKind
    pdf: bytes
    items: int
    title: str


class PrintService:
    def __init__(self, uow: UnitOfWorkFactory, office_name: str = "") -> None:
        self._uow = uow
        self.office_name = office_name

    def document(self, actor: Actor, batch_id: int) -> Document:
        """What the forms print for an accepted batch (weighed masses, identifiers, charges)."""
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow(read_only=True) as tx:
            batch = load_batch_document(tx.session, batch_id)
        return document_from_batch(batch, office_name=self.office_name)

    def render_batch(
        self, actor: Actor, batch_id: int, kind: FormKind, options: PrintOptions | None = None
    ) -> RenderedDocument:
        """The form as PDF; raises a user error when the batch has nothing this form is for."""
        return self.render_document(batch_id, kind, self.document(actor, batch_id), options)

    @staticmethod
    def render_document(
        batch_id: int, kind: FormKind, document: Document, options: PrintOptions | None = None
    ) -> RenderedDocument:
        """Lay out a loaded document: no database work, so the screens run it off the database worker."""
        pdf = render(kind, document, options)
        title = f"{kind.value}-{document.header.list_number}"
        return RenderedDocument(batch_id, kind, pdf, len(items_for(kind, document).items), title)

    def record_output(self, actor: Actor, rendered: RenderedDocument, how: str) -> bool:
        """Audit that the document was printed or saved; returns True when it was a reprint."""
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow() as tx:
            earlier = tx.session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(
                    AuditEntry.object_type == "batch",
                    AuditEntry.object_id == str(rendered.batch_id),
                    AuditEntry.action.in_(PRINT_ACTIONS),
                    AuditEntry.after["form"].as_string() == rendered.kind.value,
                )
            )
            reprint = bool(earlier)
            audit.record(
                tx.session,
                actor,
                PRINT_ACTIONS[1] if reprint else PRINT_ACTIONS[0],
                "batch",
                rendered.batch_id,
                after={"form": rendered.kind.value, "items": rendered.items, "how": how},
            )
            tx.commit()
        return reprint
