"""A channel's course on one view, from the marks (no Qt): the runs of points drawn in order,
and where the course leaves the view for a point drawn on another one."""

from __future__ import annotations

import math
from typing import NamedTuple

from app.model import Atlas, Point2, View

COURSE_GAP = 6.0   # B-cun: a course is not drawn across a longer gap between two points


class Exit(NamedTuple):
    """Where a course goes on elsewhere: the last point drawn here, and the next one's view."""

    at: Point2
    after: str        # the point drawn here
    next: str         # the channel's next point, not drawn on this view
    view: str         # the view the next point is shown on


class Course(NamedTuple):
    runs: tuple[tuple[Point2, ...], ...]      # each a line through 2 or more points, in order
    mirrored: tuple[tuple[Point2, ...], ...]  # the same on the far side of a mirrored view
    exits: tuple[Exit, ...]


def course(atlas: Atlas, view: View, channel: str) -> Course:
    """The course of ``channel`` on ``view``: through its points in order, or through the stops
    its ``course`` lists (points and landmarks, in order) when it lists any; broken where a
    stop is not drawn here or the next one is more than COURSE_GAP B-cun away (it goes round to
    another face of the body there); an exit wherever the next point is drawn on another view
    only."""
    record = atlas.channels.get(channel)
    codes = [c for c, p in atlas.points.items() if p.channel == channel]
    stops = list(record.course) if record is not None and record.course else codes
    runs: list[list[Point2]] = [[]]
    mirrored: list[list[Point2]] = [[]]
    exits: list[Exit] = []
    points = [s for s in stops if s in atlas.points]
    for stop in stops:
        point = atlas.points.get(stop)
        if point is not None:
            at = next((m.at for m in point.marks if m.view == view.id), None)
            both_sides = point.bilateral
        else:   # a landmark the course passes, where this view draws it
            at, both_sides = view.landmarks.get(stop), True
        run = runs[-1]
        if at is None or (run and math.dist(run[-1], at) > COURSE_GAP * view.cun):
            runs.append([])
            mirrored.append([])
        if at is None:
            continue
        runs[-1].append(at)
        if both_sides and view.mirrors:
            mirrored[-1].append(view.mirror(at))
        if point is not None and points.index(stop) + 1 < len(points):
            following = atlas.points[points[points.index(stop) + 1]]
            if following.marks and not any(m.view == view.id for m in following.marks):
                exits.append(Exit(at, stop, following.code,
                                  atlas.best_view(following.code) or following.marks[0].view))
    return Course(tuple(tuple(r) for r in runs if len(r) >= 2),
                  tuple(tuple(r) for r in mirrored if len(r) >= 2), tuple(exits))
