"""The catalogues the records lean on: services with our prices, and refusal reasons.

Operators read them at the counter; the supervisor maintains the reasons (a reason in use is
retired, never deleted, so old records keep their meaning).
"""

from __future__ import annotations

import re

from sqlalchemy import func, select

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.contracts import Service
from postdesk.models.records import ReasonScope, RefusalReason
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records.data import CatalogueEntry, ReasonInfo

_CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


class CatalogueService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def services(self, actor: Actor) -> list[CatalogueEntry]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow() as tx:
            return [
                CatalogueEntry(s.code, s.name, s.our_price_kop, s.price_unit)
                for s in tx.session.scalars(select(Service).order_by(Service.sort_order, Service.code))
            ]

    def reasons(self, actor: Actor, *, include_retired: bool = False) -> list[ReasonInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        query = select(RefusalReason).order_by(RefusalReason.sort_order, RefusalReason.code)
        if not include_retired:
            query = query.where(RefusalReason.active.is_(True))
        with self._uow() as tx:
            return [
                ReasonInfo(r.code, r.name, r.scope, r.active, r.sort_order) for r in tx.session.scalars(query)
            ]

    def save_reason(
        self, actor: Actor, code: str, name: str, scope: ReasonScope = ReasonScope.ANY, *, active: bool = True
    ) -> ReasonInfo:
        """Add a reason or rename, re-scope, retire or restore an existing one."""
        require(actor, Permission.MANAGE_CATALOGUES)
        code, name = code.strip(), " ".join(name.split())
        if not _CODE.match(code):
            raise UserError(
                translate("Records", "A reason code is 2–40 lowercase Latin letters, digits or «_».")
            )
        if not name:
            raise UserError(translate("Records", "Enter the reason's name."))
        with self._uow() as tx:
            session = tx.session
            reason = session.get(RefusalReason, code)
            before = None
            if reason is None:
                order = (session.scalar(select(func.max(RefusalReason.sort_order))) or 0) + 10
                reason = RefusalReason(code=code, name=name, scope=scope, active=active, sort_order=order)
                session.add(reason)
            else:
                before = {"name": reason.name, "scope": reason.scope, "active": reason.active}
                reason.name, reason.scope, reason.active = name, scope, active
            audit.record(
                session,
                actor,
                "refusal_reason_save",
                "refusal_reason",
                code,
                before=before,
                after={"name": name, "scope": scope, "active": active},
            )
            session.flush()
            info = ReasonInfo(reason.code, reason.name, reason.scope, reason.active, reason.sort_order)
            tx.commit()
            return info
