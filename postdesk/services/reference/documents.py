"""The shelf of guiding documents: PDF files kept in the database, opened in the built-in viewer."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.reference import GuidingDocument
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.reference.data import DocumentInfo

MAX_DOCUMENT_BYTES = 50 * 2**20


def _info(row: GuidingDocument) -> DocumentInfo:
    return DocumentInfo(row.id, row.title, row.effective_from, row.filename, row.size, row.added_at)


class GuidingDocumentService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def documents(self, actor: Actor) -> list[DocumentInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        query = select(GuidingDocument).order_by(GuidingDocument.title, GuidingDocument.id)
        with self._uow(read_only=True) as tx:
            return [_info(r) for r in tx.session.scalars(query)]

    def add(
        self, actor: Actor, title: str, filename: str, content: bytes, effective_from: dt.date | None = None
    ) -> DocumentInfo:
        require(actor, Permission.MANAGE_REFERENCE)
        title = " ".join(title.split())
        if not title:
            raise UserError(translate("Reference", "Enter the document's title."))
        if not content.startswith(b"%PDF-"):
            raise UserError(translate("Reference", "«%1» is not a PDF file.").replace("%1", filename))
        if len(content) > MAX_DOCUMENT_BYTES:
            raise UserError(translate("Reference", "The document is larger than 50 MB."))
        with self._uow() as tx:
            row = GuidingDocument(
                title=title[:300],
                effective_from=effective_from,
                filename=filename[:300],
                size=len(content),
                content=content,
                user_login=actor.login,
            )
            tx.session.add(row)
            tx.session.flush()
            audit.record(
                tx.session,
                actor,
                "guiding_document_add",
                "guiding_document",
                row.id,
                after={"title": row.title, "filename": row.filename, "size": row.size},
            )
            info = _info(row)
            tx.commit()
            return info

    def content(self, actor: Actor, document_id: int) -> bytes:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            row = tx.session.get(GuidingDocument, document_id)
            if row is None:
                raise NotFound(translate("Reference", "The document no longer exists."))
            return bytes(row.content)

    def delete(self, actor: Actor, document_id: int) -> None:
        require(actor, Permission.MANAGE_REFERENCE)
        with self._uow() as tx:
            row = tx.session.get(GuidingDocument, document_id)
            if row is None:
                raise NotFound(translate("Reference", "The document no longer exists."))
            audit.record(
                tx.session,
                actor,
                "guiding_document_delete",
                "guiding_document",
                row.id,
                before={"title": row.title},
            )
            tx.session.delete(row)
            tx.commit()
