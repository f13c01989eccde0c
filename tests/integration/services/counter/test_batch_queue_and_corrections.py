"""Acceptance without the client waiting, voids and corrections, and the document data."""

import pytest
from sqlalchemy import func, select

from postdesk.common.errors import ConflictError, PermissionDenied, UserError
from postdesk.models import AuditEntry, BatchItem, BatchStatus, ItemStatus, ServiceRecord
from postdesk.models.charges import ItemChargeRow
from postdesk.postal.mailclasses import MailCategory, MailType, NoticeKind
from postdesk.services.counter.batch_queue import QueueStage
from postdesk.services.counter.corrections import ItemCorrection
from tests.support.batches import ItemSpec, make_client, make_draft, mark_all_weighed

POSTCODE = "430005"


def _accepted(core, staff, ids, specs=None):
    batch_id, item_ids = make_draft(core, *ids, specs or [ItemSpec(20), ItemSpec(40), ItemSpec(60)])
    mark_all_weighed(core, batch_id)
    core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    return batch_id, item_ids


def _ledger(core, batch_id):
    with core.uow() as tx:
        return list(
            tx.session.execute(
                select(ServiceRecord.kind, ServiceRecord.items_count, ServiceRecord.amount_kop)
                .where(ServiceRecord.batch_id == batch_id)
                .order_by(ServiceRecord.id)
            )
        )


def test_batch_left_without_the_client_is_queued_accepted_by_another_operator_and_handed_back(core, staff):
    ids = make_client(core, without_client=True)
    batch_id, _ = make_draft(core, *ids, [ItemSpec(20)] * 2)
    received = core.batch_queue.register_received(staff.operator, batch_id, "оставлено курьером")
    assert received.status is BatchStatus.RECEIVED and received.without_client
    [entry] = core.batch_queue.queue(staff.operator)
    assert entry.stage is QueueStage.AWAITING_ACCEPTANCE and entry.batch.id == batch_id

    mark_all_weighed(core, batch_id)
    core.acceptance.accept(staff.supervisor, batch_id, office_postcode=POSTCODE)  # a different person, later
    [entry] = core.batch_queue.queue(staff.operator)
    assert entry.stage is QueueStage.AWAITING_HANDOVER

    with pytest.raises(UserError):
        core.batch_queue.hand_back_documents(staff.operator, batch_id, "  ")
    handed = core.batch_queue.hand_back_documents(staff.operator, batch_id, "Иванов И. И., доверенность № 5")
    assert handed.documents_handed_at is not None
    assert core.batch_queue.queue(staff.operator) == []
    with pytest.raises(ConflictError):
        core.batch_queue.hand_back_documents(staff.operator, batch_id, "ещё раз")


def test_only_contracts_that_allow_it_may_leave_batches(core, staff):
    ids = make_client(core, without_client=False)
    batch_id, _ = make_draft(core, *ids, [ItemSpec(20)])
    with pytest.raises(UserError, match="Договор клиента"):
        core.batch_queue.register_received(staff.operator, batch_id)


def test_void_item_needs_a_reason_and_a_supervisor_and_reverses_the_charge(core, staff):
    ids = make_client(core)
    batch_id, item_ids = _accepted(core, staff, ids)
    before = core.batches.get(staff.operator, batch_id)
    with pytest.raises(PermissionDenied):
        core.corrections.void_item(staff.operator, item_ids[1], "ошибка в адресе")
    with pytest.raises(UserError):
        core.corrections.void_item(staff.supervisor, item_ids[1], " ")
    result = core.corrections.void_item(staff.supervisor, item_ids[1], "клиент забрал отправление")
    assert result.batch.items_count == 2
    assert result.batch.total_kop == before.total_kop + result.amount_change_kop
    assert [i.status for i in core.batches.items(staff.operator, batch_id)][1] is ItemStatus.VOIDED
    assert _ledger(core, batch_id)[-1] == ("voided", -1, result.amount_change_kop)
    assert sum(amount for _k, _n, amount in _ledger(core, batch_id)) == result.batch.total_kop
    with pytest.raises(ConflictError):
        core.corrections.void_item(staff.supervisor, item_ids[1], "повторно")


def test_void_batch(core, staff):
    batch_id, _ = _accepted(core, staff, make_client(core))
    result = core.corrections.void_batch(staff.supervisor, batch_id, "список отозван клиентом")
    assert result.batch.status is BatchStatus.VOIDED and result.batch.total_kop == 0
    assert sum(amount for _k, _n, amount in _ledger(core, batch_id)) == 0
    with core.uow() as tx:
        entry = tx.session.scalars(select(AuditEntry).where(AuditEntry.action == "batch_void")).one()
        assert entry.after["reason"] == "список отозван клиентом"


def test_correction_reprices_under_the_original_tariff_and_is_audited(core, staff):
    batch_id, item_ids = _accepted(core, staff, make_client(core, discount="10"))
    before = core.batches.get(staff.operator, batch_id)
    result = core.corrections.correct_item(
        staff.supervisor,
        item_ids[0],
        "перевзвешено при контроле",
        ItemCorrection(mass_g=41, notice=NoticeKind.SIMPLE),
    )
    assert result.amount_change_kop > 0
    assert result.batch.total_kop == before.total_kop + result.amount_change_kop
    doc = core.printing.document(staff.operator, batch_id)
    assert doc.items[0].priced_mass_g == 41 and doc.items[0].notice is NoticeKind.SIMPLE
    assert doc.totals.fee_with_vat_kop == result.batch.total_kop
    with core.uow() as tx:
        entry = tx.session.scalars(select(AuditEntry).where(AuditEntry.action == "item_correct")).one()
        assert entry.before == {"mass_g": 20, "notice": "NONE"}
    with pytest.raises(UserError):
        core.corrections.correct_item(staff.supervisor, item_ids[0], "пусто", ItemCorrection())


def test_document_data_of_an_accepted_batch(core, staff):
    specs = [
        ItemSpec(20),
        ItemSpec(
            100,
            category="WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY",
            mail_type="BANDEROL",
            value_kop=300_000,
            cod_kop=250_000,
            notice="ORDERED",
            inventory=True,
        ),
    ]
    batch_id, _ = _accepted(core, staff, make_client(core), specs)
    doc = core.printing.document(staff.operator, batch_id)
    header = doc.header
    assert header.office_postcode == POSTCODE and header.operator_name == "Test operator"
    assert header.client.inn == "1300000017" and header.contract_number
    assert [i.seq for i in doc.items] == [1, 2] and all(len(i.barcode or "") == 14 for i in doc.items)
    valued = doc.items[1]
    assert (valued.declared_value_kop, valued.cod_kop, valued.notice, valued.has_inventory) == (
        300_000,
        250_000,
        NoticeKind.ORDERED,
        True,
    )
    assert (valued.mail_type, valued.mail_category) == (
        MailType.BANDEROL,
        MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY,
    )
    with core.uow() as tx:
        fees = tx.session.execute(
            select(ItemChargeRow.declared_value_fee_kop, ItemChargeRow.inventory_kop, ItemChargeRow.net_kop)
            .join(BatchItem, BatchItem.id == ItemChargeRow.item_id)
            .where(BatchItem.batch_id == batch_id, BatchItem.seq == 2)
        ).one()
    assert tuple(fees) == (9000, 4000, valued.net_kop)
    assert doc.totals.count == 2 and doc.totals.cod_kop == 250_000
    assert doc.totals.net_kop == sum(i.net_kop for i in doc.items)
    assert doc.totals.fee_with_vat_kop == core.batches.get(staff.operator, batch_id).total_kop


def test_documents_only_for_accepted_batches(core, staff):
    batch_id, _ = make_draft(core, *make_client(core), [ItemSpec(20)])
    with pytest.raises(ConflictError):
        core.printing.document(staff.operator, batch_id)
    with core.uow() as tx:
        assert tx.session.scalar(select(func.count()).select_from(ServiceRecord)) == 0


def test_a_correction_obeys_the_rules_on_declared_value_and_cash_on_delivery(core, staff):
    specs = [ItemSpec(50, category="WITH_DECLARED_VALUE", value_kop=100_000), ItemSpec(20)]
    batch_id, item_ids = _accepted(core, staff, make_client(core), specs)
    total = core.batches.get(staff.operator, batch_id).total_kop
    refused = [
        (item_ids[0], ItemCorrection(cod_kop=100_001), "больше объявленной ценности"),
        (item_ids[0], ItemCorrection(declared_value_kop=0, cod_kop=5_000), "только с объявленной ценностью"),
        (item_ids[1], ItemCorrection(inventory=True), "Опись"),
        (item_ids[1], ItemCorrection(declared_value_kop=-1), "отрицательной"),
    ]
    for item_id, change, text in refused:
        with pytest.raises(UserError, match=text):
            core.corrections.correct_item(staff.supervisor, item_id, "исправление", change)
    items = core.batches.items(staff.operator, batch_id)
    assert [(i.declared_value_kop, i.cod_kop, i.inventory) for i in items] == [
        (100_000, 0, False),
        (0, 0, False),
    ]
    assert core.batches.get(staff.operator, batch_id).total_kop == total

    core.corrections.correct_item(
        staff.supervisor, item_ids[0], "исправление", ItemCorrection(cod_kop=100_000)
    )
    assert core.batches.items(staff.operator, batch_id)[0].cod_kop == 100_000
