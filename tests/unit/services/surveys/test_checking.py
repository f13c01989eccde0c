"""One answer set checked against its version: ranges, options, required and follow-up questions."""

from __future__ import annotations

from postdesk.services.surveys.catalogue import QuestionKind
from postdesk.services.surveys.checking import check_answers
from postdesk.services.surveys.views import Answer, QuestionView, VersionView

K = QuestionKind


def _version() -> VersionView:
    def q(
        position: int,
        kind: QuestionKind,
        *,
        required: bool = False,
        options: tuple[str, ...] = (),
        follow_up_of: int | None = None,
    ) -> QuestionView:
        return QuestionView(
            position, position, position, kind, f"Вопрос {position}", required, options, follow_up_of
        )

    return VersionView(
        1,
        1,
        True,
        (
            q(1, K.NPS, required=True),
            q(2, K.LONG_TEXT, required=True, follow_up_of=1),
            q(3, K.SCALE),
            q(4, K.SINGLE, options=("А", "Б")),
            q(5, K.MULTIPLE, options=("А", "Б", "В")),
        ),
    )


def test_a_good_set_gives_its_scores() -> None:
    checked = check_answers(_version(), (Answer(1, 10), Answer(3, 4), Answer(4, choices=(1,))))
    assert checked.problems == ()
    assert (checked.nps, checked.csat, checked.ces) == (10, 4, None)


def test_the_follow_up_is_required_only_after_a_low_score() -> None:
    low = check_answers(_version(), (Answer(1, 5),))
    assert len(low.problems) == 1 and "Вопрос 2" in low.problems[0]
    answered = check_answers(_version(), (Answer(1, 5), Answer(2, text="Долго ждали")))
    assert answered.problems == () and len(answered.answers) == 2


def test_a_follow_up_answered_after_a_high_score_is_dropped() -> None:
    checked = check_answers(_version(), (Answer(1, 9), Answer(2, text="лишнее")))
    assert checked.problems == ()
    assert [q.position for q, _ in checked.answers] == [1]


def test_every_problem_is_named() -> None:
    checked = check_answers(
        _version(),
        (Answer(1, 11), Answer(3, 0), Answer(4, choices=(0, 1)), Answer(5, choices=(2, 2)), Answer(9, 1)),
    )
    assert len(checked.problems) == 5
    joined = " ".join(checked.problems)
    assert "от 0 до 10" in joined and "от 1 до 5" in joined and "только один" in joined
    assert "дважды" in joined and "нет вопроса 9" in joined.lower()
    assert checked.nps is None
