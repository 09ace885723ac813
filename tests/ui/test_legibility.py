"""ATLAS-GUIDE's legibility rule on the bundled atlas: in a 1280×800 window at each view's
default (fitted) zoom, every point's marks stand at least 12 px clear of every other point's
marks, and inside the diagram, on at least one view."""

from __future__ import annotations

import math

import pytest

from app.loader import load_atlas
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

CLEAR_PX = 12.0


@pytest.fixture(scope="module")
def screen_marks(qapp):
    """view id → [(code, (x, y) in viewport pixels)] at 1280×800, default zoom."""
    atlas = load_atlas()
    win = MainWindow(atlas, Settings())
    win.resize(1280, 800)
    win.show()
    qapp.processEvents()
    diagram, out = win.diagram, {}
    for view_id in atlas.views:
        win.show_view(view_id)
        qapp.processEvents()
        port = diagram.viewport().rect()
        spots = []
        for code in atlas.points:
            for pos in diagram.mark_positions(code):
                at = diagram.mapFromScene(pos)
                spots.append((code, (at.x(), at.y()), port.contains(at)))
        out[view_id] = spots
    win.close()
    return atlas, out


def same_places(atlas) -> set[frozenset[str]]:
    """Pairs of points the data puts in one place on purpose: a mark measured as nothing but
    another point's code (`from: TE2`: the ring-little Baxie point is TE2's place)."""
    pairs = set()
    for point in atlas.points.values():
        for mark in point.marks:
            if (len(mark.steps) == 1 and mark.steps[0].kind == "anchor"
                    and mark.steps[0].label in atlas.points):
                pairs.add(frozenset((point.code, mark.steps[0].label)))
    return pairs


def crowded(by_view, drawn, same=frozenset()):
    """The drawn points that no view shows legibly, each with its best gap and view; points
    in ``same`` pairs are not measured against each other."""
    legible, nearest = set(), {}
    for view_id, spots in by_view.items():
        for code in {c for c, _at, _inside in spots}:
            own = [(at, inside) for c, at, inside in spots if c == code]
            others = [at for c, at, _inside in spots
                      if c != code and frozenset((c, code)) not in same]
            gap = min((math.dist(a, b) for a, _ in own for b in others), default=math.inf)
            if all(inside for _, inside in own) and gap >= CLEAR_PX:
                legible.add(code)
            elif gap >= nearest.get(code, (-1.0, ""))[0]:
                nearest[code] = (gap, view_id)
    return {code: nearest.get(code, (0.0, "no view")) for code in sorted(drawn - legible)}


def test_every_point_is_legible_on_one_view(screen_marks):
    atlas, by_view = screen_marks
    drawn = {code for code, point in atlas.points.items() if point.marks}
    bad = crowded(by_view, drawn, same_places(atlas))
    assert bad == {}, "\n".join(f"{code}: at best {gap:.1f} px clear ({view})"
                                for code, (gap, view) in bad.items())


def test_the_rule_counts_other_points_and_the_edge():
    """Two points 5 px apart on their only view are crowded; a point's own marks may be close
    (Shixuan is five marks); a mark outside the diagram does not count as shown."""
    one_view = {"v": [("A", (0, 0), True), ("B", (5, 0), True), ("C", (100, 0), True),
                      ("C", (103, 0), True), ("D", (200, 0), False)]}
    assert set(crowded(one_view, {"A", "B", "C", "D"})) == {"A", "B", "D"}
    second = {**one_view, "w": [("A", (0, 0), True), ("B", (40, 0), True)]}
    assert set(crowded(second, {"A", "B", "C", "D"})) == {"D"}
    assert set(crowded(one_view, {"A", "B"}, {frozenset(("A", "B"))})) == set()
