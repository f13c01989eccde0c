"""Documents from a stored batch, on SQLite and PostgreSQL: what is printed and how it is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from postdesk.common.errors import NotFound, UserError
from postdesk.models import AuditEntry
from postdesk.printing.from_batch import document_from_batch
from postdesk.printing.options import FormKind
from postdesk.printing.samples import sample_items
from tests.support.batches import store_batch
from tests.support.pdf import page_texts


def test_document_from_batch_uses_the_stored_fields(core, staff):
    batch_id = store_batch(core, 6, returned=1)
    with core.uow() as tx:
        document = document_from_batch(
            tx, batch_id, office_postcode="430005", office_name="Саранск", operator_name="Петрова А. С."
        )
    samples = sample_items(6, seed=5)[:5]
    assert [item.barcode for item in document.items] == [s.barcode for s in samples]
    assert [item.fee_kop for item in document.items] == [s.fee_kop for s in samples]
    assert all(item.vat_kop is None for item in document.items)
    assert document.totals.fee_kop == sum(s.fee_kop for s in samples)
    header = document.header
    assert (header.contract_number, header.list_number, header.client.postcode) == (
        "45-2025/017",
        "118",
        "430005",
    )
    assert header.client.inn and header.client.bik and not header.client.address.startswith("430005")


def test_print_service_renders_and_audits_prints_then_reprints(core, staff):
    batch_id = store_batch(core, 4)
    rendered = core.printing.render_batch(staff.operator, batch_id, FormKind.F103)
    text = "\n".join(page_texts(rendered.pdf))
    assert "СПИСОК № 118" in text and rendered.items == 4
    assert core.printing.record_output(staff.operator, rendered, "printed") is False
    assert core.printing.record_output(staff.operator, rendered, "saved") is True
    labels = core.printing.render_batch(staff.operator, batch_id, FormKind.LABELS)
    assert core.printing.record_output(staff.operator, labels, "printed") is False
    with core.uow() as tx:
        rows = tx.session.execute(
            select(AuditEntry.action, AuditEntry.after, AuditEntry.user_login)
            .where(AuditEntry.object_type == "batch")
            .order_by(AuditEntry.id)
        ).all()
    assert [(action, after["form"], after["how"]) for action, after, _login in rows] == [
        ("document.print", "f103", "printed"),
        ("document.reprint", "f103", "saved"),
        ("document.print", "labels", "printed"),
    ]
    assert {login for *_rest, login in rows} == {staff.operator.login}


def test_missing_batch_and_missing_fee_are_user_errors(core, staff):
    with pytest.raises(NotFound):
        core.printing.render_batch(staff.operator, 999, FormKind.F103)
    batch_id = store_batch(core, 2, without_fee=True)
    with pytest.raises(UserError, match="1"):
        core.printing.render_batch(staff.operator, batch_id, FormKind.F103)
