"""Acceptance, voids and corrections show in the client's timeline with their own kinds."""

from postdesk.services.records.timeline import TimelineQuery
from tests.support.batches import ItemSpec, make_client, make_draft


def test_accepted_batch_and_void_appear_as_batch_and_void(core, staff):
    client_id, contract_id = make_client(core)
    batch_id, (a, b) = make_draft(core, client_id, contract_id, [ItemSpec(20), ItemSpec(40)])
    core.weighing.record_weight(staff.operator, a, 20)
    core.weighing.record_weight(staff.operator, b, 40)
    core.acceptance.accept(staff.operator, batch_id, office_postcode="430005")
    core.corrections.void_item(staff.supervisor, a, "испорчено при приёме")
    page = core.timeline.page(staff.operator, TimelineQuery(client_id))
    assert [e.kind for e in page.events] == ["void", "batch"]
    batch = page.events[1]
    assert batch.data["batch_id"] == batch_id and batch.data["quantity"] == 2
    assert f"{batch_id}" in batch.summary
    only_batches = core.timeline.page(staff.operator, TimelineQuery(client_id, kinds=frozenset({"batch"})))
    assert [e.kind for e in only_batches.events] == ["batch"]
