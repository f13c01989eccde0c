"""The supervisor's reports over the service records: volumes and revenue, refusals and competitors.

Each report is a few grouped queries on the (outcome, time) index, so a year of a busy office
answers in a fraction of a second; only refusal prices (few) are read row by row for medians.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.charges import ServiceRecord
from postdesk.models.clients import Client
from postdesk.models.records import Competitor, Outcome, RefusalReason
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records.competitors import median_kop
from postdesk.services.records.data import Period, RecordInfo
from postdesk.services.records.record_rows import load_records

R = ServiceRecord
REFUSALS = (Outcome.DECLINED, Outcome.NOT_POSSIBLE)


def month_of(session: Session, column: Any) -> ColumnElement[str]:
    """``YYYY-MM`` of a UTC timestamp, in the database's own dialect."""
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, 1, 7)
    return func.to_char(func.timezone("UTC", column), "YYYY-MM")


@dataclass(frozen=True)
class MonthTotal:
    month: str
    records: int
    quantity: int
    amount_kop: int


@dataclass(frozen=True)
class ClientVolume:
    client_id: int
    client_name: str
    inn: str
    records: int
    quantity: int
    amount_kop: int


@dataclass(frozen=True)
class VolumeReport:
    period: Period
    by_month: tuple[MonthTotal, ...]
    by_client: tuple[ClientVolume, ...]


@dataclass(frozen=True)
class ReasonCount:
    reason: str
    name: str
    count: int


@dataclass(frozen=True)
class CompetitorCount:
    competitor_id: int
    competitor: str
    count: int
    median_price_kop: int | None


@dataclass(frozen=True)
class MatrixCell:
    reason: str
    competitor: str  # "" for refusals that named no competitor
    count: int


@dataclass(frozen=True)
class RefusalReport:
    period: Period
    total: int
    declined: int
    not_possible: int
    by_reason: tuple[ReasonCount, ...]
    by_competitor: tuple[CompetitorCount, ...]
    matrix: tuple[MatrixCell, ...]


@dataclass(frozen=True)
class RecordFilter:
    """Which records a drill-down shows; every field narrows the list."""

    period: Period
    client_id: int | None = None
    month: str | None = None
    outcomes: tuple[Outcome, ...] = ()
    reason_code: str | None = None
    competitor_id: int | None = None
    user_login: str | None = None


def _in(period: Period) -> list[ColumnElement[bool]]:
    return [R.at >= period.since, R.at < period.until]


class ReportService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def volumes(self, actor: Actor, period: Period) -> VolumeReport:
        """Services given (batches net of voids and corrections): by month, and by client by revenue."""
        require(actor, Permission.VIEW_REPORTS)
        given = [R.outcome == Outcome.GIVEN, *_in(period)]
        with self._uow() as tx:
            session = tx.session
            month = month_of(session, R.at)
            months = [
                MonthTotal(m, n, int(q or 0), int(a or 0))
                for m, n, q, a in session.execute(
                    select(month, func.count(), func.sum(R.items_count), func.sum(R.amount_kop))
                    .where(*given)
                    .group_by(month)
                    .order_by(month)
                )
            ]
            per_client = (
                select(
                    R.client_id,
                    func.count().label("n"),
                    func.sum(R.items_count).label("q"),
                    func.sum(R.amount_kop).label("a"),
                )
                .where(*given)
                .group_by(R.client_id)
                .subquery()
            )
            clients = [
                ClientVolume(cid, name, inn, n, int(q or 0), int(a or 0))
                for cid, name, inn, n, q, a in session.execute(
                    select(
                        Client.id,
                        Client.short_name,
                        Client.inn,
                        per_client.c.n,
                        per_client.c.q,
                        per_client.c.a,
                    )
                    .join(per_client, per_client.c.client_id == Client.id)
                    .order_by(per_client.c.a.desc(), Client.short_name)
                )
            ]
        return VolumeReport(period, tuple(months), tuple(clients))

    def refusals(self, actor: Actor, period: Period) -> RefusalReport:
        """Refusals by reason, by competitor (with the median price clients quoted) and both at once."""
        require(actor, Permission.VIEW_REPORTS)
        where = [R.outcome.in_(REFUSALS), *_in(period)]
        with self._uow() as tx:
            session = tx.session
            cells = list(
                session.execute(
                    select(R.outcome, R.reason_code, R.competitor_id, func.count())
                    .where(*where)
                    .group_by(R.outcome, R.reason_code, R.competitor_id)
                )
            )
            prices: dict[int, list[int]] = defaultdict(list)
            for competitor_id, price in session.execute(
                select(R.competitor_id, R.competitor_price_kop).where(
                    *where, R.competitor_id.is_not(None), R.competitor_price_kop.is_not(None)
                )
            ):
                if competitor_id is not None and price is not None:
                    prices[competitor_id].append(price)
            reasons = {
                code: (name, order)
                for code, name, order in session.execute(
                    select(RefusalReason.code, RefusalReason.name, RefusalReason.sort_order)
                )
            }
            names = {cid: name for cid, name in session.execute(select(Competitor.id, Competitor.name))}
        by_outcome: dict[Outcome, int] = defaultdict(int)
        by_reason: dict[str, int] = defaultdict(int)
        by_competitor: dict[int, int] = defaultdict(int)
        matrix: dict[tuple[str, str], int] = defaultdict(int)
        for outcome, reason, competitor_id, count in cells:
            by_outcome[outcome] += count
            by_reason[reason or "other"] += count
            if competitor_id is not None:
                by_competitor[competitor_id] += count
            matrix[(reason or "other", names.get(competitor_id, "") if competitor_id else "")] += count
        order = {code: (sort_order, code) for code, (_name, sort_order) in reasons.items()}
        return RefusalReport(
            period=period,
            total=sum(by_outcome.values()),
            declined=by_outcome[Outcome.DECLINED],
            not_possible=by_outcome[Outcome.NOT_POSSIBLE],
            by_reason=tuple(
                ReasonCount(code, reasons[code][0] if code in reasons else code, n)
                for code, n in sorted(
                    by_reason.items(), key=lambda kv: (-kv[1], order.get(kv[0], (999, kv[0])))
                )
            ),
            by_competitor=tuple(
                CompetitorCount(cid, names.get(cid, ""), n, median_kop(prices[cid]) if prices[cid] else None)
                for cid, n in sorted(by_competitor.items(), key=lambda kv: (-kv[1], names.get(kv[0], "")))
            ),
            matrix=tuple(
                MatrixCell(reason, competitor, n)
                for (reason, competitor), n in sorted(
                    matrix.items(), key=lambda kv: (order.get(kv[0][0], (999,)), kv[0][1])
                )
            ),
        )

    def records(self, actor: Actor, wanted: RecordFilter, limit: int = 5000) -> list[RecordInfo]:
        """The records behind a report's row (the drill-down), newest first."""
        require(actor, Permission.VIEW_REPORTS)
        conditions = _in(wanted.period)
        if wanted.client_id is not None:
            conditions.append(R.client_id == wanted.client_id)
        if wanted.outcomes:
            conditions.append(R.outcome.in_(wanted.outcomes))
        if wanted.reason_code is not None:
            conditions.append(R.reason_code == wanted.reason_code)
        if wanted.competitor_id is not None:
            conditions.append(R.competitor_id == wanted.competitor_id)
        if wanted.user_login is not None:
            conditions.append(R.user_login == wanted.user_login)
        with self._uow() as tx:
            if wanted.month is not None:
                conditions.append(month_of(tx.session, R.at) == wanted.month)
            return load_records(tx.session, conditions, limit)
