"""Recording services, refusals and competitor prices on SQLite and PostgreSQL."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from postdesk.common.errors import NotFound, PermissionDenied, UserError
from postdesk.models import AuditEntry, Competitor, Outcome, PriceObservation, ServiceRecord
from postdesk.models.records import ReasonScope
from postdesk.services.records.data import Period, ServiceRecordDraft
from postdesk.services.records.reports import RecordFilter
from postdesk.services.records.timeline import TimelineQuery
from tests.support.batches import make_client


@pytest.fixture
def client_id(core):
    return make_client(core)[0]


def _count(core, model):
    with core.uow() as tx:
        return tx.session.scalar(select(func.count()).select_from(model))


def test_a_given_service_is_recorded_with_operator_workstation_and_audit(core, staff, client_id):
    record = core.records.add(
        staff.operator, ServiceRecordDraft(client_id, "parcels", quantity=3, amount_kop=105000, note="срочно")
    )
    assert record.outcome is Outcome.GIVEN and record.quantity == 3 and record.amount_kop == 105000
    assert record.user_login == staff.operator.login and record.workstation == "test-ws"
    assert record.service_name == "Посылки" and record.kind == "counter"
    with core.uow() as tx:
        entry = tx.session.scalars(select(AuditEntry).where(AuditEntry.action == "service_record_add")).one()
        assert entry.object_id == str(record.id) and entry.after["client_id"] == client_id


def test_a_refusal_with_a_new_competitor_adds_it_and_its_price(core, staff, client_id):
    draft = ServiceRecordDraft(
        client_id,
        "ems",
        Outcome.DECLINED,
        reason_code="competitor",
        competitor_name="  Быстрая   Доставка ",
        competitor_price_kop=75000,
    )
    first = core.records.add(staff.operator, draft)
    again = core.records.add(
        staff.operator, draft.__class__(**{**draft.__dict__, "competitor_name": "быстрая доставка"})
    )
    assert first.competitor_name == again.competitor_name == "Быстрая Доставка"
    assert _count(core, Competitor) == 1
    with core.uow() as tx:
        prices = list(tx.session.scalars(select(PriceObservation.price_kop)))
    assert prices == [75000, 75000]
    comparison = core.competitors.comparisons(staff.supervisor)
    assert [
        (c.competitor_name, c.service_code, c.latest_kop, c.median_kop, c.our_price_kop) for c in comparison
    ] == [("Быстрая Доставка", "ems", 75000, 75000, 90000)]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"outcome": Outcome.DECLINED}, "причину"),
        ({"outcome": Outcome.DECLINED, "reason_code": "nonsense"}, "Неизвестная причина"),
        ({"outcome": Outcome.NOT_POSSIBLE, "reason_code": "price"}, "не подходит"),
        ({"reason_code": "price"}, "только"),
        ({"amount_kop": -1}, "отрицательн"),
        ({"quantity": 0}, "не меньше 1"),
        ({"service_code": "teleport"}, "Неизвестная услуга"),
        ({"on": dt.date.today() + dt.timedelta(days=1)}, "будущем"),
        ({"outcome": Outcome.DECLINED, "reason_code": "price", "competitor_price_kop": 100}, "конкурента"),
    ],
)
def test_bad_records_are_refused_and_nothing_is_written(core, staff, client_id, changes, message):
    draft = ServiceRecordDraft(**{"client_id": client_id, "service_code": "parcels", **changes})
    with pytest.raises(UserError, match=message):
        core.records.add(staff.operator, draft)
    assert _count(core, ServiceRecord) == 0 and _count(core, Competitor) == 0
    with core.uow() as tx:
        assert not tx.session.scalar(select(func.count()).where(AuditEntry.action == "service_record_add"))


def test_unknown_client_is_not_found(core, staff):
    with pytest.raises(NotFound):
        core.records.add(staff.operator, ServiceRecordDraft(999, "parcels"))


def test_not_possible_is_kept_apart_from_declined(core, staff, client_id):
    core.records.add(
        staff.operator,
        ServiceRecordDraft(client_id, "forms_and_stamps", Outcome.NOT_POSSIBLE, reason_code="out_of_stock"),
    )
    core.records.add(
        staff.operator, ServiceRecordDraft(client_id, "parcels", Outcome.DECLINED, reason_code="price")
    )
    today = dt.date.today()
    report = core.reports.refusals(staff.supervisor, Period(today, today))
    assert (report.total, report.declined, report.not_possible) == (2, 1, 1)
    assert {(r.reason, r.count) for r in report.by_reason} == {("out_of_stock", 1), ("price", 1)}


def test_operators_record_supervisors_report(core, staff, client_id):
    today = dt.date.today()
    period = Period(today, today)
    for call in (
        lambda: core.reports.refusals(staff.operator, period),
        lambda: core.reports.volumes(staff.operator, period),
        lambda: core.reports.records(staff.operator, RecordFilter(period)),
        lambda: core.activity_reports.quiet_clients(staff.operator),
        lambda: core.activity_reports.operator_activity(staff.operator, period),
        lambda: core.competitors.comparisons(staff.operator),
        lambda: core.catalogues.save_reason(staff.operator, "weather", "Погода"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    reason = core.catalogues.save_reason(staff.supervisor, "weather", "Погода", ReasonScope.DECLINED)
    assert reason.code in [r.code for r in core.catalogues.reasons(staff.operator)]
    core.catalogues.save_reason(staff.supervisor, "weather", "Погода", active=False)
    assert "weather" not in [r.code for r in core.catalogues.reasons(staff.operator)]


def test_reports_count_a_period_and_drill_down(core, staff, client_id):
    today = dt.date.today()
    old = today - dt.timedelta(days=40)
    core.records.add(
        staff.operator, ServiceRecordDraft(client_id, "parcels", quantity=2, amount_kop=70000, on=old)
    )
    core.records.add(staff.operator, ServiceRecordDraft(client_id, "ems", quantity=1, amount_kop=90000))
    core.records.add(
        staff.operator,
        ServiceRecordDraft(
            client_id,
            "ems",
            Outcome.DECLINED,
            reason_code="competitor",
            competitor_name="А",
            competitor_price_kop=100,
        ),
    )
    core.records.add(
        staff.operator,
        ServiceRecordDraft(
            client_id,
            "ems",
            Outcome.DECLINED,
            reason_code="competitor",
            competitor_name="А",
            competitor_price_kop=301,
        ),
    )
    year = Period(today - dt.timedelta(days=365), today)
    volumes = core.reports.volumes(staff.supervisor, year)
    assert sum(m.amount_kop for m in volumes.by_month) == 160000 and len(volumes.by_month) >= 2
    assert [(c.client_id, c.quantity, c.amount_kop) for c in volumes.by_client] == [(client_id, 3, 160000)]
    refusals = core.reports.refusals(staff.supervisor, year)
    assert [(c.competitor, c.count, c.median_price_kop) for c in refusals.by_competitor] == [("А", 2, 201)]
    assert [(m.reason, m.competitor, m.count) for m in refusals.matrix] == [("competitor", "А", 2)]
    month = volumes.by_month[0].month
    drilled = core.reports.records(
        staff.supervisor, RecordFilter(year, client_id=client_id, month=month, outcomes=(Outcome.GIVEN,))
    )
    assert [r.service_code for r in drilled] == ["parcels"]
    activity = core.activity_reports.operator_activity(staff.supervisor, year)
    assert [(a.login, a.services, a.refusals) for a in activity] == [(staff.operator.login, 2, 2)]


def test_timeline_is_newest_first_filtered_and_paged(core, staff, client_id):
    today = dt.date.today()
    for days in range(60, 0, -1):
        core.records.add(
            staff.operator,
            ServiceRecordDraft(client_id, "parcels", amount_kop=days, on=today - dt.timedelta(days=days)),
        )
    core.records.add(
        staff.operator, ServiceRecordDraft(client_id, "parcels", Outcome.DECLINED, reason_code="price")
    )
    first = core.timeline.page(staff.operator, TimelineQuery(client_id))
    assert len(first.events) == 50 and first.has_more
    assert first.events[0].kind == "refusal"
    assert [e.at for e in first.events] == sorted((e.at for e in first.events), reverse=True)
    second = core.timeline.page(staff.operator, TimelineQuery(client_id), offset=50)
    assert len(second.events) == 11 and not second.has_more
    assert second.events[-1].amount_kop == 60
    refusals = core.timeline.page(staff.operator, TimelineQuery(client_id, kinds=frozenset({"refusal"})))
    assert [e.kind for e in refusals.events] == ["refusal"]
    since = dt.datetime.combine(today - dt.timedelta(days=5), dt.time(), tzinfo=dt.UTC)
    recent = core.timeline.page(
        staff.operator, TimelineQuery(client_id, kinds=frozenset({"service"}), since=since)
    )
    assert [e.amount_kop for e in recent.events] == [1, 2, 3, 4, 5]
