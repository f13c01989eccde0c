"""The monthly summaries equal a recomputation from the raw records, and the reports read them right.

On SQLite and PostgreSQL: after any mix of services given, declined and impossible (on any day
of the last fourteen months), of accepted batches and voids, the stored summaries are exactly
the raw records summed again, ``rebuild`` (the migration's SQL) gives the same, and every report
over any period equals the same report computed from the raw records alone.
"""

import datetime as dt
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from postdesk.models import Client, Outcome, ServiceRecord
from postdesk.services.records import summaries
from postdesk.services.records.competitors import median_kop
from postdesk.services.records.data import Period, ServiceRecordDraft
from postdesk.services.records.reports import RecordFilter
from tests.support.batches import ItemSpec, make_client, make_draft
from tests.support.record_summaries import recomputed, stored

TODAY = dt.date.today()
REFUSAL_REASONS = {Outcome.DECLINED: ["price", "competitor", "other"], Outcome.NOT_POSSIBLE: ["out_of_stock"]}

ADDS = st.lists(
    st.tuples(
        st.integers(0, 1),  # which client
        st.sampled_from(["parcels", "ems", "packaging"]),
        st.sampled_from(list(Outcome)),
        st.integers(0, 420),  # days ago
        st.integers(1, 5),
        st.integers(0, 200_000),
        st.integers(0, 3),  # reason / competitor pick
    ),
    min_size=1,
    max_size=6,
)


def _clients(core):
    with core.uow() as tx:
        ids = list(tx.session.scalars(select(Client.id).order_by(Client.id)))
    if len(ids) < 2:
        ids = [make_client(core, inn="1300000017")[0], make_client(core, inn="1300000024")[0]]
    return ids


def _add(core, staff, clients, add):
    which, service, outcome, days, quantity, amount, pick = add
    refusal = outcome is not Outcome.GIVEN
    reasons = REFUSAL_REASONS.get(outcome, [])
    draft = ServiceRecordDraft(
        clients[which],
        service,
        outcome,
        quantity=quantity,
        amount_kop=0 if refusal else amount,
        reason_code=reasons[pick % len(reasons)] if refusal else None,
        competitor_name=["", "Курьер", "Банк"][pick % 3] if refusal else "",
        competitor_price_kop=amount if refusal and pick % 3 else None,
        on=TODAY - dt.timedelta(days=days),
    )
    core.records.add(staff.operator if pick % 2 else staff.supervisor, draft)


def _raw_volumes(core, period):
    months, clients = defaultdict(lambda: [0, 0, 0]), defaultdict(lambda: [0, 0, 0])
    with core.uow() as tx:
        for r in tx.session.scalars(
            select(ServiceRecord).where(
                ServiceRecord.outcome == Outcome.GIVEN,
                ServiceRecord.at >= period.since,
                ServiceRecord.at < period.until,
            )
        ):
            for target in (months[r.at.strftime("%Y-%m")], clients[r.client_id]):
                target[0] += 1
                target[1] += r.items_count
                target[2] += r.amount_kop
    return dict(months), dict(clients)


def _raw_quiet(core, weeks=8):
    """Clients gone quiet, by the report's own rule, from the raw records."""
    now = dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    since = now - dt.timedelta(days=365 + weeks * 7)
    seen = defaultdict(list)
    with core.uow() as tx:
        for r in tx.session.scalars(select(ServiceRecord).where(ServiceRecord.outcome == Outcome.GIVEN)):
            if since <= r.at < now and r.kind != "voided":
                seen[r.client_id].append(r.at)
    quiet = set()
    for client_id, moments in seen.items():
        first, last, count = min(moments), max(moments), len(moments)
        if (
            count >= 4
            and last < now - dt.timedelta(weeks=weeks)
            and now - last >= 3 * (last - first) / (count - 1)
        ):
            quiet.add((client_id, count))
    return quiet


def _check(core, staff, period):
    with core.uow() as tx:
        assert stored(tx.session) == recomputed(tx.session)
    volumes = core.reports.volumes(staff.supervisor, period)
    months, clients = _raw_volumes(core, period)
    assert {m.month: [m.records, m.quantity, m.amount_kop] for m in volumes.by_month} == months
    assert {c.client_id: [c.records, c.quantity, c.amount_kop] for c in volumes.by_client} == clients
    assert volumes.clients == len(clients) and volumes.rest.records == 0
    top = core.reports.volumes(staff.supervisor, period, limit=1)  # one page, the rest summed
    assert top.by_client == volumes.by_client[:1] and top.clients == len(clients)
    assert [top.rest.records, top.rest.quantity, top.rest.amount_kop] == [
        sum(c[i] for cid, c in clients.items() if cid not in {v.client_id for v in top.by_client})
        for i in range(3)
    ]
    refusals = core.reports.refusals(staff.supervisor, period)
    drilled = core.reports.records(
        staff.supervisor,
        RecordFilter(period, outcomes=(Outcome.DECLINED, Outcome.NOT_POSSIBLE)),
    )
    assert refusals.total == len(drilled)
    by_reason = defaultdict(int)
    for record in drilled:
        by_reason[record.reason_code] += 1
    assert {r.reason: r.count for r in refusals.by_reason} == dict(by_reason)
    quoted = defaultdict(list)
    for record in drilled:
        if record.competitor_name and record.competitor_price_kop is not None:
            quoted[record.competitor_name].append(record.competitor_price_kop)
    assert {c.competitor: c.median_price_kop for c in refusals.by_competitor if c.competitor in quoted} == {
        name: median_kop(prices) for name, prices in quoted.items()
    }
    quiet = core.activity_reports.quiet_clients(staff.supervisor, weeks=8, as_of=TODAY)
    assert {(q.client_id, q.records_before) for q in quiet} == _raw_quiet(core)
    activity = core.activity_reports.operator_activity(staff.supervisor, period)
    assert sum(a.services + a.refusals + a.batches + a.corrections + a.voids for a in activity) == len(
        core.reports.records(
            staff.supervisor,
            RecordFilter(period),
        )
    )


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(adds=ADDS, start_ago=st.integers(0, 430), length=st.integers(0, 400))
def test_summaries_are_the_raw_records_summed_and_reports_match_them(core, staff, adds, start_ago, length):
    clients = _clients(core)
    for add in adds:
        _add(core, staff, clients, add)
    start = TODAY - dt.timedelta(days=start_ago)
    _check(core, staff, Period(start, min(TODAY, start + dt.timedelta(days=length))))


def test_batches_voids_and_a_rebuild_agree_with_the_records(core, staff):
    client_id, contract_id = make_client(core)
    batch_id, items = make_draft(core, client_id, contract_id, [ItemSpec(20)] * 3)
    for item in items:
        core.weighing.record_weight(staff.operator, item, 20)
    core.acceptance.accept(staff.operator, batch_id, office_postcode="430005")
    core.corrections.void_item(staff.supervisor, items[0], "ошибка")
    core.records.add(staff.operator, ServiceRecordDraft(client_id, "parcels", amount_kop=5000))
    with core.uow() as tx:
        expected = recomputed(tx.session)
        assert stored(tx.session) == expected
        kinds = {key[3] for key in expected["clients"]}
        assert kinds == {"accepted", "voided", "counter"}
        summaries.rebuild(tx.session)
        assert stored(tx.session) == expected
    year = Period(TODAY - dt.timedelta(days=364), TODAY)
    activity = {a.login: a for a in core.activity_reports.operator_activity(staff.supervisor, year)}
    assert activity[staff.operator.login].batches == 1 and activity[staff.supervisor.login].voids == 1


def test_a_period_splits_into_whole_months_and_the_days_around_them():
    assert summaries.split(dt.date(2025, 12, 3), dt.date(2026, 12, 2)) == (
        ("2026-01", "2026-11"),
        [(dt.date(2025, 12, 3), dt.date(2026, 1, 1)), (dt.date(2026, 12, 1), dt.date(2026, 12, 3))],
    )
    assert summaries.split(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == (("2026-01", "2026-12"), [])
    assert summaries.split(dt.date(2026, 1, 5), dt.date(2026, 1, 20)) == (
        None,
        [(dt.date(2026, 1, 5), dt.date(2026, 1, 21))],
    )
    # no whole month, but the ends of two: each range stays within its month
    assert summaries.split(dt.date(2026, 1, 15), dt.date(2026, 2, 10)) == (
        None,
        [(dt.date(2026, 1, 15), dt.date(2026, 2, 1)), (dt.date(2026, 2, 1), dt.date(2026, 2, 11))],
    )
