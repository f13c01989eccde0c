"""The shipped sample tariff prices every kind a client's list can be read as."""

from __future__ import annotations

from pathlib import Path

import pytest

from postdesk.lists.values import CATEGORY_WORDS, MAIL_TYPE_WORDS, mail_class_from_title
from postdesk.postal.mail_kinds import CATEGORIES_OF, is_provided, kind_title
from postdesk.postal.mailclasses import MailCategory, MailType
from postdesk.tariffs.engine import PricingError, PricingInput, price_item
from postdesk.tariffs.loader import parse_table

SHIPPED = sorted((Path(__file__).parents[3] / "resources" / "tariffs").glob("*.toml"))
READ_KINDS = sorted(
    {(t, c) for t in set(MAIL_TYPE_WORDS.values()) for c in set(CATEGORY_WORDS.values()) if is_provided(t, c)}
)


def test_every_type_the_reader_maps_is_sent_in_some_category():
    assert set(MAIL_TYPE_WORDS.values()) <= set(CATEGORIES_OF)
    assert all(CATEGORIES_OF[t] for t in MailType)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_kind_the_reader_produces_has_a_price_in_the_shipped_tariff(path):
    table = parse_table(path.read_text(encoding="utf-8"), str(path))
    unpriced = [kind_title(t, c) for t, c in READ_KINDS if table.rate(t, c) is None]
    assert unpriced == []
    for mail_type, category in READ_KINDS:
        rate = table.rate(mail_type, category)
        assert rate is not None
        item = PricingInput(
            mail_type=mail_type,
            category=category,
            mass_g=min(rate.max_mass_g, 100),
            declared_value_kop=100_00,
        )
        assert price_item(table, item).total_kop > 0


def test_the_title_phrase_of_a_parcel_list_is_priced():
    """«Посылка заказная» (as in general-list-header-row6.xlsx) reads as a kind the tariff prices."""
    mail_type, category = mail_class_from_title("Посылка заказная")
    assert (mail_type, category) == (MailType.POSTAL_PARCEL, MailCategory.ORDERED)
    table = parse_table(SHIPPED[0].read_text(encoding="utf-8"), str(SHIPPED[0]))
    assert table.rate(mail_type, category) is not None


def test_a_missing_price_names_the_kind_in_words_not_codes():
    table = parse_table(SHIPPED[0].read_text(encoding="utf-8"), str(SHIPPED[0]))
    table.rates.pop((MailType.POSTAL_PARCEL, MailCategory.ORDERED))
    with pytest.raises(PricingError) as raised:
        price_item(
            table, PricingInput(mail_type=MailType.POSTAL_PARCEL, category=MailCategory.ORDERED, mass_g=500)
        )
    assert "POSTAL_PARCEL" not in raised.value.message and "ORDERED" not in raised.value.message
    assert kind_title(MailType.POSTAL_PARCEL, MailCategory.ORDERED) in raised.value.message
