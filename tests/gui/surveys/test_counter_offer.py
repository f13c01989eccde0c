"""The accepted view offers the client's questionnaire; it is answered there and then withdrawn,
and the keyboard's focus returns to the batch's items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from postdesk.common import settings as s
from postdesk.models.surveys import SurveyInvitation, SurveyResponse
from postdesk.ui.context import UiContext
from postdesk.ui.counter.accepted_view import AcceptedView
from tests.support.printed_batches import store_batch
from tests.support.surveys import survey_draft


def _view(qtbot, core, actor, parts) -> AcceptedView:  # type: ignore[no-untyped-def]
    view = AcceptedView(UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _publish(core, staff) -> int:  # type: ignore[no-untyped-def]
    created = core.surveys.create(staff.supervisor, survey_draft())
    return int(core.surveys.publish(staff.supervisor, created.id).id)


def test_offered_after_an_acceptance_and_answered(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
) -> None:  # type: ignore[no-untyped-def]
    survey_id = _publish(sqlite_core, sqlite_staff)
    batch = sqlite_core.batches.get(sqlite_staff.operator, store_batch(sqlite_core, 2))
    view = _view(qtbot, sqlite_core, sqlite_staff.operator, gui_parts)
    view.open_batch(batch)
    offer = view.survey_offer
    qtbot.waitUntil(offer.isVisible, timeout=3000)
    assert offer.text() == "&Анкета клиента (Ctrl+K)" and "Качество обслуживания" in offer.toolTip()
    offer.setFocus()  # as after a click on it
    qtbot.keyClick(offer, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = offer.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.client_edit.isReadOnly() and dialog.client_edit.text() == batch.client_name
    qtbot.keyClicks(dialog.form.inputs[0].number_edit, "9")
    qtbot.keyClicks(dialog.form.inputs[2].number_edit, "5")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_F11)  # turned to the client: the large touch form
    assert dialog.form.large and dialog.form.inputs[0].number() == 9
    qtbot.mouseClick(dialog.form.inputs[3].buttons[6], Qt.MouseButton.LeftButton)
    dialog.save_button.click()
    assert not dialog.isVisible() and "Спасибо" in user_messages[-1].text
    assert not offer.isVisible()  # one answer set per client
    assert view.focusWidget() is view.table  # back to the items, not to the hidden button
    with sqlite_core.uow() as tx:
        row = tx.session.scalars(select(SurveyResponse)).one()
        assert (row.survey_id, row.client_id, row.channel, row.nps, row.csat, row.ces) == (
            survey_id,
            batch.client_id,
            "kiosk",
            9,
            5,
            7,
        )
        assert (row.operator_login, row.workstation) == (
            sqlite_staff.operator.login,
            sqlite_staff.operator.workstation,
        )
    view.open_batch(batch)  # answered: not offered again
    assert not offer.isVisible()


def test_a_declined_offer_counts_as_invited_and_the_setting_switches_it_off(
    qtbot, sqlite_core, sqlite_staff, gui_parts
) -> None:  # type: ignore[no-untyped-def]
    _publish(sqlite_core, sqlite_staff)
    batch = sqlite_core.batches.get(sqlite_staff.operator, store_batch(sqlite_core, 1))
    view = _view(qtbot, sqlite_core, sqlite_staff.operator, gui_parts)
    view.open_batch(batch)
    qtbot.waitUntil(view.survey_offer.isVisible, timeout=3000)
    dialog = view.survey_offer.open_form()
    assert dialog is not None and dialog.channel.value == "counter"
    dialog.decline_button.click()
    assert not dialog.isVisible() and not view.survey_offer.isVisible()
    with sqlite_core.uow() as tx:
        assert tx.session.scalars(select(SurveyInvitation.channel)).all() == ["counter"]
    sqlite_core.settings.set(s.SURVEY_OFFER_AT_COUNTER, False)
    view.open_batch(batch)
    assert not view.survey_offer.isVisible()
