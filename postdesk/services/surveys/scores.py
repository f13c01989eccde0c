"""NPS, CSAT and CES from answer counts, and what counts as a low score.

- NPS: % of 9–10 minus % of 0–6 among the 0–10 answers (−100…100);
- CSAT: % of 4–5 among the 1–5 answers;
- CES: the mean of the 1–7 "how easy was it" answers.
No answers give ``None``, never 0: an absent score is not a bad one. Figures are rounded
once, at the end, to one decimal (CES to two).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from postdesk.services.surveys.catalogue import QuestionKind

NPS_PROMOTER_FROM = 9
NPS_DETRACTOR_UP_TO = 6
CSAT_SATISFIED_FROM = 4
CSAT_LOW_UP_TO = 2
CES_LOW_UP_TO = 3


def is_low(kind: QuestionKind, value: int | None) -> bool:
    """A low score asks for a follow-up: NPS 0–6, CSAT 1–2, CES 1–3."""
    if value is None:
        return False
    if kind is QuestionKind.NPS:
        return value <= NPS_DETRACTOR_UP_TO
    if kind is QuestionKind.SCALE:
        return value <= CSAT_LOW_UP_TO
    if kind is QuestionKind.EFFORT:
        return value <= CES_LOW_UP_TO
    return False


@dataclass(frozen=True)
class ScoreTally:
    """Counts enough to compute the three scores; tallies of months or operators add up."""

    nps_answers: int = 0
    promoters: int = 0
    detractors: int = 0
    csat_answers: int = 0
    satisfied: int = 0
    ces_answers: int = 0
    ces_sum: int = 0

    def __add__(self, other: ScoreTally) -> ScoreTally:
        return ScoreTally(
            self.nps_answers + other.nps_answers,
            self.promoters + other.promoters,
            self.detractors + other.detractors,
            self.csat_answers + other.csat_answers,
            self.satisfied + other.satisfied,
            self.ces_answers + other.ces_answers,
            self.ces_sum + other.ces_sum,
        )

    @property
    def nps(self) -> float | None:
        if not self.nps_answers:
            return None
        return round(100 * (self.promoters - self.detractors) / self.nps_answers, 1) + 0.0

    @property
    def csat(self) -> float | None:
        if not self.csat_answers:
            return None
        return round(100 * self.satisfied / self.csat_answers, 1)

    @property
    def ces(self) -> float | None:
        if not self.ces_answers:
            return None
        return round(self.ces_sum / self.ces_answers, 2)


def tally(nps: Iterable[int] = (), csat: Iterable[int] = (), ces: Iterable[int] = ()) -> ScoreTally:
    """The tally of plain lists of answers (tests, small sets)."""
    nps, csat, ces = list(nps), list(csat), list(ces)
    return ScoreTally(
        len(nps),
        sum(1 for v in nps if v >= NPS_PROMOTER_FROM),
        sum(1 for v in nps if v <= NPS_DETRACTOR_UP_TO),
        len(csat),
        sum(1 for v in csat if v >= CSAT_SATISFIED_FROM),
        len(ces),
        sum(ces),
    )


def mean_of(counts: Mapping[int, int]) -> float | None:
    """The mean of a distribution ``{value: count}``; ``None`` when empty."""
    total = sum(counts.values())
    if not total:
        return None
    return round(sum(value * count for value, count in counts.items()) / total, 2)
