"""Payments by hand and from bank statements, on a real database (SQLite and PostgreSQL)."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from postdesk.common.errors import NotFound, PermissionDenied, UserError
from postdesk.models import AuditEntry
from postdesk.models.money import LedgerEntry, Payment
from postdesk.services.money.statement import StatementError
from tests.support.batches import make_client
from tests.support.money import balances, payment_doc, statement

INN = "1300000017"
TODAY = dt.date.today()


@pytest.fixture
def ids(core):
    return make_client(core, inn=INN)


def _count(core, model):
    with core.uow() as tx:
        return tx.session.scalar(select(func.count()).select_from(model))


def test_a_supervisor_enters_a_payment_by_hand(core, staff, ids):
    with pytest.raises(PermissionDenied):
        core.payments.add(staff.operator, INN, 10_000, TODAY)
    with pytest.raises(UserError, match="больше нуля"):
        core.payments.add(staff.supervisor, INN, -500, TODAY)
    with pytest.raises(NotFound, match="7700000000"):
        core.payments.add(staff.supervisor, "7700000000", 500, TODAY)
    payment = core.payments.add(staff.supervisor, INN, 150_050, TODAY, "77")
    assert payment.contract_id == ids[1] and payment.document == "77"
    assert balances(core, ids[1]) == (150_050, 150_050)


@pytest.mark.parametrize("encoding", ["cp1251", "utf-8"])
def test_a_statement_is_matched_by_inn_and_contract_number_and_imported_once(core, staff, ids, encoding):
    data = statement(
        payment_doc("101", "1500.50", INN, f"Оплата по договору № T-{INN} за услуги связи"),
        payment_doc("102", "200,00", INN, "Оплата по счёту 15"),  # no contract number: unmatched
        payment_doc("103", "99.00", "7707083893", f"По договору T-{INN}"),  # another payer's INN
        encoding=encoding,
    )
    first = core.payments.import_statement(staff.supervisor, data, "statement.txt")
    assert (first.documents, first.matched, first.unmatched, first.duplicates) == (3, 1, 2, 0)
    assert balances(core, ids[1]) == (150_050, 150_050)
    again = core.payments.import_statement(staff.supervisor, data, "statement.txt")
    assert (again.documents, again.matched, again.unmatched, again.duplicates) == (3, 0, 0, 3)
    assert _count(core, Payment) == 3 and balances(core, ids[1]) == (150_050, 150_050)
    unmatched = core.payments.unmatched(staff.operator)
    assert [p.document for p in unmatched] == ["102", "103"]
    assert unmatched[0].payer_name == "ООО «Тест»" and unmatched[0].amount_kop == 20_000


def test_an_unmatched_payment_is_assigned_by_a_supervisor(core, staff, ids):
    core.payments.import_statement(staff.supervisor, statement(payment_doc("5", "300.00", INN, "аванс")))
    [waiting] = core.payments.unmatched(staff.supervisor)
    with pytest.raises(PermissionDenied):
        core.payments.assign(staff.operator, waiting.id, ids[1])
    assigned = core.payments.assign(staff.supervisor, waiting.id, ids[1])
    assert assigned.contract_id == ids[1] and core.payments.unmatched(staff.supervisor) == []
    assert balances(core, ids[1]) == (30_000, 30_000)
    with pytest.raises(UserError):
        core.payments.assign(staff.supervisor, waiting.id, ids[1])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"not a statement at all", "1CClientBankExchange"),
        (statement(payment_doc("1", "10.00", INN, "x"), end=False), "КонецФайла"),
        (statement(payment_doc("1", "10.00", INN, "x"))[:-40], "КонецДокумента"),
        (statement(payment_doc("1", "десять", INN, "x")), "Строка"),
        (statement(payment_doc("1", "10.00", INN, "x", date="2026-11-20")), "ДД.ММ.ГГГГ"),
        (statement(payment_doc("1", "-10.00", INN, "x")), "положительной"),
        (statement({"Номер": "1", "Дата": "20.11.2026", "Сумма": "1.00"}), "ПлательщикИНН"),
        # a good, matching document before the bad one is not imported either
        (
            statement(payment_doc("9", "5.00", INN, f"договор T-{INN}"), payment_doc("1", "1.001", INN, "x")),
            "копейк",
        ),
    ],
)
def test_a_malformed_or_truncated_statement_is_refused_whole(core, staff, ids, data, reason):
    with pytest.raises(StatementError, match=reason):
        core.payments.import_statement(staff.supervisor, data)
    assert _count(core, Payment) == 0 and _count(core, LedgerEntry) == 0
    with core.uow() as tx:
        imports = tx.session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "statement_import")
        )
    assert imports == 0
