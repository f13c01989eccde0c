"""The paper questionnaire: its barcode decodes to the code parsed back to questionnaire, version, client."""

from __future__ import annotations

import datetime as dt

import pytest

from postdesk.common.errors import UserError
from postdesk.printing.questionnaire import PaperForm, PaperQuestion, questionnaire_pdf
from postdesk.services.surveys.paper import form_code, parse_code
from tests.support.pdf import page_barcodes, page_texts, squeeze


def _form(code: str, client: str = "ООО «Ромашка»") -> PaperForm:
    return PaperForm(
        office_name="ОПС Саранск 430005",
        title="Качество обслуживания",
        purpose="",
        version=3,
        client_name=client,
        contact_name="Иванова А. П." if client else "",
        code=code,
        printed_on=dt.date(2026, 12, 2),
        questions=(
            PaperQuestion(1, "Порекомендуете ли вы нас?", "nps", True),
            PaperQuestion(2, "Почему?", "long_text", follow_up_of=1),
            PaperQuestion(3, "Как узнали о нас?", "single", options=("Реклама", "Коллеги")),
            PaperQuestion(4, "Были ли у нас раньше?", "yes_no"),
        ),
    )


@pytest.mark.parametrize(
    ("survey", "version", "client"), [(12, 3, 345), (1, 1, None), (987654, 12, 123456789)]
)
def test_the_printed_barcode_decodes_to_the_form(survey: int, version: int, client: int | None) -> None:
    code = form_code(survey, version, client)
    pdf = questionnaire_pdf(_form(code, "ООО «Ромашка»" if client else ""))
    (found,) = page_barcodes(pdf)[0]
    assert found == ("Code 128", code)
    assert parse_code(found[1]) == (survey, version, client)


def test_the_form_names_the_client_and_asks_every_question() -> None:
    text = squeeze(page_texts(questionnaire_pdf(_form(form_code(12, 3, 345))))[0])
    for expected in (
        "ОПССаранск430005",
        "ООО«Ромашка»,ИвановаА.П.",
        "SV12V3C345,версия3",
        "1.Порекомендуетеливынас?*",
        "☐0☐1☐2",
        "☐10",
        "вопросе1поставилинизкую",
        "☐Реклама",
        "☐да",
    ):
        assert expected in text, expected


@pytest.mark.parametrize("text", ["", "SV12V3", "sv-12-3-4", "14500012345678", "SV1V2C3X"])
def test_anything_else_is_not_a_form_code(text: str) -> None:
    with pytest.raises(UserError):
        parse_code(text)
