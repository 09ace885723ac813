"""A channel's course on a view, from the marks: runs in channel order, exits to other views."""

from __future__ import annotations

import itertools
import math

import pytest

from app.courses import COURSE_GAP, course
from app.loader import load_atlas


@pytest.fixture(scope="module")
def atlas():
    return load_atlas()


def test_a_course_runs_through_the_channel_s_marks_in_order(atlas):
    view = atlas.views["head-side"]
    drawn = course(atlas, view, "GB")
    flat = [at for run in drawn.runs for at in run]
    order = [m.at for p in atlas.points.values() if p.channel == "GB"
             for m in p.marks if m.view == view.id]
    assert flat == [at for at in order if at in flat]
    assert len(flat) >= 12


def test_a_course_breaks_at_long_gaps_and_never_draws_one(atlas):
    for view in atlas.views.values():
        for channel in atlas.channels:
            for run in course(atlas, view, channel).runs:
                assert all(math.dist(a, b) <= COURSE_GAP * view.cun
                           for a, b in itertools.pairwise(run)), (view.id, channel)


def test_an_exit_names_the_next_point_and_the_view_it_is_drawn_on(atlas):
    exits = course(atlas, atlas.views["hand-back"], "LI").exits
    assert [(e.after, e.next, e.view) for e in exits] == [("LI5", "LI6", "arm-back")]
    for view in atlas.views.values():   # every exit leads to a view that draws the next point
        for channel in atlas.channels:
            for e in course(atlas, view, channel).exits:
                assert e.view != view.id and e.view in atlas.points[e.next].views


def test_a_channels_course_waypoints_are_passed_in_the_order_it_lists(atlas):
    """A channel that lists its course (points and landmarks) is drawn through exactly those
    stops in that order: the landmark lies between the two points on the line."""
    view = atlas.views["head-side"]
    marks = [next(m.at for m in atlas.points[c].marks if m.view == view.id)
             for c in ("GB1", "GB2")]
    middle = ((marks[0][0] + marks[1][0]) / 2, (marks[0][1] + marks[1][1]) / 2)
    landmark = min(view.landmarks, key=lambda n: math.dist(view.landmarks[n], middle))
    gb = atlas.channels["GB"]._replace(course=("GB1", landmark, "GB2"))
    routed = atlas._replace(channels={**atlas.channels, "GB": gb})
    (run,) = course(routed, view, "GB").runs
    assert run == (marks[0], view.landmarks[landmark], marks[1])
