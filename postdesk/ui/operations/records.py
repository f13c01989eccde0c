"""Operations of service records, the client's timeline, the supervisor's reports and the audit log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from postdesk.bootstrap import Core
from postdesk.models.records import CompetitorKind, PriceSource, ReasonScope
from postdesk.services.context import Actor
from postdesk.services.records.data import (
    CompetitorInfo,
    Period,
    PriceComparison,
    PriceObservationInfo,
    ReasonInfo,
    RecordInfo,
    ServiceRecordDraft,
)
from postdesk.services.records.notes import ContactNoteInfo
from postdesk.services.records.reports import RecordFilter
from postdesk.services.records.timeline import TimelinePage, TimelineQuery
from postdesk.ui.operations.base import Operation


class RecordOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    # --- recording -----------------------------------------------------------------------------
    def catalogues(self) -> Operation[tuple[list[Any], list[ReasonInfo]]]:
        """The services and the refusal reasons offered in the quick entry."""
        catalogues, actor = self._core.catalogues, self._actor
        return Operation.database(
            "catalogues", lambda: (catalogues.services(actor), catalogues.reasons(actor))
        )

    def add(self, draft: ServiceRecordDraft) -> Operation[RecordInfo]:
        records, actor = self._core.records, self._actor
        return Operation.database("record service", lambda: records.add(actor, draft))

    # --- the supervisor's catalogues ------------------------------------------------------------
    def all_reasons(self) -> Operation[list[ReasonInfo]]:
        """Every refusal reason, retired ones too (the supervisor's catalogue screen)."""
        catalogues, actor = self._core.catalogues, self._actor
        return Operation.database("reasons", lambda: catalogues.reasons(actor, include_retired=True))

    def save_reason(self, code: str, name: str, scope: ReasonScope, *, active: bool) -> Operation[ReasonInfo]:
        catalogues, actor = self._core.catalogues, self._actor
        return Operation.database(
            "save reason", lambda: catalogues.save_reason(actor, code, name, scope, active=active)
        )

    def competitors(self) -> Operation[list[CompetitorInfo]]:
        competitors, actor = self._core.competitors, self._actor
        return Operation.database("competitors", lambda: competitors.directory(actor))

    def save_competitor(self, name: str, kind: CompetitorKind, note: str) -> Operation[CompetitorInfo]:
        competitors, actor = self._core.competitors, self._actor
        return Operation.database("save competitor", lambda: competitors.save(actor, name, kind, note))

    def competitor_prices_of(
        self, competitor_id: int
    ) -> Operation[tuple[list[PriceObservationInfo], list[PriceComparison]]]:
        """One competitor's observations and, per service, its latest and median beside our tariff."""
        competitors, actor = self._core.competitors, self._actor

        def load() -> tuple[list[PriceObservationInfo], list[PriceComparison]]:
            seen = competitors.observations(actor, competitor_id)
            names = {o.competitor_name for o in seen}
            return seen, [c for c in competitors.comparisons(actor) if c.competitor_name in names]

        return Operation.database("competitor prices of one", load)

    def observe_price(
        self, competitor_id: int, service_code: str, price_kop: int, on: dt.date, source: PriceSource
    ) -> Operation[PriceObservationInfo]:
        competitors, actor = self._core.competitors, self._actor
        return Operation.database(
            "observe price",
            lambda: competitors.observe(actor, competitor_id, service_code, price_kop, on=on, source=source),
        )

    # --- the client's timeline -----------------------------------------------------------------
    @property
    def timeline_kinds(self) -> list[str]:
        """The kinds of event the timeline's sources serve (known at start-up, not a query)."""
        return self._core.timeline.kinds

    def timeline(self, query: TimelineQuery, *, offset: int) -> Operation[TimelinePage]:
        timeline, actor = self._core.timeline, self._actor
        return Operation.database("timeline", lambda: timeline.page(actor, query, offset=offset))

    def add_note(self, client_id: int, text: str) -> Operation[ContactNoteInfo]:
        notes, actor = self._core.contact_notes, self._actor
        return Operation.database("contact note", lambda: notes.add(actor, client_id, text))

    # --- reports -------------------------------------------------------------------------------
    def volumes(self, period: Period) -> Operation[Any]:
        reports, actor = self._core.reports, self._actor
        return Operation.database("volumes", lambda: reports.volumes(actor, period))

    def refusals(self, period: Period) -> Operation[Any]:
        reports, actor = self._core.reports, self._actor
        return Operation.database("refusals", lambda: reports.refusals(actor, period))

    def competitor_prices(self, period: Period) -> Operation[Any]:
        competitors, actor = self._core.competitors, self._actor
        return Operation.database(
            "competitor prices",
            lambda: competitors.comparisons(actor, since=period.start, until=period.end),
        )

    def quiet_clients(self, period: Period) -> Operation[Any]:
        activity, actor = self._core.activity_reports, self._actor
        return Operation.database("quiet clients", lambda: activity.quiet_clients(actor, as_of=period.end))

    def expiring_contracts(self, period: Period) -> Operation[Any]:
        activity, actor = self._core.activity_reports, self._actor
        return Operation.database("expiring contracts", lambda: activity.expiring_contracts(actor, period))

    def operator_activity(self, period: Period) -> Operation[Any]:
        activity, actor = self._core.activity_reports, self._actor
        return Operation.database("operator activity", lambda: activity.operator_activity(actor, period))

    def report_records(self, wanted: RecordFilter) -> Operation[list[RecordInfo]]:
        reports, actor = self._core.reports, self._actor
        return Operation.database("report records", lambda: reports.records(actor, wanted))

    # --- the audit log -------------------------------------------------------------------------
    def audit_choices(self) -> Operation[tuple[list[str], list[str]]]:
        audit, actor = self._core.audit_log, self._actor
        return Operation.database("audit choices", lambda: audit.choices(actor))

    def audit_search(self, wanted: Any, *, limit: int) -> Operation[list[Any]]:
        audit, actor = self._core.audit_log, self._actor
        return Operation.database("audit search", lambda: audit.search(actor, wanted, limit=limit))
