"""Delivery-time norms: the most specific norm wins, counted on the production calendar."""

import datetime as dt

import pytest
from sqlalchemy import select

from postdesk.common.errors import NotFound, PermissionDenied, UserError
from postdesk.models import AuditEntry
from postdesk.services.reference.importers import NormRow

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


def test_a_calendar_edit_counts_once_the_minute_of_reuse_is_over(core, staff, norms):
    from postdesk.services.reference.delivery import DeliveryService

    now = [0.0]
    delivery = DeliveryService(core.uow, core.calendar, lambda: "101000", clock=lambda: now[0])
    monday = dt.date(2026, 3, 16)

    def arrives():
        return delivery.estimate(staff.operator, "190000", posted_on=monday).arrives_by

    assert arrives() == dt.date(2026, 3, 19)
    core.calendar.edit_day(staff.admin, dt.date(2026, 3, 19), working=False, note="проверка")
    now[0] = 30.0
    assert arrives() == dt.date(2026, 3, 19)
    now[0] = 61.0
    assert arrives() == dt.date(2026, 3, 20)
