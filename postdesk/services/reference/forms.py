"""Forms, blanks and packaging: the catalogue, the stock at this office, and selling them.

Stock only changes through a movement (received, sold, written off) under the row's lock, and
it can never go below zero (the service refuses, the database's check backs it). A sale is a
service given to the client: the service record and the stock change commit together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.reference import FormItem, FormKind, StockMovement, StockMovementKind
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records.data import ServiceRecordDraft
from postdesk.services.records.recording import add_record_in
from postdesk.services.reference.data import FormInfo, ImportResult, SaleResult
from postdesk.services.reference.importers import FormRow

# The service catalogue's codes a sale is recorded under.
SERVICE_OF_KIND = {FormKind.FORM: "forms_and_stamps", FormKind.PACKAGING: "packaging"}
MAX_QUANTITY = 100_000


def _info(row: FormItem) -> FormInfo:
    return FormInfo(
        row.code, row.name, row.kind, row.unit, row.price_kop, row.stock, row.low_stock, row.active
    )


def _locked(session: Session, code: str) -> FormItem:
    row = session.scalars(
        select(FormItem)
        .where(FormItem.code == code)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if row is None:
        raise NotFound(translate("Reference", "There is no form «%1» in the catalogue.").replace("%1", code))
    return row


def _check_quantity(quantity: int) -> None:
    if not 1 <= quantity <= MAX_QUANTITY:
        raise UserError(
            translate("Reference", "The quantity is a whole number from 1 to %1.").replace(
                "%1", str(MAX_QUANTITY)
            )
        )


def _move(
    session: Session,
    actor: Actor,
    row: FormItem,
    kind: StockMovementKind,
    change: int,
    *,
    note: str = "",
    record_id: int | None = None,
) -> None:
    if row.stock + change < 0:
        raise UserError(
            translate("Reference", "Only %1 of «%2» are in stock.")
            .replace("%1", str(row.stock))
            .replace("%2", row.name)
        )
    before = row.stock
    row.stock += change
    session.add(
        StockMovement(
            form_code=row.code,
            kind=kind,
            quantity=change,
            service_record_id=record_id,
            user_login=actor.login,
            note=note.strip(),
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        f"form_stock_{kind.value}",
        "form_item",
        row.code,
        before={"stock": before},
        after={"stock": row.stock, "change": change},
    )


class FormService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def catalogue(self, actor: Actor, *, include_inactive: bool = False) -> list[FormInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        query = select(FormItem).order_by(FormItem.kind, FormItem.name)
        if not include_inactive:
            query = query.where(FormItem.active.is_(True))
        with self._uow(read_only=True) as tx:
            return [_info(r) for r in tx.session.scalars(query)]

    def low_stock(self, actor: Actor) -> list[FormInfo]:
        """Forms at or below their minimum stock: to be ordered."""
        return [f for f in self.catalogue(actor) if f.is_low]

    def receive(self, actor: Actor, code: str, quantity: int, note: str = "") -> FormInfo:
        require(actor, Permission.MANAGE_REFERENCE)
        _check_quantity(quantity)
        with self._uow() as tx:
            row = _locked(tx.session, code)
            _move(tx.session, actor, row, StockMovementKind.RECEIVED, quantity, note=note)
            info = _info(row)
            tx.commit()
            return info

    def write_off(self, actor: Actor, code: str, quantity: int, note: str) -> FormInfo:
        require(actor, Permission.MANAGE_REFERENCE)
        _check_quantity(quantity)
        if not note.strip():
            raise UserError(translate("Reference", "Say why the forms are written off."))
        with self._uow() as tx:
            row = _locked(tx.session, code)
            _move(tx.session, actor, row, StockMovementKind.WRITTEN_OFF, -quantity, note=note)
            info = _info(row)
            tx.commit()
            return info

    def sell(self, actor: Actor, client_id: int, code: str, quantity: int) -> SaleResult:
        """Sell to a client: the stock goes down and a service record of the sale is written."""
        require(actor, Permission.RECORD_SERVICES)
        _check_quantity(quantity)
        with self._uow() as tx:
            session = tx.session
            row = _locked(session, code)
            if not row.active:
                raise UserError(translate("Reference", "«%1» is no longer sold.").replace("%1", row.name))
            amount = row.price_kop * quantity
            draft = ServiceRecordDraft(
                client_id, SERVICE_OF_KIND[row.kind], quantity=quantity, amount_kop=amount, note=row.name
            )
            record_id = add_record_in(session, actor, draft, self._today())
            _move(session, actor, row, StockMovementKind.SOLD, -quantity, record_id=record_id)
            info = _info(row)
            tx.commit()
        return SaleResult(info, record_id, amount)

    def store(self, actor: Actor, rows: Sequence[FormRow], source: str) -> ImportResult:
        """Add or update the catalogue from a file; a «received» column adds to the stock."""
        require(actor, Permission.MANAGE_REFERENCE)
        if not rows:
            raise UserError(translate("Reference", "Nothing was imported: the file has no data rows."))
        with self._uow() as tx:
            session = tx.session
            existing = {f.code: f for f in session.scalars(select(FormItem).with_for_update())}
            for r in rows:
                row = existing.get(r.code)
                if row is None:
                    row = FormItem(code=r.code, name=r.name, stock=0, active=True)
                    session.add(row)
                row.name, row.kind, row.unit = r.name, r.kind, r.unit
                row.price_kop, row.low_stock, row.active = r.price_kop, r.low_stock, True
                session.flush()
                if r.received:
                    _move(session, actor, row, StockMovementKind.RECEIVED, r.received, note=source)
            audit.record(
                session,
                actor,
                "forms_import",
                "form_items",
                "catalogue",
                after={"rows": len(rows), "source": source},
            )
            tx.commit()
        return ImportResult("forms", len(rows))
