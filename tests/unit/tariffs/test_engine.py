"""Pricing: step rounding, discounts, declared value, VAT, and batch totals equal to the sum of rows."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postdesk.common.paths import resource_path
from postdesk.postal.mailclasses import MailCategory, MailType, NoticeKind
from postdesk.tariffs.engine import PricingError, PricingInput, price_item, sum_charges
from postdesk.tariffs.loader import TariffBook, parse_table

TABLE = """
[tariff]
version = "t1"
effective_from = 2026-01-01
sample = true
[defaults]
step_g = 20
vat_percent = "20"
declared_value_percent = "3"
notice_simple = "30.00"
notice_ordered = "47.20"
notice_electronic = "20.00"
inventory = "40.00"
sms = "10.00"
[[rates]]
mail_type = "LETTER"
categories = ["ORDERED", "WITH_DECLARED_VALUE"]
first_step_g = 20
first_step_price = "41.00"
step_price = "2.50"
max_mass_g = 100
[[rates]]
mail_type = "BANDEROL"
categories = ["ORDERED"]
first_step_g = 100
first_step_price = "60.00"
step_price = "2.50"
max_mass_g = 2000
"""
T = parse_table(TABLE, "test")


def _letter(mass, **kw):
    return PricingInput(MailType.LETTER, MailCategory.ORDERED, mass, **kw)


@pytest.mark.parametrize(
    ("mass", "postage"), [(1, 4100), (20, 4100), (21, 4350), (40, 4350), (41, 4600), (100, 4100 + 4 * 250)]
)
def test_further_steps_count_each_full_or_partial_20_g(mass, postage):
    assert price_item(T, _letter(mass)).postage_kop == postage


def test_bandrol_first_step_is_100_g():
    item = PricingInput(MailType.BANDEROL, MailCategory.ORDERED, 100)
    assert price_item(T, item).postage_kop == 6000
    assert price_item(T, PricingInput(MailType.BANDEROL, MailCategory.ORDERED, 101)).postage_kop == 6250


def test_vat_is_added_on_the_net_amount_and_rounded_half_up():
    charge = price_item(T, _letter(20))
    assert (charge.net_kop, charge.vat_kop, charge.total_kop) == (4100, 820, 4920)
    # 3 % of 100.50 rub = 3.015 rub -> 301.5 kop -> 302 kop (half up)
    valued = price_item(T, PricingInput(MailType.LETTER, MailCategory.WITH_DECLARED_VALUE, 20, 10050))
    assert valued.declared_value_fee_kop == 302


def test_declared_value_fee_only_for_valued_categories():
    assert price_item(T, _letter(20, declared_value_kop=100_000)).declared_value_fee_kop == 0


def test_discount_applies_to_postage_only():
    item = _letter(20, notice=NoticeKind.ORDERED, sms=True)
    charge = price_item(T, item, Decimal("7.5"))
    assert charge.discount_kop == 308  # 7.5 % of 4100 = 307.5 -> 308
    assert charge.net_kop == 4100 - 308 + 4720 + 1000


def test_overweight_and_unpriced_items_are_refused():
    with pytest.raises(PricingError, match="100"):
        price_item(T, _letter(101))
    with pytest.raises(PricingError):
        price_item(T, PricingInput(MailType.EMS, MailCategory.ORDINARY, 100))


items = st.builds(
    PricingInput,
    st.just(MailType.LETTER),
    st.sampled_from([MailCategory.ORDERED, MailCategory.WITH_DECLARED_VALUE]),
    st.integers(1, 100),
    st.integers(0, 10_000_000),
    st.sampled_from(list(NoticeKind)),
    st.booleans(),
    st.booleans(),
)


@given(st.lists(items, max_size=60), st.decimals(0, 100, places=2))
def test_batch_totals_equal_the_sum_of_rows(batch, discount):
    charges = [price_item(T, item, discount) for item in batch]
    totals = sum_charges(charges)
    assert totals.items == len(charges)
    assert totals.total_kop == sum(c.total_kop for c in charges)
    assert totals.vat_kop == sum(c.vat_kop for c in charges)
    assert totals.net_kop + totals.vat_kop == totals.total_kop
    for c in charges:
        assert c.net_kop == (
            c.postage_kop
            - c.discount_kop
            + c.declared_value_fee_kop
            + c.notice_kop
            + c.inventory_kop
            + c.sms_kop
        )


@given(st.integers(1, 99), st.integers(1, 99), st.decimals(0, 100, places=2))
def test_price_never_falls_as_weight_grows(a, b, discount):
    light, heavy = sorted((a, b))
    assert (
        price_item(T, _letter(light), discount).total_kop <= price_item(T, _letter(heavy), discount).total_kop
    )


@given(st.integers(1, 2000))
def test_postage_is_that_of_the_weight_rounded_up_to_the_step(mass):
    rounded = max(100, -(-mass // 20) * 20)
    item = PricingInput(MailType.BANDEROL, MailCategory.ORDERED, mass)
    assert (
        price_item(T, item).postage_kop
        == price_item(T, PricingInput(MailType.BANDEROL, MailCategory.ORDERED, rounded)).postage_kop
    )


def test_shipped_tariff_is_a_labelled_sample_and_prices_every_mail_type():
    book = TariffBook.load([resource_path("tariffs")])
    table = book.in_force(dt.date(2026, 6, 1))
    assert table.sample and "not the official" in table.sample_note
    assert "SAMPLE" in resource_path("tariffs", "2026-01-01_sample.toml").read_text(encoding="utf-8")
    assert {t for t, _c in table.rates} == set(MailType)
