"""Turning stored items into priced charge rows, and batch totals out of those rows."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.common.i18n import translate
from postdesk.models.batches import Batch, BatchItem, ItemStatus
from postdesk.models.charges import ItemChargeRow
from postdesk.postal.mailclasses import MailCategory, MailType, NoticeKind
from postdesk.postal.weighing import WeightDecision, chargeable_mass_g
from postdesk.tariffs.engine import ItemCharge, PricingError, PricingInput, price_item
from postdesk.tariffs.model import TariffTable


class PricedItem(Protocol):
    """What pricing reads of an item: a :class:`BatchItem`, or a row of just these columns."""

    @property
    def seq(self) -> int: ...
    @property
    def mail_type(self) -> MailType | None: ...
    @property
    def mail_category(self) -> MailCategory | None: ...
    @property
    def declared_value_kop(self) -> int: ...
    @property
    def notice(self) -> NoticeKind: ...
    @property
    def inventory(self) -> bool: ...
    @property
    def sms(self) -> bool: ...
    @property
    def declared_mass_g(self) -> int: ...
    @property
    def weighed_mass_g(self) -> int | None: ...
    @property
    def weight_decision(self) -> WeightDecision | None: ...


class BatchDefaults(Protocol):
    """The batch's mail type and category, used where an item leaves its own empty."""

    @property
    def mail_type(self) -> MailType | None: ...
    @property
    def mail_category(self) -> MailCategory | None: ...


PRICED_COLUMNS = (
    BatchItem.seq,
    BatchItem.mail_type,
    BatchItem.mail_category,
    BatchItem.declared_value_kop,
    BatchItem.notice,
    BatchItem.inventory,
    BatchItem.sms,
    BatchItem.declared_mass_g,
    BatchItem.weighed_mass_g,
    BatchItem.weight_decision,
)


def pricing_key(item: PricedItem, mass_g: int) -> tuple[object, ...]:
    """Items with equal keys cost the same in one batch under one tariff and discount."""
    return (
        item.mail_type,
        item.mail_category,
        item.declared_value_kop,
        item.notice,
        item.inventory,
        item.sms,
        mass_g,
    )


def priced_mass_g(item: PricedItem) -> int:
    return chargeable_mass_g(item.declared_mass_g, item.weighed_mass_g, item.weight_decision)


def item_kind(item: PricedItem, batch: BatchDefaults) -> tuple[MailType, MailCategory]:
    """The item's mail type and category, the batch's where the item has none of its own."""
    mail_type = item.mail_type or batch.mail_type
    category = item.mail_category or batch.mail_category
    if mail_type is None or category is None:
        raise PricingError(
            translate("Acceptance", "Item %1: unknown mail type, category or notice (%2).")
            .replace("%1", str(item.seq))
            .replace("%2", f"{mail_type or '—'} / {category or '—'}")
        )
    return mail_type, category


def pricing_input(item: PricedItem, batch: BatchDefaults, mass_g: int) -> PricingInput:
    mail_type, category = item_kind(item, batch)
    return PricingInput(
        mail_type=mail_type,
        category=category,
        mass_g=mass_g,
        declared_value_kop=item.declared_value_kop,
        notice=item.notice,
        inventory=item.inventory,
        sms=item.sms,
    )


def price_stored_item(
    table: TariffTable, item: PricedItem, batch: BatchDefaults, discount: Decimal, mass_g: int
) -> ItemCharge:
    try:
        return price_item(table, pricing_input(item, batch, mass_g), discount)
    except PricingError as exc:
        raise PricingError(
            translate("Acceptance", "Item %1: %2").replace("%1", str(item.seq)).replace("%2", exc.message)
        ) from None


def charge_values(
    table: TariffTable, item: BatchItem, batch: Batch, charge: ItemCharge, mass_g: int
) -> dict[str, object]:
    rate = table.rate(*item_kind(item, batch))
    return {
        "item_id": item.id,
        "batch_id": batch.id,
        "tariff_version": table.version,
        "priced_mass_g": mass_g,
        "postage_kop": charge.postage_kop,
        "discount_kop": charge.discount_kop,
        "declared_value_fee_kop": charge.declared_value_fee_kop,
        "notice_kop": charge.notice_kop,
        "inventory_kop": charge.inventory_kop,
        "sms_kop": charge.sms_kop,
        "net_kop": charge.net_kop,
        "vat_kop": charge.vat_kop,
        "total_kop": charge.total_kop,
        "vat_percent": rate.vat_percent if rate is not None else Decimal(0),
    }


def refresh_batch_totals(session: Session, batch: Batch, tick: Callable[[], None] | None = None) -> None:
    """Set the batch's counts and money from its accepted items' rows: totals always equal the sum of rows.

    ``tick()`` is called between the two sums (each reads every item of a big batch)."""
    session.flush()
    accepted = (BatchItem.batch_id == batch.id) & (BatchItem.status == ItemStatus.ACCEPTED)
    count, mass, value, cod = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(BatchItem.priced_mass_g), 0),
            func.coalesce(func.sum(BatchItem.declared_value_kop), 0),
            func.coalesce(func.sum(BatchItem.cod_kop), 0),
        ).where(accepted)
    ).one()
    if tick is not None:
        tick()
    c = ItemChargeRow
    sums = session.execute(
        select(
            *(
                func.coalesce(func.sum(col), 0)
                for col in (
                    c.postage_kop,
                    c.discount_kop,
                    c.declared_value_fee_kop,
                    c.notice_kop,
                    c.inventory_kop,
                    c.sms_kop,
                    c.net_kop,
                    c.vat_kop,
                    c.total_kop,
                )
            )
        )
        .join(BatchItem, BatchItem.id == c.item_id)
        .where(accepted)
    ).one()
    batch.items_count, batch.mass_g, batch.declared_value_kop, batch.cod_kop = (
        int(count),
        int(mass),
        int(value),
        int(cod),
    )
    (
        batch.postage_kop,
        batch.discount_kop,
        batch.declared_value_fee_kop,
        batch.notice_fee_kop,
        batch.inventory_fee_kop,
        batch.sms_fee_kop,
        batch.net_kop,
        batch.vat_kop,
        batch.total_kop,
    ) = (int(v) for v in sums)
