"""Focused counter behaviours: scanning, manual weight, packs, the queue, and who may void."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from postdesk.common.errors import PermissionDenied
from postdesk.common.money import rubles
from postdesk.devices.scales.simulator import ScaleSimulator
from postdesk.models.audit import AuditEntry
from postdesk.models.batches import BatchStatus, ItemStatus
from postdesk.models.users import Role
from postdesk.postal.weighing import WeightDecision, WeightSource
from postdesk.services.context import Actor
from postdesk.services.counter.batch_queue import QueueStage
from postdesk.services.counter.running_quote import RunningQuote
from postdesk.ui.context import UiContext
from postdesk.ui.counter.dialogs import ManualWeightDialog
from postdesk.ui.counter.page import ACCEPTED, WEIGHING, AcceptancePage
from postdesk.ui.tasks import TaskContext
from tests.gui.counter.counter import activate, empty_platform, open_counter, scan, weigh
from tests.support.batches import ItemSpec, make_client, make_draft, mark_all_weighed
from tests.support.core import make_staff
from tests.support.lists import rpo
from tests.support.typing import type_text


@pytest.fixture
def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def simulator(tmp_path):
    with ScaleSimulator("massak100", link=tmp_path / "scale") as sim:
        yield sim


@pytest.fixture
def counter_for(qtbot, sqlite_core, gui_parts, simulator, tmp_path):
    opened = []

    def make(actor):
        counter = open_counter(qtbot, sqlite_core, gui_parts, actor, simulator, tmp_path)
        opened.append(counter)
        return counter

    yield make
    for counter in opened:
        counter.scale.stop()


def _draft(core, specs, *, without_client=False):
    client_id, contract_id = make_client(core, without_client=without_client)
    return make_draft(core, client_id, contract_id, specs)


def test_scan_field_finds_the_item_or_says_it_is_not_in_the_batch(qtbot, sqlite_core, counter_for):
    staff = make_staff(sqlite_core)
    batch_id, ids = _draft(sqlite_core, [ItemSpec(barcode=rpo(n)) for n in (1, 2, 3)])
    counter = counter_for(staff.operator)
    counter.page.load_clients()
    counter.page.open_batch_id(batch_id)
    view = counter.page.weighing
    assert counter.page.stack.currentIndex() == WEIGHING

    activate(qtbot, counter.page)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert view.scan_edit.hasFocus()
    scan(qtbot, counter, " " + rpo(2).lower() + " ")  # a scanner's stray spaces and case
    assert view.target_id == ids[1] and view.current_item().id == ids[1]
    assert "2" in view.target_label.text() and view.scan_edit.text() == ""

    scan(qtbot, counter, rpo(77))
    assert rpo(77) in view.scan_status.text() and "нет" in view.scan_status.text()
    assert view.target_id == ids[1]  # the earlier choice stands


def test_manual_weight_is_marked_manual_and_step_mode_moves_on(qtbot, sqlite_core, counter_for):
    staff = make_staff(sqlite_core)
    batch_id, ids = _draft(sqlite_core, [ItemSpec(mass_g=100), ItemSpec(mass_g=50), ItemSpec(mass_g=70)])
    counter = counter_for(staff.operator)
    counter.page.open_batch_id(batch_id)
    view = counter.page.weighing
    view.step_check.setChecked(True)
    view.step_next()
    assert view.target_id == ids[0]

    activate(qtbot, counter.page)
    qtbot.keyClick(view.scan_edit, Qt.Key.Key_F8)
    dialog = view.dialog
    assert isinstance(dialog, ManualWeightDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.grams_edit, "-3")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.form.errors["grams"].text()
    dialog.grams_edit.setText("101,4")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    [first, second, _third] = sqlite_core.batches.items(staff.operator, batch_id)
    assert first.weighed_mass_g == 101 and first.weight_source is WeightSource.MANUAL
    assert view.model.item(0).manual_weight and view.model.data(view.model.index(0, 7)) == "вручную"
    assert view.target_id == ids[1] and second.weighed_mass_g is None  # step mode: the next item

    empty_platform(qtbot, counter)
    weigh(qtbot, counter, ids[1], 50)
    assert sqlite_core.batches.items(staff.operator, batch_id)[1].weight_source is WeightSource.SCALE
    assert view.target_id == ids[2]


def test_a_pack_of_letters_is_weighed_as_one_stack(qtbot, sqlite_core, counter_for):
    staff = make_staff(sqlite_core)
    specs = [ItemSpec(mass_g=20, category="SIMPLE") for _ in range(6)]
    batch_id, ids = _draft(sqlite_core, specs)
    counter = counter_for(staff.operator)
    counter.page.open_batch_id(batch_id)
    view = counter.page.weighing
    view.select_item(ids[0])
    dialog = view.open_pack()
    qtbot.addWidget(dialog)
    dialog.count_spin.setValue(4)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert view.pack_ids == ids[:4] and "4" in view.target_label.text()

    empty_platform(qtbot, counter)
    counter.sim.model.put(130)  # 4 × 20 g declared = 80 g: the stack is far too heavy
    qtbot.waitUntil(view.discrepancy.isVisible, timeout=5000)
    assert "80" in view.discrepancy.message.text() and "130" in view.discrepancy.message.text()
    qtbot.mouseClick(view.discrepancy.return_button, Qt.MouseButton.LeftButton)
    items = sqlite_core.batches.items(staff.operator, batch_id)
    assert [i.status for i in items[:4]] == [ItemStatus.RETURNED] * 4
    assert all(i.weight_source is WeightSource.PACK for i in items[:4])
    assert items[4].weighed_mass_g is None

    empty_platform(qtbot, counter)
    view.select_item(ids[4])
    dialog = view.open_pack()
    qtbot.addWidget(dialog)
    assert dialog.count_spin.value() == 2 and dialog.count_spin.maximum() == 2
    dialog.manual_check.setChecked(True)
    dialog.total_edit.setText("41")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    items = sqlite_core.batches.items(staff.operator, batch_id)
    assert [i.weight_decision for i in items[4:]] == [WeightDecision.WITHIN] * 2
    assert not view.discrepancy.isVisible()


def test_batch_left_without_the_client_is_accepted_later_by_another_operator(
    qtbot, sqlite_core, counter_for, gui_parts, yes
):
    staff = make_staff(sqlite_core)
    batch_id, _ids = _draft(
        sqlite_core, [ItemSpec(barcode=rpo(n), mass_g=30) for n in (1, 2)], without_client=True
    )
    counter = counter_for(staff.operator)
    page = counter.page
    page.load_clients()
    page.open_batch_id(batch_id)
    assert page.weighing.queue_button.isVisible()
    qtbot.mouseClick(page.weighing.queue_button, Qt.MouseButton.LeftButton)
    assert sqlite_core.batches.get(staff.operator, batch_id).status is BatchStatus.RECEIVED
    assert [(e.stage, e.batch.id) for e in page.batch_list.queue_model.rows] == [
        (QueueStage.AWAITING_ACCEPTANCE, batch_id)
    ]

    # later, another operator at another workstation (with the scale) takes it from the queue
    counter.scale.stop()
    info = sqlite_core.users.add_user(
        staff.admin, "operator2", "Second operator", Role.OPERATOR, "correct-horse-2"
    )
    other = Actor(info.id, info.login, info.full_name, Role.OPERATOR, "ws-2")
    second = counter_for(other)
    assert [e.batch.id for e in second.page.batch_list.queue_model.rows] == [batch_id]
    second.page.batch_list.queue_table.setCurrentIndex(second.page.batch_list.queue_model.index(0, 0))
    qtbot.mouseClick(second.page.batch_list.queue_open_button, Qt.MouseButton.LeftButton)
    view = second.page.weighing
    assert second.page.stack.currentIndex() == WEIGHING and not view.queue_button.isVisible()
    mark_all_weighed(sqlite_core, batch_id)
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    assert second.page.stack.currentIndex() == ACCEPTED
    assert sqlite_core.batches.get(other, batch_id).status is BatchStatus.ACCEPTED

    second.page.show_list()
    panel = second.page.batch_list
    assert [(e.stage, e.batch.id) for e in panel.queue_model.rows] == [
        (QueueStage.AWAITING_HANDOVER, batch_id)
    ]
    panel.queue_table.setCurrentIndex(panel.queue_model.index(0, 0))
    dialog = panel.hand_back_documents()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # the name is required
    type_text(qtbot, dialog.name_edit, "Петрова А. В., курьер")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert sqlite_core.batches.get(other, batch_id).documents_handed_at is not None
    assert panel.queue_model.rows == []


def test_acceptance_is_blocked_while_items_wait_for_the_scale(qtbot, sqlite_core, counter_for, user_messages):
    staff = make_staff(sqlite_core)
    batch_id, _ids = _draft(sqlite_core, [ItemSpec(), ItemSpec()])
    counter = counter_for(staff.operator)
    counter.page.open_batch_id(batch_id)
    qtbot.mouseClick(counter.page.weighing.accept_button, Qt.MouseButton.LeftButton)
    assert counter.page.stack.currentIndex() == WEIGHING
    assert any("не взвешены" in m.text.lower() or "взвеш" in m.text for m in user_messages)
    assert sqlite_core.batches.get(staff.operator, batch_id).status is BatchStatus.DRAFT


def test_operator_cannot_void_and_supervisor_voids_with_a_reason(qtbot, sqlite_core, gui_parts, yes):
    staff = make_staff(sqlite_core)
    batch_id, ids = _draft(sqlite_core, [ItemSpec(barcode=rpo(n)) for n in (1, 2)])
    mark_all_weighed(sqlite_core, batch_id)
    sqlite_core.acceptance.accept(staff.operator, batch_id)

    def page_of(actor):
        from postdesk.ui.counter.page import AcceptancePage

        ctx = UiContext(core=sqlite_core, actor=actor, tasks=gui_parts.tasks, messages=gui_parts.messages)
        page = AcceptancePage(ctx)
        qtbot.addWidget(page)
        page.show()
        page.open_batch_id(batch_id)
        return page

    operator_page = page_of(staff.operator)
    assert operator_page.stack.currentIndex() == ACCEPTED
    assert not operator_page.accepted.supervisor_box.isVisible()
    with pytest.raises(PermissionDenied):
        sqlite_core.corrections.void_item(staff.operator, ids[0], "ошибка в списке")

    supervisor_page = page_of(staff.supervisor)
    view = supervisor_page.accepted
    assert view.supervisor_box.isVisible()
    view.table.setCurrentIndex(view.model.index(0, 0))
    dialog = view.void_item()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.form.errors["reason"].text()  # no reason, no void
    dialog.reason_edit.setPlainText("клиент забрал отправление до отправки")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    items = sqlite_core.batches.items(staff.supervisor, batch_id)
    assert [i.status for i in items] == [ItemStatus.VOIDED, ItemStatus.ACCEPTED]
    assert view.model.item(0).status is ItemStatus.VOIDED


def _result_of(operation):
    """Run a declared operation's steps here and now, as the worker would."""
    value = None
    for step in operation.steps:
        value = step.work(TaskContext(), value)
    return value


def test_the_summary_is_built_once_and_weighings_made_meanwhile_are_not_lost(
    qtbot, sqlite_core, counter_for, monkeypatch
):
    staff = make_staff(sqlite_core)
    batch_id, ids = _draft(sqlite_core, [ItemSpec(20)] * 3)
    counter = counter_for(staff.operator)
    counter.page.load_clients()
    counter.page.open_batch_id(batch_id)
    view = counter.page.weighing
    assert view.summary.values["items"].text() == "0"
    queued = []
    monkeypatch.setattr(
        counter.ctx.tasks,
        "start",
        lambda op, on_done=None, on_error=None, **_: queued.append((lambda: _result_of(op), on_done)),
    )

    def summaries():
        return [(fn, done) for fn, done in queued if isinstance(fn(), RunningQuote)]

    view.model.set_rows(list(view.model.rows))  # the rows are reloaded: the summary is built anew
    for _ in range(3):  # three weighings shown while the summary is still being built
        view.refresh_summary()
    assert len(queued) == 1 and len(summaries()) == 1  # one build, nothing else read
    view.model.update_items([sqlite_core.weighing.record_weight(staff.operator, ids[0], 20).item])

    fn, done = summaries()[0]
    queued.clear()
    done(fn())  # the summary arrives: the weighing stored meanwhile is in it, nothing more is asked
    assert queued == []
    quote = sqlite_core.acceptance.quote(staff.operator, batch_id)
    assert quote.totals.items == 1 and view.summary.values["items"].text() == "1"
    assert view.summary.values["total"].text() == rubles(quote.totals.total_kop)

    view.model.update_items([sqlite_core.weighing.record_weight(staff.operator, ids[1], 21).item])
    view.refresh_summary()
    assert queued == [] and view.summary.values["items"].text() == "2"  # no read after a weighing


def test_supervisor_corrects_money_and_services_of_an_accepted_item(qtbot, sqlite_core, gui_parts):
    staff = make_staff(sqlite_core)
    specs = [
        ItemSpec(50, category="WITH_DECLARED_VALUE", value_kop=100_000, barcode=rpo(1)),
        ItemSpec(barcode=rpo(2)),
    ]
    batch_id, _ids = _draft(sqlite_core, specs)
    mark_all_weighed(sqlite_core, batch_id)
    sqlite_core.acceptance.accept(staff.operator, batch_id)
    ctx = UiContext(
        core=sqlite_core, actor=staff.supervisor, tasks=gui_parts.tasks, messages=gui_parts.messages
    )
    page = AcceptancePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_batch_id(batch_id)
    view = page.accepted
    total_before = sqlite_core.batches.get(staff.operator, batch_id).total_kop

    view.table.setCurrentIndex(view.model.index(1, 0))
    dialog = view.correct_item()
    qtbot.addWidget(dialog)
    assert dialog.value_edit.text() == "0,00" and dialog.notice_combo.currentText() == "Без уведомления"
    dialog.inventory_check.setChecked(True)
    dialog.reason_edit.setPlainText("клиент просил опись")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "ценност" in dialog.form.errors["inventory"].text()
    dialog.reject()

    view.table.setCurrentIndex(view.model.index(0, 0))
    dialog = view.correct_item()
    qtbot.addWidget(dialog)
    assert dialog.value_edit.text() == "1000,00"
    dialog.cod_edit.setText("1500")
    dialog.reason_edit.setPlainText("ошибка в объявленной ценности")
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "больше объявленной ценности" in dialog.form.errors["cod"].text()
    dialog.value_edit.setText("2000,50")
    dialog.notice_combo.setCurrentIndex(dialog.notice_combo.findData("ORDERED"))
    dialog.sms_check.setChecked(True)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    item = sqlite_core.batches.items(staff.supervisor, batch_id)[0]
    assert (item.declared_value_kop, item.cod_kop, item.notice, item.sms) == (
        200_050,
        150_000,
        "ORDERED",
        True,
    )
    assert item.priced_mass_g == 50
    assert sqlite_core.batches.get(staff.operator, batch_id).total_kop > total_before
    with sqlite_core.uow() as tx:
        entry = tx.session.scalars(select(AuditEntry).where(AuditEntry.action == "item_correct")).one()
        assert entry.before == {"declared_value_kop": 100_000, "cod_kop": 0, "notice": "NONE", "sms": False}
        assert entry.after["reason"] == "ошибка в объявленной ценности"
