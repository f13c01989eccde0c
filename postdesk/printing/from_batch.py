"""Printing data from an accepted batch's document data (``postal.documents``).

Acceptance records weighed masses, identifiers and per-item charges; this module only
reshapes that into what the forms print: the fee column is the item's net charge and VAT is
shown beside it, so the list's totals are exactly the sum of the charged rows.
"""

from __future__ import annotations

from postdesk.postal.documents import BatchDocument, PartyData
from postdesk.postal.list_groups import base_number
from postdesk.printing.data import Document, DocumentHeader, DocumentItem, Party


def party_from(sender: PartyData) -> Party:
    """Split "430005, г. Саранск, ..." into postcode and address, as the forms print them apart."""
    address = sender.postal_address or sender.legal_address
    postcode, _, rest = address.partition(",")
    has_postcode = len(postcode.strip()) == 6 and postcode.strip().isdigit()
    return Party(
        name=sender.name or sender.full_name,
        address=rest.strip() if has_postcode else address,
        postcode=postcode.strip() if has_postcode else "",
        inn=sender.inn,
        kpp=sender.kpp,
        phone=sender.phones.split(",")[0].strip(),
        bank_name=sender.bank_name,
        bik=sender.bik,
        settlement_account=sender.settlement_account,
        correspondent_account=sender.correspondent_account,
    )


def document_from_batch(batch: BatchDocument, *, office_name: str = "") -> Document:
    header = DocumentHeader(
        office_postcode=batch.office_postcode,
        office_name=office_name,
        client=party_from(batch.sender),
        contract_number=batch.contract.number if batch.contract else "",
        list_number=base_number(batch.list_number, batch.batch_id),
        list_date=batch.list_date or batch.accepted_at.date(),
        mail_type=batch.mail_type,
        mail_category=batch.mail_category,
        mail_rank=batch.mail_rank,
        payment_method=batch.payment_method,
        operator_name=batch.operator_name,
    )
    items = tuple(
        DocumentItem(
            seq=item.seq,
            barcode=item.barcode or None,
            recipient_name=item.recipient_name,
            address=item.address,
            postcode=item.postcode,
            phone=item.phone,
            mass_g=item.mass_g,
            declared_value_kop=item.declared_value_kop,
            cod_kop=item.cod_kop,
            fee_kop=item.fees.net_kop,
            vat_kop=item.fees.vat_kop,
            notice=item.notice,
            has_inventory=item.inventory,
            mail_type=item.mail_type,
            mail_category=item.mail_category,
            mail_rank=item.mail_rank,
        )
        for item in batch.items
    )
    return Document(header, items)
