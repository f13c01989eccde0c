"""The «Потенциальные клиенты» page: the board, due actions, adding, activities, stages, an offer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from postdesk.models.prospects import ActivityKind, Stage
from postdesk.ui.context import UiContext
from postdesk.ui.outreach.page import ProspectsPage
from postdesk.ui.outreach.table_model import OVERDUE_BRUSH
from tests.support.outreach import add_prospect
from tests.support.pdf import page_texts, squeeze
from tests.support.typing import type_text


def _page(qtbot, core, parts, actor) -> ProspectsPage:  # type: ignore[no-untyped-def]
    page = ProspectsPage(UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.activateWindow()  # shortcuts only reach the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window(), timeout=3000)
    return page


def test_the_board_shows_open_prospects_by_due_date_and_filters_my_due_actions(
    qtbot, sqlite_core, sqlite_staff, gui_parts
) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    add_prospect(
        sqlite_core, sqlite_staff.operator, name="Позже", inn="", next_action_on=today + dt.timedelta(days=5)
    )
    add_prospect(
        sqlite_core,
        sqlite_staff.operator,
        name="Просрочено",
        inn="",
        next_action_on=today - dt.timedelta(days=1),
    )
    add_prospect(sqlite_core, sqlite_staff.supervisor, name="Чужое", inn="", next_action_on=today)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    assert [r.name for r in page.model.rows] == ["Просрочено", "Чужое", "Позже"]
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BRUSH
    assert page.model.index(0, 2).data() == "Новый"
    assert "Новый: 3" in page.counts_label.text()
    page.due_check.setChecked(True)
    assert [r.name for r in page.model.rows] == ["Просрочено", "Чужое"]
    page.mine_check.setChecked(True)
    assert [r.name for r in page.model.rows] == ["Просрочено"]
    page.due_check.setChecked(False)
    page.mine_check.setChecked(False)
    type_text(qtbot, page.search_edit, "позже")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert [r.name for r in page.model.rows] == ["Позже"]


def test_adding_a_prospect_with_the_keyboard(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.flow.prospect_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.name_edit, "АО «Василёк»")
    type_text(qtbot, dialog.inn_edit, "7707083893")
    type_text(qtbot, dialog.contact_edit, "Сидоров Пётр")
    type_text(qtbot, dialog.email_edit, "sidorov@example.ru")
    type_text(qtbot, dialog.competitor_edit, "Курьер-Экспресс")
    type_text(qtbot, dialog.price_edit, "75,50")
    type_text(qtbot, dialog.action_edit, "Позвонить")
    dialog.accept()
    assert [m.text for m in user_messages if m.level.value != "info"] == []
    (row,) = page.model.rows
    assert (row.name, row.competitor_name, row.competitor_price_kop) == (
        "АО «Василёк»",
        "Курьер-Экспресс",
        7550,
    )
    assert row.next_action_on == dt.date.today()


def test_a_wrong_inn_keeps_the_dialog_open_with_the_message(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    page.flow.open_new()
    dialog = page.flow.prospect_dialog
    assert dialog is not None
    type_text(qtbot, dialog.name_edit, "ООО «Опечатка»")
    type_text(qtbot, dialog.inn_edit, "7707083894")
    dialog.accept()
    assert dialog.isVisible() and page.model.rows == []
    assert "не сохранён" in user_messages[-1].text
    assert "контрольн" in dialog.error_label.text().lower()


def test_an_activity_and_a_lost_stage_with_its_reason(qtbot, sqlite_core, sqlite_staff, gui_parts) -> None:  # type: ignore[no-untyped-def]
    prospect = add_prospect(sqlite_core, sqlite_staff.operator)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F4)
    dialog = page.flow.activity_dialog
    assert dialog is not None
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ActivityKind.MEETING.value))
    dialog.outcome_edit.insertPlainText("Директор просит предложение")
    type_text(qtbot, dialog.next_edit, "Отправить предложение")
    dialog.accept()
    (activity,) = sqlite_core.prospects.activities(sqlite_staff.operator, prospect.id)
    assert (activity.kind, activity.outcome) == (ActivityKind.MEETING, "Директор просит предложение")
    assert page.model.rows[0].stage == Stage.CONTACTED
    assert (
        "Директор просит предложение" in page.history_label.text() and "Встреча" in page.history_label.text()
    )

    qtbot.keyClick(page.table, Qt.Key.Key_F6)
    stage = page.flow.stage_dialog
    assert stage is not None
    stage.stage_combo.setCurrentIndex(stage.stage_combo.findData(Stage.LOST.value))
    assert stage.reason_combo.isEnabled()
    stage.reason_combo.setCurrentIndex(stage.reason_combo.findData("competitor"))
    stage.accept()
    lost = sqlite_core.prospects.get(sqlite_staff.operator, prospect.id)
    assert (lost.stage, lost.lost_reason_code) == (Stage.LOST, "competitor")
    assert page.model.rows == []  # the board shows open prospects


def test_an_offer_opens_in_the_preview_and_e_mail_needs_the_settings(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
) -> None:  # type: ignore[no-untyped-def]
    prospect = add_prospect(sqlite_core, sqlite_staff.operator)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = page.flow.offers.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    # The defaults: the person who decides, the services they need, the proposed discount.
    assert dialog.contact_combo.currentText().startswith("Иванов Иван Иванович")
    assert dialog.services() == ("batch_mail",) and dialog.discount_spin.value() == 10
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    qtbot.keyClick(dialog.contact_combo, Qt.Key.Key_Return)
    preview = page.flow.offers.preview
    assert preview is not None and page.last_offer is not None
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.pages is not None and preview.pages.page_count >= 1, timeout=5000)
    text = squeeze(" ".join(page_texts(preview.pdf)))
    assert squeeze("Иванов Иван Иванович") in text and squeeze("12 100,00 ₽") in text
    assert "12 100,00" in user_messages[-1].text.replace("\xa0", " ")
    preview.done(0)
    assert page.model.rows[0].stage == Stage.OFFER_SENT
    page.flow.send_offer()
    assert "почт" in user_messages[-1].text.lower() and user_messages[-1].level.value != "info"
    (queued,) = sqlite_core.mail.queued(sqlite_staff.supervisor)
    assert queued.recipient == "ivanov@example.ru"
    assert sqlite_core.prospects.get(sqlite_staff.operator, prospect.id).stage == Stage.OFFER_SENT


def test_making_a_client_asks_first(qtbot, sqlite_core, sqlite_staff, gui_parts, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    prospect = add_prospect(sqlite_core, sqlite_staff.operator)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    page.flow.convert()
    assert sqlite_core.prospects.get(sqlite_staff.operator, prospect.id).client_id is None
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    page.flow.convert()
    assert sqlite_core.prospects.get(sqlite_staff.operator, prospect.id).stage == Stage.WON
    assert page.model.rows == []


def test_the_supervisor_edits_a_letter_text(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    assert page.templates_button.isVisibleTo(page)
    dialog = page.flow.open_templates()
    qtbot.addWidget(dialog)
    assert "{{ office }}" in dialog.text_edit.toPlainText()
    dialog.text_edit.setPlainText("Для {{ organisation }}: особые условия.")
    dialog.save()
    assert "сохранён" in user_messages[-1].text
    assert (
        (sqlite_core.paths.data_dir / "letters" / "offer.txt.j2")
        .read_text(encoding="utf-8")
        .startswith("Для")
    )
    operator_page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    assert not operator_page.templates_button.isVisibleTo(operator_page)


def test_tariff_notices_from_the_page(qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages) -> None:  # type: ignore[no-untyped-def]
    from tests.support.batches import make_client
    from tests.support.outreach import NEW_VERSION, OLD_VERSION, accepted_mail, install_second_tariff

    install_second_tariff(sqlite_core)
    client_id, contract_id = make_client(sqlite_core)
    accepted_mail(sqlite_core, client_id, contract_id, [("LETTER", "ORDERED")])
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    dialog = page.flow.open_notices()
    qtbot.addWidget(dialog)
    assert (dialog.old_combo.currentData(), dialog.new_combo.currentData()) == (OLD_VERSION, NEW_VERSION)
    dialog.folder_edit.setText(str(sqlite_core.paths.data_dir / "out"))
    dialog.run()
    assert dialog.sent is not None and [n.client_id for n in dialog.sent] == [client_id]
    assert "1" in user_messages[-1].text and (sqlite_core.paths.data_dir / "out").is_dir()
    assert not dialog.isVisible()
