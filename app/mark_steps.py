"""Which mark the arrow keys move to on a diagram: the nearest one in that direction, not the
next in reading order (no Qt)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from app.model import Point2

DIRECTIONS = {"right": (1.0, 0.0), "left": (-1.0, 0.0), "down": (0.0, 1.0), "up": (0.0, -1.0)}
ACROSS_WEIGHT = 2.0   # a step straight ahead beats a nearer one far to the side


def first(marks: Sequence[tuple[str, Point2]], selected: str | None = None) -> int | None:
    """Where the keyboard starts: the selected point's mark if drawn, else the top-left one."""
    if not marks:
        return None
    for i, (code, _at) in enumerate(marks):
        if code == selected:
            return i
    return min(range(len(marks)), key=lambda i: (round(marks[i][1][1]), marks[i][1][0]))


def step(marks: Sequence[tuple[str, Point2]], current: int, direction: str) -> int:
    """The mark the arrow moves to from ``marks[current]``: ahead in ``direction``, weighing
    distance ahead plus ACROSS_WEIGHT times the distance aside, among the marks within 45° of
    that direction if there are any, else among all ahead. The other marks of the same point (a
    bilateral point's mirror) are not stops. No mark ahead: it stays."""
    dx, dy = DIRECTIONS[direction]
    code, (x, y) = marks[current]
    best = (True, math.inf, current)   # (outside the cone, cost, index): the least wins
    for i, (other, (ox, oy)) in enumerate(marks):
        if other == code:
            continue
        ahead = (ox - x) * dx + (oy - y) * dy
        if ahead <= 0.5:
            continue
        aside = abs((ox - x) * dy - (oy - y) * dx)
        best = min(best, (aside > ahead, ahead + ACROSS_WEIGHT * aside, i))
    return best[2]
