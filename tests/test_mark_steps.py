"""The arrow keys on a diagram: the nearest mark in that direction, a bilateral point one stop."""

from __future__ import annotations

from app import mark_steps

MARKS = [("A", (100.0, 100.0)), ("B", (200.0, 105.0)), ("C", (130.0, 300.0)),
         ("D", (300.0, 100.0)), ("A", (500.0, 100.0)), ("E", (110.0, 140.0))]


def test_right_goes_to_the_nearest_mark_ahead_not_the_next_in_reading_order():
    assert MARKS[mark_steps.step(MARKS, 0, "right")][0] == "B"
    assert MARKS[mark_steps.step(MARKS, 1, "right")][0] == "D"


def test_down_prefers_straight_below_to_nearer_but_far_aside():
    assert MARKS[mark_steps.step(MARKS, 0, "down")][0] == "E"
    assert MARKS[mark_steps.step(MARKS, 5, "down")][0] == "C"


def test_a_bilateral_points_other_mark_is_not_a_stop():
    # from D, right: the only mark ahead is A's mirror; from A, right skips its own mirror
    assert mark_steps.step(MARKS, 3, "right") == 4   # another point's mark: a stop
    assert MARKS[mark_steps.step(MARKS, 0, "right")][0] != "A"


def test_nothing_ahead_stays_put_and_the_first_press_starts_on_the_selected_point():
    assert mark_steps.step(MARKS, 2, "down") == 2
    assert mark_steps.first(MARKS, "C") == 2
    assert mark_steps.first(MARKS) in (0, 3, 4)   # the top row, leftmost first
    assert MARKS[mark_steps.first(MARKS)][1] == (100.0, 100.0)
    assert mark_steps.first([]) is None
