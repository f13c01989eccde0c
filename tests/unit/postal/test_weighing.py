"""Weight tolerance: the larger of a percentage and fixed grams; packs compare totals."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postdesk.postal.weighing import (
    Tolerance,
    WeightDecision,
    chargeable_mass_g,
    check_pack,
    check_weight,
    pack_share_g,
)

DEFAULT = Tolerance()


@pytest.mark.parametrize(
    ("declared", "actual", "within"),
    [
        (20, 25, True),
        (20, 26, False),
        (20, 15, True),
        (20, 14, False),  # small items: ±5 g
        (1000, 1020, True),
        (1000, 1021, False),
        (1000, 980, True),
        (1000, 979, False),  # large items: ±2 %
        (250, 255, True),
        (251, 256, True),
        (251, 257, False),  # 2 % of 251 = 5.02 g
    ],
)
def test_default_tolerance_is_2_percent_or_5_g_whichever_is_larger(declared, actual, within):
    assert check_weight(declared, actual, DEFAULT).within is within


def test_contract_tolerance_overrides_the_default():
    strict = Tolerance(Decimal("0.5"), 1)
    assert not check_weight(20, 22, strict).within
    assert check_weight(1000, 1005, strict).within


@given(st.integers(1, 50_000), st.integers(-3000, 3000))
def test_within_means_the_deviation_is_at_most_the_allowance(declared, delta):
    actual = declared + delta
    if actual <= 0:
        return
    check = check_weight(declared, actual, DEFAULT)
    assert check.within == (abs(delta) <= max(Decimal(declared) * 2 / 100, 5))
    assert check.difference_g == delta


def test_pack_compares_the_total_and_shares_the_mean():
    assert check_pack(15, 100, 1530, DEFAULT).within  # 1500 g declared, 2 % = 30 g
    assert not check_pack(15, 100, 1531, DEFAULT).within
    assert pack_share_g(1530, 100) == 15
    assert pack_share_g(1550, 100) == 16  # 15.5 rounds half up
    assert pack_share_g(3, 10) == 1


def test_priced_mass_is_the_declared_one_unless_the_actual_was_taken():
    assert chargeable_mass_g(20, 24, WeightDecision.WITHIN) == 20
    assert chargeable_mass_g(20, 40, WeightDecision.TAKE_ACTUAL) == 40
    assert chargeable_mass_g(0, 33, WeightDecision.WITHIN) == 33
