"""Documents from a stored batch, on SQLite and PostgreSQL: what is printed and how it is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from postdesk.common.errors import NotFound, UserError
from postdesk.models import AuditEntry, BatchItem, ItemStatus
from postdesk.models.charges import ItemChargeRow
from postdesk.printing.options import FormKind
from postdesk.printing.samples import sample_items
from tests.support.pdf import page_texts
from tests.support.printed_batches import store_batch


def test_printed_document_is_the_accepted_batch(core, staff):
    batch_id = store_batch(core, 6, returned=1)
    document = core.printing.document(staff.operator, batch_id)
    samples = sample_items(6, seed=5)[:5]
    assert [item.barcode for item in document.items] == [s.barcode for s in samples]
    with core.uow() as tx:
        charges = tx.session.execute(
            select(ItemChargeRow.net_kop, ItemChargeRow.vat_kop, ItemChargeRow.total_kop)
            .join(BatchItem, BatchItem.id == ItemChargeRow.item_id)
            .where(BatchItem.batch_id == batch_id, BatchItem.status == ItemStatus.ACCEPTED)
            .order_by(BatchItem.seq)
        ).all()
    assert [item.net_kop for item in document.items] == [net for net, _vat, _total in charges]
    assert [item.vat_kop for item in document.items] == [vat for _net, vat, _total in charges]
    assert all(item.net_kop > 0 for item in document.items)
    assert document.totals.net_kop + (document.totals.vat_kop or 0) == sum(t for *_rest, t in charges)
    header = document.header
    assert (header.contract_number, header.list_number, header.client.postcode, header.office_postcode) == (
        "45-2025/017",
        "118",
        "430005",
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
            .where(AuditEntry.object_type == "batch", AuditEntry.action.like("document.%"))
            .order_by(AuditEntry.id)
        ).all()
    assert [(action, after["form"], after["how"]) for action, after, _login in rows] == [
        ("document.print", "f103", "printed"),
        ("document.reprint", "f103", "saved"),
        ("document.print", "labels", "printed"),
    ]
    assert {login for *_rest, login in rows} == {staff.operator.login}


def test_missing_and_unaccepted_batches_are_user_errors(core, staff):
    with pytest.raises(NotFound):
        core.printing.render_batch(staff.operator, 999, FormKind.F103)
    batch_id = store_batch(core, 2, accept=False)
    with pytest.raises(UserError, match="принятых"):
        core.printing.render_batch(staff.operator, batch_id, FormKind.F103)
