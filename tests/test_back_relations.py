"""The back, nape and shoulder-blade points where WHO 2008 puts them, measured on the drawn
landmarks of the back close-ups (issue 16): each channel's key relations and its points in order
along the channel. One section per channel group, each written by the helper who entered those
points. Plain pytest, no Qt."""

from __future__ import annotations

import pytest

from app.loader import load_atlas

ATLAS = load_atlas()


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
    # foramen (BL34's note); the plate draws the hiatus at leg-back's level, 0.3 B-cun lower
    hiatus = blo_lm(view_id, "sacral-hiatus")
    assert blo_at("BL54", view_id)[1] == pytest.approx(hiatus[1], abs=0.4 * cun)


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
    assert ((te15[0] - mid[0]) ** 2 + (te15[1] - mid[1]) ** 2) ** 0.5 / cun < 1


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
