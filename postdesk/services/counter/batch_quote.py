"""What accepting a batch now would charge, and what still blocks it: the counter's live summary.

Asked before every acceptance (the weighing screen keeps its summary item by item instead, see
``running_quote``), so the database groups identical items and each group is priced once: a
50,000-item batch is quoted in a fraction of a second. Identifier check
digits, verified when items come in, are checked again only at acceptance.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.models.batches import BatchItem, ItemStatus
from postdesk.postal.mailclasses import MailCategory, MailType
from postdesk.services.contract_terms import discount_of
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


@dataclass(frozen=True)
class QuoteBasis:
    """Everything a quote needs besides the items: the tariff in force, the discount, the defaults."""

    batch_id: int
    table: TariffTable
    discount_percent: Decimal
    mail_type: MailType | None
    mail_category: MailCategory | None

    @property
    def tariff(self) -> TariffInfo:
        return TariffInfo.of(self.table)


def quote_basis(session: Session, table: TariffTable, batch_id: int) -> QuoteBasis:
    batch = load_batch(session, batch_id)
    contract = contract_of(session, batch)
    discount = discount_of(contract)
    return QuoteBasis(batch_id, table, discount, batch.mail_type, batch.mail_category)


def quote_batch(session: Session, table: TariffTable, batch_id: int, *, estimate: bool = False) -> BatchQuote:
    """``estimate`` also prices items not weighed yet at their declared mass (the verdict before weighing)."""
    basis = quote_basis(session, table, batch_id)
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
    counted: list[tuple[ItemCharge, int]] = []
    charges: dict[tuple[object, ...], ItemCharge] = {}
    unpriced: list[tuple[str, int]] = []
    for group in groups:
        if group.status is not ItemStatus.WEIGHED and not (estimate and group.status is ItemStatus.PENDING):
            continue
        mass = priced_mass_g(group)
        key = pricing_key(group, mass)
        if key not in charges:
            try:
                charges[key] = price_stored_item(table, group, basis, basis.discount_percent, mass)
            except UserError as exc:
                unpriced.append((exc.message, group.items))
                continue
        counted.append((charges[key], group.items))
    problems = status_problems(statuses) + unpriced_problems(unpriced)
    return BatchQuote(
        batch_id, sum_counted_charges(counted), basis.tariff, basis.discount_percent, tuple(problems)
    )


def unpriced_problems(groups: Sequence[tuple[str, int]]) -> list[str]:
    """The first groups of identical unpriceable items (message of the first, group size), then a count."""
    problems = [_with_alike(message, items - 1) for message, items in groups[:LISTED_PROBLEMS]]
    if len(groups) > LISTED_PROBLEMS:
        problems.append(
            translate("Acceptance", "…and %1 more kinds of items that cannot be priced.").replace(
                "%1", str(len(groups) - LISTED_PROBLEMS)
            )
        )
    return problems


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
