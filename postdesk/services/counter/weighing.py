"""Weighing items at the counter and recording the operator's decision on discrepancies.

Inside the contract's tolerance an item is ready at once and keeps its declared mass for
pricing. Outside it waits for a decision: take the actual weight (and re-price) or hand the
item back. Weights typed by hand are marked as manual; a whole pack of identical simple
letters may be weighed at once and compared as a total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.base import utc_now
from postdesk.models.batches import Batch, BatchItem, BatchStatus, ItemStatus
from postdesk.postal.mailclasses import MailCategory
from postdesk.postal.weighing import (
    WeightCheck,
    WeightDecision,
    WeightSource,
    check_pack,
    check_weight,
    pack_share_g,
)
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.contract_terms import tolerance_of
from postdesk.services.counter.batch_views import ItemView, contract_of, item_view, load_batch
from postdesk.services.permissions import Permission, require

_OPEN_STATUSES = {BatchStatus.DRAFT, BatchStatus.RECEIVED}


@dataclass(frozen=True)
class WeighingResult:
    item: ItemView
    check: WeightCheck

    @property
    def needs_decision(self) -> bool:
        return self.item.weight_decision is WeightDecision.UNDECIDED


@dataclass(frozen=True)
class PackResult:
    items: tuple[ItemView, ...]
    check: WeightCheck

    @property
    def needs_decision(self) -> bool:
        return not self.check.within


def _open_batch(session: Session, batch_id: int) -> Batch:
    """Lock the batch for this transaction and insist it is still a draft or received.

    The lock (``FOR UPDATE`` on PostgreSQL; SQLite's write transaction already excludes every
    other writer) makes weighing and acceptance of one batch take turns: an acceptance never
    commits over a weighing in flight, and a weighing arriving after it sees the new status.
    """
    batch = load_batch(session, batch_id, lock=True)
    if batch.status not in _OPEN_STATUSES:
        raise ConflictError(
            translate(
                "Acceptance",
                "Batch %1 is already %2: its items can no longer be weighed or decided on. "
                "Reopen the batch to see its current state.",
            )
            .replace("%1", str(batch.id))
            .replace("%2", batch.status.value)
        )
    return batch


def _item(session: Session, item_id: int) -> BatchItem:
    """The item as it stands once its batch is locked (re-read, never a stale copy)."""
    batch_id = session.scalar(select(BatchItem.batch_id).where(BatchItem.id == item_id))
    if batch_id is None:
        raise NotFound(translate("Acceptance", "The item no longer exists."))
    _open_batch(session, batch_id)
    return session.scalars(
        select(BatchItem).where(BatchItem.id == item_id).execution_options(populate_existing=True)
    ).one()


def _apply(item: BatchItem, actor: Actor, mass_g: int, source: WeightSource, within: bool) -> None:
    item.weighed_mass_g = mass_g
    item.weight_source = source
    item.weighed_at = utc_now()
    item.weighed_by = actor.user_id
    if within or item.declared_mass_g <= 0:
        item.weight_decision = WeightDecision.WITHIN
        item.status = ItemStatus.WEIGHED
    else:
        item.weight_decision = WeightDecision.UNDECIDED
        item.status = ItemStatus.PENDING


class WeighingService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def record_weight(
        self, actor: Actor, item_id: int, mass_g: int, *, manual: bool = False
    ) -> WeighingResult:
        """Store a weighing (scale, or typed when ``manual``) and compare it with the declared mass."""
        require(actor, Permission.ACCEPT_BATCHES)
        if mass_g <= 0:
            raise UserError(translate("Acceptance", "The weight must be more than 0 g."))
        with self._uow() as tx:
            item = _item(tx.session, item_id)
            batch = tx.session.get_one(Batch, item.batch_id)  # locked and read by ``_item`` just now
            if item.status in {ItemStatus.ACCEPTED, ItemStatus.VOIDED}:
                raise ConflictError(translate("Acceptance", "This item is already accepted."))
            check = check_weight(item.declared_mass_g, mass_g, tolerance_of(contract_of(tx.session, batch)))
            source = WeightSource.MANUAL if manual else WeightSource.SCALE
            _apply(item, actor, mass_g, source, check.within)
            audit.record(
                tx.session,
                actor,
                "item_weigh",
                "batch_item",
                item.id,
                after={
                    "batch_id": batch.id,
                    "declared_g": item.declared_mass_g,
                    "weighed_g": mass_g,
                    "source": source,
                    "decision": item.weight_decision,
                },
            )
            tx.commit()
            return WeighingResult(item_view(item), check)

    def weigh_pack(
        self, actor: Actor, batch_id: int, item_ids: Sequence[int], total_g: int, *, manual: bool = False
    ) -> PackResult:
        """Weigh a stack of identical simple items at once; each gets the mean mass, marked as a pack."""
        require(actor, Permission.ACCEPT_BATCHES)
        if total_g <= 0 or not item_ids:
            raise UserError(
                translate(
                    "Acceptance", "Put at least one item on the scale; the weight must be more than 0 g."
                )
            )
        with self._uow() as tx:
            batch = _open_batch(tx.session, batch_id)
            items = list(
                tx.session.scalars(
                    select(BatchItem)
                    .where(BatchItem.batch_id == batch_id, BatchItem.id.in_(list(item_ids)))
                    .order_by(BatchItem.seq)
                    .execution_options(populate_existing=True)
                )
            )
            if len(items) != len(set(item_ids)):
                raise NotFound(translate("Acceptance", "Some of the items are not in this batch."))
            kinds = {(i.mail_type, i.mail_category, i.declared_mass_g) for i in items}
            if (
                len(kinds) != 1
                or items[0].mail_category != MailCategory.SIMPLE
                or any(i.status in {ItemStatus.ACCEPTED, ItemStatus.VOIDED} for i in items)
            ):
                raise UserError(
                    translate(
                        "Acceptance",
                        "A pack may hold only identical simple items of one type "
                        "and declared weight that are not yet accepted.",
                    )
                )
            check = check_pack(
                items[0].declared_mass_g, len(items), total_g, tolerance_of(contract_of(tx.session, batch))
            )
            share = pack_share_g(total_g, len(items))
            for item in items:
                _apply(item, actor, share, WeightSource.PACK, check.within)
            audit.record(
                tx.session,
                actor,
                "pack_weigh",
                "batch",
                batch.id,
                after={
                    "items": len(items),
                    "first_seq": items[0].seq,
                    "last_seq": items[-1].seq,
                    "declared_total_g": check.declared_g,
                    "weighed_total_g": total_g,
                    "manual": manual,
                    "within": check.within,
                },
            )
            tx.commit()
            return PackResult(tuple(item_view(i) for i in items), check)

    def decide(self, actor: Actor, item_ids: Sequence[int], decision: WeightDecision) -> list[ItemView]:
        """Settle a discrepancy: take the weighed mass (re-priced at acceptance) or hand the items back."""
        require(actor, Permission.ACCEPT_BATCHES)
        if decision not in {WeightDecision.TAKE_ACTUAL, WeightDecision.HAND_BACK}:
            raise ValueError(decision)
        with self._uow() as tx:
            views = []
            # Lock every batch involved first, in one order, so two decisions never deadlock.
            batch_ids = tx.session.scalars(
                select(BatchItem.batch_id).where(BatchItem.id.in_(list(item_ids))).distinct()
            )
            for batch_id in sorted(batch_ids):
                _open_batch(tx.session, batch_id)
            for item_id in item_ids:
                item = _item(tx.session, item_id)
                if item.weighed_mass_g is None or item.status in {ItemStatus.ACCEPTED, ItemStatus.VOIDED}:
                    raise ConflictError(
                        translate(
                            "Acceptance", "Only a weighed item that is not yet accepted can be decided on."
                        )
                    )
                before = {"decision": item.weight_decision, "status": item.status}
                item.weight_decision = decision
                item.status = (
                    ItemStatus.RETURNED if decision is WeightDecision.HAND_BACK else ItemStatus.WEIGHED
                )
                audit.record(
                    tx.session,
                    actor,
                    "item_weight_decision",
                    "batch_item",
                    item.id,
                    before=before,
                    after={
                        "decision": decision,
                        "status": item.status,
                        "declared_g": item.declared_mass_g,
                        "weighed_g": item.weighed_mass_g,
                    },
                )
                views.append(item_view(item))
            tx.commit()
            return views
