"""Debtors with ageing, reminder letters (not twice in N days) and the reconciliation statement."""

import datetime as dt

import pytest
from sqlalchemy import select

from postdesk.common.errors import PermissionDenied
from postdesk.models import AuditEntry
from postdesk.models.money import DebtReminder
from tests.support.batches import make_client
from tests.support.money import post_charge
from tests.support.pdf import page_texts, squeeze

TODAY = dt.date.today()


def _days(n):
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def debtor(core, staff):
    """Charges 10, 45, 75 and 120 days past due (1 000 ₽ each) and a 1 500 ₽ payment."""
    _client, contract = make_client(core, inn="1300000017")
    for overdue in (120, 75, 45, 10):
        post_charge(core, contract, 100_000, on=_days(overdue + 30), due_on=_days(overdue))
    post_charge(core, contract, 70_000, on=_days(5), due_on=_days(-25))  # not due yet
    core.payments.add(staff.supervisor, "1300000017", 150_000, _days(3), "55")
    return contract


def test_debtors_list_ages_the_debt_newest_charges_unpaid(core, staff, debtor):
    make_client(core, inn="7707083893")  # no debt: not listed
    [row] = core.debtors.debtors(staff.operator)
    assert row.contract_id == debtor and row.kind == "credit"
    a = row.ageing
    assert row.debt_kop == 320_000 and a.not_due_kop == 70_000
    assert (a.days_0_30_kop, a.days_31_60_kop, a.days_61_90_kop, a.over_90_kop) == (
        100_000,
        100_000,
        50_000,
        0,
    )
    assert row.overdue_kop == 250_000
    assert core.ledger.position(staff.operator, debtor).overdue_kop == 250_000


def test_reminder_letters_name_the_debt_the_invoices_and_the_deadline_and_are_not_repeated(
    core, staff, debtor, tmp_path
):
    with pytest.raises(PermissionDenied):
        core.reminders.send_debt_reminders(staff.operator, tmp_path)
    [sent] = core.reminders.send_debt_reminders(staff.supervisor, tmp_path)
    assert sent.debt_kop == 320_000 and sent.overdue_kop == 250_000 and sent.path.exists()
    text = squeeze(" ".join(page_texts(sent.path.read_bytes())))
    deadline = (TODAY + dt.timedelta(days=10)).strftime("%d.%m.%Y")
    assert squeeze("ООО «Тест»") in text and "3200,00" in text and "2500,00" in text
    assert deadline in text and "T-1300000017" in text
    assert _days(45).strftime("%d.%m.%Y") in text  # an unpaid invoice's due date
    assert squeeze("приём отправлений") in text  # the consequence under the contract
    assert core.reminders.send_debt_reminders(staff.supervisor, tmp_path / "again") == []
    with core.uow() as tx:
        [record] = tx.session.scalars(select(DebtReminder))
        assert record.contract_id == debtor and record.amount_kop == 320_000 and record.file == str(sent.path)
        assert tx.session.scalars(select(AuditEntry).where(AuditEntry.action == "debt_reminder")).all()
        client_id = record.client_id
    [timeline] = core.reminders.reminders_of(staff.operator, client_id)
    assert timeline.amount_kop == 320_000 and timeline.contract_number == "T-1300000017"


def test_a_reminder_is_sent_again_after_the_repeat_period(core, staff, debtor, tmp_path):
    core.reminders.send_debt_reminders(staff.supervisor, tmp_path)
    with core.uow() as tx:
        for record in tx.session.scalars(select(DebtReminder)):
            record.at -= dt.timedelta(days=15)
        tx.commit()
    assert len(core.reminders.send_debt_reminders(staff.supervisor, tmp_path / "later")) == 1


def test_the_reconciliation_statement_has_the_opening_the_movements_and_the_closing(core, staff, debtor):
    pdf = core.reminders.reconciliation(staff.operator, debtor, _days(100), TODAY)
    text = squeeze(" ".join(page_texts(pdf)))
    assert "АКТСВЕРКИ" in text and "T-1300000017" in text
    assert "1000,00" in text  # the opening balance: the charge before the period
    assert "1500,00" in text and "3200,00" in text  # the payment and the closing debt
