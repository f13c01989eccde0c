"""Reports on who is drifting away and who is doing what: quiet clients, expiring contracts, operators."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.batches import BatchItem
from postdesk.models.charges import ServiceRecord
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract, ContractStatus
from postdesk.models.record_summaries import RecordClientMonth, RecordOperatorMonth
from postdesk.models.records import Outcome
from postdesk.models.users import User
from postdesk.postal.weighing import WeightSource
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records import quiet, summaries
from postdesk.services.records.data import Period
from postdesk.services.records.reports import client_names
from postdesk.services.records.summaries import midnight

R = ServiceRecord
S = RecordClientMonth
P = RecordOperatorMonth
MIN_REGULAR_RECORDS = 4  # fewer services in the year before is no pattern to break


@dataclass(frozen=True)
class QuietClient:
    client_id: int
    client_name: str
    inn: str
    last_at: dt.datetime
    records_before: int
    usual_gap_days: int
    silent_days: int


@dataclass(frozen=True)
class ExpiringContract:
    client_id: int
    client_name: str
    contract_number: str
    ends_on: dt.date
    revenue_year_kop: int


@dataclass(frozen=True)
class OperatorActivity:
    login: str
    full_name: str
    batches: int
    accepted_items: int
    corrections: int
    voids: int
    manual_weights: int
    services: int
    refusals: int


class ActivityReportService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def quiet_clients(self, actor: Actor, weeks: int = 8, as_of: dt.date | None = None) -> list[QuietClient]:
        """Clients served regularly in the year before who have had no service for ``weeks`` weeks
        and for at least three of their usual gaps; the longest silent first."""
        require(actor, Permission.VIEW_REPORTS)
        day = as_of or self._today()
        now = midnight(day + dt.timedelta(days=1))
        since = now - dt.timedelta(days=365 + weeks * 7)
        cutoff = now - dt.timedelta(weeks=weeks)
        with self._uow() as tx:
            session = tx.session
            counts = quiet.silent_regulars(session, since, cutoff, day, MIN_REGULAR_RECORDS)
            spans = quiet.first_and_last(session, list(counts), since, cutoff)
            rows = [(cid, counts[cid], *spans[cid]) for cid in counts]
            names = client_names(session, list(counts))
        result = []
        for client_id, count, first, last in rows:
            gap = (last - first) / (count - 1)
            silent = now - last
            if silent < 3 * gap:
                continue
            name, inn = names[client_id]
            result.append(QuietClient(client_id, name, inn, last, count, gap.days, silent.days))
        return sorted(result, key=lambda q: (-q.silent_days, q.client_name))

    def expiring_contracts(self, actor: Actor, period: Period) -> list[ExpiringContract]:
        """Active contracts ending within the period, with what the client brought in the last year."""
        require(actor, Permission.VIEW_REPORTS)
        year_ago = dt.datetime.combine(self._today() - dt.timedelta(days=365), dt.time(), tzinfo=dt.UTC)
        revenue = (
            select(R.client_id, func.sum(R.amount_kop).label("a"))
            .where(R.outcome == Outcome.GIVEN, R.at >= year_ago)
            .group_by(R.client_id)
            .subquery()
        )
        query = (
            select(Client.id, Client.short_name, Contract.number, Contract.ends_on, revenue.c.a)
            .join(Contract, Contract.client_id == Client.id)
            .outerjoin(revenue, revenue.c.client_id == Client.id)
            .where(
                Contract.status == ContractStatus.ACTIVE,
                Contract.ends_on >= period.start,
                Contract.ends_on <= period.end,
            )
            .order_by(Contract.ends_on, Client.short_name)
        )
        with self._uow() as tx:
            return [
                ExpiringContract(cid, name, number, ends, int(amount or 0))
                for cid, name, number, ends, amount in tx.session.execute(query)
            ]

    def operator_activity(self, actor: Actor, period: Period) -> list[OperatorActivity]:
        """Per operator: batches and items accepted, corrections, voids, manual weights, counter records."""
        require(actor, Permission.VIEW_REPORTS)
        # Plain counts per (operator, kind, outcome), folded here: far cheaper than CASE sums in SQL.
        whole, edges = summaries.split(period.start, period.end)
        ledgers = [
            select(R.user_login, R.kind, R.outcome, func.count(), func.sum(R.items_count))
            .where(R.outcome.in_(list(Outcome)), R.at >= midnight(since), R.at < midnight(until))
            .group_by(R.user_login, R.kind, R.outcome)
            for since, until in edges
        ]
        if whole is not None:
            ledgers.append(
                select(P.user_login, P.kind, P.outcome, func.sum(P.records), func.sum(P.quantity))
                .where(P.month >= whole[0], P.month <= whole[1])
                .group_by(P.user_login, P.kind, P.outcome)
            )
        manual = (
            select(User.login, func.count())
            .join(BatchItem, BatchItem.weighed_by == User.id)
            .where(
                BatchItem.weight_source == WeightSource.MANUAL,
                BatchItem.weighed_at >= period.since,
                BatchItem.weighed_at < period.until,
            )
            .group_by(User.login)
        )
        counts: dict[str, list[int]] = defaultdict(lambda: [0] * 7)
        with self._uow() as tx:
            for login, kind, outcome, count, items in (
                row for ledger in ledgers for row in tx.session.execute(ledger)
            ):
                c, n = counts[login], int(count)
                if kind == "accepted":
                    c[0], c[1] = c[0] + n, c[1] + int(items or 0)
                elif kind == "corrected":
                    c[2] += n
                elif kind == "voided":
                    c[3] += n
                elif outcome is Outcome.GIVEN:
                    c[4] += n
                else:
                    c[5] += n
            for login, n in tx.session.execute(manual):
                counts[login][6] = n
            names = {login: name for login, name in tx.session.execute(select(User.login, User.full_name))}
        result = [
            OperatorActivity(
                login,
                names.get(login, login),
                batches=c[0],
                accepted_items=c[1],
                corrections=c[2],
                voids=c[3],
                services=c[4],
                refusals=c[5],
                manual_weights=c[6],
            )
            for login, c in counts.items()
        ]
        return sorted(result, key=lambda a: (-(a.accepted_items + a.services + a.refusals), a.login))
