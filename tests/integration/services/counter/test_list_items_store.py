"""The bulk item insert stores exactly what the ORM would, on SQLite (raw path) and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from postdesk.lists.items import ListItem
from postdesk.models import Batch, BatchItem
from postdesk.models.batches import BatchStatus, ItemStatus
from postdesk.services.counter.list_items_store import CHUNK, insert_items
from tests.support.core import make_staff
from tests.support.lists import make_client, rpo


def _items() -> list[ListItem]:
    plain = ListItem(2, 1, barcode=rpo(1), recipient_name="Ёлкина Анна", address="г. Тула", postcode="300000")
    plain.declared_mass_g, plain.mail_type, plain.mail_category = 20, "LETTER", "ORDERED"
    long = ListItem(
        5,
        3,
        barcode=None,  # no identifier yet
        client_ref="к" * 150,
        recipient_name="Я" * 400,
        address="ул. «Мира», д. 1; " + "ё" * 700,
        address_parts={"city": "Тула", "street": "Мира"},
        postcode="3000001234567",
        phone="+7 " + "9" * 60,
    )
    long.declared_value_kop, long.cod_kop, long.listed_fee_kop, long.inventory, long.sms = (
        10_000,
        5_000,
        7_800,
        True,
        True,
    )
    long.length_mm, long.width_mm, long.height_mm, long.notice = 300, 200, 100, "SIMPLE"
    return [plain, long]


def test_rows_are_stored_truncated_with_defaults_and_numbered(core, staff):
    client_id, _inn = make_client(core, staff.operator)
    items = _items()
    with core.uow() as tx:
        batch = Batch(client_id=client_id, status=BatchStatus.DRAFT, list_number="7")
        tx.session.add(batch)
        tx.session.flush()
        insert_items(tx.session.connection(), batch.id, items)
        tx.commit()
        batch_id = batch.id
    with core.uow() as tx:
        plain, long = tx.session.scalars(
            select(BatchItem).where(BatchItem.batch_id == batch_id).order_by(BatchItem.seq)
        ).all()
        assert (plain.seq, plain.source_row, plain.status, plain.barcode) == (
            1,
            2,
            ItemStatus.PENDING,
            rpo(1),
        )
        assert (plain.recipient_name, plain.address, plain.postcode) == ("Ёлкина Анна", "г. Тула", "300000")
        assert (plain.declared_mass_g, plain.mail_type, plain.mail_category, plain.mail_rank) == (
            20,
            "LETTER",
            "ORDERED",
            "WO_RANK",
        )
        assert plain.address_parts is None and plain.recipient_key == items[0].recipient_key
        assert (plain.priced_mass_g, plain.barcode_allocated, plain.status_reason, plain.weighed_mass_g) == (
            0,
            False,
            "",
            None,
        )
        assert (long.seq, long.source_row, long.barcode, long.declared_mass_g) == (2, 5, None, 0)
        assert long.client_ref == "к" * 100 and long.recipient_name == "Я" * 300
        assert long.address == items[1].address[:600] and long.postcode == "3000001234"
        assert long.phone == items[1].phone[:40]
        assert long.address_parts == {"city": "Тула", "street": "Мира"}
        assert (long.declared_value_kop, long.cod_kop, long.listed_fee_kop) == (10_000, 5_000, 7_800)
        assert (long.inventory, long.fragile, long.sms, long.notice) == (True, False, True, "SIMPLE")
        assert (long.length_mm, long.width_mm, long.height_mm) == (300, 200, 100)


def test_more_rows_than_a_chunk_keep_their_order(sqlite_core):
    client_id, _inn = make_client(sqlite_core, make_staff(sqlite_core).operator)
    items = [ListItem(n + 1, n, barcode=rpo(n), recipient_name=f"П {n}") for n in range(1, CHUNK + 3)]
    with sqlite_core.uow() as tx:
        batch = Batch(client_id=client_id, status=BatchStatus.DRAFT, list_number="8")
        tx.session.add(batch)
        tx.session.flush()
        insert_items(tx.session.connection(), batch.id, items)
        tx.commit()
        stored = tx.session.execute(
            select(BatchItem.seq, BatchItem.source_row, BatchItem.barcode)
            .where(BatchItem.batch_id == batch.id)
            .order_by(BatchItem.seq)
        ).all()
    assert [tuple(r) for r in stored] == [(n, n + 1, rpo(n)) for n in range(1, CHUNK + 3)]
