"""What the forms of an accepted batch print, read straight into the printing package's data.

Acceptance stored the priced masses, identifiers and charge rows; this reads them once into a
:class:`printing.data.Document`, the one shape every form renders. The fee column is the item's
net charge and VAT is stated beside it, so a list's totals are exactly the sum of its rows.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError
from postdesk.common.i18n import translate
from postdesk.models.batches import BatchItem, BatchStatus, ItemStatus
from postdesk.models.charges import ItemChargeRow
from postdesk.models.clients import Client
from postdesk.models.users import User
from postdesk.postal.list_groups import base_number
from postdesk.printing.data import Document, DocumentHeader, DocumentItem, Party
from postdesk.services.counter.batch_views import contract_of, load_batch


def sender_party(client: Client) -> Party:
    """The client as the forms print it: "430005, г. Саранск, ..." split into postcode and address."""
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


def load_document(session: Session, batch_id: int, *, office_name: str = "") -> Document:
    """The accepted items in list order (voided and returned ones left out) under the batch's header."""
    batch = load_batch(session, batch_id)
    if batch.status is not BatchStatus.ACCEPTED or batch.accepted_at is None:
        raise ConflictError(translate("Acceptance", "Documents are printed for accepted batches only."))
    client = session.get_one(Client, batch.client_id)
    contract = contract_of(session, batch)
    operator = session.get(User, batch.accepted_by) if batch.accepted_by is not None else None
    header = DocumentHeader(
        office_postcode=batch.office_postcode,
        office_name=office_name,
        client=sender_party(client),
        contract_number=contract.number if contract is not None else "",
        list_number=base_number(batch.list_number, batch.id),
        list_date=batch.list_date or batch.accepted_at.date(),
        mail_type=batch.mail_type,
        mail_category=batch.mail_category,
        mail_rank=batch.mail_rank,
        payment_method=batch.payment_method,
        operator_name=operator.full_name if operator is not None else "",
    )
    rows = session.execute(
        select(BatchItem, ItemChargeRow.net_kop, ItemChargeRow.vat_kop)
        .join(ItemChargeRow, ItemChargeRow.item_id == BatchItem.id)
        .where(BatchItem.batch_id == batch.id, BatchItem.status == ItemStatus.ACCEPTED)
        .order_by(BatchItem.seq)
    )
    items = tuple(
        DocumentItem(
            seq=item.seq,
            barcode=item.barcode,
            recipient_name=item.recipient_name,
            address=item.address,
            postcode=item.postcode,
            phone=item.phone,
            priced_mass_g=item.priced_mass_g,
            declared_value_kop=item.declared_value_kop,
            cod_kop=item.cod_kop,
            net_kop=net_kop,
            vat_kop=vat_kop,
            notice=item.notice,
            has_inventory=item.inventory,
            mail_type=item.mail_type or batch.mail_type,
            mail_category=item.mail_category or batch.mail_category,
            mail_rank=item.mail_rank,
        )
        for item, net_kop, vat_kop in rows
    )
    return Document(header, items)
