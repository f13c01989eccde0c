"""The quote groups items by the columns pricing reads: the two lists must not drift apart."""

import inspect

from postdesk.services.counter import pricing
from postdesk.services.counter.pricing import PRICED_COLUMNS, PricedItem


def test_the_grouped_columns_are_exactly_what_pricing_reads():
    read = {name for name, _member in inspect.getmembers(PricedItem) if isinstance(_member, property)}
    assert read == {column.key for column in PRICED_COLUMNS}


def test_the_pricing_key_covers_every_attribute_pricing_input_uses():
    source = inspect.getsource(pricing.pricing_input) + inspect.getsource(pricing.priced_mass_g)
    used = {name for name in {c.key for c in PRICED_COLUMNS} if f"item.{name}" in source}
    key_source = inspect.getsource(pricing.pricing_key)
    folded_into_mass = {"declared_mass_g", "weighed_mass_g", "weight_decision"}
    assert used - folded_into_mass - {"seq"} <= {n for n in used if f"item.{n}" in key_source}
