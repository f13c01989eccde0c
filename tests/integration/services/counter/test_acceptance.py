"""Weighing, decisions and acceptance on a real database (SQLite and PostgreSQL)."""

import pytest
from sqlalchemy import func, select

from postdesk.common.errors import ConflictError, NotFound, PermissionDenied, UserError
from postdesk.models import (
    AuditEntry,
    Batch,
    BatchItem,
    BatchStatus,
    ItemChargeRow,
    ItemStatus,
    ServiceRecord,
)
from postdesk.postal.identifiers import is_valid_rpo, month_code
from postdesk.postal.weighing import WeightDecision, WeightSource
from tests.support.batches import ItemSpec, make_client, make_draft

POSTCODE = "430005"


@pytest.fixture
def client_ids(core):
    return make_client(core, discount="5")


def _scalar(core, statement):
    with core.uow() as tx:
        return tx.session.scalar(statement)


def test_weighing_within_tolerance_is_ready_and_a_discrepancy_waits_for_a_decision(core, staff, client_ids):
    batch_id, (a, b) = make_draft(core, *client_ids, [ItemSpec(20), ItemSpec(40)])
    ok = core.weighing.record_weight(staff.operator, a, 24)
    assert ok.check.within and ok.item.status is ItemStatus.WEIGHED and not ok.needs_decision
    off = core.weighing.record_weight(staff.operator, b, 60, manual=True)
    assert off.needs_decision and off.check.difference_g == 20
    assert off.item.manual_weight and off.item.weight_source is WeightSource.MANUAL
    assert core.batches.weighing_progress(staff.operator, batch_id)["undecided"] == 1
    with pytest.raises(UserError, match="решения"):
        core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    [decided] = core.weighing.decide(staff.operator, [b], WeightDecision.TAKE_ACTUAL)
    assert decided.status is ItemStatus.WEIGHED
    assert (
        _scalar(
            core,
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "item_weight_decision"),
        )
        == 1
    )


def test_unweighed_items_block_acceptance_and_stay_visible(core, staff, client_ids):
    batch_id, ids = make_draft(core, *client_ids, [ItemSpec(20)] * 3)
    core.weighing.record_weight(staff.operator, ids[1], 20)
    assert [i.weighed for i in core.batches.items(staff.operator, batch_id)] == [False, True, False]
    assert core.batches.next_unweighed(staff.operator, batch_id).id == ids[0]
    with pytest.raises(UserError, match="не взвешено отправлений: 2"):
        core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)


def test_acceptance_writes_everything_in_one_go(core, staff, client_ids):
    specs = [
        ItemSpec(20),
        ItemSpec(30, notice="ORDERED"),
        ItemSpec(20, barcode="10944022440321"),
        ItemSpec(50, category="WITH_DECLARED_VALUE", value_kop=500_000, inventory=True, sms=True),
        ItemSpec(20),
    ]
    batch_id, ids = make_draft(core, *client_ids, specs)
    for item_id, mass in zip(ids, [21, 30, 20, 52, 90], strict=True):
        core.weighing.record_weight(staff.operator, item_id, mass)
    core.weighing.decide(staff.operator, [ids[4]], WeightDecision.HAND_BACK)
    quote = core.acceptance.quote(staff.operator, batch_id)
    assert not quote.problems and quote.totals.items == 4

    result = core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)

    assert (result.items_accepted, result.items_returned, result.identifiers_assigned) == (4, 1, 3)
    assert result.totals == quote.totals and result.tariff.sample
    items = core.batches.items(staff.operator, batch_id)
    assert [i.status for i in items] == [ItemStatus.ACCEPTED] * 4 + [ItemStatus.RETURNED]
    assert items[2].barcode == "10944022440321"
    allocated = [items[0].barcode, items[1].barcode, items[3].barcode]
    assert all(is_valid_rpo(code) and code.startswith(POSTCODE) for code in allocated)
    import datetime as dt

    assert {code[6:8] for code in allocated} == {f"{month_code(dt.date.today()):02d}"}
    assert [int(code[8:13]) for code in allocated] == [1, 2, 3]  # consecutive, in list order
    assert items[4].barcode is None
    summary = core.batches.get(staff.operator, batch_id)
    assert summary.status is BatchStatus.ACCEPTED and summary.items_count == 4
    with core.uow() as tx:
        rows = list(tx.session.scalars(select(ItemChargeRow).where(ItemChargeRow.batch_id == batch_id)))
        batch = tx.session.get(Batch, batch_id)
        record = tx.session.scalars(select(ServiceRecord).where(ServiceRecord.batch_id == batch_id)).one()
        assert len(rows) == 4
        assert batch.total_kop == sum(r.total_kop for r in rows) == result.totals.total_kop
        assert batch.vat_kop == sum(r.vat_kop for r in rows)
        assert batch.discount_kop == sum(r.discount_kop for r in rows) > 0
        assert batch.accepted_by == staff.operator.user_id and batch.accepted_workstation == "test-ws"
        assert (
            record.items_count,
            record.amount_kop,
            record.user_login,
            record.workstation,
            record.service_code,
        ) == (4, batch.total_kop, "operator", "test-ws", "batch_mail")
        assert (
            tx.session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "batch_accept", AuditEntry.object_id == str(batch_id))
            )
            == 1
        )
    with pytest.raises(ConflictError):
        core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    with pytest.raises(ConflictError):
        core.weighing.record_weight(staff.operator, ids[0], 25)


def test_taking_the_actual_weight_reprices_the_item(core, staff, client_ids):
    batch_id, (a, b) = make_draft(core, *client_ids, [ItemSpec(20), ItemSpec(20)])
    core.weighing.record_weight(staff.operator, a, 20)
    core.weighing.record_weight(staff.operator, b, 61)
    core.weighing.decide(staff.operator, [b], WeightDecision.TAKE_ACTUAL)
    core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    with core.uow() as tx:
        light, heavy = (
            tx.session.scalars(select(ItemChargeRow).where(ItemChargeRow.item_id == i)).one() for i in (a, b)
        )
        assert (light.priced_mass_g, heavy.priced_mass_g) == (20, 61)
        assert (
            heavy.postage_kop - light.postage_kop == 3 * 300
        )  # three further 20 g steps of the sample tariff


def test_whole_pack_of_simple_letters(core, staff, client_ids):
    batch_id, ids = make_draft(core, *client_ids, [ItemSpec(15, category="SIMPLE")] * 50)
    pack = core.weighing.weigh_pack(staff.operator, batch_id, ids, 760)
    assert pack.check.within and {i.weighed_mass_g for i in pack.items} == {15}
    assert {i.weight_source for i in pack.items} == {WeightSource.PACK}
    result = core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    assert result.items_accepted == 50 and result.identifiers_assigned == 0  # simple letters are untracked


def test_pack_refuses_mixed_items(core, staff, client_ids):
    batch_id, ids = make_draft(core, *client_ids, [ItemSpec(15, category="SIMPLE"), ItemSpec(20)])
    with pytest.raises(UserError):
        core.weighing.weigh_pack(staff.operator, batch_id, ids, 35)


def test_contract_range_is_used_and_exhaustion_is_reported(core, staff, client_ids):
    from postdesk.postal.numbering import IdentifierKind
    from postdesk.services.counter.identifiers import RangeExhaustedError

    client_id, contract_id = client_ids
    core.identifiers.add_range(
        staff.admin, IdentifierKind.RPO, "80082240", 99_998, 99_999, contract_id=contract_id
    )
    batch_id, ids = make_draft(core, client_id, contract_id, [ItemSpec(20)] * 2)
    for item_id in ids:
        core.weighing.record_weight(staff.operator, item_id, 20)
    core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    codes = [i.barcode for i in core.batches.items(staff.operator, batch_id)]
    assert [c[:13] for c in codes] == ["8008224099998", "8008224099999"] and all(map(is_valid_rpo, codes))
    batch2, ids2 = make_draft(core, client_id, contract_id, [ItemSpec(20)], list_number="2")
    core.weighing.record_weight(staff.operator, ids2[0], 20)
    with pytest.raises(RangeExhaustedError):
        core.acceptance.accept(staff.operator, batch2, office_postcode=POSTCODE)
    assert core.batches.get(staff.operator, batch2).status is BatchStatus.DRAFT


def test_international_items_get_s10_codes_from_a_configured_range(core, staff, client_ids):
    from postdesk.postal.identifiers import is_valid_s10
    from postdesk.postal.numbering import IdentifierKind
    from postdesk.services.counter.identifiers import RangeExhaustedError

    batch_id, ids = make_draft(core, *client_ids, [ItemSpec(200, mail_type="SMALL_PACKET")])
    core.weighing.record_weight(staff.operator, ids[0], 200)
    with pytest.raises(RangeExhaustedError, match="S10"):
        core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    core.identifiers.add_range(staff.admin, IdentifierKind.S10, "RA", 1, 1000, suffix="RU")
    core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    [item] = core.batches.items(staff.operator, batch_id)
    assert item.barcode.startswith("RA") and item.barcode.endswith("RU") and is_valid_s10(item.barcode)


def test_an_identifier_already_accepted_elsewhere_is_refused(core, staff, client_ids):
    first, [a] = make_draft(core, *client_ids, [ItemSpec(20, barcode="10944022440321")])
    second, [b] = make_draft(core, *client_ids, [ItemSpec(20, barcode="10944022440321")], list_number="2")
    core.weighing.record_weight(staff.operator, a, 20)
    core.weighing.record_weight(staff.operator, b, 20)
    core.acceptance.accept(staff.operator, first, office_postcode=POSTCODE)
    with pytest.raises(ConflictError, match="10944022440321"):
        core.acceptance.accept(staff.operator, second, office_postcode=POSTCODE)


def test_office_postcode_is_required_for_new_identifiers(core, staff, client_ids):
    batch_id, [a] = make_draft(core, *client_ids, [ItemSpec(20)])
    core.weighing.record_weight(staff.operator, a, 20)
    with pytest.raises(UserError, match="индекс ОПС"):
        core.acceptance.accept(staff.operator, batch_id, office_postcode="")


def test_accepting_needs_the_permission(core, staff, client_ids):
    from postdesk.models.users import Role
    from postdesk.services.context import Actor

    nobody = Actor(None, "x", "x", Role.OPERATOR)
    batch_id, [a] = make_draft(core, *client_ids, [ItemSpec(20)])
    core.weighing.record_weight(staff.operator, a, 20)
    with pytest.raises(PermissionDenied):
        core.corrections.void_batch(staff.operator, batch_id, "ошибка")
    core.acceptance.accept(nobody, batch_id, office_postcode=POSTCODE)  # operators may accept
    assert (
        _scalar(
            core, select(func.count()).select_from(BatchItem).where(BatchItem.status == ItemStatus.ACCEPTED)
        )
        == 1
    )


def test_the_quote_prices_identical_items_once_and_totals_every_item_exactly(core, staff, client_ids):
    kinds = [
        ItemSpec(20),
        ItemSpec(45, notice="ORDERED"),
        ItemSpec(120, "POSTAL_PARCEL", "WITH_DECLARED_VALUE", value_kop=123_457, inventory=True),
        ItemSpec(20, sms=True),
    ]
    specs = [kinds[n % len(kinds)] for n in range(40)]
    batch_id, ids = make_draft(core, *client_ids, specs)
    for n, item_id in enumerate(ids):
        # Repeated and distinct weights; every fifth item is far off and priced at the actual weight.
        mass = specs[n].mass_g + (n % 3) + (30 if n % 5 == 0 else 0)
        if core.weighing.record_weight(staff.operator, item_id, mass).needs_decision:
            core.weighing.decide(staff.operator, [item_id], WeightDecision.TAKE_ACTUAL)
    quote = core.acceptance.quote(staff.operator, batch_id)
    assert not quote.problems and quote.totals.items == 40

    result = core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)

    assert result.totals == quote.totals  # acceptance prices item by item
    with core.uow() as tx:
        totals = list(
            tx.session.scalars(select(ItemChargeRow.total_kop).where(ItemChargeRow.batch_id == batch_id))
        )
    assert quote.totals.total_kop == sum(totals)
    assert len(set(totals)) > len(kinds)


def test_the_quote_names_unpriceable_items_by_kind_and_counts_the_rest(core, staff, client_ids):
    masses = [*range(1_000, 1_012), 5_000, 5_000, 5_000]  # 12 kinds of one item, then one kind of three
    batch_id, ids = make_draft(core, *client_ids, [ItemSpec(20)] * len(masses))
    for item_id, mass in zip(ids, masses, strict=True):
        assert core.weighing.record_weight(staff.operator, item_id, mass).needs_decision
    core.weighing.decide(staff.operator, ids, WeightDecision.TAKE_ACTUAL)

    quote = core.acceptance.quote(staff.operator, batch_id)

    assert quote.totals.items == 0
    listed = [p for p in quote.problems if p.startswith("Отправление")]
    assert [p.split(":")[0] for p in listed] == [f"Отправление № {n}" for n in range(1, 11)]
    assert "1000 г превышает предельный вес 100 г" in listed[0]
    assert quote.problems[-1] == "…и ещё видов отправлений, которые нельзя оценить по тарифу: 3."

    batch_id, ids = make_draft(core, *client_ids, [ItemSpec(20)] * 3)
    for item_id in ids:
        core.weighing.record_weight(staff.operator, item_id, 5_000)
    core.weighing.decide(staff.operator, ids, WeightDecision.TAKE_ACTUAL)
    [problem] = core.acceptance.quote(staff.operator, batch_id).problems
    assert problem.startswith("Отправление № 1: 5000 г") and problem.endswith("(и ещё таких отправлений: 2)")


def test_a_scan_from_another_list_says_where_the_item_is(core, staff, client_ids):
    code = "10944022440321"
    here, _ = make_draft(core, *client_ids, [ItemSpec(20)], list_number="17")
    there, _ = make_draft(core, *client_ids, [ItemSpec(20, barcode=code)], list_number="18")
    assert core.batches.find_item(staff.operator, there, code).barcode == code

    with pytest.raises(NotFound, match=rf"в партии {there} \(список № 18, ООО «Тест»\)"):
        core.batches.find_item(staff.operator, here, code)
    with pytest.raises(NotFound, match=r"нет в этой партии\.$"):
        core.batches.find_item(staff.operator, here, "10944022440338")
