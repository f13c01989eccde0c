"""Delivery-time norms: the most specific norm wins, counted on the production calendar."""

import datetime as dt

import pytest
from sqlalchemy import select

from postdesk.common.errors import NotFound, PermissionDenied, UserError
from postdesk.models import AuditEntry
from postdesk.services.reference.importers import NormRow, RegionRow

NORMS = [
    NormRow("", "", "", 9, "everywhere"),
    NormRow("", "1", "", 5, ""),
    NormRow("101", "10", "LETTER", 2, ""),
    NormRow("101", "190", "LETTER", 3, ""),
    NormRow("", "190", "PARCEL", 6, ""),
    NormRow("430", "430", "", 1, "within the region"),
]


@pytest.fixture
def norms(core, staff):
    core.delivery.replace(staff.supervisor, NORMS, "norms.xlsx")


def test_the_longest_prefixes_and_the_class_decide(core, staff, norms):
    monday = dt.date(2026, 3, 2)

    def days(origin, target, mail_class="LETTER"):
        return core.delivery.estimate(
            staff.operator, target, from_postcode=origin, mail_class_code=mail_class, posted_on=monday
        ).days

    assert days("101000", "190000") == 3
    assert days("101000", "101000") == 2
    assert days("200000", "101000") == 5
    assert days("101000", "190000", "parcel") == 6
    assert days("430005", "430999") == 1
    assert days("430005", "650000") == 9


def test_arrives_by_counts_from_the_next_day_and_leaves_days_off(core, staff, norms):
    friday = dt.date(2026, 3, 6)
    estimate = core.delivery.estimate(staff.operator, "190000", from_postcode="101000", posted_on=friday)
    assert estimate.arrives_by == dt.date(2026, 3, 10)  # Monday the 9th is the day off for 8 March
    new_year = core.delivery.estimate(
        staff.operator, "190000", from_postcode="101000", posted_on=dt.date(2026, 12, 29)
    )
    assert new_year.arrives_by == dt.date(2027, 1, 11)


def test_the_office_postcode_is_the_default_origin(core, staff, norms):
    from postdesk.common import settings as s

    core.settings.set(s.OFFICE_POSTCODE, "430005")
    assert core.delivery.estimate(staff.operator, "430100").days == 1


def test_no_norm_or_a_bad_postcode_is_a_plain_refusal(core, staff):
    with pytest.raises(NotFound):
        core.delivery.estimate(staff.operator, "190000", from_postcode="101000")
    with pytest.raises(UserError, match="19000"):
        core.delivery.estimate(staff.operator, "19000", from_postcode="101000")


def test_an_import_replaces_the_table_and_is_audited(core, staff, norms):
    core.delivery.replace(staff.admin, [NormRow("", "", "", 4, "")], "second.csv")
    assert core.delivery.count(staff.operator) == 1
    assert core.delivery.estimate(staff.operator, "190000", from_postcode="101000").days == 4
    with core.uow() as tx:
        entries = tx.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "delivery_norms_import")
        ).all()
        assert [(e.before["rows"], e.after["rows"]) for e in entries] == [(0, 6), (6, 1)]
    with pytest.raises(PermissionDenied):
        core.delivery.replace(staff.operator, NORMS, "x")
    assert [n.days for n in core.delivery.norms(staff.operator)] == [4]


def test_a_calendar_edit_counts_at_once_here_and_within_a_minute_from_another_workstation(core, staff, norms):
    from postdesk.calendar.years import load_years, shipped_calendar_file
    from postdesk.services.calendar import CalendarService
    from postdesk.services.reference.delivery import DeliveryService

    now = [0.0]
    calendar = CalendarService(core.uow, load_years(shipped_calendar_file()), clock=lambda: now[0])
    delivery = DeliveryService(core.uow, calendar, lambda: "101000")
    monday = dt.date(2026, 3, 16)

    def arrives():
        return delivery.estimate(staff.operator, "190000", posted_on=monday).arrives_by

    assert arrives() == dt.date(2026, 3, 19)
    calendar.edit_day(staff.admin, dt.date(2026, 3, 19), working=False, note="здесь")
    assert arrives() == dt.date(2026, 3, 20)
    core.calendar.edit_day(staff.admin, dt.date(2026, 3, 20), working=False, note="на другом месте")
    now[0] = 30.0
    assert arrives() == dt.date(2026, 3, 20)
    now[0] = 61.0
    assert arrives() == dt.date(2026, 3, 23)


REGIONS = [
    RegionRow("430", "Республика Мордовия"),
    RegionRow("431", "Республика Мордовия"),
    RegionRow("4300", "Саранск"),
    RegionRow("440", "Пензенская область"),
]
REGION_NORMS = [
    NormRow("", "", "", 9, "по России"),
    NormRow("", "", "", 4, "", from_region="республика мордовия", to_region="Пензенская  область"),
    NormRow("", "", "", 2, "", from_region="Республика Мордовия", to_region="Республика Мордовия"),
    NormRow("", "", "", 1, "", from_region="Саранск", to_region="Саранск"),
    NormRow("", "4405", "", 6, "", from_region="Республика Мордовия"),
]


def test_norms_between_regions_match_when_no_prefix_norm_does(core, staff):
    core.delivery.regions.replace(staff.supervisor, REGIONS, "regions.csv")
    core.delivery.replace(staff.supervisor, REGION_NORMS, "norms.csv")

    def estimate(origin, target):
        return core.delivery.estimate(
            staff.operator, target, from_postcode=origin, posted_on=dt.date(2026, 3, 2)
        )

    penza = estimate("431100", "440000")
    assert (penza.days, penza.norm_from, penza.norm_to) == (4, "Республика Мордовия", "Пензенская область")
    assert estimate("431100", "430999").days == 2  # within the region
    assert estimate("430005", "430031").days == 1  # the settlement is closer than its region
    assert estimate("430005", "431200").days == 2
    assert estimate("430005", "440500").days == 6  # a postcode prefix beats the region
    assert estimate("101000", "440000").days == 9  # Moscow has no region row: the default
    assert {(n.from_region, n.to_region) for n in core.delivery.norms(staff.operator)} >= {
        ("Республика Мордовия", "Пензенская область")
    }


def test_a_region_the_table_does_not_know_refuses_the_norms(core, staff):
    core.delivery.regions.replace(staff.supervisor, REGIONS, "regions.csv")
    with pytest.raises(UserError, match="Мордва"):
        core.delivery.replace(staff.supervisor, [NormRow("", "", "", 3, "", to_region="Мордва")], "x.csv")
    assert core.delivery.count(staff.operator) == 0
    with pytest.raises(PermissionDenied):
        core.delivery.regions.replace(staff.operator, REGIONS, "regions.csv")


def test_a_regions_import_replaces_the_table_is_audited_and_counts_at_once(core, staff):
    core.delivery.regions.replace(staff.supervisor, REGIONS[:1], "one.csv")
    core.delivery.replace(
        staff.supervisor,
        [NormRow("", "", "", 9, ""), NormRow("", "", "", 5, "", to_region="Республика Мордовия")],
        "norms.csv",
    )
    assert core.delivery.estimate(staff.operator, "431000", from_postcode="101000").days == 9
    core.delivery.regions.replace(staff.supervisor, REGIONS, "all.csv")
    assert core.delivery.estimate(staff.operator, "431000", from_postcode="101000").days == 5
    assert [r.prefix for r in core.delivery.regions.regions(staff.operator)] == ["430", "4300", "431", "440"]
    with core.uow() as tx:
        entries = tx.session.scalars(
            select(AuditEntry).where(AuditEntry.action == "postcode_regions_import")
        ).all()
        assert [(e.before["rows"], e.after["rows"]) for e in entries] == [(0, 1), (1, 4)]
