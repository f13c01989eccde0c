"""The extract of the mail transport schedule and "the next dispatch for postcode X".

A route carries mail for a postcode prefix ("" = everything else) on some weekdays at a time;
mail must be ready ``ready_minutes`` before it leaves. For a postcode the routes with the
longest matching prefix carry it, and the next dispatch is their first departure whose
"ready by" is still ahead. On a public holiday of the production calendar a route does not
leave, unless the schedule says it runs on holidays. Times are the office's local wall-clock times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from sqlalchemy import delete, func, insert, select

from postdesk.calendar.production import ProductionCalendar
from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.batches import Batch, BatchItem, BatchStatus
from postdesk.models.clients import Client
from postdesk.models.reference import HolidayRule, TransportRoute
from postdesk.services import audit
from postdesk.services.calendar import CalendarService
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.reference.data import Dispatch, ImportResult, QueueDispatch, RouteInfo
from postdesk.services.reference.delivery import check_postcode, prefixes
from postdesk.services.reference.importers import RouteRow

SEARCH_DAYS = 31  # the New Year holidays and a weekly route still find a departure


def _info(row: TransportRoute) -> RouteInfo:
    return RouteInfo(
        row.id,
        row.route,
        row.name,
        row.kind,
        row.to_prefix,
        row.weekdays,
        row.departs_at,
        row.ready_minutes,
        row.holidays,
    )


def next_departure(
    route: RouteInfo, now: dt.datetime, calendar: ProductionCalendar
) -> tuple[dt.datetime, dt.datetime] | None:
    """The first departure of the route whose mail can still be made ready, and its ready-by time
    (None when the route does not leave within a month)."""
    for offset in range(SEARCH_DAYS):
        day = now.date() + dt.timedelta(days=offset)
        if str(day.isoweekday()) not in route.weekdays:
            continue
        if route.holidays is HolidayRule.SKIP and calendar.is_holiday(day):
            continue
        departs = dt.datetime.combine(day, route.departs_at)
        ready_by = departs - dt.timedelta(minutes=route.ready_minutes)
        if ready_by >= now:
            return departs, ready_by
    return None


def dispatch_for(
    routes: Sequence[RouteInfo], postcode: str, now: dt.datetime, calendar: ProductionCalendar
) -> Dispatch | None:
    """The next dispatch for the postcode among the routes (already loaded), or None."""
    matching = [r for r in routes if postcode.startswith(r.to_prefix) and r.weekdays]
    if not matching:
        return None
    longest = max(len(r.to_prefix) for r in matching)
    best: Dispatch | None = None
    for route in (r for r in matching if len(r.to_prefix) == longest):
        found = next_departure(route, now, calendar)
        if found is None:
            continue
        departs, ready_by = found
        if best is None or departs < best.departs_at:
            best = Dispatch(postcode, route.route, route.name, route.kind, departs, ready_by)
    return best


class ScheduleService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        calendar: CalendarService,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._uow = uow
        self._calendar = calendar
        self._now = now

    def routes(self, actor: Actor) -> list[RouteInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            query = select(TransportRoute).order_by(
                TransportRoute.kind, TransportRoute.route, TransportRoute.id
            )
            return [_info(r) for r in tx.session.scalars(query)]

    def next_dispatch(self, actor: Actor, postcode: str, now: dt.datetime | None = None) -> Dispatch:
        require(actor, Permission.VIEW_CLIENTS)
        target = check_postcode(postcode, translate("Reference", "To"))
        with self._uow(read_only=True) as tx:
            rows = tx.session.scalars(
                select(TransportRoute).where(TransportRoute.to_prefix.in_(prefixes(target)))
            )
            routes = [_info(r) for r in rows]
        found = dispatch_for(routes, target, now or self._now(), self._calendar.recent())
        if found is None:
            raise NotFound(
                translate("Reference", "No route of the transport schedule carries mail for %1.").replace(
                    "%1", target
                )
            )
        return found

    def plan(
        self, actor: Actor, postcodes: Mapping[int, str], now: dt.datetime | None = None
    ) -> dict[int, Dispatch]:
        """For each batch (id → its main destination postcode) the departure it must be ready for."""
        require(actor, Permission.VIEW_CLIENTS)
        routes = self.routes(actor)
        moment = now or self._now()
        calendar = self._calendar.recent()
        plan: dict[int, Dispatch] = {}
        for key, postcode in postcodes.items():
            found = dispatch_for(routes, postcode, moment, calendar) if len(postcode) == 6 else None
            if found is not None:
                plan[key] = found
        return plan

    def queue_plan(self, actor: Actor, now: dt.datetime | None = None) -> list[QueueDispatch]:
        """The batches received without the client waiting, each with the earliest departure one of
        its destinations must be ready for, soonest first: the order to weigh and accept them in."""
        require(actor, Permission.VIEW_CLIENTS)
        moment = now or self._now()
        with self._uow(read_only=True) as tx:
            session = tx.session
            routes = [_info(r) for r in session.scalars(select(TransportRoute))]
            batches = session.execute(
                select(Batch.id, Client.short_name, Batch.list_number)
                .join(Client, Client.id == Batch.client_id)
                .where(Batch.without_client, Batch.status == BatchStatus.RECEIVED)
            ).all()
            postcodes: dict[int, set[str]] = {row.id: set() for row in batches}
            if batches:
                for batch_id, postcode in session.execute(
                    select(BatchItem.batch_id, BatchItem.postcode)
                    .where(BatchItem.batch_id.in_(list(postcodes)))
                    .distinct()
                ):
                    postcodes[batch_id].add(postcode)
        calendar = self._calendar.recent()
        plan: list[QueueDispatch] = []
        for batch_id, client_name, list_number in batches:
            found = [
                d
                for code in postcodes[batch_id]
                if len(code) == 6 and (d := dispatch_for(routes, code, moment, calendar)) is not None
            ]
            if found:
                first = min(found, key=lambda d: d.ready_by)
                plan.append(QueueDispatch(batch_id, client_name, list_number, first))
        return sorted(plan, key=lambda q: q.dispatch.ready_by)

    def replace(self, actor: Actor, rows: Sequence[RouteRow], source: str) -> ImportResult:
        require(actor, Permission.MANAGE_REFERENCE)
        if not rows:
            raise UserError(translate("Reference", "Nothing was imported: the file has no data rows."))
        with self._uow() as tx:
            session = tx.session
            before = int(session.scalar(select(func.count()).select_from(TransportRoute)) or 0)
            session.execute(delete(TransportRoute))
            session.execute(
                insert(TransportRoute),
                [
                    {
                        "route": r.route,
                        "name": r.name,
                        "kind": r.kind,
                        "to_prefix": r.to_prefix,
                        "weekdays": r.weekdays,
                        "departs_at": r.departs_at,
                        "ready_minutes": r.ready_minutes,
                        "holidays": r.holidays,
                    }
                    for r in rows
                ],
            )
            audit.record(
                session,
                actor,
                "transport_schedule_import",
                "transport_schedule",
                "table",
                before={"rows": before},
                after={"rows": len(rows), "source": source},
            )
            tx.commit()
        return ImportResult("schedule", len(rows))
