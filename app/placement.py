"""Compute a mark's position from a WHO-style measurement: landmark, direction, B-cun (no Qt).

A mark gives exactly one of ``at`` (viewBox units), ``from`` (a landmark or point code, or
``[x_anchor, y_anchor]``) or ``along`` (a path of anchors, with ``frac`` or ``cun`` + ``span``),
then optional offsets in B-cun: up, down, medial, lateral, front, back. See docs/geometry.md.
Placing returns the position and the steps that led to it, so the measurement can be drawn.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from itertools import pairwise
from typing import Any

from app.model import Point2, Step, View

BASES = ("at", "from", "along")
OFFSETS = ("up", "down", "medial", "lateral", "front", "back")
PLACEMENT_KEYS = (*BASES, "frac", "cun", "span", *OFFSETS)


class PlacementError(ValueError):
    """A measurement that cannot be carried out (unknown anchor, wrong direction for the view)."""


class NotOnView(PlacementError):
    """The view lacks what the measurement needs (a landmark, a point, a direction): a
    measurement written for every view is simply not placed on this one."""


def _unit_vectors(side: str) -> dict[str, Point2]:
    """Screen directions of the anatomical words on a view of this side."""
    right = {"front": -1.0, "back": 1.0, "top": 1.0, "bottom": -1.0}
    vectors: dict[str, Point2] = {}
    if side in ("front", "back", "left", "right"):
        vectors.update(up=(0.0, -1.0), down=(0.0, 1.0))
    if side in right:
        vectors.update(lateral=(right[side], 0.0), medial=(-right[side], 0.0))
    if side in ("left", "right"):
        sign = 1.0 if side == "right" else -1.0
        vectors.update(front=(sign, 0.0), back=(-sign, 0.0))
    if side in ("top", "bottom"):
        vectors.update(front=(0.0, -1.0), back=(0.0, 1.0))
    return vectors


def path_point(path: list[Point2], frac: float) -> Point2:
    """The point at ``frac`` (0–1) of a polyline's length."""
    lengths = [math.dist(a, b) for a, b in pairwise(path)]
    remaining = frac * sum(lengths)
    for (a, b), length in zip(pairwise(path), lengths):
        if remaining <= length or (length == 0 and remaining <= 0):
            t = remaining / length if length else 0.0
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        remaining -= length
    return path[-1]


def place(spec: Mapping[str, Any], view: View, anchor: Callable[[str], Point2]
          ) -> tuple[Point2, tuple[Step, ...]]:
    """Carry out one mark's measurement on ``view``: the position and the steps taken.

    ``anchor`` resolves landmark or point names (raising NotOnView for names the view lacks)."""
    bases = [key for key in BASES if key in spec]
    if len(bases) != 1:
        raise PlacementError("a mark needs exactly one of 'at', 'from' or 'along'")
    unit = view.cun
    steps: list[Step] = []
    if "at" in spec:
        x, y = spec["at"]
        origin: Point2 = (float(x), float(y))
        steps.append(Step("at", "", (origin,)))
    elif "from" in spec:
        ref = spec["from"]
        if isinstance(ref, list):
            if len(ref) != 2:
                raise PlacementError("'from' as a list is [x_anchor, y_anchor]")
            a, b = anchor(ref[0]), anchor(ref[1])
            origin = (a[0], b[1])
            steps.append(Step("between", f"{ref[0]} | {ref[1]}", (a, b, origin)))
        else:
            origin = anchor(ref)
            steps.append(Step("anchor", str(ref), (origin,)))
    else:
        names = spec["along"]
        if not isinstance(names, list) or len(names) < 2:
            raise PlacementError("'along' needs a list of at least two anchors")
        path = [anchor(name) for name in names]
        length = sum(math.dist(a, b) for a, b in pairwise(path))
        span = 0.0
        if "frac" in spec:
            frac = float(spec["frac"])
            amount = frac
        elif "cun" in spec and "span" in spec:
            span = float(spec["span"])
            if span <= 0:
                raise PlacementError("'span' must be positive")
            amount = float(spec["cun"])
            frac = amount / span
            unit = length / span
        else:
            raise PlacementError("'along' needs 'frac', or 'cun' with 'span'")
        if not 0.0 <= frac <= 1.0:
            raise PlacementError(f"'along' goes past the end of its path (fraction {frac:.2f})")
        origin = path_point(path, frac)
        steps.append(Step("path", " → ".join(map(str, names)), (*path, origin), amount, span))
    if "along" not in spec and any(key in spec for key in ("frac", "cun", "span")):
        raise PlacementError("'frac', 'cun' and 'span' go with 'along'")
    vectors = _unit_vectors(view.side)
    x, y = origin
    for key in OFFSETS:
        if key not in spec:
            continue
        if key not in vectors:
            raise NotOnView(f"'{key}' has no meaning on a {view.side} view")
        dx, dy = vectors[key]
        amount = float(spec[key])
        distance = amount * unit
        before = (round(x, 2), round(y, 2))
        x, y = x + dx * distance, y + dy * distance
        steps.append(Step("offset", key, (before, (round(x, 2), round(y, 2))), amount))
    return (round(x, 2), round(y, 2)), tuple(steps)
