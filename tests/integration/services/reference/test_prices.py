"""Price lists of every service: imported versions merged with the tariff files, chosen by date."""

import datetime as dt

import pytest
from sqlalchemy import select

from postdesk.common.errors import NotFound, PermissionDenied
from postdesk.models import AuditEntry
from postdesk.postal.mailclasses import MailCategory, MailType
from postdesk.services.reference.importers import PriceRow


def _rows(*items):
    return [PriceRow(code, code.title(), "item", kop, 20, "non_core") for code, kop in items]


def test_the_shipped_sample_prices_every_service_and_says_it_is_a_sample(core, staff):
    prices = {p.code: p for p in core.price_lists.in_force(staff.operator, dt.date(2026, 3, 1))}
    for code in (
        "parcels",
        "ems",
        "notice_simple",
        "declared_value",
        "cod_remittance",
        "packaging",
        "forms_and_stamps",
        "stamps",
        "subscriptions",
        "copying",
        "courier_pickup",
    ):
        assert code in prices
        assert prices[code].sample and prices[code].version == "sample-2026-01"
    assert prices["copying"].price_kop == 1000 and prices["stamps"].vat_percent == 0


def test_an_import_is_a_new_version_in_force_from_its_day_for_the_codes_it_lists(core, staff):
    core.price_lists.store(
        staff.supervisor,
        _rows(("copying", 1500), ("lamination", 9000)),
        effective_from=dt.date(2026, 6, 1),
        source="june.xlsx",
        title="Июнь",
    )
    second = core.price_lists.store(
        staff.supervisor, _rows(("copying", 1700)), effective_from=dt.date(2026, 9, 1), source="sept.csv"
    )
    assert second.version == "import-2026-09-01"

    def price(day, code):
        return {p.code: p for p in core.price_lists.in_force(staff.operator, day)}.get(code)

    assert price(dt.date(2026, 5, 31), "copying").price_kop == 1000
    assert price(dt.date(2026, 5, 31), "lamination") is None
    assert price(dt.date(2026, 6, 1), "copying").price_kop == 1500
    assert not price(dt.date(2026, 6, 1), "copying").sample
    assert price(dt.date(2026, 9, 1), "copying").price_kop == 1700
    assert price(dt.date(2026, 9, 1), "lamination").price_kop == 9000  # still from June
    assert price(dt.date(2026, 9, 1), "parcels").sample  # never re-priced: the sample's
    versions = core.price_lists.versions(staff.operator)
    assert [v.version for v in versions] == ["sample-2026-01", "import-2026-06-01", "import-2026-09-01"]
    assert [v.imported for v in versions] == [False, True, True]
    with core.uow() as tx:
        entries = tx.session.scalars(select(AuditEntry).where(AuditEntry.action == "price_list_import")).all()
        assert [e.after["rows"] for e in entries] == [2, 1]


def test_a_second_import_on_the_same_day_gets_its_own_name(core, staff):
    day = dt.date(2026, 6, 1)
    first = core.price_lists.store(staff.admin, _rows(("a", 1)), effective_from=day, source="x")
    again = core.price_lists.store(staff.admin, _rows(("a", 2)), effective_from=day, source="x")
    assert (first.version, again.version) == ("import-2026-06-01", "import-2026-06-01-2")
    assert {p.code: p.price_kop for p in core.price_lists.in_force(staff.operator, day)}["a"] == 2


def test_comparing_two_versions_lists_new_gone_and_repriced_services(core, staff):
    core.price_lists.store(
        staff.admin,
        _rows(("a", 100), ("b", 200), ("c", 300)),
        effective_from=dt.date(2026, 6, 1),
        source="x",
        version="v1",
    )
    core.price_lists.store(
        staff.admin,
        _rows(("a", 100), ("b", 250), ("d", 400)),
        effective_from=dt.date(2026, 7, 1),
        source="x",
        version="v2",
    )
    changes = core.price_lists.compare(staff.operator, "v1", "v2")
    assert [(c.code, c.old_kop, c.new_kop) for c in changes] == [
        ("b", 200, 250),
        ("c", 300, None),
        ("d", None, 400),
    ]
    with pytest.raises(NotFound):
        core.price_lists.compare(staff.operator, "v1", "v9")


def test_search_keeps_services_with_every_word(core, staff):
    found = core.price_lists.in_force(staff.operator, dt.date(2026, 3, 1), "уведомление заказное")
    assert [p.code for p in found] == ["notice_ordered"]


def test_imports_are_for_supervisors_and_nothing_is_stored_on_refusal(core, staff):
    with pytest.raises(PermissionDenied):
        core.price_lists.store(
            staff.operator, _rows(("a", 1)), effective_from=dt.date(2026, 6, 1), source="x"
        )
    assert [v.version for v in core.price_lists.versions(staff.operator)] == ["sample-2026-01"]


def test_batch_mail_rates_are_served_as_before(core, staff):
    core.price_lists.store(staff.admin, _rows(("a", 1)), effective_from=dt.date(2026, 6, 1), source="x")
    table = core.tariffs.in_force(dt.date(2026, 7, 1))
    assert table.version == "sample-2026-01"
    assert table.rate(MailType.LETTER, MailCategory.ORDERED).first_step_kop == 6200
    assert core.tariffs.version("sample-2026-01") is table
