"""The directory of competitors and the prices they charge, observed over time.

Prices come from what clients say at the counter (written with the refusal), from price lists
and from websites; the latest and the median per service are set against our own price.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import select

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.contracts import Service
from postdesk.models.records import Competitor, CompetitorKind, PriceObservation, PriceSource
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records import rules
from postdesk.services.records.data import CompetitorInfo, PriceComparison, PriceObservationInfo
from postdesk.services.records.recording import competitor_named, find_competitor


def median_kop(values: list[int]) -> int:
    """The median in whole kopecks (an even count rounds the middle pair half up), 0 for none."""
    if not values:
        return 0
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle] + 1) // 2


def _info(c: Competitor) -> CompetitorInfo:
    return CompetitorInfo(c.id, c.name, c.kind, c.note)


class CompetitorService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def directory(self, actor: Actor) -> list[CompetitorInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow() as tx:
            return [_info(c) for c in tx.session.scalars(select(Competitor).order_by(Competitor.name))]

    def save(
        self, actor: Actor, name: str, kind: CompetitorKind = CompetitorKind.OTHER, note: str = ""
    ) -> CompetitorInfo:
        """Add a competitor (any operator), or change the kind and note of one (the supervisor)."""
        require(actor, Permission.RECORD_SERVICES)
        if not name.strip():
            raise UserError(translate("Records", "Enter the competitor's name."))
        note = note.strip()
        with self._uow() as tx:
            competitor = find_competitor(tx.session, name)
            if competitor is None:
                competitor = competitor_named(tx.session, actor, name)
                competitor.kind, competitor.note = kind, note
            elif (competitor.kind, competitor.note) != (kind, note):
                require(actor, Permission.MANAGE_CATALOGUES)
                before = {"kind": competitor.kind, "note": competitor.note}
                competitor.kind, competitor.note = kind, note
                audit.record(
                    tx.session,
                    actor,
                    "competitor_edit",
                    "competitor",
                    competitor.id,
                    before=before,
                    after={"kind": kind, "note": note},
                )
            tx.session.flush()
            info = _info(competitor)
            tx.commit()
            return info

    def observe(
        self,
        actor: Actor,
        competitor_id: int,
        service_code: str,
        price_kop: int,
        *,
        on: dt.date | None = None,
        source: PriceSource = PriceSource.PRICE_LIST,
        unit: str | None = None,
    ) -> PriceObservationInfo:
        require(actor, Permission.RECORD_SERVICES)
        if price_kop < 0:
            raise UserError(translate("Records", "Quantity, amount and price cannot be negative."))
        day = on or self._today()
        if day > self._today():
            raise UserError(
                translate("Records", "The date %1 is in the future: enter today or an earlier day.").replace(
                    "%1", day.strftime("%d.%m.%Y")
                )
            )
        with self._uow() as tx:
            competitor = tx.session.get(Competitor, competitor_id)
            if competitor is None:
                raise NotFound(translate("Records", "The competitor was not found."))
            service = rules.load_service(tx.session, service_code)
            row = PriceObservation(
                competitor_id=competitor.id,
                service_code=service.code,
                price_kop=price_kop,
                unit=unit or service.price_unit,
                observed_on=day,
                source=source,
                user_login=actor.login,
            )
            tx.session.add(row)
            tx.session.flush()
            audit.record(
                tx.session,
                actor,
                "competitor_price_add",
                "competitor",
                competitor.id,
                after={"service": service.code, "price_kop": price_kop, "on": day, "source": source},
            )
            info = PriceObservationInfo(competitor.name, service.code, price_kop, row.unit, day, source)
            tx.commit()
            return info

    def observations(self, actor: Actor, competitor_id: int, limit: int = 500) -> list[PriceObservationInfo]:
        """The competitor's prices as observed, newest first (the supervisor's directory screen)."""
        require(actor, Permission.VIEW_CLIENTS)
        query = (
            select(Competitor.name, PriceObservation)
            .join(Competitor, Competitor.id == PriceObservation.competitor_id)
            .where(PriceObservation.competitor_id == competitor_id)
            .order_by(PriceObservation.observed_on.desc(), PriceObservation.id.desc())
            .limit(limit)
        )
        with self._uow() as tx:
            return [
                PriceObservationInfo(name, o.service_code, o.price_kop, o.unit, o.observed_on, o.source)
                for name, o in tx.session.execute(query)
            ]

    def comparisons(
        self, actor: Actor, *, since: dt.date | None = None, until: dt.date | None = None
    ) -> list[PriceComparison]:
        """Per competitor and service: the latest price, the median and ours, by service then name."""
        require(actor, Permission.VIEW_REPORTS)
        query = (
            select(
                Competitor.name,
                PriceObservation.service_code,
                Service.name,
                PriceObservation.price_kop,
                PriceObservation.observed_on,
                Service.our_price_kop,
                PriceObservation.unit,
            )
            .join(Competitor, Competitor.id == PriceObservation.competitor_id)
            .join(Service, Service.code == PriceObservation.service_code)
            .order_by(PriceObservation.observed_on, PriceObservation.id)
        )
        if since is not None:
            query = query.where(PriceObservation.observed_on >= since)
        if until is not None:
            query = query.where(PriceObservation.observed_on <= until)
        groups: dict[tuple[str, str], list[tuple[int, dt.date]]] = defaultdict(list)
        meta: dict[tuple[str, str], tuple[str, int | None, str]] = {}
        with self._uow() as tx:
            for name, code, service_name, price, day, ours, unit in tx.session.execute(query):
                groups[(code, name)].append((price, day))
                meta[(code, name)] = (service_name, ours, unit)
        result = []
        for (code, name), prices in sorted(groups.items()):
            service_name, ours, unit = meta[(code, name)]
            latest, latest_on = prices[-1]
            result.append(
                PriceComparison(
                    competitor_name=name,
                    service_code=code,
                    service_name=service_name,
                    latest_kop=latest,
                    latest_on=latest_on,
                    median_kop=median_kop([p for p, _ in prices]),
                    observations=len(prices),
                    our_price_kop=ours,
                    unit=unit,
                )
            )
        return result
