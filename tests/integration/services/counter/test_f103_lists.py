"""A mixed list is handed over as one ф.103 per kind and category, on SQLite and PostgreSQL.

Acceptance reports the lists; the printed ф.103 has each of them with its own number, header
and totals (read back from the PDF), and the identifiers on each list are those the labels of
its items carry (decoded from the labels' barcodes).
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from postdesk.common import settings as s
from postdesk.common.errors import UserError
from postdesk.common.money import format_kop
from postdesk.common.weights import format_mass
from postdesk.models import AuditEntry
from postdesk.printing.options import FormKind
from tests.support.pdf import page_barcodes, page_texts, squeeze
from tests.support.printed_batches import PARCEL_WITH_COD, store_batch

LETTER = ("LETTER", "ORDERED", 80)
BANDEROL = ("BANDEROL", "ORDERED", 450)
MIXED = (LETTER, BANDEROL, PARCEL_WITH_COD)
HEADERS = {
    "118-1": "Письмо заказное",
    "118-2": "Бандероль заказная",
    "118-3": "Посылка с объявленной ценностью и наложенным платежом",
}


def _mixed(core, count: int = 7) -> int:  # type: ignore[no-untyped-def]
    core.settings.set(s.OFFICE_NAME, "ОПС Саранск")
    return store_batch(core, count, kinds=MIXED)


def _first_pages(texts: list[str]) -> dict[str, str]:
    """The first page of each list's first copy, by the list's number."""
    found = {}
    for text in texts:
        match = re.search(r"СПИСОК № (\S+)", text)
        if match and "Экземпляр 1" in text:
            found.setdefault(match.group(1), text)
    return found


def test_acceptance_reports_one_list_per_kind_with_its_totals(core, staff):
    batch_id = _mixed(core)
    with core.uow() as tx:
        after = tx.session.scalars(
            select(AuditEntry.after).where(
                AuditEntry.action == "batch_accept", AuditEntry.object_id == str(batch_id)
            )
        ).one()
    assert after["lists"] == ["118-1", "118-2", "118-3"]
    document = core.printing.document(staff.operator, batch_id)
    seqs = {
        number: [i.seq for i in document.items if i.mail_type == kind[0]]
        for number, kind in zip(HEADERS, MIXED, strict=True)
    }
    assert seqs == {"118-1": [1, 4, 7], "118-2": [2, 5], "118-3": [3, 6]}


def test_the_printed_f103_has_each_list_with_its_number_header_and_totals(core, staff):
    batch_id = _mixed(core)
    document = core.printing.document(staff.operator, batch_id)
    rendered = core.printing.render_batch(staff.operator, batch_id, FormKind.F103)
    assert rendered.lists == ("118-1", "118-2", "118-3") and rendered.items == 7
    texts = page_texts(rendered.pdf)
    assert len(texts) == 3 * 2  # three lists, two copies each, a page each
    firsts = _first_pages(texts)
    assert list(firsts) == list(HEADERS)
    labels = core.printing.render_batch(staff.operator, batch_id, FormKind.LABELS)
    decoded = [code for page in page_barcodes(labels.pdf) for _format, code in page]
    assert sorted(decoded) == sorted(i.barcode for i in document.items if i.barcode)
    for (number, title), kind in zip(HEADERS.items(), MIXED, strict=True):
        text = firsts[number]
        flat = " ".join(text.split())
        assert f"Вид и категория РПО: {title}" in flat
        assert "Место приёма (ОПС): 430005 ОПС Саранск" in flat
        items = [i for i in document.items if i.mail_type == kind[0]]
        assert f"Всего по списку отправлений: {len(items)}" in flat
        grand = flat[flat.index("Всего по списку") :]
        assert squeeze(format_mass(sum(i.priced_mass_g for i in items))) in squeeze(grand)
        assert squeeze(format_kop(sum(i.net_kop for i in items))) in squeeze(grand)
        # The identifiers on this list are exactly those on its items' labels, and no other's.
        on_list = {code for code in decoded if code in squeeze(text)}
        assert on_list == {i.barcode for i in items}
    totals = [
        sum(i.net_kop + (i.vat_kop or 0) for i in document.items if i.mail_type == kind[0]) for kind in MIXED
    ]
    assert sum(totals) == document.totals.fee_with_vat_kop


def test_one_list_prints_alone_and_counts_as_printed_on_its_own(core, staff):
    batch_id = _mixed(core)
    second = core.printing.render_batch(staff.operator, batch_id, FormKind.F103, list_number="118-2")
    texts = page_texts(second.pdf)
    assert len(texts) == 2 and all("118-2" in t for t in texts) and second.items == 2
    assert second.title == "f103-118-2" and second.lists == ("118-2",)
    assert core.printing.record_output(staff.operator, second, "printed") is False
    first = core.printing.render_batch(staff.operator, batch_id, FormKind.F103, list_number="118-1")
    assert core.printing.record_output(staff.operator, first, "printed") is False
    everything = core.printing.render_batch(staff.operator, batch_id, FormKind.F103)
    assert core.printing.record_output(staff.operator, everything, "printed") is True
    with pytest.raises(UserError, match="118-1, 118-2, 118-3"):
        core.printing.render_batch(staff.operator, batch_id, FormKind.F103, list_number="118-9")


def test_a_list_of_one_kind_keeps_its_own_number(core, staff):
    single = store_batch(core, 3)
    rendered = core.printing.render_batch(staff.operator, single, FormKind.F103)
    assert rendered.lists == ("118",)
    assert "СПИСОК № 118 партионных" in " ".join(page_texts(rendered.pdf)[0].split())


def test_the_receipt_names_every_list_and_its_kind(core, staff):
    mixed = _mixed(core, 4)
    pdf = core.printing.render_batch(staff.operator, mixed, FormKind.RECEIPT).pdf
    receipt = " ".join(" ".join(page_texts(pdf)).split())
    assert "по спискам ф.103 № 118-1, 118-2, 118-3" in receipt
    assert "Бандероль заказная, без разряда (№ 118-2)" in receipt
