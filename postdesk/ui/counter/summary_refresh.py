"""Keeping the counter's summary (progress and price of the open batch) up to date.

The summary is a :class:`RunningQuote` built once when the batch's rows are loaded and then fed
every item the table replaces (a weighing, a decision, a pack): one item's share changes, the
batch is never re-read, so the summary costs the same at 1,000 items as at 200,000. Asking again
while it is being built starts nothing more: the changes made meanwhile are replayed onto it.
"""

from __future__ import annotations

from collections.abc import Callable

from postdesk.services.counter.batch_views import ItemView
from postdesk.services.counter.running_quote import RunningQuote
from postdesk.ui.context import UiContext
from postdesk.ui.counter.item_model import ItemTableModel
from postdesk.ui.counter.panels import SummaryPanel


class SummaryRefresher:
    def __init__(
        self,
        ctx: UiContext,
        panel: SummaryPanel,
        model: ItemTableModel,
        current_batch: Callable[[], int | None],
    ) -> None:
        self.ctx = ctx
        self.panel = panel
        self.model = model
        self.current_batch = current_batch
        self.running: RunningQuote | None = None
        self.loading: int | None = None  # the batch whose summary is being built
        self._generation = 0
        self._meanwhile: list[ItemView] = []
        model.items_updated.connect(self.apply)
        model.modelReset.connect(self.forget)

    def refresh(self) -> None:
        """Show the summary of the current batch, building it first when the batch has changed."""
        batch_id = self.current_batch()
        if batch_id is None:
            return
        if self.running is not None and self.running.batch_id == batch_id:
            self._show(self.running)
            return
        if self.loading == batch_id:
            return  # being built: what changes meanwhile is replayed onto it
        self.running, self.loading, self._meanwhile = None, batch_id, []
        self._generation += 1
        generation = self._generation
        self.ctx.tasks.start(
            self.ctx.ops.counter.running_quote(batch_id, self.model.rows),
            lambda running: self._built(generation, running),
            self._failed,
        )

    def apply(self, items: list[ItemView]) -> None:
        """Items the table has just replaced: their shares of the summary change, nothing is re-read."""
        if self.running is not None:
            self.running.update(items)
            self._show(self.running)
        elif self.loading is not None:
            self._meanwhile.extend(items)

    def forget(self) -> None:
        """The rows were reloaded: the next refresh builds the summary anew from them."""
        self.running, self.loading, self._meanwhile = None, None, []
        self._generation += 1

    def _built(self, generation: int, running: RunningQuote) -> None:
        if generation != self._generation:
            return  # rows reloaded, or a batch the operator has left since
        running.update(self._meanwhile)
        self.running, self.loading, self._meanwhile = running, None, []
        if running.batch_id == self.current_batch():
            self._show(running)

    def _failed(self, _error: BaseException) -> bool:
        self.loading = None
        return False  # reported as usual

    def _show(self, running: RunningQuote) -> None:
        self.panel.show_progress(running.progress())
        self.panel.show_quote(running.quote())
