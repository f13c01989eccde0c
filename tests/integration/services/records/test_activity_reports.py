"""Clients gone quiet and contracts expiring, on SQLite and PostgreSQL."""

import datetime as dt

from postdesk.models import Contract
from postdesk.services.records.data import Period, ServiceRecordDraft
from tests.support.batches import make_client


def test_a_regular_client_who_stopped_is_quiet_and_a_recent_one_is_not(core, staff):
    quiet = make_client(core, inn="1300000017")[0]
    busy = make_client(core, inn="1300000024")[0]
    today = dt.date.today()
    for days in (200, 175, 150, 125, 100):
        core.records.add(
            staff.operator, ServiceRecordDraft(quiet, "parcels", on=today - dt.timedelta(days=days))
        )
        core.records.add(
            staff.operator, ServiceRecordDraft(busy, "parcels", on=today - dt.timedelta(days=days))
        )
    core.records.add(staff.operator, ServiceRecordDraft(busy, "parcels", on=today - dt.timedelta(days=3)))
    found = core.activity_reports.quiet_clients(staff.supervisor, weeks=8)
    assert [(q.client_id, q.records_before, q.usual_gap_days) for q in found] == [(quiet, 5, 25)]
    assert found[0].silent_days >= 100


def test_contracts_ending_in_the_period_with_last_year_revenue(core, staff):
    client_id, contract_id = make_client(core)
    core.records.add(staff.operator, ServiceRecordDraft(client_id, "ems", amount_kop=90000))
    today = dt.date.today()
    with core.uow() as tx:
        tx.session.get(Contract, contract_id).ends_on = today + dt.timedelta(days=20)
        tx.commit()
    rows = core.activity_reports.expiring_contracts(
        staff.supervisor, Period(today, today + dt.timedelta(days=30))
    )
    assert [(r.client_id, r.revenue_year_kop) for r in rows] == [(client_id, 90000)]
    assert (
        core.activity_reports.expiring_contracts(
            staff.supervisor, Period(today, today + dt.timedelta(days=10))
        )
        == []
    )
