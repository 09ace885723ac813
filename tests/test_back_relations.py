"""The back, nape and shoulder-blade points where WHO 2008 puts them, measured on the drawn
landmarks of the trunk-back close-ups (issue 16): each channel's key relations and its points in
order along the channel. One section per channel group, each written by the helper who entered
those points. Plain pytest, no Qt."""

from __future__ import annotations

from itertools import pairwise

import pytest

from app.loader import load_atlas
from tools.figures import proportions

ATLAS = load_atlas()


# --- BL inner line and the sacrum ---
# trunk-back-upper (C7 to L1) and trunk-back-lower (T10 to the coccyx) are back views whose marks
# give the figure's right side, on the viewer's right: lateral is larger x, down is larger y,
# `cun` is their B-cun across the back. Down the back WHO counts vertebrae, not B-cun, so a level
# is checked against the spine the art draws: proportions.SPINOUS_LOWER (the lower border of each
# spinous process, in body-back's units) carried onto the plate through its frame on body-back.

BLI_UPPER, BLI_LOWER = "trunk-back-upper", "trunk-back-lower"
BLI_NEAR = 0.05   # B-cun: a mark this close to where WHO puts it is there
# WHO 2008: the vertebra whose spinous process's lower border each point is level with
BLI_LEVELS = {"BL11": "t1", "BL12": "t2", "BL13": "t3", "BL14": "t4", "BL15": "t5", "BL16": "t6",
              "BL17": "t7", "BL18": "t9", "BL19": "t10", "BL20": "t11", "BL21": "t12",
              "BL22": "l1", "BL23": "l2", "BL24": "l3", "BL25": "l4", "BL26": "l5"}


def bli_at(code: str, view_id: str) -> tuple[float, float]:
    spots = [m.at for m in ATLAS.points[code].marks if m.view == view_id]
    assert spots, f"{code} is not drawn on {view_id}"
    return spots[0]


def bli_lm(view_id: str, name: str) -> tuple[float, float]:
    return ATLAS.views[view_id].landmarks[name]


def bli_lateral(view_id: str, pt) -> float:
    """B-cun from the posterior midline (the figure's right is on the viewer's right)."""
    view = ATLAS.views[view_id]
    return (pt[0] - view.midline) / view.cun


def bli_below(view_id: str, pt, level_y: float) -> float:
    """B-cun by which a point lies below a level (negative: above it)."""
    return (pt[1] - level_y) / ATLAS.views[view_id].cun


def bli_spinous_lower(view_id: str, vertebra: str) -> float:
    """The plate's y of the lower border of a spinous process as the art draws the spine."""
    _fx, fy, _fw, _fh = ATLAS.views[view_id].frame
    return (proportions.SPINOUS_LOWER[vertebra] - fy) * proportions.BACK_SCALE


def bli_views(code: str) -> list[str]:
    level = BLI_LEVELS[code]
    views = []
    if level.startswith("t") or level == "l1":
        views.append(BLI_UPPER)
    if level in ("t10", "t11", "t12") or level.startswith("l"):
        views.append(BLI_LOWER)
    return views


def test_the_drawn_spine_counts_from_c7_to_l5_down_both_plates():
    """The lower borders of the spinous processes follow one another down each plate in the
    order of the column, so that a level can be counted from C7 (upper) or T10 (lower)."""
    for view_id, first in ((BLI_UPPER, "c7"), (BLI_LOWER, "t10")):
        names = [v for v in proportions.VERTEBRAE[proportions.VERTEBRAE.index(first):]
                 if f"{v}-spinous-lower" in ATLAS.views[view_id].landmarks]
        ys = [bli_lm(view_id, f"{v}-spinous-lower")[1] for v in names]
        assert ys == sorted(ys) and len(set(ys)) == len(ys), view_id
        for v, y in zip(names, ys, strict=True):
            assert y == pytest.approx(bli_spinous_lower(view_id, v), abs=0.5), (view_id, v)
    assert names[-1] == "l5"


@pytest.mark.parametrize("code", sorted(BLI_LEVELS, key=lambda c: int(c[2:])))
def test_each_inner_line_point_is_level_with_its_own_spinous_process_1_5_out(code):
    """WHO: level with the lower border of the spinous process of its own vertebra (counted on
    the drawn spine), 1.5 B-cun lateral to the posterior midline, on every plate that holds it."""
    vertebra = BLI_LEVELS[code]
    for view_id in bli_views(code):
        pt = bli_at(code, view_id)
        assert bli_below(view_id, pt, bli_spinous_lower(view_id, vertebra)) == pytest.approx(
            0, abs=BLI_NEAR), view_id
        assert bli_lateral(view_id, pt) == pytest.approx(1.5, abs=BLI_NEAR), view_id


def test_bl13_is_1_5_lateral_at_t3_level_with_the_root_of_the_scapular_spine():
    """WHO's landmark for T3: its spinous process is on the line joining the medial ends of the
    scapular spines; BL13 is beside the lower border of that process, just below the line."""
    bl13 = bli_at("BL13", BLI_UPPER)
    root = bli_lm(BLI_UPPER, "scapula-spine-root")
    assert bli_lm(BLI_UPPER, "t2-spinous-lower")[1] < root[1] < bli_lm(
        BLI_UPPER, "t3-spinous-lower")[1]
    assert 0 < bli_below(BLI_UPPER, bl13, root[1]) < 0.5
    assert bli_lateral(BLI_UPPER, bl13) == pytest.approx(1.5, abs=BLI_NEAR)
    assert bli_lateral(BLI_UPPER, bl13) < bli_lateral(BLI_UPPER, root)   # inside the scapula


def test_bl17_is_at_t7_by_the_inferior_angle_of_the_scapula():
    """WHO's note on BL17: the inferior angle of the scapula is level with T7's spinous process.
    BL17 lies just below the angle's level, medial to the scapula."""
    bl17 = bli_at("BL17", BLI_UPPER)
    angle = bli_lm(BLI_UPPER, "scapula-inferior-angle")
    assert bli_lm(BLI_UPPER, "t6-spinous-lower")[1] < angle[1] < bli_lm(
        BLI_UPPER, "t7-spinous-lower")[1]
    assert 0 < bli_below(BLI_UPPER, bl17, angle[1]) < 0.5
    assert bli_lateral(BLI_UPPER, bl17) < bli_lateral(BLI_UPPER, angle)


def test_bl21_is_at_t12_midway_between_the_inferior_angle_and_the_iliac_crest():
    """WHO's landmark for T12: level with the midpoint of the line from the scapula's inferior
    angle to the highest point of the iliac crest (both drawn on body-back, the plates' parent)."""
    body = ATLAS.views["body-back"]
    mid_y = (body.landmarks["scapula-inferior-angle"][1] + body.landmarks["iliac-crest"][1]) / 2
    nearest = min(proportions.SPINOUS_TIP, key=lambda v: abs(proportions.SPINOUS_TIP[v] - mid_y))
    assert nearest == "t12"
    assert bli_below(BLI_LOWER, bli_at("BL21", BLI_LOWER),
                     bli_lm(BLI_LOWER, "t12-spinous-lower")[1]) == pytest.approx(0, abs=BLI_NEAR)


def test_bl23_is_1_5_lateral_at_l2():
    bl23 = bli_at("BL23", BLI_LOWER)
    assert bl23[1] == pytest.approx(bli_lm(BLI_LOWER, "l2-spinous-lower")[1], abs=0.5)
    assert bli_lateral(BLI_LOWER, bl23) == pytest.approx(1.5, abs=BLI_NEAR)


def test_bl25_is_at_l4_by_the_tops_of_the_iliac_crests():
    """WHO's landmark for L4: its spinous process is on the line joining the highest points of
    the two iliac crests; BL25 is beside the lower border of that process, just below it, far
    medial to the crest."""
    bl25 = bli_at("BL25", BLI_LOWER)
    crest = bli_lm(BLI_LOWER, "iliac-crest")
    assert bli_lm(BLI_LOWER, "l3-spinous-lower")[1] < crest[1] < bli_lm(
        BLI_LOWER, "l4-spinous-lower")[1]
    assert 0 < bli_below(BLI_LOWER, bl25, crest[1]) < 0.5
    assert bli_lateral(BLI_LOWER, bl25) == pytest.approx(1.5, abs=BLI_NEAR)
    assert bli_lateral(BLI_LOWER, crest) > 4


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_bl31_to_bl34_are_in_the_drawn_1st_to_4th_sacral_foramina(n):
    code = f"BL{30 + n}"
    assert bli_at(code, BLI_LOWER) == pytest.approx(bli_lm(BLI_LOWER, f"sacral-foramen-{n}"))
    # the foramen lies on its level of the median sacral crest, beside the midline
    crest = bli_lm(BLI_LOWER, f"median-sacral-crest-{n}")
    assert bli_at(code, BLI_LOWER)[1] == pytest.approx(crest[1])
    assert 0.5 < bli_lateral(BLI_LOWER, bli_at(code, BLI_LOWER)) < 1.5


def test_the_sacral_foramina_run_down_below_l5_to_the_hiatus():
    """BL31 is below the lumbosacral step (L5) and BL32 near the posterior superior iliac spine's
    level (WHO: the 2nd foramen is midway between the spine and the S2 spinous process); BL34 is
    at the lower end of the sacrum, by the hiatus (WHO: level with it)."""
    ys = [bli_at(f"BL{n}", BLI_LOWER)[1] for n in range(31, 35)]
    assert bli_lm(BLI_LOWER, "l5-spinous-lower")[1] < ys[0]
    assert abs(bli_below(BLI_LOWER, bli_at("BL32", BLI_LOWER), bli_lm(BLI_LOWER, "psis")[1])) < 0.5
    assert abs(bli_below(BLI_LOWER, bli_at("BL34", BLI_LOWER),
                         bli_lm(BLI_LOWER, "sacral-hiatus")[1])) < 0.5


@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_bl27_to_bl30_are_level_with_the_foramina_1_5_lateral_of_the_crest(n):
    """WHO: BL27-BL30 level with the 1st-4th posterior sacral foramina (so with BL31-BL34), 1.5
    B-cun lateral to the median sacral crest; lateral of the foramen itself."""
    outer, inner = bli_at(f"BL{26 + n}", BLI_LOWER), bli_at(f"BL{30 + n}", BLI_LOWER)
    assert outer[1] == pytest.approx(inner[1])
    crest = bli_lm(BLI_LOWER, f"median-sacral-crest-{n}")
    assert (outer[0] - crest[0]) / ATLAS.views[BLI_LOWER].cun == pytest.approx(1.5, abs=BLI_NEAR)
    assert outer[0] > inner[0]


def test_bl35_is_half_a_cun_beside_the_tip_of_the_coccyx():
    bl35, tip = bli_at("BL35", BLI_LOWER), bli_lm(BLI_LOWER, "coccyx-tip")
    assert bl35[1] == pytest.approx(tip[1])
    assert bli_lateral(BLI_LOWER, bl35) == pytest.approx(0.5, abs=BLI_NEAR)
    assert bli_lateral(BLI_LOWER, tip) == pytest.approx(0, abs=BLI_NEAR)


@pytest.mark.parametrize(("codes", "view_id"), [
    ([f"BL{n}" for n in range(11, 23)], BLI_UPPER),   # T1 down to L1
    ([f"BL{n}" for n in range(19, 31)], BLI_LOWER),   # T10 down to the 4th sacral level
    ([f"BL{n}" for n in range(31, 36)], BLI_LOWER),   # the four foramina to the coccyx's tip
])
def test_the_inner_line_runs_in_order_down_the_back(codes, view_id):
    """Each next point lies lower on the plate (larger y)."""
    ys = [bli_at(code, view_id)[1] for code in codes]
    for (a, ya), (b, yb) in pairwise(zip(codes, ys, strict=True)):
        assert yb > ya, f"{a} then {b} on {view_id}"


@pytest.mark.parametrize("code", [f"BL{n}" for n in range(11, 22)])
def test_the_thoracic_inner_line_points_carry_the_lung_cautions(code):
    """evidence.md N2: BL11-BL21 lie over the lungs."""
    sources = {c.source for c in ATLAS.points[code].cautions}
    assert {"zhang-2010-adverse", "peuker-2004-pneumothorax", "smith-2021-pneumothorax"} <= sources


@pytest.mark.parametrize("code", [f"BL{n}" for n in range(27, 35)])
def test_the_sacral_points_carry_the_pregnancy_cautions(code):
    """evidence.md N3: the lumbosacral points are traditionally avoided in pregnancy."""
    sources = {c.source for c in ATLAS.points[code].cautions}
    assert {"carr-2015-pregnancy", "nhs-acupuncture"} <= sources


def test_the_back_shu_points_of_the_inner_line_name_their_organs():
    held = {p.code: c.of for p in ATLAS.points.values() for c in p.categories
            if c.category == "back-shu" and p.channel == "BL"}
    assert {code: held.get(code) for code in ("BL13", "BL14", "BL15", "BL18", "BL19", "BL20",
                                             "BL21", "BL22", "BL23", "BL25", "BL27", "BL28")} == {
        "BL13": "LU", "BL14": "PC", "BL15": "HT", "BL18": "LR", "BL19": "GB", "BL20": "SP",
        "BL21": "ST", "BL22": "TE", "BL23": "KI", "BL25": "LI", "BL27": "SI", "BL28": "BL"}
    influential = {p.code: c.of for p in ATLAS.points.values() for c in p.categories
                   if c.category == "influential"}
    assert influential["BL11"] == "bone" and influential["BL17"] == "blood"
