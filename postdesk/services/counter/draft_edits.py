"""Changing a batch before acceptance: take an item out, hand it back, fix what the list declared.

A client's list is often wrong in one row: the item is not in the bag, is handed back, or its
declared data are mistyped. Before acceptance the procedure lets the operator fix that at the
counter instead of sending the whole list away; every change carries a reason and is audited.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.common.money import rubles
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.lists.findings import message
from postdesk.models.batches import Batch, BatchItem, BatchStatus, ItemStatus
from postdesk.postal.weighing import WeightDecision, check_weight
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.contract_terms import tolerance_of
from postdesk.services.counter.batch_views import ItemView, contract_of, item_view, load_batch
from postdesk.services.counter.corrections import ItemCorrection, checked_reason
from postdesk.services.permissions import Permission, require

_OPEN = {BatchStatus.DRAFT, BatchStatus.RECEIVED}
_FIXABLE = (
    "declared_value_kop",
    "cod_kop",
    "notice",
    "inventory",
    "sms",
    "recipient_name",
    "address",
    "postcode",
)


@dataclass(frozen=True)
class RemovedItem:
    item_id: int
    batch_id: int
    seq: int
    items_left: int


def _draft_item(session: Session, item_id: int) -> tuple[BatchItem, Batch]:
    item = session.get(BatchItem, item_id)
    if item is None:
        raise NotFound(translate("Acceptance", "The item no longer exists."))
    batch = load_batch(session, item.batch_id, lock=True)
    if batch.status not in _OPEN or item.status in {ItemStatus.ACCEPTED, ItemStatus.VOIDED}:
        raise ConflictError(
            translate(
                "Acceptance",
                "The batch is already accepted: its items change only by a correction or a void.",
            )
        )
    return item, batch


def _snapshot(item: BatchItem) -> dict[str, object]:
    return {
        "seq": item.seq,
        "barcode": item.barcode,
        "status": item.status,
        "declared_g": item.declared_mass_g,
        "weighed_g": item.weighed_mass_g,
        **{name: getattr(item, name) for name in _FIXABLE},
    }


class DraftEditService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def remove_item(self, actor: Actor, item_id: int, reason: str) -> RemovedItem:
        """The item is not handed in at all (not in the bag, a row listed by mistake)."""
        require(actor, Permission.ACCEPT_BATCHES)
        reason = checked_reason(reason)
        with self._uow() as tx:
            item, batch = _draft_item(tx.session, item_id)
            before = _snapshot(item)
            seq = item.seq
            tx.session.delete(item)
            batch.items_count = max(0, batch.items_count - 1)
            audit.record(
                tx.session,
                actor,
                "item_remove",
                "batch",
                batch.id,
                before=before,
                after={"reason": reason, "items_left": batch.items_count},
            )
            tx.commit()
            return RemovedItem(item_id, batch.id, seq, batch.items_count)

    def hand_back(self, actor: Actor, item_id: int, reason: str) -> ItemView:
        """The item goes back to the client, weighed or not; it stays in the list as handed back."""
        require(actor, Permission.ACCEPT_BATCHES)
        reason = checked_reason(reason)
        with self._uow() as tx:
            item, _batch = _draft_item(tx.session, item_id)
            before = {"status": item.status, "decision": item.weight_decision}
            item.status = ItemStatus.RETURNED
            item.weight_decision = WeightDecision.HAND_BACK
            item.status_reason = reason
            audit.record(
                tx.session,
                actor,
                "item_hand_back",
                "batch_item",
                item.id,
                before=before,
                after={"status": item.status, "decision": item.weight_decision, "reason": reason},
            )
            tx.commit()
            return item_view(item)

    def fix_item(self, actor: Actor, item_id: int, reason: str, change: ItemCorrection) -> ItemView:
        """Fix the declared data of an item before acceptance (``mass_g`` is the declared mass)."""
        require(actor, Permission.ACCEPT_BATCHES)
        reason = checked_reason(reason)
        with self._uow() as tx:
            item, batch = _draft_item(tx.session, item_id)
            before = _snapshot(item)
            if change.mass_g is not None:
                if change.mass_g <= 0:
                    raise UserError(translate("Acceptance", "The weight must be more than 0 g."))
                item.declared_mass_g = change.mass_g
            for name in _FIXABLE:
                value = getattr(change, name)
                if value is not None:
                    setattr(item, name, value.value if hasattr(value, "value") else value)
            _check_amounts(item)
            if change.mass_g is not None and item.weighed_mass_g is not None:
                _recheck(tx.session, batch, item)
            audit.record(
                tx.session,
                actor,
                "item_fix",
                "batch_item",
                item.id,
                before=before,
                after={**_snapshot(item), "reason": reason},
            )
            tx.commit()
            return item_view(item)


def _check_amounts(item: BatchItem) -> None:
    value, cod = item.declared_value_kop, item.cod_kop
    if value < 0 or cod < 0:
        raise UserError(message("negative_amount"))
    if cod and not value:
        raise UserError(message("cod_without_value"))
    if cod > value:
        raise UserError(message("cod_over_value", rubles(cod), rubles(value)))
    if item.inventory and not value:
        raise UserError(message("inventory_without_value"))


def _recheck(session: Session, batch: Batch, item: BatchItem) -> None:
    """A fixed declared mass is compared with the weight already taken, as at the scale."""
    assert item.weighed_mass_g is not None
    if item.status is ItemStatus.RETURNED:
        return
    check = check_weight(item.declared_mass_g, item.weighed_mass_g, tolerance_of(contract_of(session, batch)))
    item.weight_decision = WeightDecision.WITHIN if check.within else WeightDecision.UNDECIDED
    item.status = ItemStatus.WEIGHED if check.within else ItemStatus.PENDING
