"""NPS, CSAT and CES against figures worked out by hand, and what makes a score low."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from postdesk.services.surveys.catalogue import QuestionKind
from postdesk.services.surveys.scores import ScoreTally, is_low, mean_of, tally


def test_nps_is_promoters_minus_detractors_in_per_cent() -> None:
    # 10 answers: 9, 10, 10 promoters (3); 7, 8 passives (2); 0, 3, 5, 6, 6 detractors (5) -> 30 - 50 = -20
    assert tally(nps=[9, 10, 10, 7, 8, 0, 3, 5, 6, 6]).nps == -20.0


def test_nps_rounds_once_to_one_decimal() -> None:
    # 1 promoter, 2 passives of 3: 33.33… -> 33.3
    assert tally(nps=[10, 7, 8]).nps == 33.3
    # 2 promoters, 1 detractor of 3: 33.33… -> 33.3; never -0.0
    assert tally(nps=[9, 9, 0]).nps == 33.3
    assert str(tally(nps=[9, 0]).nps) == "0.0"


def test_all_promoters_and_all_detractors_are_the_bounds() -> None:
    assert tally(nps=[9, 10, 9, 10]).nps == 100.0
    assert tally(nps=[0, 1, 6]).nps == -100.0


def test_ties_of_promoters_and_detractors_give_zero() -> None:
    assert tally(nps=[10, 0, 9, 6, 7, 8]).nps == 0.0


def test_csat_is_the_share_of_four_and_five() -> None:
    # 4, 5, 5 of 1, 2, 3, 4, 5, 5, 3 -> 3 of 7 = 42.857… -> 42.9
    assert tally(csat=[1, 2, 3, 4, 5, 5, 3]).csat == 42.9
    assert tally(csat=[4, 5]).csat == 100.0


def test_ces_is_the_mean_of_the_effort_scale() -> None:
    # (7 + 6 + 2) / 3 = 5.0; (1 + 2) / 2 = 1.5; (7 + 7 + 6) / 3 = 6.666… -> 6.67
    assert tally(ces=[7, 6, 2]).ces == 5.0
    assert tally(ces=[1, 2]).ces == 1.5
    assert tally(ces=[7, 7, 6]).ces == 6.67


def test_no_answers_give_no_score_not_zero() -> None:
    empty = tally()
    assert (empty.nps, empty.csat, empty.ces) == (None, None, None)
    assert ScoreTally().nps is None


def test_tallies_of_months_add_up_to_the_tally_of_the_year() -> None:
    january, february = tally(nps=[10, 0], csat=[5], ces=[7]), tally(nps=[9, 9, 6], csat=[1, 2], ces=[1])
    year = january + february
    assert year == tally(nps=[10, 0, 9, 9, 6], csat=[5, 1, 2], ces=[7, 1])
    assert year.nps == 20.0 and year.csat == 33.3 and year.ces == 4.0


@given(st.lists(st.integers(0, 10), min_size=1, max_size=200))
def test_nps_stays_within_its_range(values: list[int]) -> None:
    score = tally(nps=values).nps
    assert score is not None and -100 <= score <= 100


@pytest.mark.parametrize(
    ("kind", "value", "low"),
    [
        (QuestionKind.NPS, 6, True),
        (QuestionKind.NPS, 0, True),
        (QuestionKind.NPS, 7, False),
        (QuestionKind.SCALE, 2, True),
        (QuestionKind.SCALE, 3, False),
        (QuestionKind.EFFORT, 3, True),
        (QuestionKind.EFFORT, 4, False),
        (QuestionKind.YES_NO, 0, False),
        (QuestionKind.NPS, None, False),
    ],
)
def test_low_scores(kind: QuestionKind, value: int | None, low: bool) -> None:
    assert is_low(kind, value) is low


def test_mean_of_a_distribution() -> None:
    assert mean_of({1: 2, 5: 2}) == 3.0
    assert mean_of({}) is None
