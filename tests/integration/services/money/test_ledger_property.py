"""Property: whatever happens at the counter, a contract's balance is the sum of its ledger."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postdesk.services.counter.corrections import ItemCorrection
from tests.support.batches import ItemSpec, make_client, make_draft
from tests.support.money import balances

POSTCODE = "430005"

ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("accept"), st.integers(1, 4), st.integers(15, 90)),
        st.tuples(st.just("void_item"), st.integers(0, 50), st.just(0)),
        st.tuples(st.just("void_batch"), st.integers(0, 50), st.just(0)),
        st.tuples(st.just("correct"), st.integers(0, 50), st.integers(15, 95)),
        st.tuples(st.just("pay"), st.integers(1, 500_000), st.just(0)),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_the_balance_is_always_the_ledger_sum(sqlite_core, sqlite_staff, actions):
    core, staff = sqlite_core, sqlite_staff
    inn = "1300000017"
    with core.uow() as tx:
        from postdesk.models import Client

        existing = tx.session.query(Client).filter_by(inn=inn).one_or_none()
    if existing is None:
        make_client(core, inn=inn, discount="3")
    with core.uow() as tx:
        from postdesk.models import Contract

        contract = tx.session.query(Contract).one()
        client_id, contract_id = contract.client_id, contract.id
    accepted: list[int] = []
    for action, a, b in actions:
        if action == "accept":
            batch_id, items = make_draft(core, client_id, contract_id, [ItemSpec(b)] * a)
            for item in items:
                core.weighing.record_weight(staff.operator, item, b)
            core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
            accepted.append(batch_id)
        elif action == "pay":
            core.payments.add(staff.supervisor, inn, a, dt.date.today())
        elif accepted:
            batch_id = accepted[a % len(accepted)]
            live = [i for i in core.batches.items(staff.operator, batch_id) if i.status.value == "accepted"]
            if not live:
                continue
            if action == "void_batch":
                core.corrections.void_batch(staff.supervisor, batch_id, "ошибка")
            elif action == "void_item":
                core.corrections.void_item(staff.supervisor, live[a % len(live)].id, "отказ")
            else:
                core.corrections.correct_item(
                    staff.supervisor, live[a % len(live)].id, "перевес", ItemCorrection(mass_g=b)
                )
        stored, total = balances(core, contract_id)
        assert stored == total
