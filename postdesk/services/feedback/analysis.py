"""The register's yearly statistics for supervisors, computed in the database with GROUP BY.

The figures come from running tallies kept with every change (``tallies.py``): a few thousand
small rows per year however many items it holds. Only the open items past their deadline that
no change has marked yet are counted live, through the index on open items by deadline. The
median of working days to answer is read from the tallied histogram.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.batches import Batch, BatchItem, ItemStatus
from postdesk.models.feedback import (
    FeedbackItem,
    FeedbackStatAnswer,
    FeedbackStatGroup,
    FeedbackStatOverdue,
    FeedbackStatPeople,
)
from postdesk.services.context import Actor
from postdesk.services.feedback.catalogue import Kind
from postdesk.services.permissions import Permission, require


@dataclass(frozen=True)
class ParetoRow:
    topic: str
    count: int
    cumulative_share: float  # 0..1


@dataclass(frozen=True)
class FeedbackStatistics:
    year: int
    total: int
    by_kind: dict[str, int]
    by_topic: dict[str, int]
    by_channel: dict[str, int]
    by_month: list[int]  # 12 counts
    complaints_by_month: list[int]
    answered: int
    answered_on_time: int
    ever_overdue: int
    median_working_days: float | None
    accepted_items: int
    complaints_per_thousand: float | None
    pareto: list[ParetoRow]
    by_operator: dict[str, int]
    by_workstation: dict[str, int]

    @property
    def on_time_share(self) -> float | None:
        return self.answered_on_time / self.answered if self.answered else None


def _add(table: dict[str, int], key: str, count: int) -> None:
    table[key] = table.get(key, 0) + count


def _by_count(table: dict[str, int]) -> dict[str, int]:
    return dict(sorted(table.items(), key=lambda kv: (-kv[1], kv[0])))


def median_from_histogram(histogram: dict[int, int]) -> float | None:
    total = sum(histogram.values())
    if not total:
        return None
    middle = [(total - 1) // 2, total // 2]
    values: list[int] = []
    seen = 0
    for value in sorted(histogram):
        count = histogram[value]
        values.extend(value for position in middle if seen <= position < seen + count)
        seen += count
    return sum(values) / 2


def pareto(by_topic: dict[str, int]) -> list[ParetoRow]:
    total = sum(by_topic.values())
    rows, running = [], 0
    for topic, count in sorted(by_topic.items(), key=lambda kv: (-kv[1], kv[0])):
        running += count
        rows.append(ParetoRow(topic, count, running / total if total else 0.0))
    return rows


class FeedbackAnalysis:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def year(self, actor: Actor, year: int) -> FeedbackStatistics:
        """From the running tallies, plus the open items past their deadline not marked yet."""
        require(actor, Permission.ANALYSE_FEEDBACK)
        today = self._today()
        with self._uow() as tx:
            s = tx.session
            groups = s.execute(
                select(
                    FeedbackStatGroup.month,
                    FeedbackStatGroup.kind,
                    FeedbackStatGroup.topic,
                    FeedbackStatGroup.channel,
                    FeedbackStatGroup.count,
                ).where(FeedbackStatGroup.year == year)
            ).all()
            people = s.execute(
                select(
                    FeedbackStatPeople.login, FeedbackStatPeople.workstation, FeedbackStatPeople.count
                ).where(FeedbackStatPeople.year == year)
            ).all()
            answers = s.execute(
                select(
                    FeedbackStatAnswer.working_days, FeedbackStatAnswer.late, FeedbackStatAnswer.count
                ).where(FeedbackStatAnswer.year == year)
            ).all()
            marked = s.scalar(select(FeedbackStatOverdue.count).where(FeedbackStatOverdue.year == year)) or 0
            late_unmarked = s.scalar(
                select(func.count()).where(
                    FeedbackItem.is_open.is_(True),
                    FeedbackItem.due < today,
                    FeedbackItem.was_overdue.is_(False),
                    FeedbackItem.year == year,
                )
            )
            accepted = int(
                s.scalar(
                    select(func.count())
                    .select_from(BatchItem)
                    .join(Batch, Batch.id == BatchItem.batch_id)
                    .where(
                        BatchItem.status == ItemStatus.ACCEPTED,
                        Batch.accepted_at >= dt.datetime(year, 1, 1, tzinfo=dt.UTC),
                        Batch.accepted_at < dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC),
                    )
                )
                or 0
            )
        by_kind: dict[str, int] = {}
        by_topic: dict[str, int] = {}
        by_channel: dict[str, int] = {}
        complaint_topics: dict[str, int] = {}
        by_month, complaints_by_month = [0] * 12, [0] * 12
        for month, kind, topic, channel, count in groups:
            _add(by_kind, kind, count)
            _add(by_topic, topic, count)
            _add(by_channel, channel, count)
            by_month[month - 1] += count
            if kind == Kind.COMPLAINT.value:
                _add(complaint_topics, topic, count)
                complaints_by_month[month - 1] += count
        histogram: dict[int, int] = {}
        answered = on_time = 0
        for working_days, late, count in answers:
            answered += count
            on_time += 0 if late else count
            histogram[working_days] = histogram.get(working_days, 0) + count
        by_operator: dict[str, int] = {}
        by_workstation: dict[str, int] = {}
        for login, workstation, count in people:
            _add(by_operator, login, count)
            _add(by_workstation, workstation, count)
        complaints = by_kind.get(Kind.COMPLAINT.value, 0)
        return FeedbackStatistics(
            year=year,
            total=sum(by_kind.values()),
            by_kind=_by_count(by_kind),
            by_topic=_by_count(by_topic),
            by_channel=_by_count(by_channel),
            by_month=by_month,
            complaints_by_month=complaints_by_month,
            answered=answered,
            answered_on_time=on_time,
            ever_overdue=int(marked) + int(late_unmarked or 0),
            median_working_days=median_from_histogram(histogram),
            accepted_items=accepted,
            complaints_per_thousand=complaints * 1000 / accepted if accepted else None,
            pareto=pareto(complaint_topics),
            by_operator=_by_count(by_operator),
            by_workstation=_by_count(by_workstation),
        )
