"""Paper forms (printed, scanned back, stored against the printed version) and web-form imports."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import xlsxwriter

from postdesk.common.errors import NotFound, UserError
from postdesk.services.surveys.catalogue import Channel
from postdesk.services.surveys.views import Answer, ResponseInput
from tests.support.batches import make_client
from tests.support.pdf import page_barcodes, page_texts, squeeze
from tests.support.surveys import QUESTIONS, survey_draft


@pytest.fixture
def survey(core, staff):  # type: ignore[no-untyped-def]
    return core.surveys.publish(staff.supervisor, core.surveys.create(staff.supervisor, survey_draft()).id)


def test_a_printed_form_is_scanned_back_to_its_version_and_client(core, staff, survey) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    printed = core.survey_paper.print_form(staff.operator, survey.id, client_inn="1300000017")
    assert printed.code == f"SV{survey.id}V1C{client_id}"
    assert page_barcodes(printed.pdf)[0] == [("Code 128", printed.code)]
    text = squeeze(page_texts(printed.pdf)[0])
    assert squeeze("ООО «Тест»") in text and squeeze(QUESTIONS[0].text) in text
    # The questionnaire is edited and republished before the form comes back.
    core.surveys.publish(
        staff.supervisor, core.surveys.save_draft(staff.supervisor, survey.id, survey.to_draft()).id
    )
    scanned = core.survey_paper.scan(staff.operator, f" {printed.code.lower()} ")
    assert (scanned.version.number, scanned.client_id, scanned.client_name) == (1, client_id, "ООО «Тест»")
    saved = core.survey_answers.record(
        staff.operator,
        survey.id,
        ResponseInput(
            (Answer(1, 10), Answer(3, 5)),
            Channel.PAPER,
            client_id=client_id,
            version=1,
            source_ref=printed.code,
        ),
    )
    assert saved.version == 1
    results = core.survey_results.results(staff.supervisor, survey.id)
    assert (results.invitations, results.responses) == (1, 1)


def test_bad_codes_and_clients_are_refused(core, staff, survey) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError):
        core.survey_paper.scan(staff.operator, "14500012345678")
    with pytest.raises(NotFound):
        core.survey_paper.scan(staff.operator, f"SV{survey.id}V7C0")
    with pytest.raises(NotFound):
        core.survey_paper.print_form(staff.operator, survey.id, client_inn="7700000000")
    assert core.survey_results.results(staff.supervisor, survey.id).invitations == 0


def _csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_bytes("\r\n".join(";".join(r) for r in rows).encode("cp1251"))
    return path


def test_a_web_form_export_is_imported_good_rows_in_bad_rows_reported(
    core, staff, survey, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    make_client(core)
    header = [
        "Отметка времени",
        "ИНН",
        "1. Насколько вероятно, что вы порекомендуете нас коллегам?",
        "Что нам сделать лучше?",
        "Насколько вы довольны обслуживанием?",
        "Как вы узнали о нас?",
        "Какими услугами пользуетесь?",
        "Вопрос 7",
    ]
    file = _csv(
        tmp_path / "форма.csv",
        [
            header,
            ["01.03.2026 10:15:00", "1300000017", "10", "", "5", "Коллеги", "Письма, Посылки", "да"],
            ["02.03.2026 11:00:00", "", "3", "Долго", "2", "Сайт", "", "нет"],
            [
                "02.03.2026 12:00:00",
                "1300000017",
                "9",
                "",
                "5",
                "Сайт",
                "",
                "",
            ],  # the client answered already
            ["03.03.2026 12:00:00", "", "11", "", "5", "", "", ""],  # no such score
            ["03.03.2026 13:00:00", "", "8", "", "", "", "", ""],  # CSAT is required
            ["04.03.2026 13:00:00", "9999999999", "8", "", "4", "", "", ""],  # unknown client
            ["05.03.2026", "", "8", "", "4", "Газета", "", ""],  # not an option
            ["", "", "", "", "", "", "", ""],
        ],
    )
    report = core.survey_imports.import_file(staff.supervisor, survey.id, file)
    assert (report.rows, report.imported) == (7, 2)
    assert [row for row, _ in report.errors] == [4, 5, 6, 7, 8], report.errors
    messages = dict(report.errors)
    assert "уже ответил" in messages[4] and "от 0 до 10" in messages[5] and "нужно ответить" in messages[6]
    assert "9999999999" in messages[7] and "Газета" in messages[8]
    results = core.survey_results.results(staff.supervisor, survey.id)
    assert results.responses == 2 and results.scores.nps == 0.0 and results.open_follow_ups == 1
    assert [m.key for m in results.months] == ["202603"]
    assert results.questions[5].counts == {"Письма": 1, "Бандероли": 0, "Посылки": 1}


def test_an_xlsx_export_with_columns_mapped_by_hand(core, staff, survey, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "answers.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    for r, row in enumerate(
        [["Оценка", "Довольны", "Комментарий"], [9, 4, "Спасибо"], [6, 1, "=HYPERLINK(1)"]]
    ):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value) if isinstance(value, str) else sheet.write_number(r, c, value)
    book.close()
    with pytest.raises(UserError):  # nothing matches by name
        core.survey_imports.import_file(staff.supervisor, survey.id, path)
    report = core.survey_imports.import_file(staff.supervisor, survey.id, path, {"1": 0, "3": 1, "8": 2})
    assert (report.rows, report.imported, report.errors) == (2, 2, ())
    results = core.survey_results.results(staff.supervisor, survey.id)
    assert (results.scores.nps, results.scores.csat) == (0.0, 50.0)
    assert sorted(t.text for t in results.texts) == ["=HYPERLINK(1)", "Спасибо"]


def test_an_unreadable_file_writes_nothing(core, staff, survey, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(UserError):
        core.survey_imports.import_file(staff.supervisor, survey.id, broken)
    closed = dataclasses.replace(survey_draft(), title="Другая")
    other = core.surveys.create(staff.supervisor, closed)
    with pytest.raises(UserError):  # not published
        core.survey_imports.import_file(staff.supervisor, other.id, _csv(tmp_path / "a.csv", [["1"], ["9"]]))
    assert core.survey_results.results(staff.supervisor, survey.id).responses == 0
