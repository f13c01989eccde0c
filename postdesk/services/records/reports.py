"""The supervisor's reports over the service records: volumes and revenue, refusals and competitors.

Whole months are read from the monthly summaries (``services/records/summaries.py``), the days
around them from the records on the (outcome, time) index, so a year of a busy office answers
in a fraction of a second; only refusal prices (few) are read row by row for medians.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.charges import ServiceRecord
from postdesk.models.clients import Client
from postdesk.models.record_summaries import RecordClientMonth, RecordOperatorMonth, RecordRefusalMonth
from postdesk.models.records import Competitor, Outcome, RefusalReason
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records import summaries
from postdesk.services.records.competitors import median_kop
from postdesk.services.records.data import Period, RecordInfo
from postdesk.services.records.record_rows import load_records
from postdesk.services.records.summaries import midnight, month_of

R = ServiceRecord
S = RecordClientMonth
F = RecordRefusalMonth
P = RecordOperatorMonth
REFUSALS = (Outcome.DECLINED, Outcome.NOT_POSSIBLE)


def _fold(into: dict[Any, list[int]], rows: Iterable[Any]) -> None:
    """Add grouped sums (a key, then its numbers) into ``into``, key by key."""
    for key, *numbers in rows:
        target = into[key]
        for i, number in enumerate(numbers):
            target[i] += int(number or 0)


def client_names(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Short name and INN of the clients: a few looked up, many read in one pass over the table
    (a year can name thousands, and a long ``IN`` list costs more than the table)."""
    query = select(Client.id, Client.short_name, Client.inn)
    if len(ids) <= 500:
        query = query.where(Client.id.in_(ids))
    wanted = set(ids)
    return {cid: (name, inn) for cid, name, inn in session.execute(query) if cid in wanted}


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
        months: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        per_client: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        whole, edges = summaries.split(period.start, period.end)
        with self._uow() as tx:
            session = tx.session
            if whole is not None:
                where = [S.outcome == Outcome.GIVEN, S.month >= whole[0], S.month <= whole[1]]
                totals = (func.sum(S.records), func.sum(S.quantity), func.sum(S.amount_kop))
                _fold(
                    per_client,
                    session.execute(select(S.client_id, *totals).where(*where).group_by(S.client_id)),
                )
                # The office's months: the operators' summary is a few rows a month.
                _fold(
                    months,
                    session.execute(
                        select(P.month, func.sum(P.records), func.sum(P.quantity), func.sum(P.amount_kop))
                        .where(P.outcome == Outcome.GIVEN, P.month >= whole[0], P.month <= whole[1])
                        .group_by(P.month)
                    ),
                )
            sums = (func.count(), func.sum(R.items_count), func.sum(R.amount_kop))
            for since, until in edges:  # each within one month
                where = [R.outcome == Outcome.GIVEN, R.at >= midnight(since), R.at < midnight(until)]
                total = months[summaries.month_key_of(since)]
                for cid, n, q, a in session.execute(
                    select(R.client_id, *sums).where(*where).group_by(R.client_id)
                ):
                    numbers = (int(n), int(q or 0), int(a or 0))
                    target = per_client[cid]
                    for i, number in enumerate(numbers):
                        target[i] += number
                        total[i] += number
            names = client_names(session, list(per_client))
        clients = sorted(
            (
                ClientVolume(cid, names[cid][0], names[cid][1], *per_client[cid])
                for cid in per_client
                if cid in names
            ),
            key=lambda c: (-c.amount_kop, c.client_name),
        )
        return VolumeReport(
            period, tuple(MonthTotal(m, *months[m]) for m in sorted(months) if months[m][0]), tuple(clients)
        )

    def refusals(self, actor: Actor, period: Period) -> RefusalReport:
        """Refusals by reason, by competitor (with the median price clients quoted) and both at once."""
        require(actor, Permission.VIEW_REPORTS)
        where = [R.outcome.in_(REFUSALS), *_in(period)]
        counted: dict[tuple[Outcome, str | None, int | None], list[int]] = defaultdict(lambda: [0])
        whole, edges = summaries.split(period.start, period.end)
        with self._uow() as tx:
            session = tx.session
            if whole is not None:
                for kept in session.execute(
                    select(F.outcome, F.reason_code, F.competitor_id, func.sum(F.records))
                    .where(F.month >= whole[0], F.month <= whole[1])
                    .group_by(F.outcome, F.reason_code, F.competitor_id)
                ):
                    counted[(kept[0], kept[1] or None, kept[2] or None)][0] += int(kept[3])
            for since, until in edges:
                _fold(
                    counted,
                    (
                        ((row[0], row[1], row[2]), row[3])
                        for row in session.execute(
                            select(R.outcome, R.reason_code, R.competitor_id, func.count())
                            .where(R.outcome.in_(REFUSALS), R.at >= midnight(since), R.at < midnight(until))
                            .group_by(R.outcome, R.reason_code, R.competitor_id)
                        )
                    ),
                )
            cells = [(*key, value[0]) for key, value in counted.items()]
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
