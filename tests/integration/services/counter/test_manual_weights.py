"""Manual weights: validated, permission-checked and written to the audit log in one transaction."""

from __future__ import annotations

from decimal import Decimal

import pytest

from postdesk.common.errors import ValidationFailed
from postdesk.services.counter.manual_weights import MANUAL_WEIGHT_ACTION


def test_manual_weight_is_recorded_with_who_and_why(core, staff):
    weighing = core.manual_weights.record_manual(staff.operator, " 1 250 ", "scale broken", subject="batch-7")
    assert weighing.grams == Decimal(1250) and weighing.manual
    [entry] = core.audit.entries_for(staff.supervisor, "weighing", "batch-7")
    assert entry.action == MANUAL_WEIGHT_ACTION and entry.user_login == staff.operator.login
    assert entry.after == {"grams": "1250", "manual": True, "reason": "scale broken"}


@pytest.mark.parametrize("text", ["", "abc", "0", "-3", "1000001", "NaN", "Infinity"])
def test_bad_weights_are_refused_and_not_recorded(core, staff, text):
    with pytest.raises(ValidationFailed) as caught:
        core.manual_weights.record_manual(staff.operator, text)
    assert "grams" in caught.value.errors
    assert core.audit.entries_for(staff.supervisor, "weighing", "") == []
