"""The next dispatch: the most specific routes, the first departure whose ready-by is still ahead."""

import datetime as dt

from postdesk.models.reference import RouteKind
from postdesk.services.reference.data import RouteInfo
from postdesk.services.reference.schedule import dispatch_for, next_departure

WEDNESDAY = dt.datetime(2026, 12, 2, 12, 0)


def _route(route, prefix, days, at, ready=60):
    return RouteInfo(1, route, route, RouteKind.INTER_REGIONAL, prefix, days, at, ready)


def test_a_departure_today_is_taken_while_the_mail_can_still_be_ready():
    route = _route("M1", "", "135", dt.time(18, 30))
    assert next_departure(route, WEDNESDAY) == (
        dt.datetime(2026, 12, 2, 18, 30),
        dt.datetime(2026, 12, 2, 17, 30),
    )
    late = WEDNESDAY.replace(hour=17, minute=31)
    assert next_departure(route, late)[0] == dt.datetime(2026, 12, 4, 18, 30)  # Friday


def test_a_weekly_route_waits_for_next_week():
    route = _route("W", "", "3", dt.time(8, 0))
    assert next_departure(route, WEDNESDAY)[0] == dt.datetime(2026, 12, 9, 8, 0)


def test_the_longest_prefix_carries_the_postcode_and_the_earliest_of_them_wins():
    routes = [
        _route("ANY", "", "1234567", dt.time(13, 0)),
        _route("DIST-A", "4300", "1234567", dt.time(20, 0)),
        _route("DIST-B", "4300", "1234567", dt.time(16, 0)),
        _route("OTHER", "4301", "1234567", dt.time(12, 30)),
    ]
    found = dispatch_for(routes, "430005", WEDNESDAY)
    assert found is not None and found.route == "DIST-B" and found.ready_by == dt.datetime(2026, 12, 2, 15, 0)
    assert dispatch_for(routes, "190000", WEDNESDAY).route == "ANY"
    assert dispatch_for(routes[1:], "190000", WEDNESDAY) is None
