"""Document data for printing, built from a stored batch as it is today.

Everything comes from the batch tables: the per-item fee is the fee stated in the client's
list (``listed_fee_kop``), the mass is the declared mass, VAT is not stated separately, and
inventories have no lines (the sender fills them in by hand). Items handed back or voided
are left out. When acceptance records weighed masses and computed charges, it supplies its
own :class:`~postdesk.printing.data.Document` instead.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWork
from postdesk.models.batches import Batch, BatchItem, ItemStatus
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract
from postdesk.printing.data import Document, DocumentHeader, DocumentItem, Party

_LEFT_OUT = frozenset({ItemStatus.RETURNED, ItemStatus.VOIDED})


def document_from_batch(
    session_or_uow: Session | UnitOfWork,
    batch_id: int,
    *,
    office_postcode: str = "",
    office_name: str = "",
    operator_name: str = "",
) -> Document:
    session = session_or_uow.session if isinstance(session_or_uow, UnitOfWork) else session_or_uow
    batch = session.get(Batch, batch_id)
    if batch is None:
        raise NotFound(translate("Printing", "Batch %1 does not exist.").replace("%1", str(batch_id)))
    contract = session.get(Contract, batch.contract_id) if batch.contract_id else None
    items = [_item(item) for item in batch.items if item.status not in _LEFT_OUT]
    header = DocumentHeader(
        office_postcode=office_postcode,
        office_name=office_name,
        client=_party(batch.client),
        contract_number=contract.number if contract else "",
        list_number=batch.list_number or str(batch.id),
        list_date=batch.list_date or batch.created_at.date(),
        mail_type=batch.mail_type,
        mail_category=batch.mail_category,
        mail_rank=batch.mail_rank,
        payment_method=batch.payment_method,
        operator_name=operator_name,
    )
    return Document(header, tuple(items))


def _party(client: Client) -> Party:
    address = client.postal_address or client.legal_address
    postcode, _, rest = address.partition(",")
    has_postcode = len(postcode.strip()) == 6 and postcode.strip().isdigit()
    return Party(
        name=client.short_name or client.full_name,
        address=rest.strip() if has_postcode else address,
        postcode=postcode.strip() if has_postcode else "",
        inn=client.inn,
        kpp=client.kpp,
        phone=client.phones.split(",")[0].strip(),
        bank_name=client.bank_name,
        bik=client.bik,
        settlement_account=client.settlement_account,
        correspondent_account=client.correspondent_account,
    )


def _item(item: BatchItem) -> DocumentItem:
    if item.listed_fee_kop is None:
        raise UserError(
            translate(
                "Printing",
                "Item %1 of the batch has no fee yet: price the batch before printing its documents.",
            ).replace("%1", str(item.seq))
        )
    return DocumentItem(
        seq=item.seq,
        barcode=item.barcode,
        recipient_name=item.recipient_name,
        address=item.address,
        postcode=item.postcode,
        phone=item.phone,
        mass_g=item.declared_mass_g,
        declared_value_kop=item.declared_value_kop,
        cod_kop=item.cod_kop,
        fee_kop=item.listed_fee_kop,
        vat_kop=None,
        notice=item.notice,
        has_inventory=item.inventory,
    )
