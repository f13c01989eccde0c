"""Printing a batch's documents: render a form from the stored batch, and audit every output.

Rendering is read-only and may be repeated freely (previews). Each time a document actually
leaves the workstation (printed, saved to a file), :meth:`PrintService.record_output` writes
an audit entry; a document printed before is recorded as a reprint. A batch of several kinds
is handed over as several ф.103 (``printing.f103_lists``): they print together or one by one,
and a list counts as reprinted only when that list was printed before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.audit import AuditEntry
from postdesk.printing.data import Document
from postdesk.printing.f103_lists import lists_of, pick_list
from postdesk.printing.options import FormKind, PrintOptions
from postdesk.printing.render import items_for, render
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.counter.documents import load_document
from postdesk.services.permissions import Permission, require

PRINT_ACTIONS = ("document.print", "document.reprint")


@dataclass(frozen=True)
class RenderedDocument:
    batch_id: int
    kind: FormKind
    pdf: bytes
    items: int
    title: str
    lists: tuple[str, ...] = ()  # the ф.103 numbers in the file (every form of the batch: all of them)


class PrintService:
    def __init__(self, uow: UnitOfWorkFactory, office_name: Callable[[], str] = lambda: "") -> None:
        self._uow = uow
        self._office_name = office_name

    def document(self, actor: Actor, batch_id: int) -> Document:
        """What the forms print for an accepted batch (weighed masses, identifiers, charges)."""
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow(read_only=True) as tx:
            return load_document(tx.session, batch_id, office_name=self._office_name())

    def render_batch(
        self,
        actor: Actor,
        batch_id: int,
        kind: FormKind,
        options: PrintOptions | None = None,
        *,
        list_number: str = "",
    ) -> RenderedDocument:
        """The form as PDF; raises a user error when the batch has nothing this form is for.

        ``list_number`` picks one ф.103 of a batch of several kinds (all of them when empty).
        """
        return self.render_document(batch_id, kind, self.document(actor, batch_id), options, list_number)

    @staticmethod
    def render_document(
        batch_id: int,
        kind: FormKind,
        document: Document,
        options: PrintOptions | None = None,
        list_number: str = "",
    ) -> RenderedDocument:
        """Lay out a loaded document: no database work, so the screens run it off the database worker."""
        lists = lists_of(document)
        if kind is FormKind.F103 and list_number:
            lists = (pick_list(lists, list_number),)
        pdf = render(kind, document, options, list_number=list_number if kind is FormKind.F103 else "")
        numbers = tuple(printed.number for printed in lists)
        if kind is FormKind.F103 and list_number:
            count = len(lists[0].document.items)
            title = f"{kind.value}-{numbers[0]}"
        else:
            count = len(items_for(kind, document).items)
            title = f"{kind.value}-{document.header.list_number}"
        return RenderedDocument(batch_id, kind, pdf, count, title, numbers)

    def record_output(self, actor: Actor, rendered: RenderedDocument, how: str) -> bool:
        """Audit that the document was printed or saved; returns True when it was a reprint."""
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow() as tx:
            earlier = tx.session.scalars(
                select(AuditEntry.after).where(
                    AuditEntry.object_type == "batch",
                    AuditEntry.object_id == str(rendered.batch_id),
                    AuditEntry.action.in_(PRINT_ACTIONS),
                    AuditEntry.after["form"].as_string() == rendered.kind.value,
                )
            ).all()
            reprint = any(_overlaps(after, rendered.lists) for after in earlier)
            after: dict[str, object] = {"form": rendered.kind.value, "items": rendered.items, "how": how}
            if rendered.lists:
                after["lists"] = list(rendered.lists)
            audit.record(
                tx.session,
                actor,
                PRINT_ACTIONS[1] if reprint else PRINT_ACTIONS[0],
                "batch",
                rendered.batch_id,
                after=after,
            )
            tx.commit()
        return reprint


def _overlaps(after: object, lists: tuple[str, ...]) -> bool:
    """Whether an earlier output had one of these lists (an entry that names none had them all)."""
    earlier = after.get("lists") if isinstance(after, dict) else None
    if not earlier or not lists:
        return True
    return bool(set(earlier) & set(lists))
