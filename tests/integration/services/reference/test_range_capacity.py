"""The office set-up's view of identifier ranges: what is left, and warnings when it runs low."""

import pytest

from postdesk.common import settings as s
from postdesk.common.errors import PermissionDenied, ValidationFailed
from postdesk.postal.numbering import IdentifierKind


def test_a_range_running_low_is_flagged(core, staff):
    core.settings.set(s.RANGE_WARN_BELOW, 50)
    big = core.identifiers.add_range(staff.admin, IdentifierKind.S10, "RA", 1, 10_000, suffix="RU")
    small = core.identifiers.add_range(staff.admin, IdentifierKind.S10, "RB", 1, 40, suffix="RU")
    core.identifiers.allocate_s10(staff.operator, 9_500, "RA")
    shown = {r.id: r for r in core.range_capacity.ranges(staff.operator)}
    assert shown[big.id].remaining == 500 and shown[big.id].warning  # under a tenth
    assert shown[small.id].remaining == 40 and shown[small.id].warning  # under the threshold
    core.settings.set(s.RANGE_WARN_BELOW, 10)
    shown = {r.id: r for r in core.range_capacity.ranges(staff.operator)}
    assert not shown[small.id].warning


def test_overlaps_and_non_administrators_are_refused(core, staff):
    core.identifiers.add_range(staff.admin, IdentifierKind.S10, "RA", 1, 100, suffix="RU")
    with pytest.raises(ValidationFailed):
        core.identifiers.add_range(staff.admin, IdentifierKind.S10, "RA", 100, 200, suffix="RU")
    with pytest.raises(PermissionDenied):
        core.identifiers.add_range(staff.supervisor, IdentifierKind.S10, "RC", 1, 100, suffix="RU")
    assert len(core.range_capacity.ranges(staff.operator)) == 1


def test_the_contract_picker_lists_active_contracts_first_and_ranges_keep_the_overlap_rules(core, staff):
    from postdesk.models.contracts import Contract, ContractStatus
    from tests.support.batches import make_client

    _first, closed_id = make_client(core, inn="1300000017")
    _second, open_id = make_client(core, inn="7707083893")
    with core.uow() as tx:
        tx.session.get(Contract, closed_id).status = ContractStatus.TERMINATED
        tx.commit()
    choices = core.range_capacity.contract_choices(staff.operator)
    assert [(c.id, c.number, c.active) for c in choices] == [
        (open_id, "T-7707083893", True),
        (closed_id, "T-1300000017", False),
    ]
    assert choices[0].client_name == "ООО «Тест»" and choices[0].client_inn == "7707083893"
    core.identifiers.add_range(
        staff.admin, IdentifierKind.S10, "RB", 1, 500, suffix="RU", contract_id=open_id
    )
    with pytest.raises(ValidationFailed):  # an office range may not take the contract's numbers
        core.identifiers.add_range(staff.admin, IdentifierKind.S10, "RB", 400, 900, suffix="RU")
    assert [r.contract_id for r in core.range_capacity.ranges(staff.operator)] == [open_id]
