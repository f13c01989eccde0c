"""The counter's live summary kept item by item: progress and price of the open batch in O(1).

Re-reading and re-quoting the whole batch after every weighing made the counter slower the
bigger the batch. Instead the weighing screen builds a :class:`RunningQuote` once when the
batch opens and hands it every item it gets back from a weighing, a decision or a pack: the
item's old contribution is taken out and the new one put in. Prices come from the same
functions acceptance uses (``price_stored_item`` on the item's chargeable mass), and money
is integer, so the running totals are exactly what :func:`quote_batch` and acceptance give.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, fields

from postdesk.common.errors import UserError
from postdesk.models.batches import ItemStatus
from postdesk.services.counter.batch_quote import BatchQuote, QuoteBasis, status_problems, unpriced_problems
from postdesk.services.counter.batch_views import PROGRESS_KEYS, ItemView, progress_key
from postdesk.services.counter.pricing import price_stored_item, priced_mass_g, pricing_key
from postdesk.tariffs.engine import ChargeTotals, ItemCharge

_AMOUNTS = tuple(f.name for f in fields(ItemCharge))


@dataclass(frozen=True)
class _Share:
    """What one item adds to the summary."""

    progress: str
    status: tuple[ItemStatus, bool]
    charge: ItemCharge | None  # priced and ready
    unpriced: tuple[tuple[object, ...], int, str] | None  # (kind of item, seq, why), ready but unpriceable


class RunningQuote:
    """Weighing progress and the acceptance quote of one batch, updated one item at a time.

    Not thread-safe: it belongs to the screen that feeds it (built on a worker, then handed over).
    """

    def __init__(self, basis: QuoteBasis, items: Iterable[ItemView]) -> None:
        self.basis = basis
        self._prices: dict[tuple[object, ...], ItemCharge] = {}
        self._shares: dict[int, _Share] = {}
        self._progress: Counter[str] = Counter()
        self._statuses: Counter[tuple[ItemStatus, bool]] = Counter()
        self._sums = dict.fromkeys(_AMOUNTS, 0)
        self._priced = 0
        self._unpriced: dict[int, tuple[tuple[object, ...], int, str]] = {}
        self._unpriced_problems: list[str] | None = []
        for item in items:
            self._add(item.id, self._share(item))

    @property
    def batch_id(self) -> int:
        return self.basis.batch_id

    def update(self, items: Iterable[ItemView]) -> None:
        """Items of this batch as they now stand (the same item may come again: the last one counts)."""
        for item in items:
            old = self._shares.get(item.id)
            if old is not None:
                self._add(item.id, old, sign=-1)
            self._add(item.id, self._share(item))

    def progress(self) -> dict[str, int]:
        """Counts per state, as ``BatchRegisterService.weighing_progress`` gives them."""
        return {key: self._progress[key] for key in PROGRESS_KEYS}

    def quote(self) -> BatchQuote:
        """What accepting now would charge, equal to ``quote_batch`` on the stored batch."""
        totals = ChargeTotals(items=self._priced, **self._sums)
        problems = status_problems(self._statuses) + self._listed_unpriced()
        basis = self.basis
        return BatchQuote(basis.batch_id, totals, basis.tariff, basis.discount_percent, tuple(problems))

    # --- bookkeeping ---------------------------------------------------------------------------
    def _share(self, item: ItemView) -> _Share:
        status = (item.status, item.weighed_mass_g is not None)
        progress = progress_key(item.status, item.weight_decision)
        if item.status is not ItemStatus.WEIGHED:
            return _Share(progress, status, None, None)
        mass = priced_mass_g(item)
        key = pricing_key(item, mass)
        charge = self._prices.get(key)
        if charge is None:
            try:
                charge = price_stored_item(
                    self.basis.table, item, self.basis, self.basis.discount_percent, mass
                )
            except UserError as exc:
                # Grouped as the stored quote groups identical items: by every priced column.
                kind = (
                    item.mail_type,
                    item.mail_category,
                    item.declared_value_kop,
                    item.notice,
                    item.inventory,
                    item.sms,
                    item.declared_mass_g,
                    item.weighed_mass_g,
                    item.weight_decision,
                )
                return _Share(progress, status, None, (kind, item.seq, exc.message))
            self._prices[key] = charge
        return _Share(progress, status, charge, None)

    def _add(self, item_id: int, share: _Share, *, sign: int = 1) -> None:
        self._progress[share.progress] += sign
        self._statuses[share.status] += sign
        if share.charge is not None:
            self._priced += sign
            for name in _AMOUNTS:
                self._sums[name] += sign * getattr(share.charge, name)
        if share.unpriced is not None:
            if sign > 0:
                self._unpriced[item_id] = share.unpriced
            else:
                del self._unpriced[item_id]
            self._unpriced_problems = None
        if sign > 0:
            self._shares[item_id] = share
        else:
            del self._shares[item_id]

    def _listed_unpriced(self) -> list[str]:
        """Unpriceable kinds named by their first item, in list order (cached: they rarely change)."""
        if self._unpriced_problems is None:
            kinds: dict[tuple[object, ...], tuple[int, str, int]] = {}
            for kind, seq, message in self._unpriced.values():
                first = kinds.get(kind)
                if first is None or seq < first[0]:
                    kinds[kind] = (seq, message, (first[2] if first else 0) + 1)
                else:
                    kinds[kind] = (first[0], first[1], first[2] + 1)
            ordered = sorted(kinds.values())
            self._unpriced_problems = unpriced_problems(
                [(message, count) for _seq, message, count in ordered]
            )
        return list(self._unpriced_problems)
