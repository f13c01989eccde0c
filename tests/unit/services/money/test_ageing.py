"""Spreading a debt over the ageing buckets: the newest charges stay unpaid."""

from hypothesis import given
from hypothesis import strategies as st

from postdesk.services.money.ledger import split_debt


def test_the_debt_fills_the_newest_buckets_first_and_the_rest_is_over_90_days():
    a = split_debt(1_000, [300, 200, 100, 100])
    assert (a.not_due_kop, a.days_0_30_kop, a.days_31_60_kop, a.days_61_90_kop, a.over_90_kop) == (
        300,
        200,
        100,
        100,
        300,
    )
    assert a.overdue_kop == 700


def test_no_debt_has_no_ageing_and_a_small_debt_is_not_yet_due():
    assert split_debt(-500, [100]).debt_kop == 0
    small = split_debt(50, [100, 100])
    assert small.not_due_kop == 50 and small.overdue_kop == 0


@given(st.integers(-10_000, 10_000), st.lists(st.integers(-5_000, 5_000), max_size=4))
def test_the_buckets_always_add_up_to_the_debt(debt, charges):
    a = split_debt(debt, charges)
    parts = (a.not_due_kop, a.days_0_30_kop, a.days_31_60_kop, a.days_61_90_kop, a.over_90_kop)
    assert sum(parts) == max(0, debt) and min(parts) >= 0
