"""Where a wall chart writes each mark's code: beside its mark, never over another label or
mark, and with a leader line where the crowd pushes it further out (no Qt)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

# How far from its mark a label may go (page units beyond the mark's own clearance) and in how
# many directions it is tried: near rings first, so a label sits as close as the crowd allows.
RINGS = (1.0, 5.0, 10.0, 17.0, 26.0, 38.0, 52.0, 70.0, 92.0, 120.0)
NEAR_RINGS = 5   # an unambiguous label stays this near (26): further out it reads as nobody's
DIRECTIONS = 16
LEADER_FROM = 8.0   # a label further than this from its mark gets a leader line
_CELL = 48.0        # the grid that finds neighbours without comparing every pair


class Box(NamedTuple):
    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        return (self.x < other.x + other.w + gap and other.x < self.x + self.w + gap
                and self.y < other.y + other.h + gap and other.y < self.y + self.h + gap)

    def distance_to(self, x: float, y: float) -> float:
        dx = max(self.x - x, 0.0, x - self.x - self.w)
        dy = max(self.y - y, 0.0, y - self.y - self.h)
        return math.hypot(dx, dy)

    def nearest(self, x: float, y: float) -> tuple[float, float]:
        """The point of the box nearest (x, y): where a leader line meets it."""
        return (min(max(x, self.x), self.x + self.w), min(max(y, self.y), self.y + self.h))


class Placed(NamedTuple):
    box: Box
    leader: bool      # drawn with a line from its mark
    clear: bool       # False when no free spot was found (then it overlaps as little as it can)


class _Grid:
    """Boxes and mark discs in buckets of _CELL, for the few near a candidate."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list] = defaultdict(list)

    def _keys(self, box: Box):
        for i in range(int(box.x // _CELL), int((box.x + box.w) // _CELL) + 1):
            for j in range(int(box.y // _CELL), int((box.y + box.h) // _CELL) + 1):
                yield i, j

    def add(self, box: Box, item) -> None:
        for key in self._keys(box):
            self.cells[key].append(item)

    def near(self, box: Box):
        seen = set()
        for key in self._keys(box):
            for item in self.cells.get(key, ()):
                if id(item) not in seen:
                    seen.add(id(item))
                    yield item


class _Spots:
    """Points (marks, obstacles) in buckets of _CELL by where they are, for the few near a
    box: each point is kept once, so counting them needs no bookkeeping of what was seen."""

    def __init__(self, points) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
        for x, y in points:
            self.cells[int(x // _CELL), int(y // _CELL)].append((x, y))

    def within(self, box: Box, reach: float):
        """The points nearer than ``reach`` to the box."""
        left, top, right, bottom = box.x, box.y, box.x + box.w, box.y + box.h
        limit = reach * reach
        for i in range(int((left - reach) // _CELL), int((right + reach) // _CELL) + 1):
            for j in range(int((top - reach) // _CELL), int((bottom + reach) // _CELL) + 1):
                for x, y in self.cells.get((i, j), ()):
                    dx = max(left - x, 0.0, x - right)
                    dy = max(top - y, 0.0, y - bottom)
                    if dx * dx + dy * dy < limit:
                        yield x, y

    def count_within(self, box: Box, reach: float, stop: float = math.inf) -> int:
        """How many points are nearer than ``reach`` to the box, counted up to ``stop``
        (``within`` as a plain loop: it is asked for every spot a label tries)."""
        left, top, right, bottom = box.x, box.y, box.x + box.w, box.y + box.h
        limit = reach * reach
        cells = self.cells
        found = 0
        for i in range(int((left - reach) // _CELL), int((right + reach) // _CELL) + 1):
            for j in range(int((top - reach) // _CELL), int((bottom + reach) // _CELL) + 1):
                for x, y in cells.get((i, j), ()):
                    dx = left - x if x < left else (x - right if x > right else 0.0)
                    dy = top - y if y < top else (y - bottom if y > bottom else 0.0)
                    if dx * dx + dy * dy < limit:
                        found += 1
                        if found >= stop:
                            return found
        return found


def place_labels(anchors: Sequence[tuple[float, float]], sizes: Sequence[tuple[float, float]],
                 bounds: Box, clearance: float, gap: float = 1.5,
                 obstacles: Sequence[tuple[float, float]] = (),
                 unambiguous: bool = False) -> list[Placed]:
    """A box for each anchor's label (sizes: (w, h) each), inside ``bounds``, not within
    ``clearance`` of any anchor (the drawn marks) or obstacle (other marks no label is for)
    nor within ``gap`` of another label. The most crowded marks choose first; each label takes
    the nearest free spot on rings around its mark.

    ``unambiguous``: a label must also be nearer its own mark than any other, one above or
    below its mark must not lead the eye on to another mark (a row of a plate further on), and
    a leader line must pass no other mark, so whose it is can never be misread; a label with
    no such spot within NEAR_RINGS is not placed (``clear`` False: the caller leaves it out)."""
    marks = _Spots((*anchors, *obstacles))
    crowd = [sum(1 for ox, oy in marks.within(Box(x - 40, y - 40, 80, 80), 1e-9)   # in it
                 if abs(ox - x) < 40 and abs(oy - y) < 40) for x, y in anchors]
    order = sorted(range(len(anchors)), key=lambda i: (-crowd[i], anchors[i][1], anchors[i][0]))
    labels = _Grid()
    placed: dict[int, Placed] = {}

    def outside(box: Box) -> bool:
        return (box.x < bounds.x or box.y < bounds.y or box.x + box.w > bounds.x + bounds.w
                or box.y + box.h > bounds.y + bounds.h)

    def free(box: Box) -> bool:
        return not (outside(box) or any(box.overlaps(other, gap) for other in labels.near(box))
                    or marks.count_within(box, clearance, stop=1))

    def plain(box: Box, x: float, y: float) -> bool:   # whose label it is, at a glance
        own = box.distance_to(x, y)
        if any((ox, oy) != (x, y) for ox, oy in marks.within(box, own)):
            return False
        if not box.y <= y <= box.y + box.h:   # above or below it: not up to another mark there
            reach = box.h + clearance
            beyond = (Box(box.x, box.y - reach, box.w, reach) if box.y + box.h < y
                      else Box(box.x, box.y + box.h, box.w, reach))
            if any((ox, oy) != (x, y) for ox, oy in marks.within(beyond, 0.5)):
                return False
        if own <= clearance + LEADER_FROM:
            return True
        ex, ey = box.nearest(x, y)   # the leader, from the mark to the box
        line = Box(min(x, ex), min(y, ey), abs(ex - x), abs(ey - y))
        return not any((ox, oy) != (x, y) and _off_segment(ox, oy, x, y, ex, ey) < clearance
                       for ox, oy in marks.within(line, clearance))

    def cost(box: Box, worst: float) -> float:
        """How badly a spot that is not free collides: counted up to ``worst`` (a spot as bad
        as the best so far cannot win, so the count stops there)."""
        if outside(box):
            return math.inf
        bad = 0.0
        for other in labels.near(box):
            bad += box.overlaps(other, gap)
            if bad >= worst:
                return bad
        return bad + marks.count_within(box, clearance, stop=worst - bad)

    for i in order:
        x, y = anchors[i]
        w, h = sizes[i]
        spots = _around(x, y, w, h, clearance, RINGS[:NEAR_RINGS] if unambiguous else RINGS)
        box = next((spot for spot in spots
                    if free(spot) and (not unambiguous or plain(spot, x, y))), None)
        if box is not None:   # the nearest free one
            bad, leader = 0.0, box.distance_to(x, y) > clearance + LEADER_FROM
        elif unambiguous:   # left out: no room for it here
            placed[i] = Placed(_beside(x, y, w, h, clearance + RINGS[0], 0.0), False, False)
            continue
        else:   # none: the one that collides least (the nearest of those), with a leader
            bad, box = math.inf, None
            for spot in _around(x, y, w, h, clearance, RINGS):
                spot_bad = cost(spot, bad)
                if spot_bad < bad or box is None:
                    bad, box = spot_bad, spot
            leader = True
        if math.isinf(bad):   # nowhere inside the bounds: keep it on the page at least
            box = Box(min(max(box.x, bounds.x), bounds.x + bounds.w - w),
                      min(max(box.y, bounds.y), bounds.y + bounds.h - h), w, h)
        placed[i] = Placed(box, leader, bad == 0)
        labels.add(Box(box.x - gap, box.y - gap, box.w + 2 * gap, box.h + 2 * gap), box)
    return [placed[i] for i in range(len(anchors))]


def _off_segment(px: float, py: float, ax: float, ay: float, bx: float, by: float) -> float:
    """How far (px, py) is from the segment a-b."""
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


# The directions tried on each ring: level with the mark first (right, then left), then ever
# steeper, straight above and below last. A label beside its mark reads as its own; one above
# or below sits between the rows of a plate like the back, where the levels are what counts.
_ANGLES = sorted((2 * math.pi * step / DIRECTIONS for step in range(DIRECTIONS)),
                 key=lambda a: round(abs(math.sin(a)), 9))


def _around(x: float, y: float, w: float, h: float, clearance: float, rings: Sequence[float]):
    """The spots a w x h label may take around (x, y), the nearest rings first."""
    for ring in rings:
        for angle in _ANGLES:
            yield _beside(x, y, w, h, clearance + ring, angle)


def _beside(x: float, y: float, w: float, h: float, reach: float, angle: float) -> Box:
    """A w x h box whose nearest point to (x, y) is ``reach`` away in direction ``angle``:
    its edge (not its centre) faces the mark, so short rings hug it."""
    dx, dy = math.cos(angle), math.sin(angle)
    cx, cy = x + dx * reach, y + dy * reach   # the spot the box must touch
    # put the box on the far side of that spot, centred along the other axis by the angle
    left = cx - w / 2 + dx * w / 2
    top = cy - h / 2 + dy * h / 2
    return Box(left, top, w, h)
