"""Operations of the counter: batches and their items, weighing, acceptance, the queue, corrections."""

from __future__ import annotations

from collections.abc import Sequence

from postdesk.bootstrap import Core
from postdesk.devices.scales.readings import Weighing
from postdesk.postal.weighing import WeightDecision
from postdesk.services.context import Actor
from postdesk.services.counter.acceptance import AcceptanceResult
from postdesk.services.counter.batch_queue import QueueEntry
from postdesk.services.counter.batch_quote import BatchQuote
from postdesk.services.counter.batch_views import BatchSummary, ItemView
from postdesk.services.counter.corrections import CorrectionResult, ItemCorrection
from postdesk.services.counter.draft_edits import RemovedItem
from postdesk.services.counter.running_quote import RunningQuote
from postdesk.services.counter.weighing import PackResult, WeighingResult
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskContext, TaskKind


class CounterOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    # --- batches and items ---------------------------------------------------------------------
    def batches_of(self, client_id: int) -> Operation[list[BatchSummary]]:
        batches, actor = self._core.batches, self._actor
        return Operation.database("batches", lambda: batches.list_batches(actor, client_id=client_id))

    def batch(self, batch_id: int) -> Operation[BatchSummary]:
        batches, actor = self._core.batches, self._actor
        return Operation.database("batch", lambda: batches.get(actor, batch_id))

    def items(self, batch_id: int) -> Operation[list[ItemView]]:
        batches, actor = self._core.batches, self._actor
        return Operation.database("items", lambda: batches.items(actor, batch_id))

    def find_item(self, batch_id: int, code: str) -> Operation[ItemView]:
        batches, actor = self._core.batches, self._actor
        return Operation.database("find item", lambda: batches.find_item(actor, batch_id, code))

    def next_unweighed(self, batch_id: int) -> Operation[ItemView | None]:
        batches, actor = self._core.batches, self._actor
        return Operation.database("next item", lambda: batches.next_unweighed(actor, batch_id))

    def progress(self, batch_id: int) -> Operation[dict[str, int]]:
        batches, actor = self._core.batches, self._actor
        return Operation.database("weighing progress", lambda: batches.weighing_progress(actor, batch_id))

    # --- weighing ------------------------------------------------------------------------------
    def record_weight(self, item_id: int, mass_g: int, *, manual: bool) -> Operation[WeighingResult]:
        weighing, actor = self._core.weighing, self._actor
        return Operation.database(
            "record weight", lambda: weighing.record_weight(actor, item_id, mass_g, manual=manual)
        )

    def weigh_pack(
        self, batch_id: int, item_ids: Sequence[int], total_g: int, *, manual: bool
    ) -> Operation[PackResult]:
        weighing, actor, ids = self._core.weighing, self._actor, list(item_ids)
        return Operation.database(
            "weigh pack", lambda: weighing.weigh_pack(actor, batch_id, ids, total_g, manual=manual)
        )

    def decide(self, item_ids: Sequence[int], decision: WeightDecision) -> Operation[list[ItemView]]:
        weighing, actor, ids = self._core.weighing, self._actor, list(item_ids)
        return Operation.database("weight decision", lambda: weighing.decide(actor, ids, decision))

    def record_manual_weight(self, grams_text: str, reason: str) -> Operation[Weighing]:
        """A weight typed in Settings when no scale works (validated and audited by the service)."""
        manual, actor = self._core.manual_weights, self._actor
        return Operation.database("manual weight", lambda: manual.record_manual(actor, grams_text, reason))

    # --- acceptance ----------------------------------------------------------------------------
    def quote(self, batch_id: int) -> Operation[BatchQuote]:
        acceptance, actor = self._core.acceptance, self._actor
        return Operation.database("quote", lambda: acceptance.quote(actor, batch_id))

    def running_quote(self, batch_id: int, items: Sequence[ItemView]) -> Operation[RunningQuote]:
        """The summary the weighing screen keeps item by item, built from the items it has loaded."""
        acceptance, actor, rows = self._core.acceptance, self._actor, list(items)
        return Operation.database("running quote", lambda: acceptance.quote_basis(actor, batch_id)).then(
            TaskKind.IO, lambda basis: RunningQuote(basis, rows)
        )

    def accept(self, batch_id: int, *, override_reason: str | None = None) -> Operation[AcceptanceResult]:
        """Accept with progress; Cancel raises inside the service's callback and rolls it all back."""
        acceptance, actor = self._core.acceptance, self._actor

        def work(context: TaskContext) -> AcceptanceResult:
            def progress(done: int, total: int) -> None:
                context.check()
                context.progress(done, total)

            return acceptance.accept(actor, batch_id, progress=progress, override_reason=override_reason)

        return Operation.with_progress("accept", TaskKind.DATABASE, work)

    def register_received(self, batch_id: int) -> Operation[BatchSummary]:
        queue, actor = self._core.batch_queue, self._actor
        return Operation.database("register received", lambda: queue.register_received(actor, batch_id))

    def allows_without_client(self, batch_id: int) -> Operation[bool]:
        queue, actor = self._core.batch_queue, self._actor
        return Operation.database(
            "without client allowed", lambda: queue.allows_without_client(actor, batch_id)
        )

    def queue(self) -> Operation[list[QueueEntry]]:
        queue, actor = self._core.batch_queue, self._actor
        return Operation.database("queue", lambda: queue.queue(actor))

    def hand_back_documents(self, batch_id: int, recipient: str) -> Operation[BatchSummary]:
        queue, actor = self._core.batch_queue, self._actor
        return Operation.database(
            "hand back documents", lambda: queue.hand_back_documents(actor, batch_id, recipient)
        )

    # --- corrections ---------------------------------------------------------------------------
    def correct_item(self, item_id: int, reason: str, change: ItemCorrection) -> Operation[CorrectionResult]:
        corrections, actor = self._core.corrections, self._actor
        return Operation.database(
            "correct item", lambda: corrections.correct_item(actor, item_id, reason, change)
        )

    def void_item(self, item_id: int, reason: str) -> Operation[CorrectionResult]:
        corrections, actor = self._core.corrections, self._actor
        return Operation.database("void item", lambda: corrections.void_item(actor, item_id, reason))

    def void_batch(self, batch_id: int, reason: str) -> Operation[CorrectionResult]:
        corrections, actor = self._core.corrections, self._actor
        return Operation.database("void batch", lambda: corrections.void_batch(actor, batch_id, reason))

    # --- drafts before acceptance --------------------------------------------------------------
    def remove_item(self, item_id: int, reason: str) -> Operation[RemovedItem]:
        edits, actor = self._core.draft_edits, self._actor
        return Operation.database("remove item", lambda: edits.remove_item(actor, item_id, reason))

    def hand_back_item(self, item_id: int, reason: str) -> Operation[ItemView]:
        edits, actor = self._core.draft_edits, self._actor
        return Operation.database("hand back item", lambda: edits.hand_back(actor, item_id, reason))

    def fix_item(self, item_id: int, reason: str, change: ItemCorrection) -> Operation[ItemView]:
        edits, actor = self._core.draft_edits, self._actor
        return Operation.database("fix item", lambda: edits.fix_item(actor, item_id, reason, change))
