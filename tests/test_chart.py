"""Wall charts: every mark of a view labelled by its code, no label over another or over a
mark, on A4 or A3 paper or a PNG; from the command line and the File menu."""

from __future__ import annotations

import itertools
import random
import re

import pytest

from app import chart_layout
from app.chart_layout import Box
from tests.test_cli import run
from tests.test_export import page_count, pixels


def overlapping(boxes):
    return [(a, b) for a, b in itertools.combinations(boxes, 2) if a.overlaps(b)]


def test_labels_in_a_crowd_keep_clear_of_each_other_and_of_every_mark():
    rng = random.Random(3)
    anchors = [(200 + rng.uniform(-40, 40), 200 + rng.uniform(-40, 40)) for _ in range(40)]
    sizes = [(30.0, 10.0)] * len(anchors)
    bounds = Box(0, 0, 400, 400)
    placed = chart_layout.place_labels(anchors, sizes, bounds, clearance=4.0)
    boxes = [p.box for p in placed]
    assert all(p.clear for p in placed)
    assert not overlapping(boxes)
    for box in boxes:
        assert bounds.x <= box.x and box.x + box.w <= bounds.x + bounds.w
        assert bounds.y <= box.y and box.y + box.h <= bounds.y + bounds.h
        assert all(box.distance_to(x, y) >= 4.0 for x, y in anchors)
    for (x, y), p in zip(anchors, placed):   # pushed out, but not lost: a leader line says whose
        assert p.box.distance_to(x, y) <= 4.0 + chart_layout.RINGS[-1] + 30
        assert p.leader == (p.box.distance_to(x, y) > 4.0 + chart_layout.LEADER_FROM)


def test_unambiguous_labels_are_their_own_mark_s_or_left_out():
    """Rows of marks like the back's: each placed label nearer its own mark than any other,
    level with it where it fits, its leader (if any) passing no other mark; a mark boxed in by
    others gets no label rather than a misleading one."""
    rows = [(x, y) for y in range(40, 400, 34) for x in (100, 118, 136, 171)]
    anchors = [*rows, (300, 200)]
    crowd = [(300 + dx, 200 + dy) for dx in (-12, 0, 12) for dy in (-12, 0, 12) if dx or dy]
    sizes = [(34.0, 12.0)] * len(anchors)
    placed = chart_layout.place_labels(anchors, sizes, Box(0, 0, 500, 440), clearance=7.5,
                                       obstacles=crowd, unambiguous=True)
    marks = anchors + crowd
    assert not placed[-1].clear   # boxed in by its eight neighbours
    shown = [(a, p) for a, p in zip(anchors, placed) if p.clear]
    assert len(shown) >= len(rows) // 2
    for (x, y), p in shown:
        own = p.box.distance_to(x, y)
        assert all(p.box.distance_to(mx, my) >= own for mx, my in marks if (mx, my) != (x, y))
        if p.leader:
            ex, ey = p.box.nearest(x, y)
            assert all(chart_layout._off_segment(mx, my, x, y, ex, ey) >= 7.5
                       for mx, my in marks if (mx, my) != (x, y))
    # the outer column has room beside it: its labels sit level with their marks
    outer = [p for (x, _y), p in shown if x == 171]
    assert outer and all(p.box.y <= a[1] <= p.box.y + p.box.h
                         for a, p in shown if a[0] == 171)


def test_a_lone_mark_gets_its_label_right_beside_it():
    (placed,) = chart_layout.place_labels([(50, 50)], [(20, 8)], Box(0, 0, 100, 100), 4.0)
    assert placed.clear and not placed.leader
    assert placed.box.distance_to(50, 50) <= 4.0 + chart_layout.RINGS[0] + 0.01


def expected_marks(atlas, view):
    return sorted(code for code, p in atlas.points.items() for _ in p.marks_on(view))


@pytest.fixture(scope="module")
def bundled():
    from app.loader import load_atlas

    return load_atlas()


def test_every_view_s_chart_names_every_mark_and_keeps_the_labels_apart(qapp, bundled,
                                                                        tmp_path):
    from app.ui import chart

    for view in bundled.views.values():
        labels = chart.export_chart(bundled, view.id, tmp_path / f"{view.id}.pdf")
        assert sorted(label.code for label in labels) == expected_marks(bundled, view), view.id
        assert all(label.clear for label in labels), view.id
        boxes = [Box(*label.box.getRect()) for label in labels]
        assert not overlapping(boxes), view.id
        for box in boxes:
            assert all(box.distance_to(m.mark.x(), m.mark.y()) >= chart.MARK_RADIUS
                       for m in labels), view.id
        assert page_count(tmp_path / f"{view.id}.pdf") == 1


def test_a_png_chart_writes_each_code_where_it_says(qapp, bundled, tmp_path):
    from app.ui import chart
    from app.ui.paper import MARGIN_MM

    out = tmp_path / "face.png"
    labels = chart.export_chart(bundled, "face-front", out)
    dark = {(x, y) for x, y, rgb in pixels(out, 1) if max(rgb) < 90}
    scale, margin = chart.PNG_DPI / 96, MARGIN_MM / 25.4 * chart.PNG_DPI
    for label in labels:   # ink inside every label's box: its code was drawn there
        box = label.box
        inside = [(x, y) for x in range(int(margin + box.left() * scale),
                                         int(margin + box.right() * scale))
                  for y in range(int(margin + box.top() * scale),
                                 int(margin + box.bottom() * scale)) if (x, y) in dark]
        assert len(inside) > 10, label.code


def test_a3_is_a_bigger_page_and_a_wide_view_turns_the_page(qapp, bundled, tmp_path):
    from PySide6.QtGui import QImage

    from app.ui import chart

    chart.export_chart(bundled, "face-front", tmp_path / "a3.pdf", "A3")
    sizes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", (tmp_path / "a3.pdf")
                       .read_bytes())
    assert [(round(float(w)), round(float(h))) for w, h in sizes] == [(842, 1191)]
    chart.export_chart(bundled, "face-front", tmp_path / "a4.png")
    assert QImage(str(tmp_path / "a4.png")).size().toTuple() == (1240, 1754)
    wide = next((v for v in bundled.views.values() if chart.landscape(v)), None)
    if wide is not None:
        chart.export_chart(bundled, wide.id, tmp_path / "wide.png")
        assert QImage(str(tmp_path / "wide.png")).size().toTuple() == (1754, 1240)
    with pytest.raises(ValueError):
        chart.export_chart(bundled, "face-front", tmp_path / "chart.svg")


def test_command_line_writes_a_chart_and_refuses_what_it_cannot(tmp_path, _user_home):
    out = tmp_path / "hand.png"
    result = run("export", "--chart", "hand-palm", "--out", str(out), home=_user_home)
    assert result.returncode == 0 and out.is_file()
    assert "Hand palm" in result.stdout
    unknown = run("export", "--chart", "elbow", "--out", str(tmp_path / "x.pdf"), home=_user_home)
    assert unknown.returncode == 2 and "hand-palm" in unknown.stderr   # it lists the views
    assert "Traceback" not in unknown.stderr
    both = run("export", "GB14", "--chart", "face-front", "--out", str(tmp_path / "x.pdf"),
                home=_user_home)
    assert both.returncode == 2 and not (tmp_path / "x.pdf").exists()
