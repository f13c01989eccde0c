"""Which questionnaire the counter offers a client after an acceptance, and when none is offered."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from postdesk.common import settings as s
from postdesk.services.surveys.catalogue import Audience
from postdesk.services.surveys.imports import ImportMapping
from tests.support.batches import make_client
from tests.support.surveys import response, survey_draft


def _publish(core, staff, draft):  # type: ignore[no-untyped-def]
    return core.surveys.publish(staff.supervisor, core.surveys.create(staff.supervisor, draft).id)


def test_the_running_unanswered_questionnaire_for_corporate_clients_is_offered(core, staff) -> None:  # type: ignore[no-untyped-def]
    client_id, _ = make_client(core)
    operator = staff.operator
    assert core.survey_offers.offer(operator, client_id) is None  # nothing published
    core.surveys.create(staff.supervisor, survey_draft("Черновик"))  # a draft is never offered
    _publish(core, staff, dataclasses.replace(survey_draft("Для посетителей"), audience=Audience.WALK_IN))
    _publish(core, staff, dataclasses.replace(survey_draft("Прошлогодняя"), ends_on=dt.date(2025, 12, 31)))
    _publish(core, staff, survey_draft("Будущая", starts_on=dt.date.today() + dt.timedelta(days=3)))
    assert core.survey_offers.offer(operator, client_id) is None
    running = _publish(core, staff, survey_draft("Качество обслуживания"))
    offer = core.survey_offers.offer(operator, client_id)
    assert offer is not None and (offer.survey_id, offer.title) == (running.id, "Качество обслуживания")
    assert offer.version.number == 1 and len(offer.version.questions) == 8
    core.survey_answers.record(operator, running.id, response(client_id))
    assert core.survey_offers.offer(operator, client_id) is None  # one answer set per client
    repeated = _publish(core, staff, survey_draft("Повторная", allow_repeat=True))
    core.survey_answers.record(operator, repeated.id, response(client_id))
    offered = core.survey_offers.offer(operator, client_id)
    assert offered is not None and offered.survey_id == repeated.id  # more answers allowed
    core.settings.set(s.SURVEY_OFFER_AT_COUNTER, False)
    assert core.survey_offers.offer(operator, client_id) is None


def test_the_mapping_step_reads_the_headers_and_imports_with_the_chosen_mapping(
    core, staff, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    survey = _publish(core, staff, survey_draft())
    path = tmp_path / "web.csv"
    path.write_text("Дата;Рекомендация;Насколько вы довольны обслуживанием?\n01.03.2026;9;5\n", "utf-8")
    headers = core.survey_imports.read_headers(path)
    assert headers == ("Дата", "Рекомендация", "Насколько вы довольны обслуживанием?")
    columns = core.survey_imports.columns(staff.supervisor, survey.id, path.name, headers)
    assert columns.guess == ImportMapping({3: 2}, when=0) and columns.remembered == {}
    assert [q.position for q in columns.questions] == list(range(1, 9))
    mapping = ImportMapping({1: 1, 3: 2})  # the date column left out on purpose
    report = core.survey_imports.import_file(staff.supervisor, survey.id, path, mapping=mapping)
    assert (report.rows, report.imported, report.errors) == (1, 1, ())
    again = core.survey_imports.columns(staff.supervisor, survey.id, "next.csv", headers)
    assert again.remembered == {"Рекомендация": "1", "Насколько вы довольны обслуживанием?": "3"}
    core.survey_imports.import_file(staff.supervisor, survey.id, path)  # the guess alone: kept as it was
    assert (
        core.survey_imports.columns(staff.supervisor, survey.id, "x.csv", headers).remembered
        == again.remembered
    )
