"""What accepting a batch now would charge, and what still blocks it: the counter's live summary.

The weighing screen asks after every weighing, so the database groups identical items and each
group is priced once: a 50,000-item batch is quoted in a fraction of a second. Identifier check
digits, verified when items come in, are checked again only at acceptance.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.models.batches import BatchItem, ItemStatus
from postdesk.services.counter.batch_views import contract_of, load_batch
from postdesk.services.counter.pricing import PRICED_COLUMNS, price_stored_item, priced_mass_g, pricing_key
from postdesk.tariffs.engine import ChargeTotals, ItemCharge, sum_counted_charges
from postdesk.tariffs.model import TariffInfo, TariffTable

LISTED_PROBLEMS = 10
_GROUPED = tuple(column for column in PRICED_COLUMNS if column.key != "seq")


@dataclass(frozen=True)
class BatchQuote:
    """What accepting now would charge (nothing stored); ``problems`` lists what blocks acceptance."""

    batch_id: int
    totals: ChargeTotals
    tariff: TariffInfo
    discount_percent: Decimal
    problems: tuple[str, ...]


def quote_batch(session: Session, table: TariffTable, batch_id: int, *, estimate: bool = False) -> BatchQuote:
    """``estimate`` also prices items not weighed yet at their declared mass (the verdict before weighing)."""
    batch = load_batch(session, batch_id)
    contract = contract_of(session, batch)
    discount = contract.discount_percent if contract is not None else Decimal(0)
    # Identical items come back as one group (``seq`` is the group's first item).
    groups = session.execute(
        select(func.count().label("items"), BatchItem.status, *_GROUPED, func.min(BatchItem.seq).label("seq"))
        .where(BatchItem.batch_id == batch_id)
        .group_by(BatchItem.status, *_GROUPED)
        .order_by(func.min(BatchItem.seq))
    ).all()
    statuses: Counter[tuple[ItemStatus, bool]] = Counter()
    for group in groups:
        statuses[group.status, group.weighed_mass_g is not None] += group.items
    problems = status_problems(statuses)
    counted: list[tuple[ItemCharge, int]] = []
    charges: dict[tuple[object, ...], ItemCharge] = {}
    unpriced: list[str] = []
    for group in groups:
        if group.status is not ItemStatus.WEIGHED and not (estimate and group.status is ItemStatus.PENDING):
            continue
        mass = priced_mass_g(group)
        key = pricing_key(group, mass)
        if key not in charges:
            try:
                charges[key] = price_stored_item(table, group, batch, discount, mass)
            except UserError as exc:
                unpriced.append(_with_alike(exc.message, group.items - 1))
                continue
        counted.append((charges[key], group.items))
    problems += unpriced[:LISTED_PROBLEMS]
    if len(unpriced) > LISTED_PROBLEMS:
        problems.append(
            translate("Acceptance", "…and %1 more kinds of items that cannot be priced.").replace(
                "%1", str(len(unpriced) - LISTED_PROBLEMS)
            )
        )
    return BatchQuote(batch_id, sum_counted_charges(counted), TariffInfo.of(table), discount, tuple(problems))


def status_problems(statuses: Counter[tuple[ItemStatus, bool]]) -> list[str]:
    """What blocks acceptance, from item counts by (status, weighed)."""
    unweighed = statuses[ItemStatus.PENDING, False]
    undecided = statuses[ItemStatus.PENDING, True]
    ready = statuses[ItemStatus.WEIGHED, True] + statuses[ItemStatus.WEIGHED, False]
    problems = []
    if unweighed:
        problems.append(translate("Acceptance", "Items not weighed yet: %1.").replace("%1", str(unweighed)))
    if undecided:
        problems.append(
            translate("Acceptance", "Items outside the weight tolerance waiting for a decision: %1.").replace(
                "%1", str(undecided)
            )
        )
    if not ready and not unweighed and not undecided:
        problems.append(translate("Acceptance", "No item is left to accept."))
    return problems


def _with_alike(problem: str, alike: int) -> str:
    """A pricing problem of a group of identical items, named by its first item."""
    if not alike:
        return problem
    return problem + translate("Acceptance", " (items more like this one: %1)").replace("%1", str(alike))
