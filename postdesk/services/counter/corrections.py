"""Changing accepted items: only by a void or a correction, each with a reason, audited and re-priced.

The client's service record gets a reversing (void) or adjusting (correction) row, so the
history sums to what was really rendered. Corrections re-price under the tariff version and
discount the batch was accepted with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.common.money import rubles
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.lists.findings import message
from postdesk.models.batches import Batch, BatchItem, BatchStatus, ItemStatus
from postdesk.models.charges import ItemChargeRow, ServiceRecord
from postdesk.models.clients import Client
from postdesk.postal.mailclasses import NoticeKind
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.counter.acceptance import BATCH_MAIL_SERVICE
from postdesk.services.counter.batch_views import BatchSummary, batch_summary, load_batch
from postdesk.services.counter.pricing import charge_values, price_stored_item, refresh_batch_totals
from postdesk.services.counter.tariffs import TariffService
from postdesk.services.money import admission, ledger
from postdesk.services.permissions import Permission, require
from postdesk.services.records import summaries


@dataclass(frozen=True)
class ItemCorrection:
    """Fields to change on an accepted item; ``None`` keeps the current value.

    ``mass_g`` is the mass the item is priced by (its ``priced_mass_g``), as the audit entry names it.
    """

    mass_g: int | None = None
    declared_value_kop: int | None = None
    cod_kop: int | None = None
    notice: NoticeKind | None = None
    inventory: bool | None = None
    sms: bool | None = None
    recipient_name: str | None = None
    address: str | None = None
    postcode: str | None = None


@dataclass(frozen=True)
class CorrectionResult:
    batch: BatchSummary
    amount_change_kop: int


def checked_reason(reason: str) -> str:
    """A change to an item needs a reason of a few letters at least; it is kept in the audit log."""
    reason = reason.strip()
    if len(reason) < 3:
        raise UserError(
            translate("Acceptance", "Give the reason for the change (it is kept in the audit log).")
        )
    return reason


def _check_amounts(item: BatchItem) -> None:
    """The rules a list row obeys on money hold for a corrected item too."""
    value, cod = item.declared_value_kop, item.cod_kop
    if value < 0 or cod < 0:
        raise UserError(message("negative_amount"))
    if cod and not value:
        raise UserError(message("cod_without_value"))
    if cod > value:
        raise UserError(message("cod_over_value", rubles(cod), rubles(value)))
    if item.inventory and not value:
        raise UserError(message("inventory_without_value"))


def _accepted_item(session: Session, item_id: int) -> tuple[BatchItem, Batch]:
    """Lock the item's batch, then read the item as it stands (two voids of one item take turns)."""
    batch_id = session.scalar(select(BatchItem.batch_id).where(BatchItem.id == item_id))
    if batch_id is None:
        raise NotFound(translate("Acceptance", "The item no longer exists."))
    batch = load_batch(session, batch_id, lock=True)
    item = session.scalars(
        select(BatchItem).where(BatchItem.id == item_id).execution_options(populate_existing=True)
    ).one()
    if item.status is not ItemStatus.ACCEPTED or batch.status is not BatchStatus.ACCEPTED:
        raise ConflictError(
            translate("Acceptance", "Only an accepted item of an accepted batch can be changed this way.")
        )
    return item, batch


def _charge_total(session: Session, item_id: int) -> int:
    return int(session.scalar(select(ItemChargeRow.total_kop).where(ItemChargeRow.item_id == item_id)) or 0)


class CorrectionService:
    def __init__(
        self, uow: UnitOfWorkFactory, tariffs: TariffService, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self._uow = uow
        self._tariffs = tariffs
        self._today = today

    def _ledger(
        self, session: Session, actor: Actor, batch: Batch, kind: str, *, items: int, amount: int, reason: str
    ) -> None:
        record = ServiceRecord(
            client_id=batch.client_id,
            contract_id=batch.contract_id,
            batch_id=batch.id,
            service_code=BATCH_MAIL_SERVICE,
            kind=kind,
            items_count=items,
            amount_kop=amount,
            user_id=actor.user_id,
            user_login=actor.login,
            workstation=actor.workstation,
            note=reason,
        )
        summaries.add_record(session, record)
        if batch.contract_id is not None:  # the contract's ledger gets the reversing entry too
            ledger.adjust_batch_charge(
                session,
                actor,
                batch.contract_id,
                batch.id,
                amount,
                on=self._today(),
                void=kind == "voided",
                note=reason,
            )
        elif batch.payment_method == "CASH":  # a cash client is refunded or pays the difference
            admission.cash_adjustment(
                session, actor, batch, change_kop=amount, day=self._today(), note=reason
            )

    def _result(self, session: Session, batch: Batch, change: int) -> CorrectionResult:
        return CorrectionResult(
            batch_summary(batch, session.get_one(Client, batch.client_id).short_name), change
        )

    def void_item(self, actor: Actor, item_id: int, reason: str) -> CorrectionResult:
        require(actor, Permission.VOID_ACCEPTED)
        reason = checked_reason(reason)
        with self._uow() as tx:
            item, batch = _accepted_item(tx.session, item_id)
            amount = _charge_total(tx.session, item.id)
            item.status, item.status_reason = ItemStatus.VOIDED, reason
            refresh_batch_totals(tx.session, batch)
            if batch.items_count == 0:
                batch.status, batch.status_reason = BatchStatus.VOIDED, reason
            self._ledger(tx.session, actor, batch, "voided", items=-1, amount=-amount, reason=reason)
            audit.record(
                tx.session,
                actor,
                "item_void",
                "batch_item",
                item.id,
                before={"status": ItemStatus.ACCEPTED, "total_kop": amount},
                after={"status": ItemStatus.VOIDED, "reason": reason, "batch_id": batch.id},
            )
            tx.commit()
            return self._result(tx.session, batch, -amount)

    def void_batch(self, actor: Actor, batch_id: int, reason: str) -> CorrectionResult:
        require(actor, Permission.VOID_ACCEPTED)
        reason = checked_reason(reason)
        with self._uow() as tx:
            batch = load_batch(tx.session, batch_id, lock=True)
            if batch.status is not BatchStatus.ACCEPTED:
                raise ConflictError(translate("Acceptance", "Only an accepted batch can be voided."))
            before = {"status": batch.status, "items": batch.items_count, "total_kop": batch.total_kop}
            items = list(
                tx.session.scalars(
                    select(BatchItem).where(
                        BatchItem.batch_id == batch.id, BatchItem.status == ItemStatus.ACCEPTED
                    )
                )
            )
            for item in items:
                item.status, item.status_reason = ItemStatus.VOIDED, reason
            amount = batch.total_kop
            refresh_batch_totals(tx.session, batch)
            batch.status, batch.status_reason = BatchStatus.VOIDED, reason
            self._ledger(tx.session, actor, batch, "voided", items=-len(items), amount=-amount, reason=reason)
            audit.record(
                tx.session,
                actor,
                "batch_void",
                "batch",
                batch.id,
                before=before,
                after={"status": BatchStatus.VOIDED, "reason": reason},
            )
            tx.commit()
            return self._result(tx.session, batch, -amount)

    def correct_item(
        self, actor: Actor, item_id: int, reason: str, change: ItemCorrection
    ) -> CorrectionResult:
        """Change an accepted item and re-price it under the batch's original tariff and discount."""
        require(actor, Permission.VOID_ACCEPTED)
        reason = checked_reason(reason)
        with self._uow() as tx:
            item, batch = _accepted_item(tx.session, item_id)
            table = self._tariffs.version(batch.tariff_version)
            updates = {
                f.name: getattr(change, f.name) for f in fields(change) if getattr(change, f.name) is not None
            }
            if not updates:
                raise UserError(translate("Acceptance", "Nothing to change."))
            column_updates: dict[str, Any] = {k: v for k, v in updates.items() if k != "mass_g"}
            if "mass_g" in updates and updates["mass_g"] <= 0:
                raise UserError(translate("Acceptance", "The weight must be more than 0 g."))
            before = {name: getattr(item, "priced_mass_g" if name == "mass_g" else name) for name in updates}
            old_total = _charge_total(tx.session, item.id)
            for name, value in column_updates.items():
                setattr(item, name, value.value if isinstance(value, NoticeKind) else value)
            if updates.keys() & {"declared_value_kop", "cod_kop", "inventory"}:
                _check_amounts(item)
            if "mass_g" in updates:
                item.priced_mass_g = updates["mass_g"]
            charge = price_stored_item(table, item, batch, batch.discount_percent, item.priced_mass_g)
            tx.session.execute(delete(ItemChargeRow).where(ItemChargeRow.item_id == item.id))
            tx.session.execute(
                insert(ItemChargeRow), [charge_values(table, item, batch, charge, item.priced_mass_g)]
            )
            refresh_batch_totals(tx.session, batch)
            delta = charge.total_kop - old_total
            self._ledger(tx.session, actor, batch, "corrected", items=0, amount=delta, reason=reason)
            audit.record(
                tx.session,
                actor,
                "item_correct",
                "batch_item",
                item.id,
                before=before,
                after={**updates, "reason": reason, "total_change_kop": delta, "batch_id": batch.id},
            )
            tx.commit()
            return self._result(tx.session, batch, delta)
