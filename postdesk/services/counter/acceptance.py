"""Accepting a batch: identifiers, prices, charges, the client's service record and the audit, at once.

Everything that makes a batch accepted is written in one transaction, so a crash or a failed
check leaves the batch exactly as it was. Only identifier blocks are allocated beforehand in
their own short transaction (see ``services.identifiers``): a failed acceptance leaves a gap in
the numbering, never a duplicate.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.base import utc_now
from postdesk.models.batches import Batch, BatchItem, BatchStatus, ItemStatus
from postdesk.models.charges import ServiceRecord
from postdesk.models.contracts import Contract
from postdesk.postal.numbering import IdentifierKind
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.contract_terms import discount_of
from postdesk.services.counter.acceptance_steps import (
    CHUNK,
    Pacer,
    Progress,
    already_accepted,
    blocking_problems,
    identifier_need,
    is_identifier_clash,
    let_go,
    load_items,
    price_and_write,
    without_full_collections,
)
from postdesk.services.counter.accepted_lists import AcceptedList, accepted_lists, ticking
from postdesk.services.counter.batch_quote import (
    BatchQuote,
    QuoteBasis,
    quote_basis,
    quote_batch,
)
from postdesk.services.counter.batch_views import contract_of, load_batch
from postdesk.services.counter.identifiers import allocate_rpo_in, allocate_s10_in
from postdesk.services.counter.pricing import (
    refresh_batch_totals,
)
from postdesk.services.counter.tariffs import TariffService
from postdesk.services.money import admission
from postdesk.services.permissions import Permission, require
from postdesk.services.records import summaries
from postdesk.tariffs.engine import ChargeTotals, sum_charges
from postdesk.tariffs.model import TariffInfo, TariffTable

BATCH_MAIL_SERVICE = "batch_mail"


@dataclass(frozen=True)
class AcceptanceResult:
    batch_id: int
    items_accepted: int
    items_returned: int
    identifiers_assigned: int
    totals: ChargeTotals
    tariff: TariffInfo
    service_record_id: int
    lists: tuple[AcceptedList, ...] = ()


def _service_record(
    batch: Batch, actor: Actor, at: dt.datetime, items: int, amount_kop: int
) -> ServiceRecord:
    """The client's service record of an accepted batch."""
    return ServiceRecord(
        at=at,
        client_id=batch.client_id,
        contract_id=batch.contract_id,
        batch_id=batch.id,
        service_code=BATCH_MAIL_SERVICE,
        kind="accepted",
        items_count=items,
        amount_kop=amount_kop,
        user_id=actor.user_id,
        user_login=actor.login,
        workstation=actor.workstation,
        note=translate("Acceptance", "Batch %1, list %2")
        .replace("%1", str(batch.id))
        .replace("%2", batch.list_number or "—"),
    )


class AcceptanceService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        tariffs: TariffService,
        office_postcode: Callable[[], str],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow
        self._tariffs = tariffs
        self._office_postcode = office_postcode
        self._today = today

    def quote(self, actor: Actor, batch_id: int) -> BatchQuote:
        """Price the batch as it stands, for the counter screen before the operator accepts."""
        require(actor, Permission.ACCEPT_BATCHES)
        table = self._tariffs.in_force(self._today())
        with self._uow(read_only=True) as tx:
            return quote_batch(tx.session, table, batch_id)

    def quote_basis(self, actor: Actor, batch_id: int) -> QuoteBasis:
        """The tariff in force and the batch's discount, for the counter's running quote."""
        require(actor, Permission.ACCEPT_BATCHES)
        table = self._tariffs.in_force(self._today())
        with self._uow(read_only=True) as tx:
            return quote_basis(tx.session, table, batch_id)

    def accept(
        self,
        actor: Actor,
        batch_id: int,
        *,
        office_postcode: str | None = None,
        progress: Progress | None = None,
        override_reason: str | None = None,
    ) -> AcceptanceResult:
        """Accept every weighed item (handed-back ones stay out); raises with the reason when it cannot.

        ``progress(done, total)`` is called while the transaction is open, at least every 0.1 s of
        work on the items; raising from it (Cancel) rolls everything back. The contract's terms and
        money are checked on the priced total (``services.money.admission``); ``override_reason``
        is a supervisor's reason to accept anyway.
        """
        require(actor, Permission.ACCEPT_BATCHES)
        table = self._tariffs.in_force(self._today())
        postcode = office_postcode if office_postcode is not None else self._office_postcode()
        pacer = Pacer(progress)
        with without_full_collections():
            pools = self._allocate(actor, batch_id, postcode, pacer)
            try:
                return self._accept_locked(
                    actor,
                    batch_id,
                    table,
                    postcode,
                    pools=pools,
                    pacer=pacer,
                    override=override_reason,
                )
            except IntegrityError as exc:
                if not is_identifier_clash(exc):
                    raise
                # Another workstation accepted one of these identifiers first; the database refused
                # the second, and this acceptance was rolled back whole.
                raise ConflictError(
                    translate(
                        "Acceptance",
                        "Another workstation has just accepted an item with one of these identifiers: "
                        "nothing of this batch was accepted. "
                        "Check the batch's identifiers and accept it again.",
                    )
                ) from exc

    def _accept_locked(
        self,
        actor: Actor,
        batch_id: int,
        table: TariffTable,
        postcode: str,
        *,
        pools: dict[tuple[IdentifierKind, str], list[str]],
        pacer: Pacer,
        override: str | None,
    ) -> AcceptanceResult:
        """The acceptance transaction itself, under the batch's lock."""
        with self._uow() as tx:
            session = tx.session
            batch = load_batch(session, batch_id, lock=True)
            if batch.status not in {BatchStatus.DRAFT, BatchStatus.RECEIVED}:
                raise ConflictError(
                    translate("Acceptance", "Batch %1 is already %2.")
                    .replace("%1", str(batch.id))
                    .replace("%2", batch.status.value)
                )
            contract = contract_of(session, batch)
            discount = discount_of(contract)
            items = load_items(session, batch_id, pacer)
            n = len(items)
            problems = blocking_problems(items, lambda k: pacer.step(n // 2 + k // 4))
            if problems:
                raise UserError(
                    translate("Acceptance", "The batch cannot be accepted yet: %1").replace(
                        "%1", " ".join(problems)
                    )
                )
            checked = lambda: pacer.step(3 * n // 4)  # noqa: E731
            ready = [i for i in ticking(items, checked) if i.status is ItemStatus.WEIGHED]
            assigned = self._assign(session, batch, ticking(ready, checked), pools)
            codes = [i.barcode for i in ticking(ready, checked) if i.barcode]
            duplicates = already_accepted(
                session, batch.id, codes, lambda k: pacer.step(3 * n // 4 + k * n // (4 * len(codes)))
            )
            if duplicates:
                raise ConflictError(
                    translate("Acceptance", "Identifiers already used in accepted batches: %1.").replace(
                        "%1", ", ".join(duplicates[:10])
                    )
                )
            charges = price_and_write(
                session,
                table,
                batch,
                ready,
                discount=discount,
                step=lambda done, now=False: pacer.step(n + done * n // len(ready), now=now),
            )
            now = utc_now()
            batch.status = BatchStatus.ACCEPTED
            batch.accepted_at, batch.accepted_by, batch.accepted_workstation = (
                now,
                actor.user_id,
                actor.workstation,
            )
            batch.office_postcode, batch.tariff_version, batch.tariff_sample = (
                postcode,
                table.version,
                table.sample,
            )
            batch.discount_percent = discount
            written = lambda: pacer.step(2 * n)  # noqa: E731
            refresh_batch_totals(session, batch, written)
            pacer.step(2 * n, now=True)
            totals = sum_charges(ticking(charges, written))
            lists = accepted_lists(batch, ready, charges, written)
            self._admit_and_book(
                session, actor, batch, contract, amount_kop=totals.total_kop, override=override
            )
            record = _service_record(batch, actor, now, len(ready), totals.total_kop)
            summaries.add_record(session, record)
            pacer.step(2 * n, now=True)
            returned = sum(1 for i in ticking(items, written) if i.status is ItemStatus.RETURNED)
            accepted = len(ready)
            audit.record(
                session,
                actor,
                "batch_accept",
                "batch",
                batch.id,
                before={"status": "open"},
                after={
                    "items": len(ready),
                    "returned": returned,
                    "identifiers_assigned": assigned,
                    "tariff": table.version,
                    "discount_percent": discount,
                    "net_kop": totals.net_kop,
                    "vat_kop": totals.vat_kop,
                    "total_kop": totals.total_kop,
                    "service_record": record.id,
                    "lists": [accepted.number for accepted in lists],
                },
            )
            pacer.step(2 * n, now=True)
            let_go(session, [charges, ready, items], written)
            tx.commit()
            return AcceptanceResult(
                batch.id, accepted, returned, assigned, totals, TariffInfo.of(table), record.id, lists
            )

    def _admit_and_book(
        self,
        session: Session,
        actor: Actor,
        batch: Batch,
        contract: Contract | None,
        *,
        amount_kop: int,
        override: str | None,
    ) -> None:
        """The contract's terms and money on the priced total, then the charge in its ledger."""
        day = self._today()
        admission.admit(
            session,
            actor,
            batch,
            contract=contract,
            amount_kop=amount_kop,
            day=day,
            service_code=BATCH_MAIL_SERVICE,
            override_reason=override,
        )
        admission.book(
            session, actor, batch, contract=contract, amount_kop=amount_kop, day=day, note=f"{batch.id}"
        )

    def _allocate(
        self, actor: Actor, batch_id: int, postcode: str, pacer: Pacer
    ) -> dict[tuple[IdentifierKind, str], list[str]]:
        """Allocate (and commit) the identifier blocks the batch's ready items still need."""
        with self._uow() as tx:
            batch = load_batch(tx.session, batch_id)
            pacer.total = 2 * (
                tx.session.scalar(
                    select(func.count()).select_from(BatchItem).where(BatchItem.batch_id == batch_id)
                )
                or 0
            )
            items = tx.session.scalars(
                select(BatchItem)
                .where(
                    BatchItem.batch_id == batch_id,
                    BatchItem.status == ItemStatus.WEIGHED,
                    BatchItem.barcode.is_(None),
                )
                .execution_options(yield_per=CHUNK)
            )
            needs: Counter[tuple[IdentifierKind, str]] = Counter()
            for item in items:
                if (need := identifier_need(item, batch)) is not None:
                    needs[need] += 1
                pacer.step(0)
            if not needs or batch.status not in {BatchStatus.DRAFT, BatchStatus.RECEIVED}:
                return {}
            pools: dict[tuple[IdentifierKind, str], list[str]] = {}
            for (kind, letter), count in needs.items():
                if kind is IdentifierKind.RPO:
                    pools[(kind, letter)] = allocate_rpo_in(
                        tx.session,
                        count,
                        office_postcode=postcode,
                        day=self._today(),
                        contract_id=batch.contract_id,
                    )
                else:
                    pools[(kind, letter)] = allocate_s10_in(
                        tx.session, count, letter, contract_id=batch.contract_id
                    )
            audit.record(
                tx.session,
                actor,
                "identifiers_allocate",
                "batch",
                batch_id,
                after={
                    f"{k.value}{letter}": [codes[0], codes[-1], len(codes)]
                    for (k, letter), codes in pools.items()
                },
            )
            tx.commit()
            return pools

    @staticmethod
    def _assign(
        session: Session,
        batch: Batch,
        ready: Iterable[BatchItem],
        pools: dict[tuple[IdentifierKind, str], list[str]],
    ) -> int:
        """Give the allocated identifiers to the items in list order (consecutive numbers follow the list)."""
        cursors = {key: iter(codes) for key, codes in pools.items()}
        assigned = 0
        for item in ready:
            need = identifier_need(item, batch)
            if need is None:
                continue
            code = next(cursors.get(need, iter(())), None)
            if code is None:
                raise ConflictError(
                    translate("Acceptance", "The batch changed while it was being accepted: accept it again.")
                )
            item.barcode, item.barcode_allocated = code, True
            assigned += 1
        session.flush()
        return assigned
