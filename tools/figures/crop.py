"""A close-up cut from a larger plate: the same drawing, seen through a smaller window.

Where a plate at its fitted zoom cannot tell two nearby points apart (EX-LE1's medial point
lies 0.36 B-cun from SP10), the close-up shows the same art, landmarks and B-cun scale,
shifted so that its viewBox starts at 0, 0 (docs/geometry.md), and lies on the plate as a
frame. Nothing is redrawn, so the two views cannot disagree.
"""

from __future__ import annotations

import re

from .figure import Figure, rounded
from .geometry import fmt

_ROOT = re.compile(r'width="[^"]*" height="[^"]*" viewBox="[^"]*">')


def close_up(fig: Figure, view_id: str, title: str, rect: tuple[float, float, float, float],
             image: str) -> Figure:
    """``fig`` seen through ``rect`` (x, y, w, h in its units): a view whose parent is ``fig``,
    holding the landmarks that lie inside the rectangle. It is a `cut`: the loader gives it
    the marks placed on ``fig`` inside ``rect``, so no point measures on it twice."""
    x, y, w, h = rect
    root = f'width="{fmt(w)}" height="{fmt(h)}" viewBox="0 0 {fmt(w)} {fmt(h)}">'
    svg, found = _ROOT.subn(root, fig.svg, count=1)
    if not found:
        raise ValueError(f"{fig.id}: no root element to crop")
    svg = re.sub(r"<title>[^<]*</title>", f"<title>{title}</title>", svg, count=1)
    head, body = svg.split(root, 1)
    body = body.replace("</svg>", "")
    svg = (f"{head}{root}\n<g transform=\"translate({fmt(-x)} {fmt(-y)})\">"
           f"{body}</g>\n</svg>\n")
    landmarks = {name: (px - x, py - y) for name, (px, py) in fig.landmarks.items()
                 if x <= px <= x + w and y <= py <= y + h}
    midline = None if fig.midline is None else fig.midline - x
    return Figure(view_id, title, image, fig.side, fig.region, fig.id, midline, fig.cun,
                  rounded(landmarks), svg, frame=rect, cut=True)
