"""An accepted batch of realistic sample items, taken through the real weighing and acceptance
services, for the printing tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from postdesk.bootstrap import Core
from postdesk.models.batches import Batch, BatchItem
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract, ContractService, PaymentTerms
from postdesk.postal.weighing import WeightDecision
from postdesk.printing.samples import SAMPLE_CLIENT, sample_items
from postdesk.services.context import Actor

OFFICE = "430005"


PARCEL_WITH_COD = ("POSTAL_PARCEL", "WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY", 0)


def store_batch(
    core: Core,
    count: int = 6,
    *,
    returned: int = 0,
    accept: bool = True,
    kinds: Sequence[tuple[str, str, int]] = (PARCEL_WITH_COD,),
    list_number: str = "118",
) -> int:
    """``count`` sample items weighed and accepted (the last ``returned`` handed back); returns the id.

    ``kinds`` are (mail type, category, mass in grams; 0 keeps the sample's) given to the items in
    turn: a mixed list. Declared value and cash on delivery stay only where the category has them.
    """
    actor = Actor.system("tests")
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
            # Credit with room to spare, so the money checks at acceptance stay out of the way.
            payment_terms=PaymentTerms.POSTPAID,
            credit_limit_kop=10**12,
            services=[ContractService(service_code="batch_mail")],
        )
        tx.session.add(contract)
        tx.session.flush()
        batch = Batch(
            client_id=client.id,
            contract_id=contract.id,
            list_number=list_number,
            list_date=dt.date(2026, 11, 20),
            mail_type="POSTAL_PARCEL",
            mail_category="WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY",
        )
        for index, sample in enumerate(sample_items(count, seed=5)):
            mail_type, category, mass = kinds[index % len(kinds)]
            valued = category.startswith("WITH_DECLARED_VALUE")
            cod = category.endswith("CASH_ON_DELIVERY")
            batch.items.append(
                BatchItem(
                    seq=sample.seq,
                    barcode=sample.barcode,
                    recipient_name=sample.recipient_name,
                    address=sample.address,
                    postcode=sample.postcode,
                    phone=sample.phone,
                    mail_type=mail_type,
                    mail_category=category,
                    declared_mass_g=mass or sample.priced_mass_g,
                    declared_value_kop=sample.declared_value_kop if valued else 0,
                    cod_kop=sample.cod_kop if cod else 0,
                    notice=sample.notice,
                    inventory=bool(sample.inventory) and valued,
                )
            )
        batch.items_count = count
        tx.session.add(batch)
        tx.session.flush()
        batch_id = batch.id
        items = [(item.id, item.seq, item.declared_mass_g) for item in batch.items]
        tx.commit()
    for item_id, seq, mass in items:
        handed_back = seq > count - returned
        result = core.weighing.record_weight(actor, item_id, mass * 2 if handed_back else mass)
        if handed_back:
            assert result.needs_decision
            core.weighing.decide(actor, [item_id], WeightDecision.HAND_BACK)
    if accept:
        core.acceptance.accept(actor, batch_id, office_postcode=OFFICE)
    return batch_id
