"""The trunk-back close-ups (trunk-back-upper, trunk-back-lower): WHO's proportional cun across
the back on the drawn landmarks, the vertebral levels (T3 at the root of the scapular spine, T7 at
the inferior angle, L4 at the tops of the iliac crests), the agreement with body-back, arm-back
and leg-back, and WHO's constructions of a handful of points carried out with app.placement on
the views the app loads, checked against the drawn spinous processes, scapulae, iliac crests and
sacrum (a misdrawn landmark fails here). No points are entered: the constructions are written
out in the tests."""

from __future__ import annotations

from itertools import pairwise

import pytest

from app.loader import load_atlas
from app.placement import NotOnView, place
from tests import plates
from tools.figures.proportions import (
    BACK_CUN,
    BACK_LOWER_TOP,
    BACK_SCALE,
    BACK_UPPER_TOP,
    BODY_CUN,
    LEG_SCALE,
    LEG_TOP,
    SACRAL_FORAMINA,
    SPINOUS_LOWER,
    VERTEBRAE,
)
from tools.figures.trunk_back import knob

ATLAS = load_atlas()
UPPER, LOWER = "trunk-back-upper", "trunk-back-lower"
BACK = (UPPER, LOWER)
TOP = {UPPER: BACK_UPPER_TOP, LOWER: BACK_LOWER_TOP}
DIAGRAM_PX = (672, 715)  # the diagram of a 1280x800 window (as tests/test_art_hand.py)


def put(view_id: str, **spec):
    """Where a mark with this measurement lands on the view (plate units)."""
    view = ATLAS.views[view_id]

    def anchor(name):
        if name not in view.landmarks:
            raise NotOnView(name)
        return view.landmarks[name]

    at, _steps = place(spec, view, anchor)
    return at


def lm(view_id: str, name: str):
    return ATLAS.views[view_id].landmarks[name]


def view(view_id: str):
    return ATLAS.views[view_id]


def body(view_id: str, pt):
    """A plate point of a back view in body-back's (d, y): d toward the figure's right."""
    v = view(view_id)
    return ((pt[0] - v.midline) / BACK_SCALE, pt[1] / BACK_SCALE + TOP[view_id])


def lateral_cun(view_id, pt):
    v = view(view_id)
    return (pt[0] - v.midline) / v.cun


def down_cun(view_id, a, b):
    """B-cun from point a down to point b (levels)."""
    return (b[1] - a[1]) / view(view_id).cun


def px_per_cun(view_id):
    """Screen pixels per B-cun with the plate fitted into a 1280x800 window's diagram."""
    from tools.figures import build

    fig = next(f for f in build() if f.id == view_id)
    w, h = (float(v) for v in fig.svg.split('viewBox="0 0 ')[1].split('"')[0].split())
    return min(DIAGRAM_PX[0] / w, DIAGRAM_PX[1] / h) * fig.cun


@pytest.fixture(scope="module")
def rendered(qapp):
    """view id -> the plate rendered at its own size (QImage)."""
    return {v: plates.rendered(view(v).image) for v in BACK}


def lightness(img, pt):
    from PySide6.QtGui import QColor

    return QColor(img.pixel(round(pt[0]), round(pt[1]))).lightness()


# --- the views ----------------------------------------------------------------------------------

def test_the_two_views_are_back_close_ups_of_body_back():
    bb = view("body-back")
    for v in BACK:
        assert (view(v).side, view(v).region, view(v).parent) == ("back", "trunk", "body-back")
        assert view(v).cun == BACK_CUN == BACK_SCALE * BODY_CUN
        x, y, w, _h = view(v).frame
        assert x + w / 2 == pytest.approx(bb.midline)  # centred on body-back's midline
        assert y == pytest.approx(TOP[v])
    # the upper plate reaches down to L1, the lower from T10: T10-L1 are on both
    for name in ("t10-spinous-lower", "t12-spinous-lower", "l1-spinous-lower"):
        assert name in view(UPPER).landmarks and name in view(LOWER).landmarks
        assert body(UPPER, lm(UPPER, name)) == pytest.approx(body(LOWER, lm(LOWER, name)),
                                                            abs=0.06)


def test_lateral_means_toward_the_viewers_right_on_the_figures_right():
    at = put(UPPER, **{"from": "t3-spinous-lower", "lateral": 1.5})
    assert at[0] > view(UPPER).midline  # a back view: the figure's right on the viewer's right
    assert lateral_cun(UPPER, at) == pytest.approx(1.5)
    assert lm(UPPER, "scapula-inferior-angle")[0] > view(UPPER).midline


def test_the_12px_rule_holds_for_the_back_lines_and_the_vertebrae():
    """GV (0), Jiaji (0.5), BL inner (1.5) and outer (3) lines and one vertebra between levels
    are told apart at 1280x800 without zooming."""
    for v in BACK:
        scale = px_per_cun(v)
        assert 0.5 * scale >= 12.0, v
        ys = [lm(v, f"{n}-spinous-lower")[1] for n in VERTEBRAE
              if f"{n}-spinous-lower" in view(v).landmarks]
        assert min(b - a for a, b in pairwise(ys)) / view(v).cun * scale >= 12.0, v
        assert max(view(v).frame[2], view(v).frame[3]) > 0


# --- WHO's proportional cun on the drawn landmarks ------------------------------------------------

def test_midline_to_the_medial_border_of_the_scapula_is_three_cun():
    """WHO: 3 B-cun from the posterior median line to the medial border, so 6 between the two
    borders; the drawn border keeps it from the root of the spine to its lower part."""
    from tools.figures.proportions import SCAPULA_MEDIAL, SCAPULA_SPINE_ROOT

    assert 2 * lateral_cun(UPPER, lm(UPPER, "scapula-medial-border")) == pytest.approx(6)
    assert lateral_cun(UPPER, lm(UPPER, "scapula-spine-root")) == pytest.approx(3)
    border = [p for p in SCAPULA_MEDIAL if SCAPULA_SPINE_ROOT[1] <= p[1] <= 335]
    assert len(border) >= 3
    for d, _y in border:
        assert d / BODY_CUN == pytest.approx(3, abs=0.05)


def test_acromial_angle_to_the_midline_is_eight_cun():
    # our construction (the Chinese textbooks' table), not one of WHO's proportional cun
    assert lateral_cun(UPPER, lm(UPPER, "acromial-angle")) == pytest.approx(8)
    # the acromion's lateral end lies a little beyond it, as on body-front and arm-back
    assert 8 < lateral_cun(UPPER, lm(UPPER, "acromion")) < 8.6


# --- the levels by vertebrae --------------------------------------------------------------------

def _level(view_id, vertebra, name):
    """B-cun from the landmark down to the lower border of the vertebra's spinous process."""
    return down_cun(view_id, lm(view_id, name), lm(view_id, f"{vertebra}-spinous-lower"))


def test_t3_is_level_with_the_root_of_the_scapular_spine():
    assert 0 <= _level(UPPER, "t3", "scapula-spine-root") <= 0.35
    assert abs(_level(UPPER, "t2", "scapula-spine-root")) > 0.6  # one vertebra off is not


def test_t7_is_level_with_the_inferior_angle_of_the_scapula():
    assert 0 <= _level(UPPER, "t7", "scapula-inferior-angle") <= 0.35
    assert abs(_level(UPPER, "t6", "scapula-inferior-angle")) > 0.6


def test_l4_is_level_with_the_tops_of_the_iliac_crests():
    assert 0 <= _level(LOWER, "l4", "iliac-crest") <= 0.35
    assert abs(_level(LOWER, "l3", "iliac-crest")) > 0.8


def test_the_vertebrae_are_spaced_as_a_spine():
    """The steps between spinous processes grow down the column (the upper thoracic about 0.9
    B-cun, the lumbar about 1.5), each lumbar step longer than any thoracic one."""
    steps = {a: (SPINOUS_LOWER[b] - SPINOUS_LOWER[a]) / BODY_CUN
             for a, b in pairwise(VERTEBRAE[:17])}
    vals = list(steps.values())
    assert vals == sorted(vals)
    assert 0.75 < vals[0] < 1.0 and 1.3 < steps["l3"] < 1.8
    thoracic = [steps[f"t{i}"] for i in range(1, 12)]
    assert min(steps[f"l{i}"] for i in range(1, 4)) > max(thoracic)


def test_the_spinous_processes_are_countable_on_the_plates(rendered):
    """Each spinous process C7-L5 is drawn as its own knob on the midline (shaded), its lower
    edge at its landmark, with unshaded skin between it and the next; C7 is the largest."""
    for v in BACK:
        img, mid = rendered[v], view(v).midline
        shown = [n for n in VERTEBRAE if f"{n}-spinous-lower" in view(v).landmarks]
        for a, b in pairwise(shown):
            ca, cb = knob(a)[0], knob(b)[0]
            y_a = (ca - TOP[v]) * BACK_SCALE
            gap = ((SPINOUS_LOWER[a] + cb - knob(b)[2]) / 2 - TOP[v]) * BACK_SCALE
            assert lightness(img, (mid, y_a)) < lightness(img, (mid + 0.6 * BACK_CUN, y_a)), a
            assert lightness(img, (mid, gap)) > lightness(img, (mid, y_a)), (a, b)
            low = lm(v, f"{a}-spinous-lower")
            assert low[1] == pytest.approx((SPINOUS_LOWER[a] - TOP[v]) * BACK_SCALE, abs=0.06)
    assert all(knob("c7")[1] > knob(n)[1] and knob("c7")[2] > knob(n)[2] for n in VERTEBRAE[1:])


# --- agreement with body-back, arm-back and leg-back --------------------------------------------

def _body_back(name):
    bb = view("body-back")
    x, y = bb.landmarks[name]
    return ((x - bb.midline) / bb.cun, (y - bb.landmarks["c7"][1]) / bb.cun)


def test_shared_levels_agree_with_body_back_in_cun():
    """The tip of C7, the inferior angle and the top of the iliac crest, measured from C7 (down)
    and from the midline (across), are body-back's."""
    c7 = body(UPPER, lm(UPPER, "c7"))
    for v, name in ((UPPER, "scapula-inferior-angle"), (LOWER, "iliac-crest")):
        d, y = body(v, lm(v, name))
        ours = (d / BODY_CUN, (y - c7[1]) / BODY_CUN)
        assert ours == pytest.approx(_body_back(name), abs=0.02), name


def test_shared_points_agree_with_arm_back_and_leg_back():
    from tools.figures.proportions import ARM_D0, ARM_SCALE, ARM_TOP

    ab = view("arm-back")
    for name in ("acromion", "clavicle-acromial-end", "scapula-spine-lateral"):
        x, y = ab.landmarks[name]
        assert body(UPPER, lm(UPPER, name)) == pytest.approx(
            (x / ARM_SCALE + ARM_D0, y / ARM_SCALE + ARM_TOP), abs=0.06), name
    # arm-back draws its acromial angle 12.5 B-cun from the olecranon: level with ours and
    # within a quarter B-cun of our 8 B-cun from the midline (the Chinese textbooks', not WHO's)
    x, y = ab.landmarks["acromial-angle"]
    d, yy = body(UPPER, lm(UPPER, "acromial-angle"))
    assert abs(x / ARM_SCALE + ARM_D0 - d) / BODY_CUN < 0.25
    assert abs(y / ARM_SCALE + ARM_TOP - yy) / BODY_CUN < 0.1
    lb = view("leg-back")
    for name in ("sacral-hiatus", "gluteal-fold"):
        x, y = lb.landmarks[name]
        d, yy = body(LOWER, lm(LOWER, name))
        assert yy == pytest.approx(y / LEG_SCALE + LEG_TOP, abs=0.06), name


# --- the sacrum and pelvis ------------------------------------------------------------------------

def test_the_sacral_foramina_run_down_and_in_below_l5():
    pts = [body(LOWER, lm(LOWER, f"sacral-foramen-{n}")) for n in range(1, 5)]
    assert [p[1] for p in pts] == sorted(p[1] for p in pts)
    assert [p[0] for p in pts] == sorted((p[0] for p in pts), reverse=True)
    for d, _y in pts:
        assert 0.6 < d / BODY_CUN < 1.2
    assert SPINOUS_LOWER["l5"] < pts[0][1]
    for n in range(1, 5):
        crest = lm(LOWER, f"median-sacral-crest-{n}")
        assert crest[0] == view(LOWER).midline
        assert crest[1] == lm(LOWER, f"sacral-foramen-{n}")[1]
    psis = body(LOWER, lm(LOWER, "psis"))
    assert abs(psis[1] - pts[1][1]) / BODY_CUN < 0.1  # level with the 2nd foramen
    assert psis[0] > pts[0][0]
    hiatus, coccyx = lm(LOWER, "sacral-hiatus"), lm(LOWER, "coccyx-tip")
    fold = lm(LOWER, "gluteal-fold")
    # WHO's notes (BL30, BL34, BL54): the 4th foramen level with the sacral hiatus
    assert abs(down_cun(LOWER, lm(LOWER, "sacral-foramen-4"), hiatus)) < 0.05
    assert hiatus[1] < coccyx[1] < fold[1]
    # not crowded: a man's foramina are about 1.5-2 cm apart seen from behind (0.6-0.9 B-cun),
    # and BL26 (at L5) stands clear of BL27 (at S1)
    for a, b in pairwise(pts):
        assert 0.6 < (b[1] - a[1]) / BODY_CUN < 0.9
    assert (pts[0][1] - SPINOUS_LOWER["l5"]) / BODY_CUN > 0.6


def test_the_gluteal_cleft_begins_just_below_the_hiatus_over_the_coccyx(rendered):
    """WHO's GV2 note: the hiatus is immediately above the cleft; the coccyx lies in it."""
    from tools.figures.proportions import COCCYX_TIP_Y, Y_SACRAL_HIATUS
    from tools.figures.trunk_back import cleft

    top = cleft()[0][1]
    assert 0 < (top - Y_SACRAL_HIATUS) / BODY_CUN < 0.5
    assert top < COCCYX_TIP_Y


def test_the_erector_spinae_reaches_out_to_the_3_cun_line():
    """The muscle's lateral edge lies near the outer Bladder line at L1-L3, so the inner line
    (1.5 B-cun) runs along its ridge, not its edge; it comes in onto the sacrum medial of the
    PSIS."""
    from tools.figures.proportions import PSIS
    from tools.figures.trunk_back import ERECTOR

    for v in ("l1", "l2", "l3"):
        y = SPINOUS_LOWER[v]
        d = next(d0 + (d1 - d0) * (y - y0) / (y1 - y0)
                 for (d0, y0), (d1, y1) in pairwise(ERECTOR) if y0 <= y <= y1)
        assert 2.6 < d / BODY_CUN < 3.3, v
    assert ERECTOR[-1][0] < PSIS[0]


# --- WHO's constructions on the drawn anatomy -----------------------------------------------------

def test_bl13_at_t3_level_with_the_root_of_the_scapular_spine():
    bl13 = put(UPPER, **{"from": "t3-spinous-lower", "lateral": 1.5})
    root = lm(UPPER, "scapula-spine-root")
    assert lateral_cun(UPPER, bl13) == pytest.approx(1.5)
    assert abs(down_cun(UPPER, root, bl13)) < 0.35
    assert lateral_cun(UPPER, root) - lateral_cun(UPPER, bl13) == pytest.approx(1.5)
    # BL42 on the outer line lies on the medial border, at the root of the spine
    bl42 = put(UPPER, **{"from": "t3-spinous-lower", "lateral": 3})
    assert bl42[0] == pytest.approx(root[0]) and abs(down_cun(UPPER, root, bl42)) < 0.35


def test_bl17_at_t7_near_the_inferior_angle():
    bl17 = put(UPPER, **{"from": "t7-spinous-lower", "lateral": 1.5})
    angle = lm(UPPER, "scapula-inferior-angle")
    assert abs(down_cun(UPPER, angle, bl17)) < 0.35
    assert 1.2 < lateral_cun(UPPER, angle) - lateral_cun(UPPER, bl17) < 2.3


def test_bl23_and_bl52_at_l2_level_with_gv4():
    gv4 = put(LOWER, **{"from": "l2-spinous-lower"})
    bl23 = put(LOWER, **{"from": "l2-spinous-lower", "lateral": 1.5})
    bl52 = put(LOWER, **{"from": "l2-spinous-lower", "lateral": 3})
    assert gv4[0] == view(LOWER).midline
    assert gv4[1] == bl23[1] == bl52[1]
    assert lateral_cun(LOWER, bl23) == pytest.approx(1.5)
    assert lateral_cun(LOWER, bl52) == pytest.approx(3)
    # GV4 in the hollow below L2's knob, above L3's
    _d, y = body(LOWER, gv4)
    assert knob("l2")[0] < y < knob("l3")[0] - knob("l3")[2]


def test_bl25_at_l4_level_with_the_iliac_crests():
    bl25 = put(LOWER, **{"from": "l4-spinous-lower", "lateral": 1.5})
    crest = lm(LOWER, "iliac-crest")
    assert abs(down_cun(LOWER, crest, bl25)) < 0.35
    assert lateral_cun(LOWER, bl25) < lateral_cun(LOWER, crest)
    assert bl25[1] < lm(LOWER, "psis")[1]


def test_bl32_in_the_second_sacral_foramen(rendered):
    """BL32 lands in the drawn 2nd foramen (darker than the sacrum just medial of it); BL28,
    1.5 B-cun lateral of the median sacral crest at the same level, lies outside the foramen,
    just medial of the PSIS; both apart by more than 12 px."""
    bl32 = put(LOWER, **{"from": "sacral-foramen-2"})
    bl28 = put(LOWER, **{"from": "median-sacral-crest-2", "lateral": 1.5})
    img = rendered[LOWER]
    beside = (bl32[0] - 0.35 * BACK_CUN, bl32[1])
    assert lightness(img, bl32) < lightness(img, beside) - 8
    assert body(LOWER, bl32) == pytest.approx(SACRAL_FORAMINA[1], abs=0.06)
    assert bl28[1] == bl32[1]
    assert (bl28[0] - bl32[0]) / BACK_CUN * px_per_cun(LOWER) > 12
    assert abs(lateral_cun(LOWER, bl28) - lateral_cun(LOWER, lm(LOWER, "psis"))) < 0.5


def test_gv14_below_c7_on_the_midline(rendered):
    """GV14 in the hollow below the C7 spinous process: on the midline, below C7's knob and
    above T1's, where the skin between the knobs is unshaded."""
    gv14 = put(UPPER, **{"from": "c7-below"})
    assert gv14 == lm(UPPER, "c7-spinous-lower")
    assert gv14[0] == view(UPPER).midline
    _d, y = body(UPPER, gv14)
    assert knob("c7")[0] < y < knob("t1")[0] - knob("t1")[2]
    assert lm(UPPER, "c7")[1] < gv14[1]


def test_gb21_midway_between_c7_and_the_acromion_on_the_top_of_the_shoulder(rendered):
    """On the skin at the top of the shoulder: inside the outline and within a B-cun of it,
    above the spine of the scapula."""
    from tools.figures.proportions import BODY_HALF, SPINE_UPPER
    from tools.figures.trunk_back import BACK_HALF

    gb21 = put(UPPER, **{"along": ["c7", "acromion"], "frac": 0.5})
    d, y = body(UPPER, gb21)

    def skyline(half):
        return next(y0 + (y1 - y0) * (d - d0) / (d1 - d0)
                    for (d0, y0), (d1, y1) in pairwise(half)
                    if d0 <= d <= d1 and d1 > d0 and y0 > 200)

    # the close-up's shoulder line is its parent's (body-back's) there
    assert skyline(BACK_HALF) == pytest.approx(skyline(BODY_HALF), abs=0.5)
    assert 0 < (y - skyline(BACK_HALF)) / BODY_CUN < 0.6
    spine_top = min(p[1] for p in SPINE_UPPER)
    assert y < spine_top
    from PySide6.QtGui import QColor

    from tools.figures.svg import BG

    assert rendered[UPPER].pixel(int(gb21[0]), int(gb21[1])) != QColor(BG).rgb()


def test_si14_and_si15_lie_medial_to_the_superior_angle_and_on_the_skin():
    si14 = put(UPPER, **{"from": "t1-spinous-lower", "lateral": 3})
    si15 = put(UPPER, **{"from": "c7-below", "lateral": 2})
    sup = lm(UPPER, "scapula-superior-angle")
    assert si15[1] < si14[1] and lateral_cun(UPPER, si15) < lateral_cun(UPPER, si14)
    assert abs(down_cun(UPPER, sup, si14)) < 0.6   # about level with the superior angle


def test_the_sacrum_lies_medial_of_the_psis_and_holds_its_foramina():
    """The drawn sacrum's lateral border (the sacroiliac joint seen from behind) passes medial
    of the PSIS, and each foramen lies inside it, clear of the border."""
    from tools.figures.proportions import PSIS
    from tools.figures.trunk_back import SACRUM_SIDE

    def border(y):
        for (d0, y0), (d1, y1) in pairwise(SACRUM_SIDE):
            if y0 <= y <= y1:
                return d0 + (d1 - d0) * (y - y0) / (y1 - y0)
        raise ValueError(y)

    assert border(PSIS[1]) < PSIS[0]
    for d, y in SACRAL_FORAMINA:
        assert border(y) - d > 0.2 * BODY_CUN, (d, y)


# --- the vertebral level tags, the lower ribs and the foramina (back re-audit C3, C4) ------------

def _tag_boxes(view_id):
    """tag -> (x0, y0, x1, y1) of its strokes on the plate, read from the SVG."""
    import re

    svg = view(view_id).image.read_text(encoding="utf-8")
    boxes = {}
    for d, tag in re.findall(r'<path d="([^"]+)" id="level-([a-z0-9]+)"', svg):
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", d)]
        xs, ys = nums[0::2], nums[1::2]
        boxes[tag.upper()] = (min(xs), min(ys), max(xs), max(ys))
    return boxes


def test_every_level_tag_sits_level_with_its_own_spinous_process():
    """C7 ... L1 on the upper plate, T10 ... L5 and S1-S4 on the lower: each tag's middle is
    within its own knob's height (or at its own foramen) and nearer it than any other level."""
    from tools.figures.proportions import BACK_LOWER_BOTTOM, BACK_UPPER_BOTTOM

    bottom = {UPPER: BACK_UPPER_BOTTOM, LOWER: BACK_LOWER_BOTTOM}
    for v in BACK:
        boxes = _tag_boxes(v)
        levels = {}
        for n in VERTEBRAE:
            cy, _rx, ry = knob(n)
            if TOP[v] + 2 < cy < bottom[v] - 2:
                levels[n.upper()] = ((cy - TOP[v]) * BACK_SCALE, ry * BACK_SCALE)
        for k, (_d, y) in enumerate(SACRAL_FORAMINA, 1):
            if TOP[v] + 2 < y < bottom[v] - 2:
                levels[f"S{k}"] = ((y - TOP[v]) * BACK_SCALE, 3.0 * BACK_SCALE)
        assert set(boxes) == set(levels), v
        for tag, (y, half) in levels.items():
            mid = (boxes[tag][1] + boxes[tag][3]) / 2
            assert abs(mid - y) < half, (v, tag)
            nearest = min(levels, key=lambda t: abs(levels[t][0] - mid))
            assert nearest == tag, (v, tag)
    assert {"C7", "T1", "T12", "L1"} <= set(_tag_boxes(UPPER))
    assert {"T10", "L5", "S1", "S4"} <= set(_tag_boxes(LOWER))


def test_no_level_tag_is_within_a_mark_s_reach_and_each_is_legible():
    """At 1280x800 a tag is at least 8 px tall, outside the columns of marks (beyond the 3
    B-cun line), and no mark, even selected and enlarged (8 px x 1.35), reaches its strokes."""
    for v in BACK:
        px = px_per_cun(v) / view(v).cun           # screen px per plate unit
        reach = 8.0 * 1.35 / px + 1.0              # plate units
        marks = [at for p in ATLAS.points.values() for at in p.marks_on(view(v))]
        assert marks
        for tag, (x0, y0, x1, y1) in _tag_boxes(v).items():
            assert (y1 - y0) * px >= 8.0, (v, tag)
            assert view(v).midline - x1 > 3.5 * view(v).cun, (v, tag)
            for mx, my in marks:
                dx = max(x0 - mx, 0.0, mx - x1)
                dy = max(y0 - my, 0.0, my - y1)
                assert (dx * dx + dy * dy) ** 0.5 > reach, (v, tag, mx, my)


def test_the_11th_and_12th_ribs_end_where_trunk_side_ends_them(rendered):
    """The ribs come out from under the erector spinae below their own spinous processes and
    run down and out; their free ends are at trunk-side's levels, the 11th's at the flank's
    outline (the mid-axillary line seen from behind), the 12th's shorter, inside it. Both are
    drawn on both plates where they reach."""
    from tools.figures.proportions import TS_RIB11_END, TS_RIB12_END
    from tools.figures.trunk_back import BACK_HALF, ERECTOR, RIB_11, RIB_12

    def outline_d(y):
        for (d0, y0), (d1, y1) in pairwise(BACK_HALF):
            if min(y0, y1) <= y <= max(y0, y1) and y0 != y1 and d0 > 50:
                return d0 + (d1 - d0) * (y - y0) / (y1 - y0)
        raise ValueError(y)

    for rib, v, end in ((RIB_11, "t11", TS_RIB11_END), (RIB_12, "t12", TS_RIB12_END)):
        assert rib[-1][1] == pytest.approx(end[1], abs=0.5)
        assert SPINOUS_LOWER[v] < rib[0][1] < SPINOUS_LOWER[v] + 0.6 * BODY_CUN
        assert [p[1] for p in rib] == sorted(p[1] for p in rib)          # down and out
        assert [p[0] for p in rib] == sorted(p[0] for p in rib)
        assert abs(rib[0][0] - max(d for d, _y in ERECTOR)) < 0.2 * BODY_CUN
    assert 0 <= outline_d(RIB_11[-1][1]) - RIB_11[-1][0] < 0.4 * BODY_CUN
    assert RIB_12[-1][0] < RIB_11[-1][0] - 0.3 * BODY_CUN
    # drawn: the middle of each rib is darker than the skin a little above it, on both plates
    for v in BACK:
        for rib in (RIB_11, RIB_12):
            d, y = rib[2]
            if not TOP[v] < y < TOP[v] + view(v).viewbox[3] / BACK_SCALE:
                continue
            at = (view(v).midline + d * BACK_SCALE, (y - TOP[v]) * BACK_SCALE)
            above = (at[0], at[1] - 14)
            assert lightness(rendered[v], at) < lightness(rendered[v], above), (v, rib[0])


def test_the_foramina_show_round_the_marks_in_them():
    """BL31-BL34 are in the foramina: each foramen is drawn larger than a mark at 1280x800 (5.5
    px), so a ring of it shows round the dot, and stays on the sacrum, clear of its neighbours
    and of the 1.5 B-cun line's marks (BL27-BL30)."""
    from app.ui.marks import MARK_RADIUS
    from tools.figures.trunk_back import FORAMEN_RADII, SACRUM_SIDE

    px = px_per_cun(LOWER) / view(LOWER).cun
    assert [r for r, _ in FORAMEN_RADII] == sorted((r for r, _ in FORAMEN_RADII), reverse=True)
    for n, (rx, ry) in enumerate(FORAMEN_RADII, 1):
        assert min(rx, ry) * px >= MARK_RADIUS + 0.5, n
        assert (rx * 2) / view(LOWER).cun < 0.6, n   # a man's foramen is about 1 cm across
        foramen = lm(LOWER, f"sacral-foramen-{n}")
        code = f"BL{30 + n}"
        assert ATLAS.points[code].marks_on(view(LOWER))[0] == pytest.approx(foramen, abs=0.01)
        beside = ATLAS.points[f"BL{26 + n}"].marks_on(view(LOWER))[0]
        assert beside[0] - (foramen[0] + rx) > MARK_RADIUS / px, n
    for (_a, (_r0, ry0)), (_b, (_r1, ry1)), (p, q) in zip(
            enumerate(FORAMEN_RADII), enumerate(FORAMEN_RADII[1:]), pairwise(SACRAL_FORAMINA),
            strict=False):
        assert (q[1] - p[1]) * BACK_SCALE > ry0 + ry1 + 4
    for (d, y), (rx, _ry) in zip(SACRAL_FORAMINA, FORAMEN_RADII, strict=True):
        for (d0, y0), (d1, y1) in pairwise(SACRUM_SIDE):
            if y0 <= y <= y1:
                border = d0 + (d1 - d0) * (y - y0) / (y1 - y0)
                assert (border - d) * BACK_SCALE > rx, (d, y)
