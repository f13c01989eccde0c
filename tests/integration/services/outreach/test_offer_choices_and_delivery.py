"""The offer as chosen (services, discount, contact person) with the control time of delivery; a run of
notices stopped part-way; notices of an imported price list against the version before it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from postdesk.common import settings as s
from postdesk.services.outreach.notice_delivery import deliver_notices
from postdesk.services.outreach.notice_versions import version_changes
from postdesk.services.outreach.offer_choices import OfferChoice, postcode_in
from postdesk.services.records.data import ServiceRecordDraft
from postdesk.services.reference.importers import NormRow, PriceRow
from tests.support.batches import make_client
from tests.support.outreach import (
    OLD_VERSION,
    accepted_mail,
    add_prospect,
    client_contacts,
    install_second_tariff,
)
from tests.support.pdf import page_texts, squeeze


def test_postcodes_are_read_from_the_start_of_an_address() -> None:
    assert postcode_in("430005, г. Саранск, ул. Ленина, д. 1") == "430005"
    assert postcode_in("г. Саранск, д. 1234567") == ""
    assert postcode_in("") == ""


def test_the_chosen_offer_states_the_control_time_of_delivery(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    core, supervisor = sqlite_core, sqlite_staff.supervisor
    client_id, _contract = make_client(core, discount="3")
    client_contacts(
        core, client_id, [("Первый Контакт", "", "first@example.ru"), ("Второй Контакт", "юрист", "")]
    )
    defaults = core.offers.client_defaults(supervisor, client_id)
    assert (defaults.services, defaults.discount) == (("batch_mail",), Decimal("3"))
    assert [c.name for c in defaults.contacts] == ["Первый Контакт", "Второй Контакт"]
    assert defaults.contact_id == defaults.contacts[0].id and "parcels" in [
        c.code for c in defaults.catalogue
    ]

    plain = core.offers.for_client_id(supervisor, client_id)  # no office postcode yet: no control time
    assert "контрольный срок" not in " ".join(page_texts(plain.pdf)).lower()

    core.settings.set(s.OFFICE_POSTCODE, "101000")
    core.delivery.replace(
        sqlite_staff.admin,
        [NormRow("", "", "LETTER", 9, ""), NormRow("101", "4300", "LETTER", 4, "")],
        "n.csv",
    )
    second = defaults.contacts[1]
    offer = core.offers.for_client_id(
        supervisor,
        client_id,
        OfferChoice(services=("parcels",), discount=Decimal("12"), contact_id=second.id),
    )
    text = " ".join(page_texts(offer.pdf))
    assert offer.addressee == "Второй Контакт" and offer.email == ""
    assert [line.service_code for line in offer.terms.lines] == ["parcels"]
    assert offer.terms.discount_percent == Decimal("12")
    assert squeeze("Контрольный срок доставки: 4 дн.") in squeeze(text) and "430005" in text

    prospect = add_prospect(core, sqlite_staff.operator)  # «430005, г. Саранск…»
    to_prospect = core.offers.for_prospect(supervisor, prospect.id, choice=OfferChoice(discount=Decimal("0")))
    assert squeeze("Контрольный срок доставки: 4 дн.") in squeeze(" ".join(page_texts(to_prospect.pdf)))
    assert to_prospect.addressee == "Иванов Иван Иванович" and to_prospect.terms.discount_percent == 0


def test_a_run_of_notices_stops_where_it_was_cancelled(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    core, supervisor = sqlite_core, sqlite_staff.supervisor
    install_second_tariff(core)
    for inn in ("7707083893", "1300000017"):
        client_id, contract_id = make_client(core, inn=inn)
        accepted_mail(core, client_id, contract_id, [("LETTER", "ORDERED")])
    notices = core.notices.tariff_notices(supervisor, OLD_VERSION, "test-2027-01", None)
    assert len(notices) == 2
    seen: list[tuple[int, int, str]] = []
    report = deliver_notices(
        core.outreach_letters,
        core.mail,
        supervisor,
        notices,
        progress=lambda done, total, text: seen.append((done, total, text)),
        cancelled=lambda: len(seen) >= 1,
    )
    assert report.cancelled and report.total == 2
    assert [n.letter_id for n in report.for_post] == [notices[0].letter_id]  # no e-mail: for post
    assert seen == [(0, 2, "ООО «Тест»"), (1, 2, "")]
    assert core.mail.queued(supervisor) == []


def test_an_imported_price_list_is_compared_as_the_whole_list_it_makes(sqlite_core, sqlite_staff) -> None:  # type: ignore[no-untyped-def]
    core = sqlite_core
    first = dt.date.today() + dt.timedelta(days=5)
    core.price_lists.store(
        sqlite_staff.supervisor,
        [PriceRow("packaging", "Коробка", "item", 15000, 20, "non_core")],
        effective_from=first,
        source="prices.csv",
    )
    (imported,) = [v for v in core.notices.versions(sqlite_staff.supervisor) if v.imported]
    changes, new = version_changes(core.tariffs, OLD_VERSION, imported.version)
    assert new.version == imported.version
    # Only the re-priced service: the ones the import does not list keep their price.
    assert [(c.service_code, c.old_kop, c.new_kop, c.effective_from) for c in changes] == [
        ("packaging", 12000, 15000, first)
    ]
    client_id, _contract = make_client(core)
    core.records.add(sqlite_staff.operator, ServiceRecordDraft(client_id, "packaging", amount_kop=12000))
    (notice,) = core.notices.tariff_notices(sqlite_staff.supervisor, OLD_VERSION, imported.version, None)
    assert notice.client_id == client_id and [c.new_kop for c in notice.changes] == [15000]
