"""Every wording table of the screens names every member of its enum (no raw code on screen)."""

from __future__ import annotations

import itertools

from postdesk.models.batches import ItemStatus
from postdesk.postal.weighing import WeightDecision
from postdesk.ui.counter import texts
from tests.support.wording import incomplete

PARTIAL = {
    "postdesk.ui.counter.item_model._BACKGROUNDS": "unweighed rows keep the table's own background",
    "postdesk.ui.counter.item_model._BRUSHES": "_BACKGROUNDS as brushes: the same members",
    "postdesk.ui.surveys.answer_form.NUMERIC_RANGES": "the questions answered with a number",
}


def test_every_enum_keyed_table_of_the_screens_covers_its_enum() -> None:
    assert incomplete(("postdesk.ui", "postdesk.devices.qt"), PARTIAL) == []


def test_every_item_status_and_decision_reads_as_a_state_the_table_names() -> None:
    class Item:
        def __init__(self, status: ItemStatus, weighed: int | None, decision: WeightDecision | None) -> None:
            self.status, self.weighed_mass_g, self.weight_decision = status, weighed, decision

    for status, weighed, decision in itertools.product(ItemStatus, (None, 100), (None, *WeightDecision)):
        state = texts.item_state_key(Item(status, weighed, decision))  # type: ignore[arg-type]
        assert texts.item_state_text(Item(status, weighed, decision))  # type: ignore[arg-type]
        assert isinstance(state, texts.ItemState)
