"""The contract decides at acceptance: in force, the service included, the money there."""

import datetime as dt

import pytest
from sqlalchemy import select

from postdesk.common.errors import PermissionDenied, UserError
from postdesk.models import AuditEntry, Batch, BatchStatus, ContractStatus, PaymentTerms
from postdesk.models.money import EntryKind, LedgerEntry, Payment, PaymentSource
from postdesk.services.money.admission import AdmissionRefused
from tests.support.batches import ItemSpec, make_client, make_draft
from tests.support.money import balances, post_charge, set_contract

POSTCODE = "430005"
TODAY = dt.date.today()


@pytest.fixture
def ids(core):
    return make_client(core, discount="5")


def _ready(core, staff, client_id, contract_id, count=2):
    batch_id, items = make_draft(core, client_id, contract_id, [ItemSpec(20)] * count)
    for item in items:
        core.weighing.record_weight(staff.operator, item, 20)
    return batch_id


def _refused(core, staff, batch_id):
    with pytest.raises(AdmissionRefused) as caught:
        core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    with core.uow() as tx:
        assert tx.session.get_one(Batch, batch_id).status is BatchStatus.DRAFT
        assert not tx.session.scalars(select(LedgerEntry).where(LedgerEntry.batch_id == batch_id)).all()
    return caught.value


def _price(core, staff, batch_id):
    return core.admission.verdict(staff.operator, batch_id).amount_kop


def test_a_credit_contract_charges_the_ledger_and_the_balance_is_its_sum(core, staff, ids):
    set_contract(core, ids[1], payment_term_days=15)
    batch_id = _ready(core, staff, *ids)
    result = core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    assert balances(core, ids[1]) == (-result.totals.total_kop, -result.totals.total_kop)
    with core.uow() as tx:
        [entry] = tx.session.scalars(select(LedgerEntry).where(LedgerEntry.batch_id == batch_id))
        assert entry.kind is EntryKind.CHARGE and entry.due_on == TODAY + dt.timedelta(days=15)
    position = core.ledger.position(staff.operator, ids[1])
    assert (
        position.kind == "credit"
        and position.overdue_kop == 0
        and position.debt_kop == result.totals.total_kop
    )


def test_a_void_and_a_correction_write_reversing_entries(core, staff, ids):
    batch_id = _ready(core, staff, *ids, count=3)
    core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    items = core.batches.items(staff.operator, batch_id)
    core.corrections.void_item(staff.supervisor, items[0].id, "отказ клиента")
    from postdesk.services.counter.corrections import ItemCorrection

    core.corrections.correct_item(staff.supervisor, items[1].id, "перевесили", ItemCorrection(mass_g=90))
    core.corrections.void_batch(staff.supervisor, batch_id, "ошибка приёма")
    stored, total = balances(core, ids[1])
    assert stored == total == 0
    with core.uow() as tx:
        kinds = [e.kind for e in tx.session.scalars(select(LedgerEntry).order_by(LedgerEntry.id))]
    assert kinds == [EntryKind.CHARGE, EntryKind.REVERSAL, EntryKind.CORRECTION, EntryKind.REVERSAL]


def test_a_prepayment_that_does_not_cover_the_batch_is_refused_with_the_figures(core, staff, ids):
    set_contract(core, ids[1], payment_terms=PaymentTerms.PREPAID)
    batch_id = _ready(core, staff, *ids)
    price = _price(core, staff, batch_id)
    core.payments.add(staff.supervisor, "1300000017", price - 100, TODAY)
    error = _refused(core, staff, batch_id)
    assert error.verdict.codes == ("prepayment",)
    assert "не покрывает" in error.message and "1,00" in error.message  # the missing rouble
    core.payments.add(staff.supervisor, "1300000017", 100, TODAY)
    core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    assert balances(core, ids[1]) == (0, 0)


def test_debt_plus_the_batch_over_the_credit_limit_is_refused(core, staff, ids):
    set_contract(core, ids[1], credit_limit_kop=100_000)
    post_charge(core, ids[1], 99_950, on=TODAY, due_on=TODAY + dt.timedelta(days=30))
    batch_id = _ready(core, staff, *ids)
    error = _refused(core, staff, batch_id)
    assert error.verdict.codes == ("credit_limit",)
    assert "1\xa0000,00" in error.message and "999,50" in error.message


def test_an_invoice_overdue_beyond_the_term_is_refused(core, staff, ids):
    post_charge(core, ids[1], 5_000, on=TODAY - dt.timedelta(days=40), due_on=TODAY - dt.timedelta(days=10))
    batch_id = _ready(core, staff, *ids)
    error = _refused(core, staff, batch_id)
    assert error.verdict.codes == ("overdue",) and error.verdict.overdue_kop == 5_000
    assert "50,00" in error.message and "30" in error.message


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"status": ContractStatus.SUSPENDED}, "not_active"),
        ({"starts_on": TODAY + dt.timedelta(days=3)}, "not_started"),
        ({"ends_on": TODAY - dt.timedelta(days=1)}, "expired"),
        ({"services": ["parcels"]}, "service"),
    ],
)
def test_a_contract_not_in_force_or_without_the_service_is_refused(core, staff, ids, change, code):
    set_contract(core, ids[1], **change)
    batch_id = _ready(core, staff, *ids)
    assert core.admission.verdict(staff.operator, batch_id).codes == (code,)
    assert _refused(core, staff, batch_id).verdict.codes == (code,)


def test_the_verdict_is_known_before_weighing(core, staff, ids):
    set_contract(core, ids[1], payment_terms=PaymentTerms.PREPAID)
    batch_id, _items = make_draft(core, *ids, [ItemSpec(20)] * 4)
    verdict = core.admission.verdict(staff.operator, batch_id)
    assert not verdict.admitted and verdict.codes == ("prepayment",)
    assert verdict.amount_kop > 0 and verdict.balance_kop == 0 and verdict.kind == "prepaid"


def test_a_supervisor_overrides_with_a_reason_and_it_is_audited(core, staff, ids):
    set_contract(core, ids[1], payment_terms=PaymentTerms.PREPAID)
    batch_id = _ready(core, staff, *ids)
    with pytest.raises(PermissionDenied):
        core.acceptance.accept(
            staff.operator, batch_id, office_postcode=POSTCODE, override_reason="очень надо"
        )
    with pytest.raises(UserError, match="причину"):
        core.acceptance.accept(staff.supervisor, batch_id, office_postcode=POSTCODE, override_reason="да")
    result = core.acceptance.accept(
        staff.supervisor, batch_id, office_postcode=POSTCODE, override_reason="гарантийное письмо № 12"
    )
    assert balances(core, ids[1]) == (-result.totals.total_kop, -result.totals.total_kop)
    with core.uow() as tx:
        [entry] = tx.session.scalars(select(AuditEntry).where(AuditEntry.action == "acceptance_override"))
        assert entry.user_login == staff.supervisor.login
        assert "гарантийное письмо № 12" in str(entry.after) and "prepayment" in str(entry.before)


def test_a_client_without_a_contract_pays_cash_at_the_counter_and_gets_no_discount(core, staff, ids):
    batch_id = _ready(core, staff, ids[0], None)
    assert core.admission.verdict(staff.operator, batch_id).cash
    result = core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    assert result.totals.discount_kop == 0
    with core.uow() as tx:
        batch = tx.session.get_one(Batch, batch_id)
        assert batch.payment_method == "CASH" and batch.discount_percent == 0
        [payment] = tx.session.scalars(select(Payment))
        assert payment.source is PaymentSource.COUNTER_CASH and payment.amount_kop == result.totals.total_kop
        assert payment.contract_id is None and payment.batch_id == batch_id
        assert tx.session.scalars(select(LedgerEntry)).all() == []


def test_voiding_a_cash_batch_records_the_refund_at_the_counter(core, staff, ids):
    batch_id = _ready(core, staff, ids[0], None, count=2)
    result = core.acceptance.accept(staff.operator, batch_id, office_postcode=POSTCODE)
    core.corrections.void_batch(staff.supervisor, batch_id, "клиент передумал")
    with core.uow() as tx:
        amounts = sorted(p.amount_kop for p in tx.session.scalars(select(Payment)))
    assert amounts == [-result.totals.total_kop, result.totals.total_kop]
