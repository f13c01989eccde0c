"""Keeping the counter's summary (progress and price of the open batch) up to date.

Database work runs on one worker shared with scans and weighings, and a quote reads the whole
batch, so quotes must never pile up in front of the next scan: while one is being made, further
requests are folded into a single follow-up for the latest state.
"""

from __future__ import annotations

from collections.abc import Callable

from postdesk.services.counter.batch_quote import BatchQuote
from postdesk.ui.context import UiContext
from postdesk.ui.counter.panels import SummaryPanel


class SummaryRefresher:
    def __init__(self, ctx: UiContext, panel: SummaryPanel, current_batch: Callable[[], int | None]) -> None:
        self.ctx = ctx
        self.panel = panel
        self.current_batch = current_batch
        self.quoting = False
        self.stale = False

    def refresh(self) -> None:
        batch_id = self.current_batch()
        if batch_id is None:
            return
        ops = self.ctx.ops.counter
        self.ctx.tasks.start(ops.progress(batch_id), self.panel.show_progress)
        if self.quoting:
            self.stale = True
            return
        self.quoting, self.stale = True, False
        self.ctx.tasks.start(ops.quote(batch_id), self._quoted, self._failed)

    def _quoted(self, quote: BatchQuote) -> None:
        self.quoting = False
        if quote.batch_id == self.current_batch():  # not a batch the operator has left since
            self.panel.show_quote(quote)
        if self.stale:
            self.refresh()

    def _failed(self, _error: BaseException) -> bool:
        self.quoting = False
        return False  # reported as usual
