"""Yearly statistics: counts, on-time share, median working days, Pareto, per operator; xlsx export."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from postdesk.common.errors import PermissionDenied
from postdesk.services.feedback.analysis import FeedbackAnalysis, median_from_histogram, pareto
from postdesk.services.feedback.answers import AnswerRequest
from postdesk.services.feedback.catalogue import Channel, Decision, Kind, Topic
from postdesk.services.feedback.export import statistics_workbook
from tests.support.feedback import FeedbackKit, new_feedback

D = dt.date


@pytest.fixture
def kit(core) -> FeedbackKit:  # type: ignore[no-untyped-def]
    return FeedbackKit(core)


def test_statistics_of_a_year(kit: FeedbackKit, staff, core) -> None:  # type: ignore[no-untyped-def]
    analysis = FeedbackAnalysis(core.uow, kit.clock)
    reg = kit.register.register
    kit.clock.today = D(2026, 3, 2)
    a = reg(staff.operator, new_feedback(D(2026, 3, 2), topic=Topic.LOSS))
    b = reg(staff.operator, new_feedback(D(2026, 3, 2), topic=Topic.LOSS, channel=Channel.PHONE))
    reg(staff.operator, new_feedback(D(2026, 3, 2), topic=Topic.DAMAGE, channel=Channel.EMAIL))
    reg(staff.supervisor, new_feedback(D(2026, 3, 2), kind=Kind.SUGGESTION, topic=Topic.OTHER))
    reg(staff.operator, new_feedback(D(2025, 12, 1)))  # another year
    kit.clock.today = D(2026, 3, 5)  # 3 working days after receipt
    kit.answers.answer(staff.operator, a.id, AnswerRequest(Decision.SATISFIED, "Нашли"))
    kit.clock.today = D(2026, 3, 20)  # 13 working days after receipt (9 March off): late
    kit.answers.answer(staff.operator, b.id, AnswerRequest(Decision.SATISFIED, "Нашли"))
    with pytest.raises(PermissionDenied):
        analysis.year(staff.operator, 2026)
    stats = analysis.year(staff.supervisor, 2026)
    assert stats.total == 4
    assert stats.by_kind == {"complaint": 3, "suggestion": 1}
    assert stats.by_topic == {"loss": 2, "damage": 1, "other": 1}
    assert stats.by_channel == {"letter": 2, "email": 1, "phone": 1}
    assert stats.by_month[2] == 4 and sum(stats.by_month) == 4 and stats.complaints_by_month[2] == 3
    assert (stats.answered, stats.answered_on_time) == (2, 1)
    assert stats.on_time_share == 0.5
    assert stats.ever_overdue == 3  # b answered late, the damage complaint and the suggestion still open
    assert stats.median_working_days == 8.0
    assert [(p.topic, p.count) for p in stats.pareto] == [("loss", 2), ("damage", 1)]
    assert stats.pareto[-1].cumulative_share == 1.0
    assert stats.by_operator == {"operator": 3, "supervisor": 1}
    assert stats.accepted_items == 0 and stats.complaints_per_thousand is None
    assert _tallies(core) == _rebuilt_tallies(core, kit)

    book = openpyxl.load_workbook(io.BytesIO(statistics_workbook(stats)))
    summary = {row[0].value: row[1].value for row in book.worksheets[0].iter_rows()}
    assert summary["Получено"] == 4 and summary["Доля ответов в срок, %"] == 50.0


def test_formula_like_text_is_exported_as_text(kit: FeedbackKit, staff, core) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    analysis = FeedbackAnalysis(core.uow, kit.clock)
    stats = replace(analysis.year(staff.supervisor, 2026), by_operator={'=HYPERLINK("http://x")': 1})
    book = openpyxl.load_workbook(io.BytesIO(statistics_workbook(stats)))
    cells = [
        c for row in book["Операторы"].iter_rows() for c in row if c.value and "HYPERLINK" in str(c.value)
    ]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_median_and_pareto_helpers() -> None:
    assert median_from_histogram({}) is None
    assert median_from_histogram({3: 1}) == 3
    assert median_from_histogram({1: 1, 5: 1}) == 3
    assert median_from_histogram({1: 2, 9: 1}) == 1
    rows = pareto({"loss": 6, "damage": 3, "other": 1})
    assert [round(r.cumulative_share, 1) for r in rows] == [0.6, 0.9, 1.0]


def _tallies(core) -> dict[str, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from postdesk.models.feedback import (
        FeedbackStatAnswer,
        FeedbackStatGroup,
        FeedbackStatOverdue,
        FeedbackStatPeople,
    )

    with core.uow() as tx:
        return {
            model.__tablename__: sorted(
                tuple(getattr(row, c.key) for c in model.__table__.columns)
                for row in tx.session.scalars(select(model))
            )
            for model in (FeedbackStatGroup, FeedbackStatPeople, FeedbackStatAnswer, FeedbackStatOverdue)
        }


def _rebuilt_tallies(core, kit: FeedbackKit) -> dict[str, list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    from postdesk.services.feedback.tallies import rebuild_tallies

    with core.uow() as tx:
        rebuild_tallies(tx.session, kit.calendar.calendar())
        tx.commit()
    return _tallies(core)
