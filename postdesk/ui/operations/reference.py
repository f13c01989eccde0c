"""Operations of the reference shelf and the office set-up: prices, norms, schedule, forms,
organisations, guiding documents, imports and identifier ranges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from postdesk.bootstrap import Core
from postdesk.postal.numbering import IdentifierKind
from postdesk.services.context import Actor
from postdesk.services.reference.data import (
    ContractChoice,
    DeliveryEstimate,
    Dispatch,
    DocumentInfo,
    FormInfo,
    ImportResult,
    NormInfo,
    OrganisationDraft,
    OrganisationInfo,
    PriceChange,
    PriceVersionInfo,
    QueueDispatch,
    RangeCapacity,
    RouteInfo,
    SaleResult,
)
from postdesk.services.reference.importers import ImportKind
from postdesk.services.reference.imports import read_file
from postdesk.tariffs.model import ServicePrice
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskKind


class ReferenceOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    # --- prices ------------------------------------------------------------------------------
    def price_versions(self) -> Operation[list[PriceVersionInfo]]:
        prices, actor = self._core.price_lists, self._actor
        return Operation.database("price versions", lambda: prices.versions(actor))

    def prices(self, day: dt.date, search: str = "") -> Operation[list[ServicePrice]]:
        prices, actor = self._core.price_lists, self._actor
        return Operation.database("prices in force", lambda: prices.in_force(actor, day, search))

    def compare(self, old: str, new: str) -> Operation[list[PriceChange]]:
        prices, actor = self._core.price_lists, self._actor
        return Operation.database("compare prices", lambda: prices.compare(actor, old, new))

    # --- delivery and dispatch -----------------------------------------------------------------
    def estimate(self, to_postcode: str, mail_class: str) -> Operation[DeliveryEstimate]:
        delivery, actor = self._core.delivery, self._actor
        return Operation.database(
            "delivery time", lambda: delivery.estimate(actor, to_postcode, mail_class_code=mail_class)
        )

    def next_dispatch(self, to_postcode: str) -> Operation[Dispatch]:
        schedule, actor = self._core.schedule, self._actor
        return Operation.database("next dispatch", lambda: schedule.next_dispatch(actor, to_postcode))

    def routes(self) -> Operation[list[RouteInfo]]:
        schedule, actor = self._core.schedule, self._actor
        return Operation.database("routes", lambda: schedule.routes(actor))

    def queue_plan(self) -> Operation[list[QueueDispatch]]:
        schedule, actor = self._core.schedule, self._actor
        return Operation.database("queue dispatch plan", lambda: schedule.queue_plan(actor))

    def norms(self, to_prefix: str = "") -> Operation[list[NormInfo]]:
        delivery, actor = self._core.delivery, self._actor
        return Operation.database("norms", lambda: delivery.norms(actor, to_prefix=to_prefix))

    # --- forms ---------------------------------------------------------------------------------
    def forms(self) -> Operation[list[FormInfo]]:
        forms, actor = self._core.forms, self._actor
        return Operation.database("forms", lambda: forms.catalogue(actor))

    def sell(self, client_inn: str, code: str, quantity: int) -> Operation[SaleResult]:
        forms, records, actor = self._core.forms, self._core.records, self._actor
        return Operation.database(
            "sell forms",
            lambda: forms.sell(actor, records.client_id_by_inn(actor, client_inn), code, quantity),
        )

    def receive(self, code: str, quantity: int) -> Operation[FormInfo]:
        forms, actor = self._core.forms, self._actor
        return Operation.database("receive forms", lambda: forms.receive(actor, code, quantity))

    def write_off(self, code: str, quantity: int, note: str) -> Operation[FormInfo]:
        forms, actor = self._core.forms, self._actor
        return Operation.database("write off forms", lambda: forms.write_off(actor, code, quantity, note))

    # --- organisations -------------------------------------------------------------------------
    def organisations(self, search: str = "") -> Operation[list[OrganisationInfo]]:
        organisations, actor = self._core.organisations, self._actor
        return Operation.database("organisations", lambda: organisations.search(actor, search))

    def save_organisation(
        self, draft: OrganisationDraft, organisation_id: int | None = None
    ) -> Operation[OrganisationInfo]:
        organisations, actor = self._core.organisations, self._actor
        return Operation.database(
            "save organisation", lambda: organisations.save(actor, draft, organisation_id)
        )

    def delete_organisation(self, organisation_id: int) -> Operation[None]:
        organisations, actor = self._core.organisations, self._actor
        return Operation.database("delete organisation", lambda: organisations.delete(actor, organisation_id))

    # --- guiding documents ---------------------------------------------------------------------
    def documents(self) -> Operation[list[DocumentInfo]]:
        documents, actor = self._core.guiding_documents, self._actor
        return Operation.database("guiding documents", lambda: documents.documents(actor))

    def document_pdf(self, document_id: int) -> Operation[bytes]:
        documents, actor = self._core.guiding_documents, self._actor
        return Operation.database("open guiding document", lambda: documents.content(actor, document_id))

    def add_document(self, title: str, path: Path, effective_from: dt.date | None) -> Operation[DocumentInfo]:
        """Read the file on the pool, then store it on the database worker."""
        documents, actor = self._core.guiding_documents, self._actor
        return Operation.files("read guiding document", path.read_bytes).then(
            TaskKind.DATABASE, lambda content: documents.add(actor, title, path.name, content, effective_from)
        )

    def delete_document(self, document_id: int) -> Operation[None]:
        documents, actor = self._core.guiding_documents, self._actor
        return Operation.database("delete guiding document", lambda: documents.delete(actor, document_id))

    # --- imports -------------------------------------------------------------------------------
    def import_file(
        self,
        kind: ImportKind,
        path: Path,
        mapping: Mapping[str, str],
        *,
        effective_from: dt.date | None = None,
        title: str = "",
    ) -> Operation[ImportResult]:
        """Read and check the file on the pool; store it in one unit of work on the database worker."""
        imports, actor = self._core.reference_imports, self._actor
        return Operation.files("read reference file", lambda: read_file(kind, path, mapping)).then(
            TaskKind.DATABASE,
            lambda parsed: imports.store(actor, parsed, effective_from=effective_from, title=title),
        )

    # --- identifier ranges ---------------------------------------------------------------------
    def ranges(self) -> Operation[list[RangeCapacity]]:
        capacity, actor = self._core.range_capacity, self._actor
        return Operation.database("identifier ranges", lambda: capacity.ranges(actor))

    def contract_choices(self) -> Operation[list[ContractChoice]]:
        capacity, actor = self._core.range_capacity, self._actor
        return Operation.database("contracts for ranges", lambda: capacity.contract_choices(actor))

    def add_range(
        self,
        kind: IdentifierKind,
        prefix: str,
        first: int,
        last: int,
        *,
        suffix: str = "",
        contract_id: int | None = None,
        note: str = "",
    ) -> Operation[object]:
        identifiers, actor = self._core.identifiers, self._actor
        return Operation.database(
            "add identifier range",
            lambda: identifiers.add_range(
                actor, kind, prefix, first, last, suffix=suffix, contract_id=contract_id, note=note
            ),
        )
