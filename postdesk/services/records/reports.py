"""The supervisor's reports over the service records: volumes and revenue, refusals and competitors.

A period's months are read from the monthly summaries (``services/records/summaries.py``),
plus or minus the records of the few days where the period cuts a month, and the database
groups and sorts, so a year of a busy office answers in a fraction of a second and hands over
only what the table shows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Subquery, func, literal_column, select, text, union_all
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.charges import REFUSED, ServiceRecord
from postdesk.models.clients import Client
from postdesk.models.record_summaries import RecordClientMonth, RecordOperatorMonth, RecordRefusalMonth
from postdesk.models.records import Competitor, Outcome, RefusalReason
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records import summaries
from postdesk.services.records.competitors import median_kop
from postdesk.services.records.data import Period, RecordInfo
from postdesk.services.records.record_rows import load_records
from postdesk.services.records.summaries import Rows, midnight, month_of

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


def _given_by_client(plan: summaries.Cover) -> Subquery:
    """Per client: services given, quantity and revenue over the cover (clients with none left out)."""

    def summary(first: str, last: str) -> Rows:
        return select(
            S.client_id.label("client_id"),
            S.records.label("n"),
            S.quantity.label("q"),
            S.amount_kop.label("a"),
        ).where(S.outcome == Outcome.GIVEN, S.month >= first, S.month <= last)

    def records(since: dt.datetime, until: dt.datetime, sign: int) -> Rows:
        one: ColumnElement[int] = literal_column(str(sign))
        return select(
            R.client_id.label("client_id"),
            one.label("n"),
            (R.items_count * one).label("q"),
            (R.amount_kop * one).label("a"),
        ).where(R.outcome == Outcome.GIVEN, R.at >= since, R.at < until)

    rows = union_all(*summaries.signed_parts(plan, summary, records)).subquery()
    n = func.sum(rows.c.n)
    return (
        select(rows.c.client_id, n.label("n"), func.sum(rows.c.q).label("q"), func.sum(rows.c.a).label("a"))
        .group_by(rows.c.client_id)
        .having(n != 0)
        .subquery()
    )


def _client_page(
    session: Session, plan: summaries.Cover, limit: int, offset: int
) -> tuple[tuple[ClientVolume, ...], int]:
    """One page of the clients by revenue, and how many clients there are in all."""
    per = _given_by_client(plan)
    query = (
        select(Client.id, Client.short_name, Client.inn, per.c.n, per.c.q, per.c.a, func.count().over())
        .join(per, per.c.client_id == Client.id)
        .order_by(per.c.a.desc(), Client.short_name, Client.id)
        .limit(limit)
        .offset(offset)
    )
    rows = session.execute(query).all()
    if rows:
        clients = int(rows[0][6])
    else:
        clients = int(session.execute(select(func.count()).select_from(per)).scalar_one())
    page = tuple(
        ClientVolume(cid, name, inn, int(n), int(q or 0), int(a or 0)) for cid, name, inn, n, q, a, _ in rows
    )
    return page, clients


def _median_prices(session: Session, period: Period) -> dict[int, int]:
    """Per competitor, the median price clients quoted (as ``median_kop``: an even count rounds
    the middle pair half up). PostgreSQL picks the middle one or two in the database; SQLite
    hands the prices over (from the refusals' index) faster than its window functions sort them."""
    price = R.competitor_price_kop
    where: list[Any] = [text(REFUSED), *_in(period), R.competitor_id.is_not(None), price.is_not(None)]
    if session.get_bind().dialect.name == "postgresql":
        ordered, n = func.array_agg(aggregate_order_by(price, price)), func.count()
        middle = select(R.competitor_id, ordered[(n + 1) // 2], ordered[n // 2 + 1]).where(*where)
        return {
            cid: median_kop([int(low), int(high)])
            for cid, low, high in session.execute(middle.group_by(R.competitor_id))
        }
    prices: dict[int, list[int]] = defaultdict(list)
    for competitor_id, quoted in session.execute(select(R.competitor_id, price).where(*where)):
        if competitor_id is not None and quoted is not None:
            prices[competitor_id].append(quoted)
    return {cid: median_kop(values) for cid, values in prices.items()}


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
class Totals:
    records: int
    quantity: int
    amount_kop: int


@dataclass(frozen=True)
class VolumeReport:
    """The months, one page of the clients by revenue, how many clients in all, and the sums of
    the clients not on the page (the table's «other clients» row)."""

    period: Period
    by_month: tuple[MonthTotal, ...]
    by_client: tuple[ClientVolume, ...]
    clients: int
    rest: Totals


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

    def volumes(self, actor: Actor, period: Period, limit: int = 100, offset: int = 0) -> VolumeReport:
        """Services given (batches net of voids and corrections): by month, and by client by revenue
        (one page of clients; the rest summed), all summed in the database."""
        require(actor, Permission.VIEW_REPORTS)
        months: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        plan = summaries.cover(period.start, period.end)
        with self._uow() as tx:
            session = tx.session
            if plan.months is not None:
                # The office's months: the operators' summary is a few rows a month.
                _fold(
                    months,
                    session.execute(
                        select(P.month, func.sum(P.records), func.sum(P.quantity), func.sum(P.amount_kop))
                        .where(
                            P.outcome == Outcome.GIVEN, P.month >= plan.months[0], P.month <= plan.months[1]
                        )
                        .group_by(P.month)
                    ),
                )
            for since, until, sign in plan.ranges:  # each within one month
                n, q, a = session.execute(
                    select(func.count(), func.sum(R.items_count), func.sum(R.amount_kop)).where(
                        R.outcome == Outcome.GIVEN, R.at >= midnight(since), R.at < midnight(until)
                    )
                ).one()
                total = months[summaries.month_key_of(since)]
                for i, number in enumerate((n, q, a)):
                    total[i] += sign * int(number or 0)
            page, clients = _client_page(session, plan, limit, offset)
        grand = [sum(m[i] for m in months.values()) for i in range(3)]
        shown = [sum(getattr(c, f) for c in page) for f in ("records", "quantity", "amount_kop")]
        return VolumeReport(
            period,
            tuple(MonthTotal(m, *months[m]) for m in sorted(months) if months[m][0]),
            page,
            clients,
            Totals(*(g - s for g, s in zip(grand, shown, strict=True))),
        )

    def refusals(self, actor: Actor, period: Period) -> RefusalReport:
        """Refusals by reason, by competitor (with the median price clients quoted) and both at once."""
        require(actor, Permission.VIEW_REPORTS)
        counted: dict[tuple[Outcome, str | None, int | None], list[int]] = defaultdict(lambda: [0])
        plan = summaries.cover(period.start, period.end)
        with self._uow() as tx:
            session = tx.session
            if plan.months is not None:
                for kept in session.execute(
                    select(F.outcome, F.reason_code, F.competitor_id, func.sum(F.records))
                    .where(F.month >= plan.months[0], F.month <= plan.months[1])
                    .group_by(F.outcome, F.reason_code, F.competitor_id)
                ):
                    counted[(kept[0], kept[1] or None, kept[2] or None)][0] += int(kept[3])
            for since, until, sign in plan.ranges:
                for outcome, reason, competitor, n in session.execute(
                    select(R.outcome, R.reason_code, R.competitor_id, func.count())
                    .where(text(REFUSED), R.at >= midnight(since), R.at < midnight(until))
                    .group_by(R.outcome, R.reason_code, R.competitor_id)
                ):
                    counted[(outcome, reason, competitor)][0] += sign * int(n)
            cells = [(*key, value[0]) for key, value in counted.items() if value[0]]
            medians = _median_prices(session, period)
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
                CompetitorCount(cid, names.get(cid, ""), n, medians.get(cid))
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
