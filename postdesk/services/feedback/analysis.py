"""The register's yearly statistics for supervisors, computed in the database with GROUP BY.

Only grouped rows leave the database, so a year of hundreds of thousands of items costs a few
small result sets. Working days to answer are counted on the production calendar from pairs of
(received, answered) dates with their counts, and the median is read from that histogram.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Integer, and_, extract, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.batches import Batch, BatchItem, ItemStatus
from postdesk.models.feedback import FeedbackItem
from postdesk.services.calendar import CalendarService
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


def _grouped(session: Session, column: QueryableAttribute[str], where: ColumnElement[bool]) -> dict[str, int]:
    rows = session.execute(select(column, func.count()).where(where).group_by(column)).all()
    return {str(key): int(count) for key, count in sorted(rows, key=lambda r: (-r[1], str(r[0])))}


def _monthly(session: Session, where: ColumnElement[bool]) -> list[int]:
    month = extract("month", FeedbackItem.received_on).cast(Integer)
    counts = [0] * 12
    for number, count in session.execute(select(month, func.count()).where(where).group_by(month)):
        counts[int(number) - 1] = int(count)
    return counts


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
    def __init__(
        self, uow: UnitOfWorkFactory, calendars: CalendarService, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self._uow = uow
        self._calendars = calendars
        self._today = today

    def year(self, actor: Actor, year: int) -> FeedbackStatistics:
        require(actor, Permission.ANALYSE_FEEDBACK)
        calendar, today = self._calendars.calendar(), self._today()
        in_year = FeedbackItem.year == year
        complaints = and_(in_year, FeedbackItem.kind == Kind.COMPLAINT.value)
        answered = and_(in_year, FeedbackItem.answered_on.is_not(None))
        overdue_now = and_(FeedbackItem.is_open.is_(True), FeedbackItem.due < today)
        with self._uow() as tx:
            s = tx.session
            by_kind = _grouped(s, FeedbackItem.kind, in_year)
            by_topic = _grouped(s, FeedbackItem.topic, in_year)
            complaint_topics = _grouped(s, FeedbackItem.topic, complaints)
            answered_count = int(s.scalar(select(func.count()).where(answered)) or 0)
            on_time = int(
                s.scalar(select(func.count()).where(answered, FeedbackItem.was_overdue.is_(False))) or 0
            )
            ever_overdue = int(
                s.scalar(
                    select(func.count()).where(in_year, (FeedbackItem.was_overdue.is_(True)) | overdue_now)
                )
                or 0
            )
            pairs = s.execute(
                select(FeedbackItem.received_on, FeedbackItem.answered_on, func.count())
                .where(answered)
                .group_by(FeedbackItem.received_on, FeedbackItem.answered_on)
            ).all()
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
            stats = FeedbackStatistics(
                year=year,
                total=sum(by_kind.values()),
                by_kind=by_kind,
                by_topic=by_topic,
                by_channel=_grouped(s, FeedbackItem.channel, in_year),
                by_month=_monthly(s, in_year),
                complaints_by_month=_monthly(s, complaints),
                answered=answered_count,
                answered_on_time=on_time,
                ever_overdue=ever_overdue,
                median_working_days=None,
                accepted_items=accepted,
                complaints_per_thousand=None,
                pareto=pareto(complaint_topics),
                by_operator=_grouped(s, FeedbackItem.registered_login, in_year),
                by_workstation=_grouped(s, FeedbackItem.workstation, in_year),
            )
        histogram: dict[int, int] = {}
        for received, answered_on, count in pairs:
            assert answered_on is not None  # the query takes answered items only
            days = calendar.working_days_between(received, answered_on)
            histogram[days] = histogram.get(days, 0) + int(count)
        complaints_total = by_kind.get(Kind.COMPLAINT.value, 0)
        return FeedbackStatistics(
            **{
                **stats.__dict__,
                "median_working_days": median_from_histogram(histogram),
                "complaints_per_thousand": complaints_total * 1000 / accepted if accepted else None,
            }
        )
