"""Results: counts and means per question, scores by month, operator and client group, the export."""

from __future__ import annotations

import datetime as dt

import openpyxl

from postdesk.models.users import Role
from postdesk.services.context import Actor
from postdesk.services.surveys.catalogue import Channel
from postdesk.services.surveys.export import write_results
from tests.support.batches import make_client
from tests.support.surveys import response, survey_draft

UTC = dt.UTC


def test_results_add_up_by_question_month_operator_and_group(core, staff, tmp_path) -> None:  # type: ignore[no-untyped-def]
    survey = core.surveys.publish(staff.supervisor, core.surveys.create(staff.supervisor, survey_draft()).id)
    client_id, _ = make_client(core)
    other = Actor(staff.supervisor.user_id, staff.supervisor.login, "x", Role.SUPERVISOR, "ws-2")
    record = core.survey_answers.record
    record(
        staff.operator,
        survey.id,
        response(client_id, at=dt.datetime(2026, 1, 10, 9, tzinfo=UTC), nps=10, csat=5, ces=7),
    )
    record(
        staff.operator,
        survey.id,
        response(at=dt.datetime(2026, 1, 20, 9, tzinfo=UTC), nps=6, csat=2, ces=2, why="=1+1"),
    )
    record(
        other,
        survey.id,
        response(at=dt.datetime(2026, 2, 3, 9, tzinfo=UTC), nps=8, csat=4, ces=None, wishes="Больше окон"),
    )

    results = core.survey_results.results(staff.supervisor, survey.id)
    assert results.responses == 3 and results.open_follow_ups == 1
    # NPS: 1 promoter, 1 detractor of 3 -> 0; CSAT 2 of 3 -> 66.7; CES (7 + 2) / 2 = 4.5
    assert (results.scores.nps, results.scores.csat, results.scores.ces) == (0.0, 66.7, 4.5)
    assert [(m.key, m.responses, m.scores.nps) for m in results.months] == [
        ("202601", 2, 0.0),
        ("202602", 1, 0.0),
    ]
    assert {o.key: o.responses for o in results.operators} == {
        staff.operator.login: 2,
        staff.supervisor.login: 1,
    }
    assert {g.key: g.responses for g in results.groups} == {"contract": 1, "walk_in": 2}
    by_text = {q.text: q for q in results.questions}
    nps = by_text["Насколько вероятно, что вы порекомендуете нас коллегам?"]
    assert nps.counts["10"] == 1 and nps.counts["0"] == 0 and nps.mean == 8.0
    assert by_text["Как вы узнали о нас?"].counts == {"Реклама": 0, "Коллеги": 3, "Сайт": 0}
    multiple = by_text["Какими услугами пользуетесь?"]
    assert multiple.counts == {"Письма": 3, "Бандероли": 0, "Посылки": 3} and multiple.answered == 3
    assert by_text["Готовы ли вы войти в клуб клиентов?"].counts == {"yes": 3, "no": 0}
    assert sorted(t.text for t in results.texts) == ["=1+1", "Больше окон"]

    out = tmp_path / "results.xlsx"
    write_results(out, results)
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) == 6
    free = [row for row in book.worksheets[5].iter_rows(min_row=2, values_only=True)]
    assert sorted(r[2] for r in free) == ["'=1+1", "Больше окон"] or sorted(r[2] for r in free) == [
        "=1+1",
        "Больше окон",
    ]
    formula_cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formula_cells == []


def test_a_questionnaire_without_answers_has_no_scores(core, staff) -> None:  # type: ignore[no-untyped-def]
    survey = core.surveys.publish(staff.supervisor, core.surveys.create(staff.supervisor, survey_draft()).id)
    results = core.survey_results.results(staff.supervisor, survey.id)
    assert results.responses == 0 and results.response_rate is None
    assert (results.scores.nps, results.scores.csat, results.scores.ces) == (None, None, None)
    assert all(q.mean is None for q in results.questions)


def test_answers_of_every_channel_count(core, staff) -> None:  # type: ignore[no-untyped-def]
    survey = core.surveys.publish(staff.supervisor, core.surveys.create(staff.supervisor, survey_draft()).id)
    for channel in Channel:
        core.survey_answers.record(staff.operator, survey.id, response(channel=channel, nps=9))
    assert core.survey_results.results(staff.supervisor, survey.id).scores.nps == 100.0


def test_the_running_tallies_equal_a_rebuild_from_the_answers(core, staff) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from postdesk.models.surveys import SurveyAnswerTally, SurveyScoreTally
    from postdesk.services.surveys.tallies import rebuild_tallies

    survey = core.surveys.publish(staff.supervisor, core.surveys.create(staff.supervisor, survey_draft()).id)
    client_id, _ = make_client(core)
    for n, (nps, csat, ces) in enumerate(((10, 5, 7), (3, 1, 2), (6, 3, None), (9, 4, 5), (0, 2, 1))):
        at = dt.datetime(2026, 1 + n % 3, 5 + n, 10, tzinfo=UTC)
        record = response(
            client_id if n == 0 else None, at=at, nps=nps, csat=csat, ces=ces, why="Плохо" * (nps < 7)
        )
        core.survey_answers.record(staff.operator if n % 2 else staff.supervisor, survey.id, record)

    def snapshot() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        with core.uow() as tx:
            scores = [
                tuple(r)
                for r in tx.session.execute(
                    select(SurveyScoreTally.__table__).order_by(*SurveyScoreTally.__table__.primary_key)
                )
            ]
            answers = [
                tuple(r)
                for r in tx.session.execute(
                    select(SurveyAnswerTally.__table__).order_by(*SurveyAnswerTally.__table__.primary_key)
                )
            ]
            return scores, answers

    running = snapshot()
    with core.uow() as tx:
        rebuild_tallies(tx.session, survey.id)
        tx.commit()
    assert snapshot() == running and len(running[0]) >= 3 and len(running[1]) > 20
