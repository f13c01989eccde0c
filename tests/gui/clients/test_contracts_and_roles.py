"""Contracts in the client editor: supervisors edit them, operators only see them."""

from __future__ import annotations

import datetime as dt

from postdesk.postal.requisites import inn_check_digits
from postdesk.services.clients.data import ClientDraft
from postdesk.ui.clients.client_editor import ClientEditorDialog
from postdesk.ui.clients.contract_dialog import ContractDialog
from postdesk.ui.context import UiContext
from tests.support.typing import type_text


def _ctx(core, parts, actor):
    return UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages)


def _client(core, actor):
    draft = ClientDraft(
        full_name="Акционерное общество «Теплосеть»",
        short_name="АО «Теплосеть»",
        inn=inn_check_digits("132611111"),
        kpp="132601001",
    )
    return core.clients.save_client(actor, draft)


def test_supervisor_adds_a_contract_with_conditions(qtbot, gui_parts, sqlite_core, sqlite_staff):
    client_id = _client(sqlite_core, sqlite_staff.supervisor)
    ctx = _ctx(sqlite_core, gui_parts, sqlite_staff.supervisor)
    editor = ClientEditorDialog(ctx, sqlite_core.clients.get(ctx.actor, client_id))
    qtbot.addWidget(editor)
    assert editor.new_contract_button.isEnabled()
    dialog = ContractDialog(ctx, client_id, None, editor)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.number_edit, "Д-45/2026")
    dialog.without_client_check.setChecked(True)
    dialog.media_check.setChecked(True)
    dialog.discount_box.setValue(7.5)
    dialog.tolerance_g_box.setValue(8)
    dialog.ends_edit.setDate(dialog.starts_edit.date().addDays(20))
    dialog.saved.connect(editor._reload_contracts)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert [c.number for c in editor.contracts] == ["Д-45/2026"]
    contract = editor.contracts[0]
    assert contract.accept_without_client and contract.lists_on_media
    assert contract.services == ("batch_mail",)
    assert contract.weight_tolerance_g == 8
    assert contract.expiring
    assert "скоро истекает" in editor.contracts_table.item(0, 3).text()
    assert contract.ends_on == dt.date.today() + dt.timedelta(days=20)


def test_operator_sees_contracts_but_cannot_edit(qtbot, gui_parts, sqlite_core, sqlite_staff):
    client_id = _client(sqlite_core, sqlite_staff.operator)
    ctx = _ctx(sqlite_core, gui_parts, sqlite_staff.operator)
    editor = ClientEditorDialog(ctx, sqlite_core.clients.get(ctx.actor, client_id))
    qtbot.addWidget(editor)
    assert not editor.new_contract_button.isEnabled()
    assert editor.contracts_hint.text() == "Договоры изменяет руководитель."


def test_operator_bypassing_the_ui_is_refused_with_a_message(
    qtbot, gui_parts, sqlite_core, sqlite_staff, user_messages
):
    client_id = _client(sqlite_core, sqlite_staff.operator)
    ctx = _ctx(sqlite_core, gui_parts, sqlite_staff.operator)
    dialog = ContractDialog(ctx, client_id, None)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.number_edit, "X-1")
    dialog.save()
    assert "роль не позволяет" in dialog.error_label.text()
    assert sqlite_core.clients.get(ctx.actor, client_id).contracts == ()
