"""Draft batches for acceptance tests, written straight through the models (as a list import would)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from postdesk.bootstrap import Core
from postdesk.models.batches import Batch, BatchItem
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract, ContractService, PaymentTerms


@dataclass
class ItemSpec:
    mass_g: int = 20
    mail_type: str = "LETTER"
    category: str = "ORDERED"
    barcode: str | None = None
    value_kop: int = 0
    cod_kop: int = 0
    notice: str = "NONE"
    inventory: bool = False
    sms: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def make_client(
    core: Core,
    *,
    inn: str = "1300000017",
    discount: str = "0",
    without_client: bool = False,
    tolerance_percent: str = "2",
    tolerance_g: int = 5,
) -> tuple[int, int]:
    """A client with one active contract; returns (client id, contract id)."""
    with core.uow() as tx:
        client = Client(
            full_name="ООО «Тест»",
            short_name="ООО «Тест»",
            inn=inn,
            kpp="130001001",
            postal_address="430005, г. Саранск, ул. Ленина, д. 1",
            search_text="тест",
        )
        tx.session.add(client)
        tx.session.flush()
        contract = Contract(
            client_id=client.id,
            number=f"T-{inn}",
            signed_on=dt.date(2025, 1, 1),
            starts_on=dt.date(2025, 1, 1),
            discount_percent=Decimal(discount),
            accept_without_client=without_client,
            weight_tolerance_percent=Decimal(tolerance_percent),
            weight_tolerance_g=tolerance_g,
            # Credit with room to spare, so the money checks at acceptance stay out of the way.
            payment_terms=PaymentTerms.POSTPAID,
            credit_limit_kop=10**12,
            services=[ContractService(service_code="batch_mail")],
        )
        tx.session.add(contract)
        tx.session.flush()
        ids = client.id, contract.id
        tx.commit()
    return ids


def make_draft(
    core: Core, client_id: int, contract_id: int | None, items: list[ItemSpec], list_number: str = "1"
) -> tuple[int, list[int]]:
    """A draft batch with the given items; returns (batch id, item ids in list order)."""
    with core.uow() as tx:
        batch = Batch(
            client_id=client_id,
            contract_id=contract_id,
            list_number=list_number,
            list_date=dt.date(2026, 5, 4),
            mail_type=items[0].mail_type,
            mail_category=items[0].category,
        )
        tx.session.add(batch)
        tx.session.flush()
        rows = [
            BatchItem(
                batch_id=batch.id,
                seq=n,
                barcode=spec.barcode,
                recipient_name=f"Получатель {n}",
                address=f"г. Пенза, ул. Мира, д. {n}",
                postcode="440026",
                mail_type=spec.mail_type,
                mail_category=spec.category,
                declared_mass_g=spec.mass_g,
                declared_value_kop=spec.value_kop,
                cod_kop=spec.cod_kop,
                notice=spec.notice,
                inventory=spec.inventory,
                sms=spec.sms,
                **spec.extra,
            )
            for n, spec in enumerate(items, start=1)
        ]
        tx.session.add_all(rows)
        tx.session.flush()
        batch.items_count = len(rows)
        result = batch.id, [r.id for r in rows]
        tx.commit()
    return result


def mark_all_weighed(core: Core, batch_id: int) -> None:
    """Record every item as weighed at its declared mass (a fast set-up for large batches)."""
    from sqlalchemy import update

    with core.uow() as tx:
        tx.session.execute(
            update(BatchItem)
            .where(BatchItem.batch_id == batch_id)
            .values(
                weighed_mass_g=BatchItem.declared_mass_g,
                weight_source="scale",
                weight_decision="within",
                status="weighed",
            )
        )
        tx.commit()
