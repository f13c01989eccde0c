"""The counter shows the contract's refusal before weighing, refuses the operator, and lets a supervisor
accept with a reason; the Debtors page lists the debt and takes a statement."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from postdesk.devices.scales.simulator import ScaleSimulator
from postdesk.models.batches import BatchStatus
from postdesk.models.contracts import PaymentTerms
from postdesk.ui.context import UiContext
from postdesk.ui.counter.page import ACCEPTED, WEIGHING
from postdesk.ui.money.debtors_page import DebtorsPage
from tests.gui.counter.counter import open_counter
from tests.support.batches import ItemSpec, make_client, make_draft, mark_all_weighed
from tests.support.core import make_staff
from tests.support.lists import rpo
from tests.support.money import payment_doc, post_charge, set_contract, statement


@pytest.fixture
def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def simulator(tmp_path):
    with ScaleSimulator("massak100", link=tmp_path / "scale") as sim:
        yield sim


def _prepaid_batch(core):
    client_id, contract_id = make_client(core)
    set_contract(core, contract_id, payment_terms=PaymentTerms.PREPAID)
    batch_id, _ids = make_draft(
        core, client_id, contract_id, [ItemSpec(20, barcode=rpo(n)) for n in (1, 2, 3)]
    )
    return batch_id


def test_the_refusal_is_shown_before_weighing_and_enforced_at_acceptance(  # noqa: PLR0917
    qtbot, sqlite_core, gui_parts, simulator, tmp_path, user_messages, yes, monkeypatch
):
    staff = make_staff(sqlite_core)
    batch_id = _prepaid_batch(sqlite_core)
    counter = open_counter(qtbot, sqlite_core, gui_parts, staff.operator, simulator, tmp_path)
    try:
        counter.page.load_clients()
        counter.page.open_batch_id(batch_id)
        view = counter.page.weighing
        assert counter.page.stack.currentIndex() == WEIGHING
        banner = view.admission
        assert banner.isVisible() and not banner.verdict.admitted
        assert "Аванс не покрывает партию" in banner.text() and "сальдо 0,00" in banner.text()

        mark_all_weighed(sqlite_core, batch_id)
        asked = []
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("", False))
        view.flow.accept()
        assert asked == []  # an operator is not offered the override
        assert any("Руководитель может принять" in m.text for m in user_messages), user_messages
        assert sqlite_core.batches.get(staff.operator, batch_id).status is BatchStatus.DRAFT
    finally:
        counter.scale.stop()

    supervisor = open_counter(qtbot, sqlite_core, gui_parts, staff.supervisor, simulator, tmp_path)
    try:
        supervisor.page.load_clients()
        supervisor.page.open_batch_id(batch_id)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("гарантийное письмо № 7", True))
        supervisor.page.weighing.flow.accept()
        assert supervisor.page.stack.currentIndex() == ACCEPTED
        assert sqlite_core.batches.get(staff.operator, batch_id).status is BatchStatus.ACCEPTED
    finally:
        supervisor.scale.stop()


def test_the_debtors_page_shows_the_ageing_and_imports_a_statement(qtbot, sqlite_core, gui_parts, tmp_path):
    staff = make_staff(sqlite_core)
    _client, contract_id = make_client(sqlite_core, inn="1300000017")
    today = dt.date.today()
    post_charge(
        sqlite_core,
        contract_id,
        50_000,
        on=today - dt.timedelta(days=80),
        due_on=today - dt.timedelta(days=50),
    )
    ctx = UiContext(
        core=sqlite_core, actor=staff.supervisor, tasks=gui_parts.tasks, messages=gui_parts.messages
    )
    page = DebtorsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    table = page.debtors.table
    assert table.rowCount() == 1
    assert (
        table.item(0, 0).text() == "ООО «Тест»" and table.item(0, 6).text() == "500,00\u00a0₽"
    )  # 31–60 days
    assert "Должников: 1" in page.debtors.total_label.text()

    file = tmp_path / "statement.txt"
    file.write_bytes(
        statement(
            payment_doc("1", "500.00", "1300000017", "по договору T-1300000017"),
            payment_doc("2", "10.00", "1300000017", "без номера договора"),
        )
    )
    page.payments.import_statement(file)
    assert page.debtors.table.rowCount() == 0  # the debt is paid
    assert page.payments.table.rowCount() == 1 and page.payments.unmatched[0].document == "2"
    page.payments.assign(page.payments.unmatched[0].id, "1300000017")
    assert page.payments.table.rowCount() == 0
    assert sqlite_core.ledger.position(staff.operator, contract_id).balance_kop == 1_000
