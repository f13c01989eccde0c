"""The next dispatch: the most specific routes, the first departure whose ready-by is still ahead."""

import datetime as dt

from postdesk.calendar.production import DayEdit, ProductionCalendar
from postdesk.models.reference import HolidayRule, RouteKind
from postdesk.services.reference.data import RouteInfo
from postdesk.services.reference.schedule import dispatch_for, next_departure

WEDNESDAY = dt.datetime(2026, 12, 2, 12, 0)
CALENDAR = ProductionCalendar({})  # the Labour Code's draft years: no holiday in early December


def _route(route, prefix, days, at, ready=60, *, holidays=HolidayRule.SKIP):
    return RouteInfo(1, route, route, RouteKind.INTER_REGIONAL, prefix, days, at, ready, holidays)


def test_a_departure_today_is_taken_while_the_mail_can_still_be_ready():
    route = _route("M1", "", "135", dt.time(18, 30))
    assert next_departure(route, WEDNESDAY, CALENDAR) == (
        dt.datetime(2026, 12, 2, 18, 30),
        dt.datetime(2026, 12, 2, 17, 30),
    )
    late = WEDNESDAY.replace(hour=17, minute=31)
    assert next_departure(route, late, CALENDAR)[0] == dt.datetime(2026, 12, 4, 18, 30)  # Friday


def test_a_weekly_route_waits_for_next_week():
    route = _route("W", "", "3", dt.time(8, 0))
    assert next_departure(route, WEDNESDAY, CALENDAR)[0] == dt.datetime(2026, 12, 9, 8, 0)


def test_the_longest_prefix_carries_the_postcode_and_the_earliest_of_them_wins():
    routes = [
        _route("ANY", "", "1234567", dt.time(13, 0)),
        _route("DIST-A", "4300", "1234567", dt.time(20, 0)),
        _route("DIST-B", "4300", "1234567", dt.time(16, 0)),
        _route("OTHER", "4301", "1234567", dt.time(12, 30)),
    ]
    found = dispatch_for(routes, "430005", WEDNESDAY, CALENDAR)
    assert found is not None and found.route == "DIST-B" and found.ready_by == dt.datetime(2026, 12, 2, 15, 0)
    assert dispatch_for(routes, "190000", WEDNESDAY, CALENDAR).route == "ANY"
    assert dispatch_for(routes[1:], "190000", WEDNESDAY, CALENDAR) is None


def test_a_departure_on_a_public_holiday_is_not_offered_unless_the_route_runs_on_holidays():
    new_year_eve = dt.datetime(2026, 12, 31, 20, 0)  # Thursday evening: the holidays run to 8 January
    daily = _route("D", "", "1234567", dt.time(9, 0))
    assert next_departure(daily, new_year_eve, CALENDAR)[0] == dt.datetime(2027, 1, 9, 9, 0)
    runs = _route("D", "", "1234567", dt.time(9, 0), holidays=HolidayRule.RUNS)
    assert next_departure(runs, new_year_eve, CALENDAR)[0] == dt.datetime(2027, 1, 1, 9, 0)
    saturday = _route("S", "", "6", dt.time(9, 0))  # an ordinary Saturday is no holiday
    assert next_departure(saturday, WEDNESDAY, CALENDAR)[0] == dt.datetime(2026, 12, 5, 9, 0)


def test_a_weekday_made_a_day_off_stops_the_route_and_the_next_departure_is_chosen():
    thursday = dt.date(2026, 12, 3)
    calendar = ProductionCalendar({}, {thursday: DayEdit(thursday, working=False, note="траур")})
    routes = [_route("M", "", "1234567", dt.time(18, 0))]
    found = dispatch_for(routes, "430005", WEDNESDAY.replace(hour=18), calendar)
    assert found is not None and found.departs_at == dt.datetime(2026, 12, 4, 18, 0)
    weekly = _route("W", "", "4", dt.time(8, 0))  # only on Thursdays: the next week's
    assert next_departure(weekly, WEDNESDAY, calendar)[0] == dt.datetime(2026, 12, 10, 8, 0)
