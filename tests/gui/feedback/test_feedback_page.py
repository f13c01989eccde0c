"""The «Обращения» page: registering from every channel, scanning an item, answering with a refusal."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt

from postdesk.common import settings as s
from postdesk.services.feedback.catalogue import Channel, Decision, Kind, State
from postdesk.ui.application import open_main_window
from postdesk.ui.context import UiContext
from postdesk.ui.feedback.page import FeedbackPage
from postdesk.ui.feedback.status_counter import FeedbackDeadlineCounter
from postdesk.ui.feedback.table_model import OVERDUE_BRUSH
from tests.support.batches import ItemSpec, make_client, make_draft
from tests.support.feedback import new_feedback
from tests.support.pdf import page_texts, squeeze
from tests.support.typing import type_text


def _page(qtbot, core, parts, actor) -> FeedbackPage:  # type: ignore[no-untyped-def]
    page = FeedbackPage(UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages))
    qtbot.addWidget(page)
    page.show()
    return page


def _received(dialog, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    dialog.received_edit.setDateTime(QDateTime(day, dt.time(10, 0)))


@pytest.mark.parametrize("channel", list(Channel))
def test_registering_from_each_channel(qtbot, sqlite_core, sqlite_staff, request, channel) -> None:  # type: ignore[no-untyped-def]
    gui_parts = request.getfixturevalue("gui_parts")
    user_messages = request.getfixturevalue("user_messages")
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    dialog = page.open_register()
    dialog.set_channel(channel)
    _received(dialog, dt.date.today())
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(Kind.REVIEW.value))
    type_text(qtbot, dialog.author_edit, "Петров П. П.")
    dialog.text_edit.insertPlainText("Спасибо за быструю доставку")
    dialog.submit()
    assert not dialog.isVisible()
    assert [m.text for m in user_messages if m.level.value != "info"] == []
    (row,) = page.model.rows
    assert row.channel is channel and row.kind is Kind.REVIEW and row.author_name == "Петров П. П."
    assert row.state is State.REGISTERED and row.due > dt.date.today()
    assert "Зарегистрировано под номером" in user_messages[-1].text
    assert page.model.index(0, 3).data() == page.model.index(0, 3).data(Qt.ItemDataRole.DisplayRole)


def test_empty_text_keeps_the_dialog_open(qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    dialog = page.open_register()
    dialog.submit()
    assert dialog.isVisible() and page.model.rows == []
    assert "текст" in user_messages[-1].text.lower()


def test_scanning_an_item_fills_client_batch_and_history(qtbot, sqlite_core, sqlite_staff, gui_parts) -> None:  # type: ignore[no-untyped-def]
    client_id, contract_id = make_client(sqlite_core)
    batch_id, (item_id,) = make_draft(
        sqlite_core, client_id, contract_id, [ItemSpec(barcode="43000599000012")]
    )
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    dialog = page.open_register()
    qtbot.keyClicks(dialog.scan_edit, "43000599000012")
    qtbot.keyClick(dialog.scan_edit, Qt.Key.Key_Return)
    assert dialog.link is not None and dialog.link.batch_item_id == item_id
    assert "ООО «Тест»" in dialog.link_label.text() and f"партия {batch_id}" in dialog.link_label.text()
    dialog.text_edit.insertPlainText("Посылка повреждена")
    dialog.submit()
    (row,) = page.model.rows
    assert (row.client_id, row.batch_id, row.batch_item_id, row.barcode) == (
        client_id,
        batch_id,
        item_id,
        "43000599000012",
    )


def test_answering_with_a_refusal(qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages) -> None:  # type: ignore[no-untyped-def]
    tmp_path = sqlite_core.paths.data_dir
    sqlite_core.settings.set(s.OFFICE_NAME, "ОПС Саранск 430005")
    sqlite_core.settings.set(s.HIGHER_ORGANISATION_NAME, "УФПС Республики Мордовия")
    item = sqlite_core.feedback.register(sqlite_staff.operator, new_feedback(dt.date.today()))
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    page.select_id(item.id)
    dialog = page.open_answer()
    assert dialog is not None
    dialog.set_decision(Decision.REFUSED)
    assert dialog.appeal_label.isVisibleTo(dialog)
    dialog.text_edit.insertPlainText("Отправление вручено в срок.")
    dialog.submit()
    assert dialog.isVisible() and "мотивирован" in user_messages[-1].text
    dialog.reasons_edit.insertPlainText("п. 4.2 договора: контрольный срок 5 дней")
    dialog.submit()
    assert not dialog.isVisible() and page.last_answer is not None
    (row,) = page.model.rows
    assert row.state is State.DECISION_SENT and row.decision is Decision.REFUSED
    page.select_id(item.id)
    target = tmp_path / "letter.pdf"
    page.save_letter(target)
    text = squeeze(" ".join(page_texts(target.read_bytes())))
    assert "п.4.2договора" in text and "УФПСРеспубликиМордовия" in text and "обжаловать" in text


def test_an_operator_cannot_refuse_or_extend(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
) -> None:  # type: ignore[no-untyped-def]
    sqlite_core.feedback.register(sqlite_staff.operator, new_feedback(dt.date.today()))
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    page.table.selectRow(0)
    assert not page.extend_button.isEnabled() and page.answer_button.isEnabled()
    dialog = page.open_answer()
    assert dialog is not None
    dialog.set_decision(Decision.REFUSED)
    dialog.reasons_edit.setPlainText("п. 1")
    dialog.text_edit.setPlainText("Нет")
    dialog.submit()
    assert "не позволяет" in user_messages[-1].text
    assert page.model.rows[0].state is State.REGISTERED


def test_overdue_rows_and_the_status_bar_counter(qtbot, sqlite_core, sqlite_staff, gui_parts) -> None:  # type: ignore[no-untyped-def]
    old = dt.date.today() - dt.timedelta(days=40)
    sqlite_core.feedback.register(sqlite_staff.operator, new_feedback(old))
    sqlite_core.feedback.register(sqlite_staff.operator, new_feedback(dt.date.today()))
    window = open_main_window(sqlite_core, gui_parts, sqlite_staff.operator)
    qtbot.addWidget(window)
    counter = window.findChild(FeedbackDeadlineCounter, "feedbackCounter")
    assert counter is not None and counter.counts is not None
    assert counter.counts.overdue == 1 and "просрочено 1" in counter.text()
    page = window.page("complaints")
    assert isinstance(page, FeedbackPage)
    overdue_row = next(r for r, v in enumerate(page.model.rows) if v.overdue)
    assert page.model.index(overdue_row, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BRUSH
    page.filter_combo.setCurrentIndex(page.filter_combo.findData("overdue"))
    assert [v.received_on for v in page.model.rows] == [old]
    page.table.selectRow(0)
    assert not page.extend_button.isEnabled()  # an operator does not extend deadlines
    supervisor_page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    supervisor_page.filter_combo.setCurrentIndex(supervisor_page.filter_combo.findData("overdue"))
    supervisor_page.table.selectRow(0)
    assert supervisor_page.extend_button.isEnabled()
    dialog = supervisor_page.open_extend()
    assert dialog is not None
    type_text(qtbot, dialog.reason_edit, "запрос в транспортную компанию")
    dialog.companies_edit.setPlainText("АО «Авиаперевозчик»")
    dialog.accept()
    extended = sqlite_core.feedback_queries.get(sqlite_staff.supervisor, supervisor_page.model.rows[0].id)
    assert extended.extended and extended.overdue
    assert [r.company for r in extended.requests] == ["АО «Авиаперевозчик»"]


def test_the_analysis_with_charts_and_export(qtbot, sqlite_core, sqlite_staff, gui_parts) -> None:  # type: ignore[no-untyped-def]
    import openpyxl
    from PySide6.QtCharts import QBarSeries, QLineSeries

    from postdesk.services.feedback.catalogue import Topic

    today = dt.date.today()
    for topic in (Topic.LOSS, Topic.LOSS, Topic.DAMAGE):
        sqlite_core.feedback.register(sqlite_staff.operator, new_feedback(today, topic=topic))
    operator_page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    assert not operator_page.analysis_button.isVisibleTo(operator_page)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    dialog = page.open_analysis()
    assert dialog.stats is not None and dialog.stats.total == 3
    assert dialog.labels["total"].text() == "3"
    pareto_series = dialog.pareto_chart.series()
    bars = next(s for s in pareto_series if isinstance(s, QBarSeries))
    line = next(s for s in pareto_series if isinstance(s, QLineSeries))
    assert [bars.barSets()[0].at(i) for i in range(2)] == [2.0, 1.0]
    assert [round(p.y()) for p in line.points()] == [67, 100]
    months = next(s for s in dialog.months_chart.series() if isinstance(s, QBarSeries))
    assert months.barSets()[0].at(today.month - 1) == 3.0
    target = sqlite_core.paths.data_dir / "stats.xlsx"
    dialog.export(target)
    book = openpyxl.load_workbook(target)
    assert book.worksheets[0]["B2"].value == 3


def test_an_administrator_edits_the_calendar_and_deadlines_move(
    qtbot, sqlite_core, sqlite_staff, gui_parts
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    today = dt.date.today()
    item = sqlite_core.feedback.register(sqlite_staff.operator, new_feedback(today))
    supervisor_page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    assert not supervisor_page.calendar_button.isVisibleTo(supervisor_page)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.admin)
    dialog = page.open_calendar()
    dialog.year_spin.setValue(2027)
    assert dialog.data is not None and dialog.data.year == 2027
    assert "Трудовому кодексу" in dialog.status_label.text()
    first_working = sqlite_core.calendar.calendar().add_working_days(today, 1)
    dialog.day_edit.setDate(QDate(first_working))
    dialog.working_check.setChecked(False)
    type_text(qtbot, dialog.note_edit, "региональный выходной")
    dialog.apply()
    moved = sqlite_core.feedback_queries.get(sqlite_staff.admin, item.id)
    assert moved.due == sqlite_core.calendar.calendar().add_working_days(today, 10) != item.due
    assert not sqlite_core.calendar.calendar().is_working(first_working)


def test_the_answer_letter_opens_in_the_print_preview(qtbot, sqlite_core, sqlite_staff, gui_parts) -> None:  # type: ignore[no-untyped-def]
    sqlite_core.settings.set(s.OFFICE_NAME, "ОПС Саранск 430005")
    sqlite_core.settings.set(s.HIGHER_ORGANISATION_NAME, "УФПС Республики Мордовия")
    item = sqlite_core.feedback.register(sqlite_staff.operator, new_feedback(dt.date.today()))
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    page.select_id(item.id)
    assert not page.print_button.isEnabled()  # nothing to print before the answer
    dialog = page.open_answer()
    assert dialog is not None
    dialog.set_decision(Decision.SATISFIED)
    dialog.text_edit.insertPlainText("Отправление найдено и вручено.")
    dialog.submit()
    page.select_id(item.id)
    assert page.print_button.isEnabled()
    preview = page.print_letter()
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.pages is not None and preview.pages.page_count >= 1, timeout=5000)
    assert "вручено" in squeeze(" ".join(page_texts(preview.pdf)))
    preview.done(0)
