"""Building the document data of an accepted batch (see ``postal.documents``) for printing."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.batches import BatchItem, BatchStatus, ItemStatus
from postdesk.models.charges import ItemChargeRow
from postdesk.models.clients import Client
from postdesk.models.users import User
from postdesk.postal.documents import (
    BatchDocument,
    ContractData,
    DocumentItem,
    DocumentTotals,
    ItemFees,
    PartyData,
)
from postdesk.postal.weighing import WeightSource
from postdesk.services.context import Actor
from postdesk.services.counter.batch_views import contract_of, load_batch
from postdesk.services.permissions import Permission, require

_FEE_FIELDS = tuple(f.name for f in fields(ItemFees))


def _fees(row: ItemChargeRow) -> ItemFees:
    return ItemFees(**{name: getattr(row, name) for name in _FEE_FIELDS})


def load_batch_document(session: Session, batch_id: int) -> BatchDocument:
    batch = load_batch(session, batch_id)
    if batch.status is not BatchStatus.ACCEPTED or batch.accepted_at is None:
        raise ConflictError(translate("Acceptance", "Documents are printed for accepted batches only."))
    client = session.get_one(Client, batch.client_id)
    contract = contract_of(session, batch)
    operator = session.get(User, batch.accepted_by) if batch.accepted_by is not None else None
    rows = session.execute(
        select(BatchItem, ItemChargeRow)
        .join(ItemChargeRow, ItemChargeRow.item_id == BatchItem.id)
        .where(BatchItem.batch_id == batch.id, BatchItem.status == ItemStatus.ACCEPTED)
        .order_by(BatchItem.seq)
    )
    items = tuple(
        DocumentItem(
            item.seq,
            item.barcode or "",
            item.recipient_name,
            item.address,
            item.postcode,
            item.phone,
            item.mail_type or batch.mail_type,
            item.mail_category or batch.mail_category,
            item.mail_rank or batch.mail_rank,
            item.declared_mass_g,
            item.weighed_mass_g,
            item.weight_source == WeightSource.MANUAL,
            item.mass_g,
            item.declared_value_kop,
            item.cod_kop,
            item.notice,
            item.inventory,
            item.sms,
            _fees(charge),
        )
        for item, charge in rows
    )
    fee_sums = {name: sum(getattr(i.fees, name) for i in items) for name in _FEE_FIELDS}
    totals = DocumentTotals(
        len(items),
        sum(i.mass_g for i in items),
        sum(i.declared_value_kop for i in items),
        sum(i.cod_kop for i in items),
        ItemFees(**fee_sums),
    )
    return BatchDocument(
        batch_id=batch.id,
        list_number=batch.list_number,
        list_date=batch.list_date,
        accepted_at=batch.accepted_at,
        office_postcode=batch.office_postcode,
        mail_type=batch.mail_type,
        mail_category=batch.mail_category,
        mail_rank=batch.mail_rank,
        payment_method=batch.payment_method,
        operator_name=operator.full_name if operator is not None else "",
        workstation=batch.accepted_workstation,
        tariff_version=batch.tariff_version,
        tariff_is_sample=batch.tariff_sample,
        sender=PartyData(
            client.short_name,
            client.full_name,
            client.inn,
            client.kpp,
            client.postal_address,
            client.legal_address,
            client.phones,
            client.bank_name,
            client.bik,
            client.settlement_account,
            client.correspondent_account,
        ),
        contract=ContractData(contract.number, contract.signed_on, batch.discount_percent)
        if contract is not None
        else None,
        items=items,
        totals=totals,
    )


def batch_document(uow: UnitOfWorkFactory, batch_id: int) -> BatchDocument:
    """Everything the forms of an accepted batch print, read in one transaction."""
    with uow(read_only=True) as tx:
        return load_batch_document(tx.session, batch_id)


class DocumentService:
    """The permission-checked entry point for the UI and the command line."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def batch_document(self, actor: Actor, batch_id: int) -> BatchDocument:
        require(actor, Permission.VIEW_CLIENTS)
        return batch_document(self._uow, batch_id)
