"""Stable-weight capture: hold, deadband, repeated weights, item already on the platform."""

from __future__ import annotations

from decimal import Decimal

from postdesk.devices.scales.readings import Reading, ReadingState
from postdesk.devices.scales.stability import CaptureRules, StableCapture

RULES = CaptureRules(hold_seconds=0.3, hold_count=3, deadband_grams=Decimal(2), empty_grams=Decimal(5))


def run(capture: StableCapture, steps: list[tuple[float, ReadingState, int | None]]) -> list[Decimal]:
    got = []
    for at, state, grams in steps:
        reading = Reading(state, Decimal(grams) if grams is not None else None, at=at)
        weighing = capture.feed(reading)
        if weighing is not None:
            got.append(weighing.grams)
    return got


def stable(
    start: float, grams: int, n: int = 5, step: float = 0.1
) -> list[tuple[float, ReadingState, int | None]]:
    return [(start + i * step, ReadingState.STABLE, grams) for i in range(n)]


def test_item_already_on_the_platform_is_read():
    assert run(StableCapture(RULES), stable(0, 250)) == [Decimal(250)]


def test_needs_both_hold_count_and_hold_time():
    capture = StableCapture(RULES)
    assert run(capture, stable(0, 250, n=3, step=0.05)) == []  # three readings but only 0.1 s
    assert run(capture, [(0.31, ReadingState.STABLE, 250)]) == [Decimal(250)]


def test_unstable_readings_restart_the_hold():
    steps = [*stable(0, 250, 2), (0.2, ReadingState.UNSTABLE, 260), *stable(0.3, 250, 3)]
    assert run(StableCapture(RULES), steps) == []


def test_changes_within_the_deadband_do_not_restart_the_hold():
    steps = [
        (0.0, ReadingState.STABLE, 250),
        (0.15, ReadingState.STABLE, 251),
        (0.3, ReadingState.STABLE, 249),
    ]
    assert run(StableCapture(RULES), steps) == [Decimal(249)]


def test_one_capture_per_item():
    assert run(StableCapture(RULES), stable(0, 250, n=20)) == [Decimal(250)]


def test_same_weight_twice_after_the_platform_was_emptied():
    steps = [*stable(0, 250), *stable(1, 0), *stable(2, 250)]
    assert run(StableCapture(RULES), steps) == [Decimal(250), Decimal(250)]


def test_same_weight_without_emptying_is_not_a_second_item():
    steps = [*stable(0, 250), (0.6, ReadingState.UNSTABLE, 400), *stable(1, 250)]
    assert run(StableCapture(RULES), steps) == [Decimal(250)]


def test_a_different_weight_is_a_new_weighing():
    assert run(StableCapture(RULES), [*stable(0, 250), *stable(1, 600)]) == [Decimal(250), Decimal(600)]


def test_overload_negative_and_errors_are_never_captured():
    steps = [
        (i * 0.1, state, grams)
        for i, (state, grams) in enumerate(
            [(ReadingState.OVERLOAD, None)] * 5
            + [(ReadingState.UNDERLOAD, -300)] * 5
            + [(ReadingState.ERROR, None)] * 5
        )
    ]
    assert run(StableCapture(RULES), steps) == []


def test_restart_reads_the_item_on_the_platform_again():
    capture = StableCapture(RULES)
    assert run(capture, stable(0, 250)) == [Decimal(250)]
    capture.restart()
    assert run(capture, stable(1, 250)) == [Decimal(250)]
