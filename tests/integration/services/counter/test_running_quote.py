"""The counter's running summary equals the stored quote and acceptance after any mix of changes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postdesk.common.errors import UserError
from postdesk.postal.weighing import WeightDecision
from postdesk.services.counter.running_quote import RunningQuote
from tests.support.batches import ItemSpec, make_client, make_draft
from tests.support.core import make_staff

POSTCODE = "430005"
KINDS = [
    ItemSpec(20),
    ItemSpec(20, category="SIMPLE"),
    ItemSpec(20, category="SIMPLE"),
    ItemSpec(45, notice="ORDERED"),
    ItemSpec(120, "POSTAL_PARCEL", "WITH_DECLARED_VALUE", value_kop=123_457, inventory=True),
    ItemSpec(20, sms=True),
    ItemSpec(20, category="SIMPLE"),
]
SIZE = 14
_index = st.integers(0, SIZE - 1)
_offset = st.sampled_from([0, 1, 3, -2, 30, 4_980])  # within, within, within, within, off, unpriceable
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("weigh"), _index, _offset),
        st.tuples(
            st.just("decide"), _index, st.sampled_from([WeightDecision.TAKE_ACTUAL, WeightDecision.HAND_BACK])
        ),
        st.tuples(st.just("pack"), _index, st.integers(1, 3), _offset),
    ),
    max_size=30,
)


def _specs() -> list[ItemSpec]:
    return [KINDS[n % len(KINDS)] for n in range(SIZE)]


def _run(core, actor, batch_id, ids, specs, running: RunningQuote, step) -> None:  # noqa: PLR0917
    """One operator action through the services; the summary is fed what the service hands back."""
    kind, n, arg, *rest = step
    try:
        if kind == "weigh":
            running.update([core.weighing.record_weight(actor, ids[n], specs[n].mass_g + arg).item])
        elif kind == "decide":
            running.update(core.weighing.decide(actor, [ids[n]], arg))
        else:
            pack = ids[n : n + arg]
            total = sum(specs[i].mass_g for i in range(n, n + len(pack))) + rest[0]
            running.update(core.weighing.weigh_pack(actor, batch_id, pack, total).items)
    except UserError:
        pass  # refused (deciding an unweighed item, a pack of unlike items): nothing changed


def _check_equal(core, actor, batch_id, running: RunningQuote) -> None:
    assert running.quote() == core.acceptance.quote(actor, batch_id)
    assert running.progress() == core.batches.weighing_progress(actor, batch_id)


def _fresh(core, actor, client_ids, specs) -> tuple[int, list[int], RunningQuote]:
    batch_id, ids = make_draft(core, *client_ids, specs)
    running = RunningQuote(core.acceptance.quote_basis(actor, batch_id), core.batches.items(actor, batch_id))
    return batch_id, ids, running


def test_a_mix_of_weighings_decisions_and_packs_keeps_the_running_quote_equal_to_acceptance(core, staff):
    client_ids = make_client(core, discount="5")
    specs = _specs()
    batch_id, ids, running = _fresh(core, staff.operator, client_ids, specs)
    _check_equal(core, staff.operator, batch_id, running)
    steps = [
        ("weigh", 0, 0),
        ("weigh", 3, 30),  # off: waits for a decision
        ("weigh", 4, 1),
        ("weigh", 0, 3),  # weighed again
        ("decide", 3, WeightDecision.TAKE_ACTUAL),
        ("pack", 1, 2, 1),  # two simple letters at once
        ("weigh", 12, 4_980),  # far too heavy for a letter
        ("decide", 12, WeightDecision.TAKE_ACTUAL),  # ready but cannot be priced: a problem, named
        ("weigh", 5, 4_980),  # an identical item earlier in the list (№ 6): the problem is named by it
        ("decide", 5, WeightDecision.TAKE_ACTUAL),
        ("weigh", 7, 30),
        ("decide", 7, WeightDecision.HAND_BACK),
    ]
    for step in steps:
        _run(core, staff.operator, batch_id, ids, specs, running, step)
        _check_equal(core, staff.operator, batch_id, running)
    [unpriced] = [p for p in running.quote().problems if p.startswith("Отправление")]
    assert unpriced.startswith("Отправление № 6:") and unpriced.endswith("(и ещё таких отправлений: 1)")
    for step in [("weigh", 5, 0), ("weigh", 12, 0)]:  # weighed again within: priced again
        _run(core, staff.operator, batch_id, ids, specs, running, step)
        _check_equal(core, staff.operator, batch_id, running)
    while (left := core.batches.next_unweighed(staff.operator, batch_id)) is not None:
        _run(core, staff.operator, batch_id, ids, specs, running, ("weigh", ids.index(left.id), 0))
    # every item is weighed and settled, one handed back: nothing blocks any more
    quote = running.quote()
    assert quote.problems == () and quote.totals.items == SIZE - 1
    _check_equal(core, staff.operator, batch_id, running)

    result = core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    assert result.totals == quote.totals and result.items_returned == 1


def test_any_sequence_of_changes_keeps_the_running_quote_equal_to_the_stored_one(sqlite_core):
    actor = make_staff(sqlite_core).operator
    client_ids = make_client(sqlite_core)
    specs = _specs()

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(steps=STEPS)
    def check(steps):
        batch_id, ids, running = _fresh(sqlite_core, actor, client_ids, specs)
        for step in steps:
            _run(sqlite_core, actor, batch_id, ids, specs, running, step)
        _check_equal(sqlite_core, actor, batch_id, running)
        quote = running.quote()
        if not quote.problems:
            result = sqlite_core.acceptance.accept(actor, batch_id, office_postcode=POSTCODE)
            assert result.totals == quote.totals

    check()
