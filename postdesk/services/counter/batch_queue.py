"""Batches accepted without the client waiting.

They are registered as received, accepted later by any operator, and their documents are handed
back later still; the queue shows both waits.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import or_, select

from postdesk.common.errors import ConflictError, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.base import utc_now
from postdesk.models.batches import Batch, BatchStatus
from postdesk.models.clients import Client
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.counter.batch_views import BatchSummary, batch_summary, contract_of, load_batch
from postdesk.services.permissions import Permission, require


class QueueStage(enum.StrEnum):
    AWAITING_ACCEPTANCE = "awaiting_acceptance"
    AWAITING_HANDOVER = "awaiting_handover"


@dataclass(frozen=True)
class QueueEntry:
    stage: QueueStage
    waiting_since: dt.datetime
    batch: BatchSummary


class QueueService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def allows_without_client(self, actor: Actor, batch_id: int) -> bool:
        """Whether the batch's contract provides for acceptance without the client waiting."""
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow() as tx:
            contract = contract_of(tx.session, load_batch(tx.session, batch_id))
            return contract is not None and bool(contract.accept_without_client)

    def register_received(self, actor: Actor, batch_id: int, note: str = "") -> BatchSummary:
        """The client left the batch at the counter; any operator accepts it later."""
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow() as tx:
            batch = load_batch(tx.session, batch_id, lock=True)
            if batch.status is not BatchStatus.DRAFT:
                raise ConflictError(
                    translate(
                        "Acceptance",
                        "Only a batch that is not yet received or accepted can be registered as received.",
                    )
                )
            contract = contract_of(tx.session, batch)
            if contract is None or not contract.accept_without_client:
                raise UserError(
                    translate(
                        "Acceptance",
                        "The client's contract does not provide for acceptance "
                        "without the client: accept the batch with the client "
                        "present.",
                    )
                )
            batch.status, batch.without_client = BatchStatus.RECEIVED, True
            batch.received_at, batch.received_by, batch.received_workstation = (
                utc_now(),
                actor.user_id,
                actor.workstation,
            )
            if note.strip():
                batch.notes = (batch.notes + "\n" + note.strip()).strip()
            audit.record(
                tx.session,
                actor,
                "batch_receive",
                "batch",
                batch.id,
                before={"status": BatchStatus.DRAFT},
                after={"status": BatchStatus.RECEIVED, "note": note.strip()},
            )
            tx.commit()
            return batch_summary(batch, tx.session.get_one(Client, batch.client_id).short_name)

    def queue(self, actor: Actor) -> list[QueueEntry]:
        """Received batches waiting for acceptance, then accepted ones whose documents are not collected."""
        require(actor, Permission.VIEW_CLIENTS)
        query = (
            select(Batch, Client.short_name)
            .join(Client, Client.id == Batch.client_id)
            .where(
                Batch.without_client,
                or_(
                    Batch.status == BatchStatus.RECEIVED,
                    (Batch.status == BatchStatus.ACCEPTED) & Batch.documents_handed_at.is_(None),
                ),
            )
            .order_by(Batch.received_at, Batch.id)
        )
        with self._uow(read_only=True) as tx:
            entries = []
            for batch, name in tx.session.execute(query):
                if batch.status is BatchStatus.RECEIVED:
                    stage, since = QueueStage.AWAITING_ACCEPTANCE, batch.received_at or batch.created_at
                else:
                    stage, since = QueueStage.AWAITING_HANDOVER, batch.accepted_at or batch.created_at
                entries.append(QueueEntry(stage, since, batch_summary(batch, name)))
            return sorted(entries, key=lambda e: (e.stage != QueueStage.AWAITING_ACCEPTANCE, e.waiting_since))

    def hand_back_documents(self, actor: Actor, batch_id: int, recipient: str) -> BatchSummary:
        """The client's representative collected the accepted batch's documents."""
        require(actor, Permission.ACCEPT_BATCHES)
        if not recipient.strip():
            raise UserError(translate("Acceptance", "Enter who collected the documents."))
        with self._uow() as tx:
            batch = load_batch(tx.session, batch_id, lock=True)
            if batch.status is not BatchStatus.ACCEPTED or batch.documents_handed_at is not None:
                raise ConflictError(
                    translate("Acceptance", "Documents are handed back once, for an accepted batch.")
                )
            batch.documents_handed_at, batch.documents_handed_by = utc_now(), actor.user_id
            batch.documents_recipient = recipient.strip()[:200]
            audit.record(
                tx.session,
                actor,
                "batch_documents_handed",
                "batch",
                batch.id,
                after={"recipient": batch.documents_recipient},
            )
            tx.commit()
            return batch_summary(batch, tx.session.get_one(Client, batch.client_id).short_name)
