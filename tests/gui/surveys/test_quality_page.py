"""The «Качество» page: designing, answering at the counter by keyboard and in the large form,
entering a scanned paper form, and the results with their charts and export."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QSpinBox
from sqlalchemy import select

from postdesk.models.feedback import FeedbackItem
from postdesk.models.surveys import SurveyResponse
from postdesk.services.surveys.catalogue import Channel, QuestionKind
from postdesk.ui.application import open_main_window
from postdesk.ui.context import UiContext
from postdesk.ui.shell.navigation import PAGES
from postdesk.ui.surveys.page import QualityPage
from tests.support.batches import make_client
from tests.support.surveys import response, survey_draft
from tests.support.typing import type_text


def _page(qtbot, core, parts, actor) -> QualityPage:  # type: ignore[no-untyped-def]
    page = QualityPage(UiContext(core=core, actor=actor, tasks=parts.tasks, messages=parts.messages))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    _activate(qtbot, page)
    return page


def _activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """Shortcuts reach the active window only, as at the counter."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _published(core, staff):  # type: ignore[no-untyped-def]
    return core.surveys.publish(staff.supervisor, core.surveys.create(staff.supervisor, survey_draft()).id)


def _responses(core) -> list[tuple[str, int | None, int | None, int | None]]:  # type: ignore[no-untyped-def]
    with core.uow() as tx:
        return [
            (r.channel, r.client_id, r.nps, r.csat)
            for r in tx.session.scalars(select(SurveyResponse).order_by(SurveyResponse.id))
        ]


def test_the_page_comes_before_reports() -> None:
    keys = [p.key for p in PAGES]
    assert keys.index("quality") == keys.index("reports") - 1


def test_a_supervisor_designs_and_publishes(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    dialog = page.open_new()
    type_text(qtbot, dialog.title_edit, "Оценка окна")
    dialog.publish_button.click()  # no questions yet
    assert dialog.isVisible() and "хотя бы один вопрос" in user_messages[-1].text
    _activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    row = dialog.table.rowCount() - 1
    kind = dialog.table.cellWidget(row, 0)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData(QuestionKind.NPS.value))
    dialog.table.item(row, 1).setText("Порекомендуете ли вы нас?")
    dialog.table.item(row, 2).setCheckState(Qt.CheckState.Checked)
    row = dialog.add_question(dialog.questions()[0].__class__(QuestionKind.LONG_TEXT, "Почему?"))
    follows = dialog.table.cellWidget(row, 4)
    assert isinstance(follows, QSpinBox)
    follows.setValue(1)
    dialog.publish_button.click()
    assert not dialog.isVisible()
    assert dialog.result_view is not None and dialog.result_view.published_version == 1
    (summary,) = page.summaries
    assert summary.title == "Оценка окна" and page.survey_table.item(0, 3).text() == "1"
    questions = dialog.result_view.current.questions  # type: ignore[union-attr]
    assert [(q.kind, q.required, q.follow_up_of) for q in questions] == [
        (QuestionKind.NPS, True, None),
        (QuestionKind.LONG_TEXT, False, 1),
    ]
    # Editing the published questionnaire drafts version 2.
    page.open_edit()
    edit = page.design_dialog
    assert edit is not None and "появится версия 2" in edit.version_label.text()


def test_answering_at_the_counter_with_the_keyboard(qtbot, sqlite_core, sqlite_staff, gui_parts) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(sqlite_core)
    _published(sqlite_core, sqlite_staff)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    qtbot.keyClick(page, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    dialog = page.answer_dialog
    assert dialog is not None and dialog.channel is Channel.COUNTER
    type_text(qtbot, dialog.client_edit, "1300000017")
    nps, why, csat = dialog.form.inputs[0], dialog.form.inputs[1], dialog.form.inputs[2]
    assert why.isHidden() and not dialog.register_box.isVisible()
    qtbot.keyClicks(nps.number_edit, "3")
    assert not why.isHidden() and dialog.register_box.isVisible()
    type_text(qtbot, why.text_edit, "Долго ждали")
    qtbot.keyClicks(csat.number_edit, "2")
    dialog.register_check.setChecked(True)
    dialog.register_kind.setCurrentIndex(dialog.register_kind.findData("complaint"))
    dialog.register_text.setPlainText("Очередь больше получаса")
    _activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and dialog.saved is not None
    assert _responses(sqlite_core) == [("counter", client_id, 3, 2)]
    with sqlite_core.uow() as tx:
        assert tx.session.scalar(select(FeedbackItem.text)) == "Очередь больше получаса"
    assert page.follow_table.rowCount() == 1 and "Долго ждали" in page.follow_table.item(0, 4).text()


def test_the_large_form_for_the_client(qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages) -> None:  # type: ignore[no-untyped-def]
    _published(sqlite_core, sqlite_staff)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    page.large_button.click()
    dialog = page.answer_dialog
    assert dialog is not None and dialog.channel is Channel.KIOSK and dialog.form.large
    nps, csat = dialog.form.inputs[0], dialog.form.inputs[2]
    assert len(nps.buttons) == 11 and all(b.minimumHeight() >= 64 for b in nps.buttons)
    qtbot.mouseClick(nps.buttons[10], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(csat.buttons[3], Qt.MouseButton.LeftButton)
    assert dialog.form.inputs[1].isHidden()  # 10 is not a low score: no follow-up
    # Back to the keyboard and to the client again: the answers are kept.
    _activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F11)
    assert not dialog.form.large and dialog.form.inputs[0].number() == 10
    qtbot.keyClick(dialog, Qt.Key.Key_F11)
    assert dialog.form.large and dialog.form.inputs[2].number() == 4
    dialog.save_button.click()
    assert not dialog.isVisible() and "Спасибо" in user_messages[-1].text
    assert _responses(sqlite_core) == [("kiosk", None, 10, 4)]


def test_a_required_answer_missing_keeps_the_form_open(
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages
) -> None:  # type: ignore[no-untyped-def]
    _published(sqlite_core, sqlite_staff)
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    page.open_answer(large=False)
    dialog = page.answer_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.form.inputs[0].number_edit, "9")
    dialog.submit()
    assert dialog.isVisible() and "нужно ответить" in user_messages[-1].text
    assert _responses(sqlite_core) == []


def test_a_scanned_paper_form_is_entered_for_its_client(qtbot, sqlite_core, sqlite_staff, gui_parts) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(sqlite_core)
    survey = _published(sqlite_core, sqlite_staff)
    printed = sqlite_core.survey_paper.print_form(sqlite_staff.operator, survey.id, client_inn="1300000017")
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.operator)
    qtbot.keyClick(page, Qt.Key.Key_F2)
    qtbot.keyClicks(page.scan_edit, printed.code)
    qtbot.keyClick(page.scan_edit, Qt.Key.Key_Return)
    dialog = page.answer_dialog
    assert dialog is not None and dialog.channel is Channel.PAPER and dialog.client_id == client_id
    assert dialog.client_edit.isReadOnly() and not dialog.large_button.isVisible()
    qtbot.keyClicks(dialog.form.inputs[0].number_edit, "8")
    qtbot.keyClicks(dialog.form.inputs[2].number_edit, "4")
    dialog.submit()
    assert _responses(sqlite_core) == [("paper", client_id, 8, 4)]


def test_results_with_charts_comparison_texts_and_export(
    qtbot, sqlite_core, sqlite_staff, gui_parts, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    survey = _published(sqlite_core, sqlite_staff)
    for day, nps, csat in (
        (dt.date(2026, 1, 10), 10, 5),
        (dt.date(2026, 2, 3), 4, 2),
        (dt.date(2026, 2, 9), 9, 4),
    ):
        at = dt.datetime.combine(day, dt.time(10)).astimezone()
        sqlite_core.survey_answers.record(
            sqlite_staff.operator,
            survey.id,
            response(at=at, nps=nps, csat=csat, why="Очередь" if nps < 7 else ""),
        )
    page = _page(qtbot, sqlite_core, gui_parts, sqlite_staff.supervisor)
    page.show_results()
    view = page.results_view
    assert page.tabs.currentIndex() == page.results_index and view.results is not None
    assert "NPS 33,3" in view.summary_label.text() and "CSAT 66,7" in view.summary_label.text()
    assert view.trend.point_count() == 4 and view.trend.table.rowCount() == 2
    view.question_combo.setCurrentIndex(4)  # the single choice
    assert view.question.table.rowCount() == 3 and view.question.point_count() == 3
    view.compare_combo.setCurrentIndex(1)
    assert view.compare.table.item(0, 0).text() == "Посетители без договора"
    assert view.texts.count() == 1 and "Очередь" in view.texts.item(0).text()
    target = tmp_path / "итоги.xlsx"
    view.export(target)
    book = openpyxl.load_workbook(target)
    assert book.worksheets[0]["B3"].value == 3


def test_an_operator_sees_no_design_or_results(qtbot, sqlite_core, sqlite_staff, gui_parts) -> None:  # type: ignore[no-untyped-def]
    window = open_main_window(sqlite_core, gui_parts, sqlite_staff.operator)
    qtbot.addWidget(window)
    page = window.page("quality")
    assert isinstance(page, QualityPage)
    assert not page.new_button.isVisibleTo(page) and not page.results_button.isVisibleTo(page)
    assert not page.tabs.isTabVisible(page.results_index)
