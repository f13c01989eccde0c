"""Changing a draft before acceptance: remove an item, hand it back, fix its declared data; each
with a reason and an audit entry, and never once the batch is accepted. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from postdesk.common.errors import ConflictError, UserError
from postdesk.models import AuditEntry, BatchItem
from postdesk.models.batches import ItemStatus
from postdesk.postal.weighing import WeightDecision
from postdesk.services.counter.corrections import ItemCorrection
from tests.support.batches import ItemSpec, make_client, make_draft


def _audit(core, action: str) -> list[tuple[str, dict, dict]]:  # type: ignore[no-untyped-def]
    with core.uow() as tx:
        return [
            (object_id, before, after)
            for object_id, before, after in tx.session.execute(
                select(AuditEntry.object_id, AuditEntry.before, AuditEntry.after)
                .where(AuditEntry.action == action)
                .order_by(AuditEntry.id)
            )
        ]


def test_removing_an_item_needs_a_reason_and_is_audited(core, staff):
    client_id, contract_id = make_client(core)
    batch_id, ids = make_draft(core, client_id, contract_id, [ItemSpec(20), ItemSpec(30), ItemSpec(40)])
    with pytest.raises(UserError, match="причин"):
        core.draft_edits.remove_item(staff.operator, ids[1], "  ")
    removed = core.draft_edits.remove_item(staff.operator, ids[1], "нет в мешке")
    assert (removed.batch_id, removed.seq, removed.items_left) == (batch_id, 2, 2)
    with core.uow() as tx:
        assert [i.seq for i in tx.session.scalars(select(BatchItem).order_by(BatchItem.seq))] == [1, 3]
    [(object_id, before, after)] = _audit(core, "item_remove")
    assert object_id == str(batch_id) and before["seq"] == 2 and before["declared_g"] == 30
    assert after == {"reason": "нет в мешке", "items_left": 2}


def test_handing_back_and_fixing_declared_data(core, staff):
    client_id, contract_id = make_client(core, tolerance_percent="2")
    _batch_id, ids = make_draft(core, client_id, contract_id, [ItemSpec(100), ItemSpec(50, value_kop=10_000)])
    back = core.draft_edits.hand_back(staff.operator, ids[0], "клиент забрал")
    assert back.status is ItemStatus.RETURNED
    [(object_id, _before, after)] = _audit(core, "item_hand_back")
    assert object_id == str(ids[0]) and after["reason"] == "клиент забрал"

    weighed = core.weighing.record_weight(staff.operator, ids[1], 80)
    assert weighed.needs_decision  # 80 g against 50 g declared
    fixed = core.draft_edits.fix_item(
        staff.operator, ids[1], "опечатка в списке", ItemCorrection(mass_g=80, recipient_name="Петров П. П.")
    )
    assert fixed.declared_mass_g == 80 and fixed.recipient_name == "Петров П. П."
    assert fixed.status is ItemStatus.WEIGHED and fixed.weight_decision is WeightDecision.WITHIN
    [(_object_id, before, after)] = _audit(core, "item_fix")
    assert before["declared_g"] == 50 and after["declared_g"] == 80 and after["reason"] == "опечатка в списке"
    with pytest.raises(UserError):
        core.draft_edits.fix_item(staff.operator, ids[1], "ошибка", ItemCorrection(cod_kop=20_000))
    with pytest.raises(UserError):
        core.draft_edits.fix_item(staff.operator, ids[1], "ошибка", ItemCorrection(mass_g=0))


def test_an_accepted_batch_is_changed_only_by_a_correction(core, staff):
    client_id, contract_id = make_client(core)
    batch_id, ids = make_draft(core, client_id, contract_id, [ItemSpec(20), ItemSpec(30)])
    for item_id, mass in zip(ids, (20, 30), strict=True):
        core.weighing.record_weight(staff.operator, item_id, mass)
    core.acceptance.accept(staff.operator, batch_id, office_postcode="430005")
    for edit in (
        lambda: core.draft_edits.remove_item(staff.operator, ids[0], "нет в мешке"),
        lambda: core.draft_edits.hand_back(staff.operator, ids[0], "клиент забрал"),
        lambda: core.draft_edits.fix_item(staff.operator, ids[0], "опечатка", ItemCorrection(mass_g=25)),
    ):
        with pytest.raises(ConflictError, match="исправлением"):
            edit()
    assert _audit(core, "item_remove") == [] and _audit(core, "item_fix") == []
