"""The steps of an acceptance, each over tens of thousands of items: they report progress as they go.

Reading and checking the items, pricing and writing their charges, and letting the session go of
them afterwards are kept here, apart from the transaction that runs them (``acceptance.py``).
"""

from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from postdesk.common.i18n import translate
from postdesk.models.batches import Batch, BatchItem, ItemStatus
from postdesk.models.charges import ItemChargeRow
from postdesk.postal.identifiers import is_valid_identifier
from postdesk.postal.numbering import IdentifierKind, identifier_kind, s10_class_letter
from postdesk.services.counter.batch_quote import (
    status_problems,
)
from postdesk.services.counter.pricing import (
    charge_values,
    price_stored_item,
    priced_mass_g,
)
from postdesk.tariffs.engine import ItemCharge
from postdesk.tariffs.model import TariffTable

Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 100
_READ_CHUNK = 100
CHUNK = 500  # rows read or released at a time
_REPORT_SECONDS = 0.1


@contextmanager
def without_full_collections() -> Iterator[None]:
    """Hold off the cyclic collector while tens of thousands of items are loaded and written.

    Its full passes rescan every live object, so they grow with the batch and would stall the
    acceptance (and its progress) for most of a second each; cycles are collected afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Pacer:
    """Reports progress often enough for the window to show it and for Cancel to get through.

    The work is counted in units of two per item: the first half reads and checks the items, the
    second prices and writes them. Between the regular reports a report is made whenever
    ``_REPORT_SECONDS`` have passed, so no stretch of a big acceptance goes unreported.
    """

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._last = time.monotonic()
        self.total = 0

    def step(self, done: int, *, now: bool = False) -> None:
        if self._progress is None:
            return
        moment = time.monotonic()
        if now or moment - self._last >= _REPORT_SECONDS:
            self._last = moment
            self._progress(min(done, self.total), self.total)


def identifier_need(item: BatchItem, batch: Batch) -> tuple[IdentifierKind, str] | None:
    """(kind, S10 class letter) when the item needs a new identifier, else ``None``."""
    if item.barcode:
        return None
    mail_type = item.mail_type or batch.mail_type
    category = item.mail_category or batch.mail_category
    if mail_type is None or category is None:
        return None  # pricing reports the unknown class
    kind = identifier_kind(mail_type, category)
    if kind is None:
        return None
    return kind, s10_class_letter(mail_type, category) if kind is IdentifierKind.S10 else ""


def blocking_problems(items: Sequence[BatchItem], tick: Callable[[int], None]) -> list[str]:
    statuses: Counter[tuple[ItemStatus, bool]] = Counter()
    bad = []
    for n, i in enumerate(items):
        statuses[i.status, i.weighed_mass_g is not None] += 1
        if i.barcode and not is_valid_identifier(i.barcode):
            bad.append(str(i.seq))
        tick(n)
    problems = status_problems(statuses)
    if bad:
        problems.append(
            translate("Acceptance", "Wrong identifier check digit in items: %1.").replace(
                "%1", ", ".join(bad[:10]) + ("…" if len(bad) > 10 else "")
            )
        )
    return problems


def is_identifier_clash(exc: IntegrityError) -> bool:
    text = str(exc.orig)
    return "uq_batch_items_accepted_barcode" in text or "batch_items.barcode" in text


def already_accepted(
    session: Session, batch_id: int, codes: list[str], tick: Callable[[int], None]
) -> list[str]:
    found: list[str] = []
    for start in range(0, len(codes), CHUNK):
        tick(start)
        found += session.scalars(
            select(BatchItem.barcode).where(
                BatchItem.barcode.in_(codes[start : start + CHUNK]),
                BatchItem.batch_id != batch_id,
                BatchItem.status == ItemStatus.ACCEPTED,
            )
        )
    return sorted(c for c in found if c)


def load_items(session: Session, batch_id: int, pacer: Pacer) -> list[BatchItem]:
    """The batch's items in list order, read in chunks and reported: the first quarter of the work."""
    items = []
    loaded = session.scalars(
        select(BatchItem)
        .where(BatchItem.batch_id == batch_id)
        .order_by(BatchItem.seq)
        .execution_options(yield_per=_READ_CHUNK)
    )
    for item in loaded:
        items.append(item)
        pacer.step(len(items) // 2)
    return items


def price_and_write(
    session: Session,
    table: TariffTable,
    batch: Batch,
    ready: Sequence[BatchItem],
    *,
    discount: Decimal,
    step: Callable[..., None],
) -> list[ItemCharge]:
    """Price the ready items and write their charge rows, a hundred at a time; ``step(share, now=)``
    reports how far it got, in units of the batch's item count."""
    charges, rows = [], []
    n = len(ready)
    for done, item in enumerate(ready, start=1):
        mass = priced_mass_g(item)
        charge = price_stored_item(table, item, batch, discount, mass)
        charges.append(charge)
        rows.append(charge_values(table, item, batch, charge, mass))
        item.priced_mass_g = mass
        item.status = ItemStatus.ACCEPTED
        if done % _PROGRESS_EVERY == 0 or done == n:
            session.execute(insert(ItemChargeRow), rows)
            rows = []
            session.flush()
            step(done, now=True)
        else:
            step(done)
    return charges


def let_go(session: Session, lists: list[list[Any]], tick: Callable[[], None]) -> None:
    """Drop the acceptance's items and charges a chunk at a time, reporting progress, once they
    are written: freed by the session's close after the commit, they made a long silent stretch."""
    session.flush()
    for values in lists:
        while values:
            del values[-CHUNK:]
            tick()
