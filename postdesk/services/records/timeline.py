"""A client's timeline: one list of everything that happened with the client, newest first.

Each area contributes an *event source* (services and refusals, batches, corrections and voids
come from the service records here; complaints, offers, reminders and contact notes come from
their own areas). Sources are handed to :class:`TimelineService` where the core is wired
(``bootstrap.py``), never registered by import. A page of the timeline asks every source that
serves the wanted kinds for its newest ``offset + limit`` events and merges them.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Select
from sqlalchemy.orm import Session

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records import rules

# Every kind a source serves, with its title for the filter (the sources are wired in bootstrap).
KIND_TITLES: dict[str, str] = {
    "service": QT_TRANSLATE_NOOP("Timeline", "Service given"),
    "refusal": QT_TRANSLATE_NOOP("Timeline", "Declined or not possible"),
    "batch": QT_TRANSLATE_NOOP("Timeline", "Batch accepted"),
    "correction": QT_TRANSLATE_NOOP("Timeline", "Correction"),
    "void": QT_TRANSLATE_NOOP("Timeline", "Void"),
    "feedback": QT_TRANSLATE_NOOP("Timeline", "Complaints and suggestions"),
    "reminder": QT_TRANSLATE_NOOP("Timeline", "Debt reminders"),
    "note": QT_TRANSLATE_NOOP("Timeline", "Contact note"),
    "offer": QT_TRANSLATE_NOOP("Timeline", "Offers"),
    "notice": QT_TRANSLATE_NOOP("Timeline", "Notices"),
    "survey": QT_TRANSLATE_NOOP("Timeline", "Questionnaires answered"),
    "club": QT_TRANSLATE_NOOP("Timeline", "Clients' club"),
}
PAGE_SIZE = 50


@dataclass(frozen=True)
class TimelineEvent:
    """One line of the timeline; ``ref`` names the object (``"service_record:12"``) for drill-down."""

    at: dt.datetime
    kind: str
    summary: str
    ref: str
    amount_kop: int | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TimelineQuery:
    client_id: int
    kinds: frozenset[str] | None = None  # None: every kind
    since: dt.datetime | None = None
    until: dt.datetime | None = None  # exclusive

    def within(self, query: Select[Any], at: Any) -> Select[Any]:
        """``query`` limited to the period asked for, by the event's time column ``at``."""
        if self.since is not None:
            query = query.where(at >= self.since)
        if self.until is not None:
            query = query.where(at < self.until)
        return query

    def wants(self, kinds: Iterable[str]) -> frozenset[str]:
        offered = frozenset(kinds)
        return offered if self.kinds is None else offered & self.kinds


class TimelineSource(Protocol):
    """Contributes the events of some kinds; returns its newest ``limit`` matching ones, newest first."""

    kinds: frozenset[str]

    def events(self, session: Session, query: TimelineQuery, limit: int) -> list[TimelineEvent]: ...


@dataclass(frozen=True)
class ClientHeader:
    id: int
    inn: str
    name: str
    status: str


@dataclass(frozen=True)
class TimelinePage:
    client: ClientHeader
    events: tuple[TimelineEvent, ...]
    offset: int
    has_more: bool


def _newest_first(event: TimelineEvent) -> dt.datetime:
    return event.at


class TimelineService:
    def __init__(self, uow: UnitOfWorkFactory, sources: Sequence[TimelineSource]) -> None:
        self._uow = uow
        self.sources = tuple(sources)

    @property
    def kinds(self) -> list[str]:
        """Every kind some source serves, in the order of the sources."""
        known = list(KIND_TITLES)
        offered = {kind for source in self.sources for kind in source.kinds}
        return [k for k in known if k in offered] + sorted(offered - set(known))

    def page(
        self, actor: Actor, query: TimelineQuery, *, offset: int = 0, limit: int = PAGE_SIZE
    ) -> TimelinePage:
        require(actor, Permission.VIEW_CLIENTS)
        offset, limit = max(0, offset), max(1, min(limit, 1000))
        wanted = offset + limit + 1
        with self._uow() as tx:
            client = rules.load_client(tx.session, query.client_id)
            header = ClientHeader(client.id, client.inn, client.short_name, client.status.value)
            streams = [
                source.events(tx.session, query, wanted)
                for source in self.sources
                if query.wants(source.kinds)
            ]
        merged = list(heapq.merge(*streams, key=_newest_first, reverse=True))
        return TimelinePage(
            header, tuple(merged[offset : offset + limit]), offset, len(merged) > offset + limit
        )
