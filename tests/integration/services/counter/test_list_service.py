"""Lists on real databases: one-transaction drafts, duplicates against stored items, profiles, audit."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from postdesk.common.errors import UserError
from postdesk.lists.fields import Field
from postdesk.models import AuditEntry, Batch, BatchItem, ListProfile
from postdesk.models.batches import BatchStatus
from tests.support.lists import HEADER, SAMPLES, good_rows, make_client, rpo, write_xlsx


def _count(core, model):
    with core.uow() as tx:
        return tx.session.scalar(select(func.count()).select_from(model))


def test_valid_rows_become_one_draft_batch(core, staff, tmp_path):
    client_id, _inn = make_client(core, staff.operator)
    rows = good_rows(5)
    rows[2][3] = "12"  # an invalid postcode keeps row 4 out
    opened, remembered = core.lists.open(staff.operator, client_id, write_xlsx(tmp_path / "l.xlsx", rows))
    assert not remembered
    result = core.lists.check(staff.operator, client_id, opened)
    assert (result.valid, result.invalid) == (4, 1)
    draft = core.lists.import_draft(staff.operator, client_id, result)
    assert (draft.status, draft.items_count, draft.client_id) == (BatchStatus.DRAFT, 4, client_id)
    assert draft.mass_g == sum(r[7] for i, r in enumerate(rows) if i != 2)
    with core.uow() as tx:
        items = tx.session.scalars(
            select(BatchItem).where(BatchItem.batch_id == draft.id).order_by(BatchItem.seq)
        ).all()
        assert [(i.seq, i.source_row, i.barcode) for i in items] == [
            (1, 2, rpo(1)),
            (2, 3, rpo(2)),
            (3, 5, rpo(4)),
            (4, 6, rpo(5)),
        ]
        assert items[0].recipient_key and items[0].mail_type == "LETTER"
        entry = tx.session.scalar(select(AuditEntry).where(AuditEntry.action == "list_imported"))
        assert entry.after["imported"] == 4 and entry.after["rejected_rows"] == 1
    assert [d.id for d in core.lists.drafts(staff.operator, client_id)] == [draft.id]


def test_the_same_list_again_is_caught_as_duplicates(core, staff, tmp_path):
    client_id, _inn = make_client(core, staff.operator)
    path = write_xlsx(tmp_path / "l.xlsx", good_rows(3))
    first = core.lists.check(staff.operator, client_id, core.lists.open(staff.operator, client_id, path)[0])
    core.lists.import_draft(staff.operator, client_id, first)
    again = core.lists.check(staff.operator, client_id, core.lists.open(staff.operator, client_id, path)[0])
    codes = {f.code for f in again.findings}
    assert codes == {"duplicate_barcode_stored", "duplicate_recipient_stored"}
    assert again.invalid == 3
    with pytest.raises(UserError):
        core.lists.import_draft(staff.operator, client_id, again)
    assert _count(core, Batch) == 1


def test_failed_store_leaves_nothing(core, staff, tmp_path):
    client_id, _inn = make_client(core, staff.operator)
    rows = good_rows(3)
    rows[1][2] = "Я" * 400  # fits the check, stored truncated
    result = core.lists.check(
        staff.operator,
        client_id,
        core.lists.open(staff.operator, client_id, write_xlsx(tmp_path / "l.xlsx", rows))[0],
    )
    with pytest.raises(UserError):
        core.lists.import_draft(staff.operator, client_id + 999, result)
    assert _count(core, Batch) == 0 and _count(core, BatchItem) == 0


def test_mapping_and_sheet_are_remembered_per_client_and_shape(core, staff, tmp_path):
    client_id, _inn = make_client(core, staff.operator)
    other_id, _ = make_client(core, staff.operator, "132600003", "АО «Сети»")
    header = [*HEADER[:7], "Масса", "Ценность", "НП"]  # masses without a unit: guessed as grams
    sheets = {"Пояснения": [["-"]], "Данные": [[*r[:7], r[7] / 1000, 0, 0] for r in good_rows(3)]}
    path = write_xlsx(tmp_path / "kg.xlsx", [], header=header, sheets=sheets)
    opened, _ = core.lists.open(staff.operator, client_id, path, sheet="Данные")
    mapping = opened.guess.mapping
    mapping.mass_in_kg = True
    mapping.columns[Field.CLIENT_REF] = mapping.columns.pop(Field.SEQ)
    result = core.lists.check(staff.operator, client_id, opened, mapping)
    assert result.items[0].declared_mass_g == 21 and result.items[0].client_ref == "1"
    core.lists.remember(staff.operator, client_id, result)
    assert _count(core, ListProfile) == 2

    again, remembered = core.lists.open(staff.operator, client_id, path)
    assert remembered and again.table.sheet == "Данные"
    assert again.guess.mapping.mass_in_kg and Field.CLIENT_REF in again.guess.mapping.columns
    for_other, remembered_other = core.lists.open(staff.operator, other_id, path)
    assert not remembered_other and for_other.table.sheet != "Данные"


def test_rejecting_stores_only_the_audit_entry(core, staff):
    client_id, _inn = make_client(core, staff.operator)
    result = core.lists.check(
        staff.operator, client_id, core.lists.open(staff.operator, client_id, SAMPLES / "list-cp1251.csv")[0]
    )
    core.lists.reject(staff.operator, client_id, result, "неверные индексы")
    assert _count(core, Batch) == 0
    with core.uow() as tx:
        entry = tx.session.scalar(select(AuditEntry).where(AuditEntry.action == "list_rejected"))
        assert entry.after["reason"] == "неверные индексы" and entry.after["rows"] == 25
