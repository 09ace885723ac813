"""The back, nape and shoulder-blade points where WHO 2008 (and GB/T 40997-2021 for the extra
points) puts them, measured on the drawn landmarks of the back close-ups (issue 16): each
channel's key relations and its points in order along the channel. One section per channel
group, each written by the helper who entered those points. Plain pytest, no Qt."""

from __future__ import annotations

from itertools import pairwise

import pytest

from app.loader import load_atlas
from tools.figures import proportions

ATLAS = load_atlas()


# --- GV and the extra points ---
# trunk-back-upper (C7 to L1) and trunk-back-lower (T10 to the coccyx) are back views whose
# marks give the figure's right side, on the viewer's right: lateral is away from the midline,
# up is smaller y, `cun` is their B-cun. Down the back WHO counts vertebrae, not B-cun: the art
# draws each spinous process at proportions.SPINOUS_TIP (body-back's units), and each
# `<v>-spinous-lower` landmark is the hollow just below it.

GVX_BACK = ("trunk-back-upper", "trunk-back-lower")
GVX_CLOSE = 0.05   # B-cun: a mark this close to its measured place is on it
GVX_LEVELS = {"GV3": "l4", "GV4": "l2", "GV5": "l1", "GV6": "t11", "GV7": "t10", "GV8": "t9",
              "GV9": "t7", "GV10": "t6", "GV11": "t5", "GV12": "t3", "GV13": "t1", "GV14": "c7",
              "EX-B5": "l3", "EX-B8": "l5"}
VERTEBRAE = proportions.VERTEBRAE            # c7, t1 ... t12, l1 ... l5
JIAJI = VERTEBRAE[1:]                        # EX-B2: T1 ... L5, 17 levels


def gvx_spots(code: str, view_id: str) -> list[tuple[float, float]]:
    return ATLAS.points[code].marks_on(ATLAS.views[view_id])


def gvx_at(code: str, view_id: str) -> tuple[float, float]:
    spots = gvx_spots(code, view_id)
    assert spots, f"{code} is not drawn on {view_id}"
    return spots[0]


def gvx_lm(view_id: str, name: str) -> tuple[float, float]:
    return ATLAS.views[view_id].landmarks[name]


def gvx_lateral(view_id: str, pt) -> float:
    """B-cun from the posterior median line, either side."""
    view = ATLAS.views[view_id]
    return abs(pt[0] - view.midline) / view.cun


def gvx_body_y(view_id: str, y: float) -> float:
    """A close-up's y in body-back's units, where proportions draws the spine."""
    view = ATLAS.views[view_id]
    _fx, fy, _fw, fh = view.frame
    return fy + (y - view.viewbox[1]) * fh / view.viewbox[3]


def gvx_spinous_above(view_id: str, y: float) -> str:
    """The drawn spinous process whose tip is the nearest above ``y``: counting down the drawn
    spine, the vertebra a mark at ``y`` lies below."""
    body = gvx_body_y(view_id, y)
    above = [v for v in VERTEBRAE if proportions.SPINOUS_TIP[v] < body]
    assert above, y
    return above[-1]


def gvx_views_with(landmark: str) -> list[str]:
    return [v for v in GVX_BACK if landmark in ATLAS.views[v].landmarks]


@pytest.mark.parametrize("view_id", ["trunk-back-upper", "head-back"])
def test_gv14_is_in_the_hollow_below_c7(view_id):
    gv14, c7 = gvx_at("GV14", view_id), gvx_lm(view_id, "c7")
    assert gv14 == gvx_lm(view_id, "c7-below")
    assert gv14[0] == pytest.approx(ATLAS.views[view_id].midline)
    assert gv14[1] > c7[1]                                   # below the tip of C7
    if view_id == "trunk-back-upper":
        assert gv14[1] < gvx_lm(view_id, "t1-spinous-lower")[1]
        assert gvx_spinous_above(view_id, gv14[1]) == "c7"


@pytest.mark.parametrize("code", list(GVX_LEVELS))
def test_each_midline_point_is_below_its_own_spinous_process_on_the_drawn_spine(code):
    """GV3-GV14, EX-B5 and EX-B8 in the hollow below their spinous process: on the midline, at
    that process's lower border, with that process the last one above when the drawn spine is
    counted down from C7; on every back plate that draws the vertebra."""
    v = GVX_LEVELS[code]
    views = gvx_views_with(f"{v}-spinous-lower")
    assert views, v
    assert set(views) <= set(ATLAS.points[code].views), code
    for view_id in views:
        spot = gvx_at(code, view_id)
        assert spot[0] == pytest.approx(ATLAS.views[view_id].midline)
        assert spot == gvx_lm(view_id, f"{v}-spinous-lower")
        assert gvx_spinous_above(view_id, spot[1]) == v, (code, view_id)


def test_the_back_plates_count_t3_t7_and_l4_at_who_s_landmarks():
    """WHO's surface guides to the levels, on the drawn art: T3 level with the root of the
    scapular spine, T7 with the inferior angle of the scapula, L4 with the highest points of
    the iliac crests (the spinous process drawn nearest each landmark's level)."""
    def nearest(view_id: str, landmark: str) -> str:
        body = gvx_body_y(view_id, gvx_lm(view_id, landmark)[1])
        return min(VERTEBRAE, key=lambda v: abs(proportions.SPINOUS_TIP[v] - body))

    assert nearest("trunk-back-upper", "scapula-spine-root") == "t3"
    assert nearest("trunk-back-upper", "scapula-inferior-angle") == "t7"
    assert nearest("trunk-back-lower", "iliac-crest") == "l4"


def test_gv3_is_level_with_the_tops_of_the_iliac_crests_just_below_l4():
    """WHO's note: L4's spinous process lies midway between the highest points of the iliac
    crests; GV3 is in the hollow just below it."""
    view_id = "trunk-back-lower"
    gv3, crest = gvx_at("GV3", view_id), gvx_lm(view_id, "iliac-crest")
    assert 0 < (gv3[1] - crest[1]) / ATLAS.views[view_id].cun < 0.5
    assert gvx_lm(view_id, "l3-spinous-lower")[1] < crest[1] < gv3[1]


def test_gv9_is_at_the_inferior_angles_level_and_in_the_same_place_on_body_back():
    """The overview draws no spinous processes: GV9 is on its midline, in the hollow just below
    the level of the inferior angles of the scapulae (T7's spinous process, WHO III.2e), and in
    the place trunk-back-upper measures from T7's drawn knob (back re-audit C1: it was 0.25
    B-cun higher)."""
    body = ATLAS.views["body-back"]
    gv9 = gvx_at("GV9", "body-back")
    angle = gvx_lm("body-back", "scapula-inferior-angle")[1]
    assert gv9[0] == gvx_lm("body-back", "c7")[0]
    assert 0 < (gv9[1] - angle) / body.cun <= 0.3
    close = gvx_body_y("trunk-back-upper", gvx_at("GV9", "trunk-back-upper")[1])
    assert abs(gv9[1] - close) / body.cun < 0.05


def test_gv4_is_level_with_bl23_and_bl52_at_l2():
    """Issue 16: BL23 1.5 and BL52 3 B-cun lateral at L2, level with GV4 (once entered)."""
    view_id = "trunk-back-lower"
    beside = [(code, lat) for code, lat in (("BL23", 1.5), ("BL52", 3))
              if code in ATLAS.points and view_id in ATLAS.points[code].views]
    if not beside:
        pytest.skip("BL23 and BL52 are not on trunk-back-lower yet")
    gv4 = gvx_at("GV4", view_id)
    for code, lat in beside:
        spot = gvx_at(code, view_id)
        assert spot[1] == pytest.approx(gv4[1]), code
        assert gvx_lateral(view_id, spot) == pytest.approx(lat, abs=GVX_CLOSE), code


def test_gv2_is_at_the_sacral_hiatus_and_ex_b9_2_cun_above_the_coccyx_tip():
    """GV2 at the sacral hiatus, not above the 4th sacral foramen's level (WHO's BL notes put
    the hiatus level with it) and above the coccyx; GB/T puts
    Yaoqi 2 B-cun above the tip of the coccyx between the sacral cornua, which on the plate
    is the hiatus, GV2's place."""
    view_id = "trunk-back-lower"
    view = ATLAS.views[view_id]
    gv2, tip = gvx_at("GV2", view_id), gvx_lm(view_id, "coccyx-tip")
    assert gv2 == gvx_lm(view_id, "sacral-hiatus")
    assert gv2[0] == pytest.approx(view.midline)
    assert gvx_lm(view_id, "median-sacral-crest-4")[1] <= gv2[1] < tip[1]
    exb9 = gvx_spots("EX-B9", view_id)
    assert len(exb9) == 1                                    # one point, on the midline
    assert exb9[0][0] == pytest.approx(view.midline)
    assert (tip[1] - exb9[0][1]) / view.cun == pytest.approx(2, abs=GVX_CLOSE)


def test_jiaji_is_half_a_cun_either_side_of_each_spinous_process_t1_to_l5():
    """EX-B2: 17 levels on each side, each 0.5 B-cun beside the lower border of its spinous
    process, on every back plate that draws that vertebra; one point, 34 marks."""
    levels_drawn = set()
    for view_id in GVX_BACK:
        spots = gvx_spots("EX-B2", view_id)
        here = [v for v in JIAJI if f"{v}-spinous-lower" in ATLAS.views[view_id].landmarks]
        assert len(spots) == 2 * len(here), view_id
        for v in here:
            level = gvx_lm(view_id, f"{v}-spinous-lower")[1]
            pair = [s for s in spots if s[1] == pytest.approx(level)]
            assert len(pair) == 2, (view_id, v)
            for spot in pair:
                assert gvx_lateral(view_id, spot) == pytest.approx(0.5, abs=GVX_CLOSE)
            assert pair[0][0] + pair[1][0] == pytest.approx(2 * ATLAS.views[view_id].midline)
            assert gvx_spinous_above(view_id, level) == v
            levels_drawn.add(v)
    assert levels_drawn == set(JIAJI) and len(JIAJI) == 17


@pytest.mark.parametrize("code, vertebra, lateral", [
    ("EX-B1", "c7", 0.5), ("EX-B3", "t8", 1.5), ("EX-B4", "l1", 3.5), ("EX-B6", "l4", 3),
    ("EX-B7", "l4", 3.5)])
def test_the_paired_extra_points_stand_their_cun_out_at_their_level(code, vertebra, lateral):
    for view_id in gvx_views_with(f"{vertebra}-spinous-lower"):
        spots = gvx_spots(code, view_id)
        assert len(spots) == 2, (code, view_id)                  # both sides
        for spot in spots:
            assert spot[1] == gvx_lm(view_id, f"{vertebra}-spinous-lower")[1]
            assert gvx_lateral(view_id, spot) == pytest.approx(lateral, abs=GVX_CLOSE)
    assert gvx_at("EX-B1", "head-back")[1] == gvx_at("GV14", "head-back")[1]


@pytest.mark.parametrize("view_id", GVX_BACK)
def test_the_gv_points_run_in_order_up_the_back_midline(view_id):
    view = ATLAS.views[view_id]
    drawn = [(n, gvx_at(f"GV{n}", view_id)) for n in range(1, 15)
             if view_id in ATLAS.points[f"GV{n}"].views]
    assert len(drawn) >= 5
    assert all(x == pytest.approx(view.midline) for _n, (x, _y) in drawn)
    ys = [y for _n, (_x, y) in drawn]
    assert all(b < a for a, b in pairwise(ys)), drawn
    expected = range(5, 15) if view_id == "trunk-back-upper" else range(2, 8)
    assert [n for n, _p in drawn] == list(expected)


def test_gv14_leads_on_to_gv15_up_the_nape():
    assert gvx_at("GV15", "head-back")[1] < gvx_at("GV14", "head-back")[1]


def test_gv1_says_why_it_is_not_drawn_and_where_it_is():
    point = ATLAS.points["GV1"]
    assert not point.marks
    text = point.unmarked.lower()
    assert "coccyx" in text and "anus" in text and "not drawn" in text


GVX_LUNG = {"zhang-2010-adverse", "peuker-2004-pneumothorax", "smith-2021-pneumothorax"}
GVX_BLEEDING = {"hsieh-2023-bleeding", "bacc-anticoagulants"}
GVX_PREGNANCY = {"carr-2015-pregnancy", "nhs-acupuncture"}


def gvx_sources(code: str) -> set[str]:
    return {c.source for c in ATLAS.points[code].cautions}


@pytest.mark.parametrize("code", ["EX-B1", "EX-B2", "EX-B3"])
def test_the_extra_points_over_the_lung_carry_the_chest_points_cautions(code):
    """evidence.md N2: the same three cautions, word for word, as ST12 and every chest point
    (Jiaji's first one says it is its twelve chest levels that lie over the lung)."""
    chest = {c for c in ATLAS.points["ST12"].cautions if c.source in GVX_LUNG}
    own = set(ATLAS.points[code].cautions)
    if code == "EX-B2":
        first = next(c for c in own if c.source == "zhang-2010-adverse")
        assert first.text.startswith("At the twelve chest levels (T1 to T12), over the lung")
        chest = {c for c in chest if c.source != "zhang-2010-adverse"}
    assert chest <= own, code


def test_the_points_at_c7_carry_the_neck_bleeding_cautions():
    """evidence.md N4 names the neck. WHO's posterior region of the neck ends at the line from
    C7's spinous process to the acromion (GB21 at its midpoint is a neck point): every point
    on trunk-back-upper level with the lower border of C7's spinous process lies on that line
    or at most 0.25 B-cun below it (GV14 on the midline, EX-B1 0.5 B-cun out, SI15 2 out on it)
    and carries the bleeding pair; the points at T1, a vertebra lower (GV13, BL11, SI14,
    Jiaji's first), do not."""
    view = ATLAS.views["trunk-back-upper"]
    c7, acromion = view.landmarks["c7"], view.landmarks["acromion"]
    c7_lower = view.landmarks["c7-spinous-lower"][1]
    t1_lower = view.landmarks["t1-spinous-lower"][1]
    near = 0.1 * view.cun
    at_c7, at_t1 = [], []
    for code, point in ATLAS.points.items():
        ys = [m.at for m in point.marks if m.view == view.id]
        if ys and all(abs(y - c7_lower) < near for _x, y in ys):
            at_c7.append(code)
            for x, y in ys:
                # the C7-acromion line at this mark's distance from the midline
                d = abs(x - view.midline)
                line_y = c7[1] + (acromion[1] - c7[1]) * d / (acromion[0] - view.midline)
                assert abs(y - line_y) / view.cun <= 0.26, code
            assert gvx_sources(code) >= GVX_BLEEDING, code
        elif ys and all(abs(y - t1_lower) < near for _x, y in ys):
            at_t1.append(code)
            assert not GVX_BLEEDING & gvx_sources(code), code
    assert {"GV14", "EX-B1", "SI15"} <= set(at_c7)
    assert {"GV13", "BL11", "SI14"} <= set(at_t1)


def test_the_sacral_and_lumbosacral_points_carry_the_pregnancy_cautions():
    """evidence.md N3's 'lumbosacral' / 'sacral' points: GV2 and EX-B9 on the sacrum, EX-B8 at
    the lumbosacral junction; the lumbar midline points above (GV3-GV5, EX-B5) do not."""
    for code in ("GV2", "EX-B8", "EX-B9"):
        assert gvx_sources(code) >= GVX_PREGNANCY, code
    for code in ("GV3", "GV4", "GV5", "EX-B5"):
        assert not GVX_PREGNANCY & gvx_sources(code), code


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


# --- BL outer line and the shoulder blade ---

BLO_NEAR = 0.05   # B-cun: a mark this close to where WHO puts it is there
BLO_UPPER, BLO_LOWER = "trunk-back-upper", "trunk-back-lower"
# WHO 2008: the outer line, 3 B-cun lateral at the lower border of each spinous process
BLO_LEVELS = {"BL41": "t2", "BL42": "t3", "BL43": "t4", "BL44": "t5", "BL45": "t6", "BL46": "t7",
              "BL47": "t9", "BL48": "t10", "BL49": "t11", "BL50": "t12", "BL51": "l1", "BL52": "l2"}
# the inner-line point and the GV point of the same vertebra (WHO's notes), where WHO names one
BLO_SAME_LEVEL = {"BL41": ("BL12",), "BL42": ("BL13", "GV12"), "BL43": ("BL14",),
                  "BL44": ("BL15", "GV11"), "BL45": ("BL16", "GV10"), "BL46": ("BL17", "GV9"),
                  "BL47": ("BL18", "GV8"), "BL48": ("BL19", "GV7"), "BL49": ("BL20", "GV6"),
                  "BL50": ("BL21",), "BL51": ("BL22", "GV5"), "BL52": ("BL23", "GV4")}
BLO_SPINE = (["c7"] + [f"t{n}" for n in range(1, 13)] + [f"l{n}" for n in range(1, 6)])


def blo_marks(code: str) -> dict[str, tuple[float, float]]:
    """A point's first mark on each view that draws it."""
    spots: dict[str, tuple[float, float]] = {}
    for mark in ATLAS.points[code].marks:
        spots.setdefault(mark.view, mark.at)
    return spots


def blo_at(code: str, view_id: str) -> tuple[float, float]:
    spots = blo_marks(code)
    assert view_id in spots, f"{code} is not drawn on {view_id}"
    return spots[view_id]


def blo_lm(view_id: str, name: str) -> tuple[float, float]:
    return ATLAS.views[view_id].landmarks[name]


def blo_lateral(view_id: str, pt) -> float:
    """B-cun from the posterior median line (the figure's right side is drawn, on the right)."""
    view = ATLAS.views[view_id]
    return (pt[0] - view.midline) / view.cun


def blo_spine(view_id: str) -> list[str]:
    """The vertebrae whose spinous process the view draws, counted down its midline: each
    lower border on the midline, each one below the last."""
    lms = ATLAS.views[view_id].landmarks
    drawn = [v for v in BLO_SPINE if f"{v}-spinous-lower" in lms]
    ys = [lms[f"{v}-spinous-lower"][1] for v in drawn]
    assert ys == sorted(ys) and len(set(ys)) == len(ys), f"{view_id}: the spine is not in order"
    view = ATLAS.views[view_id]
    assert all(abs(lms[f"{v}-spinous-lower"][0] - view.midline) < 1e-6 for v in drawn)
    return drawn


def test_the_back_close_ups_draw_the_spine_in_order():
    upper, lower = blo_spine(BLO_UPPER), blo_spine(BLO_LOWER)
    assert upper[0] == "c7" and "t12" in upper
    assert lower[-1] == "l5" and "t12" in lower


@pytest.mark.parametrize("code", sorted(BLO_LEVELS, key=lambda c: int(c[2:])))
def test_the_outer_line_is_3_lateral_at_the_lower_border_of_its_spinous_process(code):
    vertebra = BLO_LEVELS[code]
    views = [v for v in (BLO_UPPER, BLO_LOWER) if vertebra in blo_spine(v)]
    assert views, f"no back close-up draws {vertebra}"
    for view_id in views:
        cun = ATLAS.views[view_id].cun
        at, level = blo_at(code, view_id), blo_lm(view_id, f"{vertebra}-spinous-lower")
        assert at[1] == pytest.approx(level[1], abs=BLO_NEAR * cun)
        assert blo_lateral(view_id, at) == pytest.approx(3, abs=BLO_NEAR)
        for other in BLO_SAME_LEVEL[code]:   # the inner-line and GV points, once entered
            if other in ATLAS.points and view_id in blo_marks(other):
                assert blo_at(other, view_id)[1] == pytest.approx(at[1], abs=BLO_NEAR * cun)


def test_bl52_3_lateral_at_l2_level_with_bl23_and_gv4():
    view_id = BLO_LOWER
    bl52 = blo_at("BL52", view_id)
    spine = blo_spine(view_id)
    # L2 is the second lumbar spinous process counted down the drawn spine
    lumbar = [v for v in spine if v.startswith("l")]
    assert lumbar[1] == "l2"
    assert bl52[1] == pytest.approx(blo_lm(view_id, "l2-spinous-lower")[1])
    assert blo_lateral(view_id, bl52) == pytest.approx(3, abs=BLO_NEAR)
    # L4 is level with the tops of the iliac crests, two below BL52's vertebra
    assert blo_lm(view_id, "l2-spinous-lower")[1] < blo_lm(view_id, "iliac-crest")[1]


def test_the_3_cun_line_is_the_medial_border_of_the_scapula():
    """WHO's 3 B-cun from the posterior midline to the scapula's medial border: the outer-line
    points of the scapular levels lie on that border's line."""
    border = blo_lm(BLO_UPPER, "scapula-medial-border")
    assert blo_lateral(BLO_UPPER, border) == pytest.approx(3, abs=BLO_NEAR)
    for code in ("BL42", "BL43", "BL44", "BL45"):
        assert blo_lateral(BLO_UPPER, blo_at(code, BLO_UPPER)) == pytest.approx(
            blo_lateral(BLO_UPPER, border), abs=BLO_NEAR)


def test_bl53_bl54_level_with_the_2nd_and_4th_sacral_foramina_3_lateral_of_the_crest():
    view_id = BLO_LOWER
    cun = ATLAS.views[view_id].cun
    for code, n in (("BL53", 2), ("BL54", 4)):
        at = blo_at(code, view_id)
        foramen = blo_lm(view_id, f"sacral-foramen-{n}")
        crest = blo_lm(view_id, f"median-sacral-crest-{n}")
        assert at[1] == pytest.approx(foramen[1], abs=0.1 * cun)
        assert at[1] == pytest.approx(crest[1], abs=BLO_NEAR * cun)
        assert blo_lateral(view_id, at) == pytest.approx(blo_lateral(view_id, crest) + 3,
                                                         abs=BLO_NEAR)
        assert blo_lateral(view_id, at) > blo_lateral(view_id, foramen) + 2   # out on the buttock
    # WHO's note: BL54 is 3 B-cun lateral of the sacral hiatus, which WHO puts level with the 4th
    # foramen (BL34's note); the plate draws them level
    hiatus = blo_lm(view_id, "sacral-hiatus")
    assert blo_at("BL54", view_id)[1] == pytest.approx(hiatus[1], abs=0.05 * cun)


def test_the_outer_line_runs_down_the_back_in_order():
    for view_id in (BLO_UPPER, BLO_LOWER):
        codes = [c for c in (f"BL{n}" for n in range(41, 55)) if view_id in blo_marks(c)]
        ys = [blo_at(c, view_id)[1] for c in codes]
        assert len(codes) >= 4
        assert ys == sorted(ys) and len(set(ys)) == len(ys)


def test_si11_a_third_of_the_way_from_the_spine_s_midpoint_to_the_inferior_angle():
    mid, angle = blo_lm(BLO_UPPER, "scapula-spine-mid"), blo_lm(BLO_UPPER, "scapula-inferior-angle")
    si11 = blo_at("SI11", BLO_UPPER)
    for k in (0, 1):
        assert si11[k] == pytest.approx(mid[k] + (angle[k] - mid[k]) / 3, abs=0.5)
    assert mid[1] < si11[1] < angle[1]


def test_si12_above_the_spine_s_midpoint_and_si13_above_its_medial_end():
    cun = ATLAS.views[BLO_UPPER].cun
    mid, root = blo_lm(BLO_UPPER, "scapula-spine-mid"), blo_lm(BLO_UPPER, "scapula-spine-root")
    si12, si13 = blo_at("SI12", BLO_UPPER), blo_at("SI13", BLO_UPPER)
    assert si12[0] == pytest.approx(mid[0], abs=0.3 * cun) and si12[1] < mid[1]
    # in the middle of the fossa, well above the spine (a man's fossa is 2.5-3 cm tall there),
    # not on its edge
    assert (mid[1] - si12[1]) / cun > 0.75
    assert si13[1] < root[1] and abs(si13[0] - root[0]) < 1 * cun
    # straight above SI11 (the same midpoint of the spine), in the fossa above the spine
    assert blo_at("SI11", BLO_UPPER)[1] > mid[1] > si12[1]


def test_si14_3_lateral_at_t1_and_si15_2_lateral_at_c7():
    cun = ATLAS.views[BLO_UPPER].cun
    for code, level, out in (("SI14", "t1-spinous-lower", 3), ("SI15", "c7-spinous-lower", 2)):
        at = blo_at(code, BLO_UPPER)
        assert at[1] == pytest.approx(blo_lm(BLO_UPPER, level)[1], abs=BLO_NEAR * cun)
        assert blo_lateral(BLO_UPPER, at) == pytest.approx(out, abs=BLO_NEAR)
    # WHO: SI14 above the medial end of the scapular spine; SI15 two thirds of the way out to
    # the medial border of the scapula
    root = blo_lm(BLO_UPPER, "scapula-spine-root")
    assert blo_lateral(BLO_UPPER, blo_at("SI14", BLO_UPPER)) == pytest.approx(
        blo_lateral(BLO_UPPER, root), abs=0.5)
    border = blo_lateral(BLO_UPPER, blo_lm(BLO_UPPER, "scapula-medial-border"))
    assert blo_lateral(BLO_UPPER, blo_at("SI15", BLO_UPPER)) == pytest.approx(border * 2 / 3,
                                                                             abs=BLO_NEAR)


def test_the_si_points_run_in_order_from_the_shoulder_blade_to_the_root_of_the_neck():
    """SI11 low on the blade, SI12 above the spine, SI13 at the spine's medial end, then SI14
    and SI15 in toward the midline and up to C7."""
    at = {c: blo_at(c, BLO_UPPER) for c in ("SI11", "SI12", "SI13", "SI14", "SI15")}
    lat = {c: blo_lateral(BLO_UPPER, p) for c, p in at.items()}
    assert at["SI12"][1] < at["SI11"][1]
    assert lat["SI12"] > lat["SI13"] > lat["SI15"]
    assert at["SI13"][1] > at["SI14"][1] > at["SI15"][1]


def test_te15_just_above_the_superior_angle_midway_between_gb21_and_si13():
    cun = ATLAS.views[BLO_UPPER].cun
    angle = blo_lm(BLO_UPPER, "scapula-superior-angle")
    te15 = blo_at("TE15", BLO_UPPER)
    assert te15[1] < angle[1] and abs(te15[0] - angle[0]) < 0.1 * cun
    assert (angle[1] - te15[1]) / cun < 0.6
    # WHO's note (seated, arm hanging): midway between GB21 and SI13
    gb21, si13 = blo_at("GB21", BLO_UPPER), blo_at("SI13", BLO_UPPER)
    mid = ((gb21[0] + si13[0]) / 2, (gb21[1] + si13[1]) / 2)
    assert ((te15[0] - mid[0]) ** 2 + (te15[1] - mid[1]) ** 2) ** 0.5 / cun < 0.5
    # and that midpoint lands at the superior angle or just above it
    assert -0.1 < (angle[1] - mid[1]) / cun < 0.6 and abs(mid[0] - angle[0]) / cun < 0.5


def test_gb21_midway_between_c7_and_the_acromion():
    c7, acromion = blo_lm(BLO_UPPER, "c7"), blo_lm(BLO_UPPER, "acromion")
    gb21 = blo_at("GB21", BLO_UPPER)
    for k in (0, 1):
        assert gb21[k] == pytest.approx((c7[k] + acromion[k]) / 2, abs=0.5)
    # on the top of the shoulder, 4 B-cun or so out: outside the 3 B-cun line, inside the
    # acromial angle's 8
    assert 3 < blo_lateral(BLO_UPPER, gb21) < 8


@pytest.mark.parametrize("code", [f"BL{n}" for n in range(41, 51)]
                         + ["SI11", "SI12", "SI13", "SI14", "SI15", "TE15", "GB21"])
def test_the_points_over_the_lungs_carry_the_pneumothorax_cautions(code):
    sources = {c.source for c in ATLAS.points[code].cautions}
    assert {"zhang-2010-adverse", "peuker-2004-pneumothorax", "smith-2021-pneumothorax"} <= sources


def test_gb21_gives_the_measured_pleural_depth_and_the_pregnancy_cautions():
    cautions = {c.source: c.text for c in ATLAS.points["GB21"].cautions}
    assert "17.4 mm" in cautions["chen-2018-gb21"] and "14.6 mm" in cautions["chen-2018-gb21"]
    assert {"carr-2015-pregnancy", "nhs-acupuncture"} <= set(cautions)
    for code in ("BL53", "BL54"):
        assert {"carr-2015-pregnancy", "nhs-acupuncture"} <= {
            c.source for c in ATLAS.points[code].cautions}


# --- the lumbosacral pregnancy rule (the lead) ---

def test_every_point_on_the_sacrum_or_at_l5_s1_carries_the_pregnancy_cautions():
    """evidence.md N3 keeps the traditional pregnancy flag on the lumbosacral points: every
    point drawn on trunk-back-lower only at or below the lower border of L5's spinous process
    and above the coccyx tip carries it; no point drawn only above L4 does."""
    view = ATLAS.views["trunk-back-lower"]
    l5, l4 = view.landmarks["l5-spinous-lower"][1], view.landmarks["l4-spinous-lower"][1]
    tip = view.landmarks["coccyx-tip"][1]
    near = 0.1 * view.cun
    flagged, clear = [], []
    for code, point in ATLAS.points.items():
        ys = [m.at[1] for m in point.marks if m.view == view.id]
        if not ys:
            continue
        sources = {c.source for c in point.cautions}
        if all(l5 - near <= y < tip - near for y in ys):
            flagged.append(code)
            assert {"carr-2015-pregnancy", "nhs-acupuncture"} <= sources, code
        elif all(y < l4 - near for y in ys) and code != "GB21":
            clear.append(code)
            assert "carr-2015-pregnancy" not in sources, code
    assert {"BL26", "BL27", "BL31", "BL34", "GV2", "EX-B8", "BL53", "BL54"} <= set(flagged)
    assert "BL23" in clear and "GV4" in clear


# Below the sacrum: BL35 (WHO's buttock, beside the coccyx's tip) and GV1 (WHO's perineal region,
# below the tip, not drawn) are not lumbosacral or sacral points by the rule above. N3 and B3 name
# only the lumbosacral and sacral points (and no coccygeal or perineal one), and the rule's band
# ends at the coccyx's tip, so neither carries the traditional pregnancy flag: a caution there
# would credit Carr 2015 with a list it does not give.
BELOW_THE_SACRUM = ("BL35", "GV1")


def test_the_points_below_the_sacrum_are_outside_the_pregnancy_rule():
    view = ATLAS.views["trunk-back-lower"]
    tip = view.landmarks["coccyx-tip"][1]
    bl35 = [m.at[1] for m in ATLAS.points["BL35"].marks if m.view == view.id]
    assert bl35 and all(abs(y - tip) < 0.05 * view.cun for y in bl35)   # level with the tip
    assert not ATLAS.points["GV1"].marks and "coccyx" in ATLAS.points["GV1"].location
    for code in BELOW_THE_SACRUM:
        assert not GVX_PREGNANCY & gvx_sources(code), code


def test_a_row_reaching_l5_names_the_level_its_pregnancy_caution_concerns():
    """Jiaji (EX-B2) is one point with marks from T1 to L5: its mark at L5 is at the lumbosacral
    junction, where the rule above flags BL26 and EX-B8, so it carries the pregnancy pair, and
    the caution says it is the L5 level that is meant (as its lung caution names T1 to T12)."""
    view = ATLAS.views["trunk-back-lower"]
    l5 = view.landmarks["l5-spinous-lower"][1]
    near = 0.1 * view.cun
    for code, point in ATLAS.points.items():
        ys = [m.at[1] for m in point.marks if m.view == view.id]
        if len(ys) < 2 or not any(abs(y - l5) < near for y in ys) or all(y >= l5 - near
                                                                         for y in ys):
            continue
        carr = [c.text for c in point.cautions if c.source == "carr-2015-pregnancy"]
        assert carr and "nhs-acupuncture" in gvx_sources(code), code
        assert carr[0].startswith("At the fifth lumbar level (L5)"), code
    assert "carr-2015-pregnancy" in gvx_sources("EX-B2")


def test_ex_b7_s_hollow_is_not_confused_with_the_psis_dimples():
    """Back re-audit R-C1: the sacral points call the posterior superior iliac spines "the
    dimples low on the back"; EX-B7's hollow is higher (L4) and farther out, and its finding
    says so without calling it a dimple."""
    finding = ATLAS.points["EX-B7"].finding
    assert "dimple" in ATLAS.points["BL28"].finding
    assert "hollow" in finding and "L4" in finding and "3.5 B-cun" in finding
    assert "posterior superior iliac" in finding and "higher and farther out" in finding
    assert "the dimple that" not in finding
    view = ATLAS.views["trunk-back-lower"]
    ex_b7, psis = gvx_at("EX-B7", view.id), gvx_lm(view.id, "psis")
    assert ex_b7[1] < psis[1] and gvx_lateral(view.id, ex_b7) > gvx_lateral(view.id, psis)


def test_si13_midway_between_si10_and_t2_s_spinous_process():
    """WHO's SI13 note: the midpoint of SI10 and the spinous process of T2 (its prominence, not
    the hollow at its lower border, which would put SI13 0.125 B-cun lower: back re-audit
    R-C3). SI10 is drawn on the plate too, below the scapular spine above the axillary fold."""
    view = ATLAS.views[BLO_UPPER]
    t2, t2_lower = blo_lm(BLO_UPPER, "t2-spinous"), blo_lm(BLO_UPPER, "t2-spinous-lower")
    assert t2[0] == view.midline and (t2_lower[1] - t2[1]) / view.cun == pytest.approx(0.25,
                                                                                        abs=0.02)
    si10, si13 = blo_at("SI10", BLO_UPPER), blo_at("SI13", BLO_UPPER)
    spine = blo_lm(BLO_UPPER, "scapula-spine-lower")
    assert si10[0] == blo_lm(BLO_UPPER, "axillary-fold-back")[0]
    assert (si10[1] - spine[1]) / view.cun == pytest.approx(0.25, abs=0.02)
    for k in (0, 1):
        assert si13[k] == pytest.approx((t2[k] + si10[k]) / 2, abs=0.05 * view.cun)
    # still in the hollow above the spine's medial end, below the level of T2's tip
    assert si13[1] < blo_lm(BLO_UPPER, "scapula-spine-root")[1] and si13[1] > t2[1]


def test_gv2_and_ex_b9_on_one_spot_each_card_names_the_other_and_search_finds_both():
    """Back re-audit C2: the two share the sacral hiatus's mark, so a click there selects one;
    each card (text and page) names the other and says how to reach it, and searching the code
    or the name finds each."""
    from app import pages
    from app.card import card_text
    from app.search import SearchIndex

    view = ATLAS.views["trunk-back-lower"]
    assert gvx_at("GV2", view.id) == gvx_at("EX-B9", view.id)
    for code, other in (("GV2", "EX-B9"), ("EX-B9", "GV2")):
        text = " ".join(card_text(ATLAS, ATLAS.points[code]).split())
        name = ATLAS.points[other].pinyin
        assert f"same spot as {other} {name} (on {view.title})" in text, code
        assert "a click there selects only one" in text and "search" in text
        assert f"same spot as {other} {name}" in pages.point_page(ATLAS, ATLAS.points[code])
    index = SearchIndex(ATLAS.points.values(), ATLAS.channels.values(),
                        ATLAS.conditions.values())
    for code in ("GV2", "EX-B9"):
        assert index.search(code)[0] == code
        assert index.search(ATLAS.points[code].pinyin)[0] == code
    # a point alone on its spot says nothing of the kind
    assert "same spot" not in card_text(ATLAS, ATLAS.points["GV3"])
