"""Organisations the office deals with that are not clients: partners, the higher organisation
for appeals, competitors' offices. Searched beside the clients by name, phone or contact person."""

from __future__ import annotations

from sqlalchemy import select

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.reference import Organisation
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.reference.data import OrganisationDraft, OrganisationInfo

_FIELDS = ("name", "kind", "phone", "contact_person", "email", "address", "note")


def _info(row: Organisation) -> OrganisationInfo:
    return OrganisationInfo(
        row.id, row.name, row.kind, row.phone, row.contact_person, row.email, row.address, row.note
    )


def _clean(draft: OrganisationDraft) -> dict[str, object]:
    name = " ".join(draft.name.split())
    if not name:
        raise UserError(translate("Reference", "Enter the organisation's name."))
    return {
        "name": name[:300],
        "kind": draft.kind,
        "phone": draft.phone.strip()[:100],
        "contact_person": " ".join(draft.contact_person.split())[:200],
        "email": draft.email.strip()[:200],
        "address": " ".join(draft.address.split())[:400],
        "note": draft.note.strip(),
    }


class OrganisationService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def search(self, actor: Actor, text: str = "", *, limit: int = 200) -> list[OrganisationInfo]:
        """Every organisation whose name, phone, contact person or e-mail holds the text (any case)."""
        require(actor, Permission.VIEW_CLIENTS)
        query = select(Organisation).order_by(Organisation.name, Organisation.id)
        with self._uow(read_only=True) as tx:
            rows = [_info(r) for r in tx.session.scalars(query)]
        words = text.casefold().split()
        if not words:
            return rows[:limit]
        found = [
            r
            for r in rows
            if all(
                w in f"{r.name} {r.phone} {r.contact_person} {r.email} {r.address}".casefold() for w in words
            )
        ]
        return found[:limit]

    def save(
        self, actor: Actor, draft: OrganisationDraft, organisation_id: int | None = None
    ) -> OrganisationInfo:
        require(actor, Permission.MANAGE_REFERENCE)
        values = _clean(draft)
        with self._uow() as tx:
            session = tx.session
            before = None
            if organisation_id is None:
                row = Organisation(**values)
                session.add(row)
            else:
                found = session.get(Organisation, organisation_id)
                if found is None:
                    raise NotFound(translate("Reference", "The organisation no longer exists."))
                row = found
                before = {f: getattr(row, f) for f in _FIELDS}
                for field, value in values.items():
                    setattr(row, field, value)
            session.flush()
            audit.record(
                session, actor, "organisation_save", "organisation", row.id, before=before, after=values
            )
            info = _info(row)
            tx.commit()
            return info

    def delete(self, actor: Actor, organisation_id: int) -> None:
        require(actor, Permission.MANAGE_REFERENCE)
        with self._uow() as tx:
            row = tx.session.get(Organisation, organisation_id)
            if row is None:
                raise NotFound(translate("Reference", "The organisation no longer exists."))
            audit.record(
                tx.session, actor, "organisation_delete", "organisation", row.id, before={"name": row.name}
            )
            tx.session.delete(row)
            tx.commit()
