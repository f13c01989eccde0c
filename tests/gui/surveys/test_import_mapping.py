"""Importing a web form's answers with the mapping step: columns the guess cannot place are mapped
by hand, a bad row is reported, and the choices are offered again for the questionnaire's next file."""

from __future__ import annotations

from pathlib import Path

from postdesk.ui.context import UiContext
from postdesk.ui.surveys.page import QualityPage
from tests.support.surveys import survey_draft


def test_import_with_a_manual_mapping_and_a_bad_row(  # noqa: PLR0917
    qtbot, sqlite_core, sqlite_staff, gui_parts, user_messages, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    created = sqlite_core.surveys.create(sqlite_staff.supervisor, survey_draft())
    sqlite_core.surveys.publish(sqlite_staff.supervisor, created.id)
    page = QualityPage(
        UiContext(
            core=sqlite_core,
            actor=sqlite_staff.supervisor,
            tasks=gui_parts.tasks,
            messages=gui_parts.messages,
        )
    )
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    path = tmp_path / "форма.csv"
    path.write_text(
        "Дата;Оценка;Довольны;Комментарий\n01.03.2026 10:00;9;5;Спасибо\n02.03.2026 11:00;много;4;\n",
        "utf-8",
    )
    page.import_file(path)
    dialog = page.mapping_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 4 and dialog.chosen() == {0: "date"}  # only the date is guessed
    assert dialog.sizeHint().width() <= 1280 and dialog.height() <= 720
    dialog.set_target(1, "1")
    dialog.set_target(2, "1")
    dialog.buttons.accepted.emit()  # two columns to one question: refused, nothing imported
    assert dialog.isVisible() and "3" in dialog.problem.text() and page.last_import is None
    dialog.set_target(2, "3")
    dialog.set_target(3, "8")
    tips = [combo.toolTip() for combo in dialog.choices]  # the whole choice, cut in the column
    assert tips == [combo.currentText() for combo in dialog.choices] and tips[3].startswith("8. ")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    report = page.last_import
    assert report is not None and (report.rows, report.imported) == (2, 1)
    ((row, message),) = report.errors
    assert row == 3 and "много" in message
    assert "Загружено строк: 1 из 2" in user_messages[-1].text and "Строка 3" in (
        user_messages[-1].details or ""
    )
    assert page.summaries[0].responses == 1
    page.import_file(path)  # the next file of the same questionnaire: the choices are kept for it
    again = page.mapping_dialog
    assert again is not None and again is not dialog
    assert again.chosen() == {0: "date", 1: "1", 2: "3", 3: "8"}
    again.reject()
