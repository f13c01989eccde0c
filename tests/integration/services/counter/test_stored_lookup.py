"""Duplicates against stored items: which stored items count, for whom, and at what cost."""

from __future__ import annotations

from sqlalchemy import select, text, update

from postdesk.models import Batch, BatchItem
from postdesk.models.batches import BatchStatus, ItemStatus
from tests.support.lists import good_rows, make_client, rpo, write_xlsx


def _import(core, actor, client_id, path):
    result = core.lists.check(actor, client_id, core.lists.open(actor, client_id, path)[0])
    return core.lists.import_draft(actor, client_id, result)


def test_only_live_batches_and_items_count_and_recipients_only_for_the_same_client(core, staff, tmp_path):
    client_id, _inn = make_client(core, staff.operator)
    other_id, _ = make_client(core, staff.operator, "132600003", "АО «Сети»")
    path = write_xlsx(tmp_path / "l.xlsx", good_rows(4))
    draft = _import(core, staff.operator, client_id, path)
    with core.uow() as tx:
        tx.session.execute(
            update(BatchItem)
            .where(BatchItem.batch_id == draft.id, BatchItem.barcode == rpo(4))
            .values(status=ItemStatus.VOIDED)
        )
        tx.commit()
    lookup = core.lists.stored_lookup(client_id)
    keys = _keys(core, draft.id)
    found = lookup([rpo(1), rpo(2), rpo(4), rpo(9)], keys)
    assert set(found.barcodes) == {rpo(1), rpo(2)}  # a voided item and an unknown code do not count
    assert found.barcodes[rpo(1)] == f"партия {draft.id}, список № {draft.list_number or '—'} (черновик)"
    assert set(found.recipients) == set(keys) - {_key_of(core, draft.id, rpo(4))}
    for_other = core.lists.stored_lookup(other_id)([rpo(1)], keys)
    assert set(for_other.barcodes) == {rpo(1)} and for_other.recipients == {}  # identifiers are global
    with core.uow() as tx:
        tx.session.execute(update(Batch).where(Batch.id == draft.id).values(status=BatchStatus.REJECTED))
        tx.commit()
    gone = lookup([rpo(1), rpo(2)], keys)
    assert gone.barcodes == {} and gone.recipients == {}


def test_empty_inputs_ask_nothing(core, staff):
    client_id, _inn = make_client(core, staff.operator)
    found = core.lists.stored_lookup(client_id)([], [])
    assert found.barcodes == {} and found.recipients == {}


def test_sqlite_probes_the_indexes_for_each_listed_value(sqlite_core):
    """The list's values drive the join: cost follows the list, not the items stored over years."""
    from postdesk.services.counter.lists import _STORED_SQL

    with sqlite_core.uow() as tx:
        for column, client in (("barcode", ""), ("recipient_key", "AND b.client_id = :client")):
            sql = _STORED_SQL.format(
                values="json_each(:values) AS v",
                join="CROSS JOIN",
                column=column,
                client=client,
                rejected="rejected",
                voided="voided",
                item_voided="voided",
            )
            plan = [
                row[3]
                for row in tx.session.execute(
                    text("EXPLAIN QUERY PLAN " + sql), {"values": "[]", "client": 1}
                )
            ]
            assert plan[0].startswith("SCAN v"), plan
            assert f"SEARCH i USING INDEX ix_batch_items_{column}" in plan[1], plan
            assert not any(step == "SCAN i" for step in plan), plan


def _keys(core, batch_id):
    with core.uow() as tx:
        return list(tx.session.scalars(select(BatchItem.recipient_key).where(BatchItem.batch_id == batch_id)))


def _key_of(core, batch_id, barcode):
    with core.uow() as tx:
        return tx.session.scalar(
            select(BatchItem.recipient_key).where(
                BatchItem.batch_id == batch_id, BatchItem.barcode == barcode
            )
        )
