"""The ф.103 lists an accepted batch is handed over in: its items by kind, with their totals.

The grouping and the numbers are those of ``postal.list_groups``, the same the printed forms
use, so the numbers acceptance reports are the numbers on the paper.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from postdesk.models.batches import Batch, BatchItem
from postdesk.postal.list_groups import ListKind, base_number, group_numbers, grouped
from postdesk.tariffs.engine import ChargeTotals, ItemCharge, sum_charges

_TICK_EVERY = 1000
_T = TypeVar("_T")


def ticking(values: Iterable[_T], tick: Callable[[], None] | None, every: int = _TICK_EVERY) -> Iterator[_T]:
    """``values`` with ``tick()`` called every ``every`` of them: a long pass over a big batch
    still lets its progress be reported (and Cancel get through)."""
    if tick is None:
        yield from values
        return
    for n, value in enumerate(values):
        if n % every == 0:
            tick()
        yield value


@dataclass(frozen=True)
class AcceptedList:
    """One ф.103 the accepted batch is handed over in (see ``postal.list_groups``)."""

    number: str
    kind: ListKind
    totals: ChargeTotals
    mass_g: int


def accepted_lists(
    batch: Batch,
    items: Sequence[BatchItem],
    charges: Sequence[ItemCharge],
    tick: Callable[[], None] | None = None,
) -> tuple[AcceptedList, ...]:
    """The accepted items (with their charges, in the same order) grouped into their ф.103 lists,
    numbered as the forms number them; ``tick()`` is called every thousand items of each pass."""

    def kind_of(pair: tuple[BatchItem, ItemCharge]) -> ListKind:
        item = pair[0]
        return ListKind(
            item.mail_type or batch.mail_type,
            item.mail_category or batch.mail_category,
            item.mail_rank or batch.mail_rank,
            batch.payment_method,
        )

    groups = grouped(ticking(zip(items, charges, strict=True), tick), kind_of)
    numbers = group_numbers(base_number(batch.list_number, batch.id), len(groups))
    return tuple(
        AcceptedList(
            number,
            kind,
            sum_charges(charge for _item, charge in ticking(pairs, tick)),
            sum(item.priced_mass_g for item, _charge in ticking(pairs, tick)),
        )
        for number, (kind, pairs) in zip(numbers, groups, strict=True)
    )
