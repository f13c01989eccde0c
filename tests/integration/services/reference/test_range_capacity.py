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
