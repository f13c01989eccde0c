"""Storing a batch with items straight through the ORM, for printing tests."""

from __future__ import annotations

import datetime as dt

from postdesk.bootstrap import Core
from postdesk.models.batches import Batch, BatchItem, BatchStatus, ItemStatus
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract
from postdesk.printing.samples import SAMPLE_CLIENT, sample_items


def store_batch(core: Core, count: int = 6, *, returned: int = 0, without_fee: bool = False) -> int:
    """An accepted batch of ``count`` sample items (the last ``returned`` handed back); returns its id."""
    with core.uow() as tx:
        client = Client(
            full_name="Общество с ограниченной ответственностью «Интернет-магазин Полка»",
            short_name=SAMPLE_CLIENT.name,
            inn=SAMPLE_CLIENT.inn,
            kpp=SAMPLE_CLIENT.kpp,
            postal_address=f"{SAMPLE_CLIENT.postcode}, {SAMPLE_CLIENT.address}",
            phones=SAMPLE_CLIENT.phone,
            bank_name=SAMPLE_CLIENT.bank_name,
            bik=SAMPLE_CLIENT.bik,
            settlement_account=SAMPLE_CLIENT.settlement_account,
            correspondent_account=SAMPLE_CLIENT.correspondent_account,
        )
        tx.session.add(client)
        tx.session.flush()
        contract = Contract(
            client_id=client.id,
            number="45-2025/017",
            signed_on=dt.date(2025, 3, 1),
            starts_on=dt.date(2025, 3, 1),
        )
        tx.session.add(contract)
        tx.session.flush()
        batch = Batch(
            client_id=client.id,
            contract_id=contract.id,
            status=BatchStatus.ACCEPTED,
            list_number="118",
            list_date=dt.date(2026, 11, 20),
            mail_type="POSTAL_PARCEL",
            mail_category="WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY",
        )
        for sample in sample_items(count, seed=5):
            batch.items.append(
                BatchItem(
                    seq=sample.seq,
                    barcode=sample.barcode,
                    recipient_name=sample.recipient_name,
                    address=sample.address,
                    postcode=sample.postcode,
                    phone=sample.phone,
                    declared_mass_g=sample.mass_g,
                    declared_value_kop=sample.declared_value_kop,
                    cod_kop=sample.cod_kop,
                    listed_fee_kop=None if without_fee else sample.fee_kop,
                    notice=sample.notice,
                    inventory=bool(sample.inventory),
                    status=ItemStatus.RETURNED if sample.seq > count - returned else ItemStatus.ACCEPTED,
                )
            )
        batch.items_count = count
        tx.session.add(batch)
        tx.session.flush()
        batch_id = batch.id
        tx.commit()
    return batch_id
