"""The refusal register of a period goes to xlsx in full, and only supervisors export it."""

import datetime as dt

import pytest
from openpyxl import load_workbook

from postdesk.common.errors import PermissionDenied
from postdesk.models import Outcome
from postdesk.services.records.data import Period, ServiceRecordDraft
from tests.support.batches import make_client


def test_refusals_export_has_every_refusal_of_the_period(core, staff, tmp_path):
    client_id = make_client(core)[0]
    for note in ("=cmd|' /C calc'!A0", "обычная"):
        core.records.add(
            staff.operator,
            ServiceRecordDraft(client_id, "parcels", Outcome.DECLINED, reason_code="price", note=note),
        )
    core.records.add(staff.operator, ServiceRecordDraft(client_id, "parcels"))
    today = dt.date.today()
    target = tmp_path / "refusals.xlsx"
    with pytest.raises(PermissionDenied):
        core.record_exports.export_refusals(staff.operator, Period(today, today), target)
    assert core.record_exports.export_refusals(staff.supervisor, Period(today, today), target) == 2
    workbook = load_workbook(target, read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    workbook.close()
    assert len(rows) == 3 and rows[0][1] == "Клиент"
    assert {r[12] for r in rows[1:]} == {"'=cmd|' /C calc'!A0", "обычная"}
