"""The transport schedule on the database: the next dispatch and the queue's plan."""

import datetime as dt

import pytest

from postdesk.common.errors import NotFound, PermissionDenied
from postdesk.models.reference import RouteKind
from postdesk.services.reference.importers import RouteRow

WEDNESDAY_NOON = dt.datetime(2026, 12, 2, 12, 0)
ROUTES = [
    RouteRow("M1", "Москва", RouteKind.INTER_REGIONAL, "", "135", dt.time(18, 30), 60),
    RouteRow("R7", "Район", RouteKind.INTRA_DISTRICT, "4300", "1234567", dt.time(12, 30), 45),
]


def test_next_dispatch_and_plan(core, staff):
    core.schedule.replace(staff.supervisor, ROUTES, "schedule.xlsx")
    found = core.schedule.next_dispatch(staff.operator, "430005", WEDNESDAY_NOON)
    assert (found.route, found.departs_at) == ("R7", dt.datetime(2026, 12, 3, 12, 30))  # today's is too close
    assert core.schedule.next_dispatch(staff.operator, "190000", WEDNESDAY_NOON).route == "M1"
    plan = core.schedule.plan(staff.operator, {1: "430005", 2: "190000", 3: ""}, WEDNESDAY_NOON)
    assert {k: d.route for k, d in plan.items()} == {1: "R7", 2: "M1"}
    assert [r.route for r in core.schedule.routes(staff.operator)] == ["M1", "R7"]


def test_no_route_is_a_plain_refusal_and_imports_need_a_supervisor(core, staff):
    with pytest.raises(NotFound):
        core.schedule.next_dispatch(staff.operator, "190000")
    with pytest.raises(PermissionDenied):
        core.schedule.replace(staff.operator, ROUTES, "x")


def test_the_queue_plan_orders_waiting_batches_by_the_departure_they_must_make(core, staff):
    from tests.support.batches import ItemSpec, make_client, make_draft

    core.schedule.replace(
        staff.supervisor,
        [
            RouteRow("M1", "Москва", RouteKind.INTER_REGIONAL, "", "1234567", dt.time(18, 0), 60),
            RouteRow("П1", "Пенза", RouteKind.INTER_REGIONAL, "440", "1234567", dt.time(13, 0), 30),
        ],
        "schedule.csv",
    )
    client_id, contract_id = make_client(core, without_client=True)
    waiting, _items = make_draft(core, client_id, contract_id, [ItemSpec()] * 2, list_number="7")
    draft, _other = make_draft(core, client_id, contract_id, [ItemSpec()], list_number="8")
    core.batch_queue.register_received(staff.operator, waiting)
    (entry,) = core.schedule.queue_plan(staff.operator, WEDNESDAY_NOON)
    assert (entry.batch_id, entry.list_number, entry.dispatch.route) == (waiting, "7", "П1")
    assert entry.dispatch.ready_by == dt.datetime(2026, 12, 2, 12, 30)
    assert draft != waiting


def test_a_departure_on_a_holiday_is_not_offered_unless_the_route_runs_on_holidays(core, staff):
    from postdesk.models.reference import HolidayRule

    core.schedule.replace(
        staff.supervisor,
        [
            RouteRow("M1", "Москва", RouteKind.INTER_REGIONAL, "", "1234567", dt.time(18, 30), 60),
            RouteRow(
                "E1",
                "Экспресс",
                RouteKind.INTER_REGIONAL,
                "1",
                "1234567",
                dt.time(18, 30),
                60,
                HolidayRule.RUNS,
            ),
        ],
        "schedule.csv",
    )
    core.calendar.edit_day(staff.admin, dt.date(2026, 12, 3), working=False, note="день траура")
    evening = dt.datetime(2026, 12, 2, 18, 0)  # Wednesday: today's departure is too close
    found = core.schedule.next_dispatch(staff.operator, "430005", evening)
    assert (found.route, found.departs_at) == ("M1", dt.datetime(2026, 12, 4, 18, 30))  # not Thursday
    express = core.schedule.next_dispatch(staff.operator, "101000", evening)
    assert (express.route, express.departs_at) == ("E1", dt.datetime(2026, 12, 3, 18, 30))
    assert [r.holidays for r in core.schedule.routes(staff.operator)] == [HolidayRule.RUNS, HolidayRule.SKIP]
