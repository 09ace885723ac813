"""The leg and foot points where WHO 2008 puts them, measured on the drawn landmarks of the leg and
foot close-ups (issue 14). Each channel group has its own section. Plain pytest, no Qt."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from app.loader import load_atlas

ATLAS = load_atlas()


# --- ST and SP ---

def st_sp_at(code: str, view_id: str) -> tuple[float, float]:
    spots = [m.at for m in ATLAS.points[code].marks if m.view == view_id]
    assert spots, f"{code} is not drawn on {view_id}"
    return spots[0]


def st_sp_line(view_id: str):
    """The ST35 -> ST41 line on a view: its two ends and its B-cun (the line is 16 B-cun)."""
    lm = ATLAS.views[view_id].landmarks
    top, bottom = lm["knee-eye-lateral"], lm["ankle-front"]
    return top, bottom, math.dist(top, bottom) / 16


def st_sp_off_line(p, a, b) -> float:
    """Distance of ``p`` from the straight line through ``a`` and ``b``, in viewBox units."""
    (x1, y1), (x2, y2) = a, b
    return abs((x2 - x1) * (y1 - p[1]) - (x1 - p[0]) * (y2 - y1)) / math.dist(a, b)


ST_LEG_VIEWS = ["leg-front", "leg-lateral", "body-front", "body-side"]


@pytest.mark.parametrize("view_id", ST_LEG_VIEWS)
def test_st35_and_st41_end_the_sixteen_cun_shin_line(view_id):
    top, bottom, unit = st_sp_line(view_id)
    assert math.dist(st_sp_at("ST35", view_id), top) < 0.05 * unit
    assert math.dist(st_sp_at("ST41", view_id), bottom) < 0.05 * unit


@pytest.mark.parametrize("view_id", ST_LEG_VIEWS)
@pytest.mark.parametrize(("code", "cun"), [("ST36", 3), ("ST37", 6), ("ST38", 8), ("ST39", 9)])
def test_shin_points_stand_their_cun_below_st35_on_the_st35_st41_line(view_id, code, cun):
    top, bottom, unit = st_sp_line(view_id)
    p = st_sp_at(code, view_id)
    assert math.dist(p, st_sp_at("ST35", view_id)) / unit == pytest.approx(cun, abs=0.1)
    assert st_sp_off_line(p, top, bottom) < 0.05 * unit


def test_st41_lies_between_the_two_extensor_tendons_and_the_malleoli():
    for view_id in ("leg-front", "foot-top"):
        lm = ATLAS.views[view_id].landmarks
        x = st_sp_at("ST41", view_id)[0]
        ehl = lm["extensor-hallucis-longus-tendon"][0]
        edl = lm["extensor-digitorum-longus-tendon"][0]
        assert min(ehl, edl) < x < max(ehl, edl), view_id
        # WHO's note: the midpoint of the two malleoli's prominences (within 0.3 B-cun)
        mid = [(a + b) / 2 for a, b in zip(lm["lateral-malleolus"], lm["medial-malleolus"],
                                            strict=True)]
        assert math.dist(st_sp_at("ST41", view_id), mid) / ATLAS.views[view_id].cun < 0.3


@pytest.mark.parametrize("view_id", ["leg-front", "body-front"])
def test_st40_is_one_finger_lateral_to_st38_eight_cun_above_the_lateral_malleolus(view_id):
    view = ATLAS.views[view_id]
    lm = view.landmarks
    st38, st40 = st_sp_at("ST38", view_id), st_sp_at("ST40", view_id)
    assert (lm["lateral-malleolus"][1] - st40[1]) / view.cun == pytest.approx(8, abs=0.05)
    # the figure's right leg on a front view: lateral is the viewer's left
    assert 0.5 <= (st38[0] - st40[0]) / view.cun <= 0.9
    assert abs(st38[1] - st40[1]) / view.cun < 0.3     # WHO: at the same level as ST38


def test_the_thigh_stomach_points_are_on_the_patella_asis_line_at_their_cun():
    view = ATLAS.views["leg-front"]
    lm = view.landmarks
    base, asis = lm["patella-base-lateral"], lm["asis"]
    for code, cun in (("ST32", 6), ("ST33", 3), ("ST34", 2)):
        p = st_sp_at(code, "leg-front")
        assert (base[1] - p[1]) / view.cun == pytest.approx(cun, abs=0.15), code
        assert st_sp_off_line(p, base, asis) < 0.05 * view.cun, code
    # ST31: the same line where it crosses the level of the symphysis's lower border
    st31 = st_sp_at("ST31", "leg-front")
    assert st31[1] == pytest.approx(lm["pubic-symphysis-lower"][1], abs=0.05 * view.cun)
    assert st_sp_off_line(st31, base, asis) < 0.1 * view.cun
    # ST33 is midway between ST32 and the patella's base, ST34 1 B-cun straight below ST33
    st32, st33, st34 = (st_sp_at(c, "leg-front") for c in ("ST32", "ST33", "ST34"))
    assert math.dist(st33, ((st32[0] + base[0]) / 2, (st32[1] + base[1]) / 2)) < 0.05 * view.cun
    assert (st34[1] - st33[1]) / view.cun == pytest.approx(1, abs=0.1)


def test_the_foot_stomach_points_sit_on_their_foot_landmarks():
    view = ATLAS.views["foot-top"]
    lm, cun = view.landmarks, view.cun
    assert math.dist(st_sp_at("ST42", "foot-top"), lm["dorsalis-pedis-artery"]) < 0.05 * cun
    st43 = st_sp_at("ST43", "foot-top")
    # proximal (up the plate) of the 2nd/3rd metatarsal gap at the MTP level, between mtp2 and mtp3
    assert 0.2 <= (lm["metatarsal-space-2-3"][1] - st43[1]) / cun <= 0.6
    assert lm["mtp3"][0] < st43[0] < lm["mtp2"][0]
    st44 = st_sp_at("ST44", "foot-top")
    assert 0 < (lm["toe-web-2-3"][1] - st44[1]) / cun <= 0.3    # just proximal to the web margin
    # ST45: 0.1 F-cun proximal and lateral (viewer's left) of the second toenail's lateral corner
    corner, st45 = lm["toenail-2-lateral"], st_sp_at("ST45", "foot-top")
    assert (corner[0] - st45[0]) / cun == pytest.approx(0.1, abs=0.02)
    assert (corner[1] - st45[1]) / cun == pytest.approx(0.1, abs=0.02)


def above_medial_malleolus(code: str) -> float:
    """B-cun above the medial malleolus prominence on leg-medial, by the tibia's 13 B-cun (lower
    border of the medial condyle to the prominence)."""
    lm = ATLAS.views["leg-medial"].landmarks
    ankle, knee = lm["medial-malleolus"], lm["tibia-medial-condyle-lower"]
    return (ankle[1] - st_sp_at(code, "leg-medial")[1]) * 13 / (ankle[1] - knee[1])


def behind_tibia_border(code: str) -> float:
    """Signed B-cun of a leg-medial mark behind the tibia's drawn medial border (leg-medial
    looks at the inner side: the back of the leg is the viewer's right)."""
    view = ATLAS.views["leg-medial"]
    lm = view.landmarks
    (x1, y1), (x2, y2) = lm["tibia-medial-border-ankle"], lm["tibia-medial-condyle-lower"]
    x, y = st_sp_at(code, "leg-medial")
    border_x = x1 + (x2 - x1) * (y - y1) / (y2 - y1)
    return (x - border_x) / view.cun


@pytest.mark.parametrize(("code", "cun"), [("SP6", 3), ("SP7", 6), ("SP8", 10), ("SP9", 13)])
def test_leg_spleen_points_stand_their_cun_above_the_medial_malleolus(code, cun):
    assert above_medial_malleolus(code) == pytest.approx(cun, abs=0.1)


@pytest.mark.parametrize("code", ["SP6", "SP7", "SP8"])
def test_sp6_to_sp8_lie_just_behind_the_medial_border_of_the_tibia(code):
    assert 0.1 <= behind_tibia_border(code) <= 0.5


def test_sp9_is_in_the_angle_of_the_medial_condyle_and_sp8_three_below_it():
    lm = ATLAS.views["leg-medial"].landmarks
    assert st_sp_at("SP9", "leg-medial") == pytest.approx(lm["tibia-medial-condyle-lower"])
    gap = above_medial_malleolus("SP9") - above_medial_malleolus("SP8")
    assert gap == pytest.approx(3, abs=0.1)


def test_sp6_is_three_cun_above_the_medial_malleolus_on_every_view_it_is_drawn():
    for view_id in ATLAS.points["SP6"].views:
        view = ATLAS.views[view_id]
        ankle = view.landmarks["medial-malleolus"]
        p = st_sp_at("SP6", view_id)
        assert (ankle[1] - p[1]) / view.cun == pytest.approx(3, abs=0.1), view_id


def test_sp10_is_two_cun_above_the_medial_end_of_the_patella_base():
    view = ATLAS.views["leg-front"]
    corner = view.landmarks["patella-base-medial"]
    sp10 = st_sp_at("SP10", "leg-front")
    assert (corner[1] - sp10[1]) / view.cun == pytest.approx(2, abs=0.05)
    assert sp10[0] == pytest.approx(corner[0])


def test_sp11_is_a_third_of_the_way_down_the_thigh_over_the_femoral_artery():
    view = ATLAS.views["leg-front"]
    lm = view.landmarks
    top, bottom = lm["femoral-artery-inguinal"], lm["patella-base-medial"]
    sp11 = st_sp_at("SP11", "leg-front")
    assert math.dist(top, sp11) / math.dist(top, bottom) == pytest.approx(1 / 3, abs=0.01)
    # above the apex of the femoral triangle (between sartorius and adductor longus), within
    # 0.5 B-cun of the artery's course from the groin to that apex
    apex = lm["femoral-triangle-apex"]
    assert sp11[1] < apex[1]
    assert st_sp_off_line(sp11, top, apex) < 0.5 * view.cun


def test_the_foot_spleen_points_sit_on_their_foot_landmarks():
    view = ATLAS.views["foot-medial"]
    lm, cun = view.landmarks, view.cun
    mtp = lm["mtp1-medial"]
    sp2, sp3 = st_sp_at("SP2", "foot-medial"), st_sp_at("SP3", "foot-medial")
    # foot-medial: front (toward the toes) is the viewer's left; both on the red-white border
    assert sp2[0] < mtp[0] < sp3[0]
    assert sp2[1] == pytest.approx(mtp[1]) and sp3[1] == pytest.approx(mtp[1])
    sp4, base = st_sp_at("SP4", "foot-medial"), lm["metatarsal1-base"]
    assert 0 < (base[0] - sp4[0]) / cun <= 0.5          # just distal to the base
    mid = [(a + b) / 2 for a, b in zip(lm["navicular-tuberosity"], lm["medial-malleolus"],
                                        strict=True)]
    assert st_sp_at("SP5", "foot-medial") == pytest.approx(mid)
    # SP1: 0.1 F-cun proximal-medial of the great toenail's medial corner (foot-top: medial is
    # the viewer's right)
    top = ATLAS.views["foot-top"]
    corner, sp1 = top.landmarks["toenail-1-medial"], st_sp_at("SP1", "foot-top")
    assert (sp1[0] - corner[0]) / top.cun == pytest.approx(0.1, abs=0.02)
    assert (corner[1] - sp1[1]) / top.cun == pytest.approx(0.1, abs=0.02)


@pytest.mark.parametrize(("codes", "view_id", "axis", "sign"), [
    # proximal = up the plate on these upright views (smaller y)
    (["ST41", "ST39", "ST38", "ST37", "ST36", "ST35", "ST34", "ST33", "ST32", "ST31"],
     "leg-front", 1, -1),
    (["ST45", "ST44", "ST43", "ST42", "ST41"], "foot-top", 1, -1),
    (["SP6", "SP7", "SP8", "SP9"], "leg-medial", 1, -1),
    (["SP10", "SP11"], "leg-front", 1, -1),
    # on foot-medial the channel runs from the toe back toward the ankle (viewer's left to right)
    (["SP1", "SP2", "SP3", "SP4", "SP5"], "foot-medial", 0, 1),
])
def test_stomach_and_spleen_points_run_in_order_along_the_channel(codes, view_id, axis, sign):
    coords = [st_sp_at(code, view_id)[axis] * sign for code in codes]
    for (a, ca), (b, cb) in pairwise(zip(codes, coords, strict=True)):
        assert ca < cb, f"{a} then {b} on {view_id}"


@pytest.mark.parametrize("code", ["ST36", "ST37", "ST38", "ST39", "ST40",
                                  "SP6", "SP7", "SP8", "SP9"])
def test_the_deep_leg_points_carry_the_two_bleeding_cautions(code):
    sources = {c.source for c in ATLAS.points[code].cautions}
    assert {"hsieh-2023-bleeding", "bacc-anticoagulants"} <= sources


def test_sp6_carries_the_pregnancy_cautions_li4_carries():
    def pregnancy(code):
        return {c.source for c in ATLAS.points[code].cautions} & {"carr-2015-pregnancy",
                                                                   "nhs-acupuncture"}
    assert pregnancy("SP6") == pregnancy("LI4") == {"carr-2015-pregnancy", "nhs-acupuncture"}


@pytest.mark.parametrize("code", ["ST42", "SP11"])
def test_the_vessel_points_name_their_artery_from_who(code):
    cautions = [c for c in ATLAS.points[code].cautions if c.source == "who-2008"]
    assert cautions and "artery" in cautions[0].text
