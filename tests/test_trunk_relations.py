"""The chest, abdomen and front-of-neck points where WHO 2008 puts them, measured on the drawn
landmarks of the trunk close-ups (issue 15): each channel's key relations and its points in order
along the channel. One section per channel group, each written by the helper who entered those
points. Plain pytest, no Qt."""

from __future__ import annotations

from itertools import pairwise

import pytest

from app.loader import load_atlas
from tools.figures import proportions
from tools.figures.trunk_front_shape import clavicle_y
from tools.figures.trunk_side import RIB_HALF as SIDE_RIB_HALF

ATLAS = load_atlas()


# --- KI, SP and LR ---
# trunk-chest and trunk-abdomen are front views whose marks give the figure's right side: lateral
# is the viewer's left (smaller x), up is smaller y, `cun` is their B-cun. trunk-side is the
# right flank, front toward the viewer's right. leg-front has no midline: the middle of the
# symphysis's upper border is its midline.

KSL_NEAR = 0.05   # B-cun: a mark this close to where WHO puts it is there


def ksl_at(code: str, view_id: str) -> tuple[float, float]:
    spots = [m.at for m in ATLAS.points[code].marks if m.view == view_id]
    assert spots, f"{code} is not drawn on {view_id}"
    return spots[0]


def ksl_lm(view_id: str, name: str) -> tuple[float, float]:
    return ATLAS.views[view_id].landmarks[name]


def ksl_lateral(code: str, view_id: str) -> float:
    """B-cun of the point's mark from the anterior midline."""
    view = ATLAS.views[view_id]
    mid = view.midline if view.midline is not None else ksl_lm(view_id, "pubic-symphysis")[0]
    return (mid - ksl_at(code, view_id)[0]) / view.cun


def ksl_above(code: str, view_id: str, landmark: str) -> float:
    """B-cun by which the point's mark lies above the landmark's level."""
    return (ksl_lm(view_id, landmark)[1] - ksl_at(code, view_id)[1]) / ATLAS.views[view_id].cun


def ksl_space(code: str, view_id: str) -> int | None:
    """The intercostal space the mark lies in on the drawn ribs of a trunk front view (clear of
    the rib band above and the one below at the mark's distance from the midline), or None."""
    view = ATLAS.views[view_id]
    x, y = ksl_at(code, view_id)
    scale = proportions.TRUNK_SCALE
    d = (view.midline - x) / scale
    y = y / scale + proportions.Y_XIPHI - ksl_lm(view_id, "xiphisternal-junction")[1] / scale
    half = proportions.RIB_HALF
    for n in range(1, 10):
        try:
            upper, lower = proportions.rib_y(n, d), proportions.rib_y(n + 1, d)
        except ValueError:   # a rib not drawn this far from the midline
            continue
        if upper + half < y < lower - half:
            return n
    return None


def test_ki16_is_half_a_cun_beside_the_umbilicus_on_cv8s_level():
    assert ksl_above("KI16", "trunk-abdomen", "umbilicus") == pytest.approx(0, abs=KSL_NEAR)
    assert ksl_lateral("KI16", "trunk-abdomen") == pytest.approx(0.5, abs=KSL_NEAR)


def test_ki11_is_on_the_symphysis_level_five_cun_below_the_umbilicus():
    """Measured 5 B-cun down from the umbilicus, it lands on the drawn upper border of the pubic
    symphysis (CV2's level), half a B-cun out."""
    assert ksl_above("KI11", "trunk-abdomen", "pubic-symphysis") == pytest.approx(0, abs=KSL_NEAR)
    assert ksl_lateral("KI11", "trunk-abdomen") == pytest.approx(0.5, abs=KSL_NEAR)


def test_ki21_is_six_cun_above_the_umbilicus_two_below_the_xiphisternal_junction():
    assert ksl_above("KI21", "trunk-abdomen", "umbilicus") == pytest.approx(6, abs=KSL_NEAR)
    assert ksl_above("KI21", "trunk-abdomen", "xiphisternal-junction") == pytest.approx(
        -2, abs=KSL_NEAR)


def test_the_abdominal_kidney_points_run_half_a_cun_out_one_cun_apart():
    """KI11 to KI15 at 5 to 1 B-cun below the umbilicus, KI16 level with it, KI17 to KI21 at 2 to
    6 above: one B-cun apart but for the 2 between KI16 and KI17, all 0.5 B-cun lateral."""
    levels = {11: -5, 12: -4, 13: -3, 14: -2, 15: -1, 16: 0, 17: 2, 18: 3, 19: 4, 20: 5, 21: 6}
    for n, level in levels.items():
        code = f"KI{n}"
        assert ksl_above(code, "trunk-abdomen", "umbilicus") == pytest.approx(
            level, abs=KSL_NEAR), code
        assert ksl_lateral(code, "trunk-abdomen") == pytest.approx(0.5, abs=KSL_NEAR), code


@pytest.mark.parametrize(("code", "space"), [("KI22", 5), ("KI23", 4), ("KI24", 3),
                                             ("KI25", 2), ("KI26", 1)])
def test_the_chest_kidney_points_are_in_the_fifth_to_first_spaces_two_cun_out(code, space):
    assert ksl_space(code, "trunk-chest") == space
    assert ksl_lateral(code, "trunk-chest") == pytest.approx(2, abs=KSL_NEAR)


def test_ki22_is_in_the_fifth_space_on_the_abdomen_plate_too():
    assert ksl_space("KI22", "trunk-abdomen") == 5
    assert ksl_lateral("KI22", "trunk-abdomen") == pytest.approx(2, abs=KSL_NEAR)


def test_ki27_is_just_under_the_clavicle_above_the_first_rib():
    scale = proportions.TRUNK_SCALE
    view = ATLAS.views["trunk-chest"]
    x, y = ksl_at("KI27", "trunk-chest")
    d = (view.midline - x) / scale
    y = y / scale + proportions.Y_XIPHI - ksl_lm("trunk-chest", "xiphisternal-junction")[1] / scale
    assert ksl_lateral("KI27", "trunk-chest") == pytest.approx(2, abs=KSL_NEAR)
    assert y >= clavicle_y(d) + proportions.CLAVICLE_HALF - 0.1   # on the lower border, not on it
    assert y < proportions.rib_y(1, d) - proportions.RIB_HALF      # above the 1st rib
    assert ksl_at("KI27", "trunk-chest")[1] < ksl_at("KI26", "trunk-chest")[1]


def test_sp15_is_four_cun_lateral_to_the_umbilicus():
    """WHO: on the level of CV8, KI16 and ST25, 4 B-cun out (beyond ST25's 2 and KI16's 0.5)."""
    assert ksl_above("SP15", "trunk-abdomen", "umbilicus") == pytest.approx(0, abs=KSL_NEAR)
    assert ksl_lateral("SP15", "trunk-abdomen") == pytest.approx(4, abs=KSL_NEAR)
    assert ksl_at("SP15", "trunk-abdomen")[1] == pytest.approx(ksl_at("KI16", "trunk-abdomen")[1])


@pytest.mark.parametrize(("code", "level"), [("SP13", -4.3), ("SP14", -1.3), ("SP16", 3)])
def test_sp13_sp14_and_sp16_stand_their_cun_from_the_umbilicus_four_cun_out(code, level):
    assert ksl_above(code, "trunk-abdomen", "umbilicus") == pytest.approx(level, abs=KSL_NEAR)
    assert ksl_lateral(code, "trunk-abdomen") == pytest.approx(4, abs=KSL_NEAR)


def test_sp13_is_just_above_the_symphysis_level_and_sp16_below_the_costal_margin():
    """SP13, 4.3 below the umbilicus, is 0.7 B-cun above the symphysis's upper border; SP16, 3
    above it, is still on the abdomen, below the drawn costal margin on the 4 B-cun line."""
    assert ksl_above("SP13", "trunk-abdomen", "pubic-symphysis") == pytest.approx(
        0.7, abs=KSL_NEAR)
    assert ksl_above("SP16", "trunk-abdomen", "costal-margin-4cun") < 0


@pytest.mark.parametrize(("code", "space"), [("SP17", 5), ("SP18", 4), ("SP19", 3),
                                             ("SP20", 2)])
def test_sp17_to_sp20_are_in_the_fifth_to_second_spaces_six_cun_out(code, space):
    assert ksl_space(code, "trunk-chest") == space
    assert ksl_lateral(code, "trunk-chest") == pytest.approx(6, abs=KSL_NEAR)


def test_the_fifth_space_points_of_ki_and_sp_share_it_with_st18s_line():
    """WHO's note on SP17: SP17, ST18 and KI22 lie along the curve of the 5th space (and SP18,
    ST17, KI23 along the 4th, ...): on the plate, each pair is in the same drawn space."""
    for ki, sp in (("KI22", "SP17"), ("KI23", "SP18"), ("KI24", "SP19"), ("KI25", "SP20")):
        assert ksl_space(ki, "trunk-chest") == ksl_space(sp, "trunk-chest"), (ki, sp)


def _side_body(code: str) -> tuple[float, float]:
    """A trunk-side mark in body-side's units (the rib lines are drawn in them)."""
    x, y = ksl_at(code, "trunk-side")
    return (x / proportions.TS_SCALE + proportions.TS_X0,
            y / proportions.TS_SCALE + proportions.TS_Y0)


def test_sp21_is_in_the_sixth_space_on_the_mid_axillary_line():
    """On the vertical line down from the apex of the axilla, between the drawn 6th and 7th
    ribs."""
    sp21 = ksl_at("SP21", "trunk-side")
    assert sp21[0] == pytest.approx(ksl_lm("trunk-side", "axilla-apex")[0])
    x, y = _side_body("SP21")
    upper, lower = proportions.ts_rib_y(6, x), proportions.ts_rib_y(7, x)
    assert upper + SIDE_RIB_HALF < y < lower - SIDE_RIB_HALF


def test_sp12_is_on_the_groin_crease_just_lateral_to_the_femoral_pulse():
    """WHO: at the inguinal crease, lateral to the femoral artery; its note puts it level with
    CV2 (the drawn pulse is a little above that level), lateral to LR12 and below SP13."""
    for view_id in ("trunk-abdomen", "leg-front"):
        pulse = ksl_lm(view_id, "femoral-artery-inguinal")
        sp12 = ksl_at("SP12", view_id)
        cun = ATLAS.views[view_id].cun
        assert 0.3 <= (pulse[0] - sp12[0]) / cun <= 0.8, view_id
        assert sp12[1] == pytest.approx(pulse[1]), view_id
        assert abs(ksl_above("SP12", view_id, "pubic-symphysis")) < 0.5, view_id
        assert ksl_lateral("SP12", view_id) > ksl_lateral("LR12", view_id), view_id
    assert ksl_at("SP12", "trunk-abdomen")[1] > ksl_at("SP13", "trunk-abdomen")[1]
    assert ksl_lateral("SP12", "trunk-abdomen") < ksl_lateral("SP13", "trunk-abdomen")


@pytest.mark.parametrize("view_id", ["trunk-abdomen", "leg-front"])
def test_lr12_is_two_and_a_half_cun_out_on_the_symphysis_level(view_id):
    assert ksl_above("LR12", view_id, "pubic-symphysis") == pytest.approx(0, abs=KSL_NEAR)
    assert ksl_lateral("LR12", view_id) == pytest.approx(2.5, abs=KSL_NEAR)


def test_lr13_is_just_below_the_free_end_of_the_11th_rib():
    """Straight below the rounded end of the 11th rib as drawn, clear of it but less than a
    B-cun down, and above the umbilicus's level (GB26 is straight below it on that level)."""
    end = ksl_lm("trunk-side", "rib-11-free-end")
    lr13 = ksl_at("LR13", "trunk-side")
    assert lr13[0] == pytest.approx(end[0])
    x, y = _side_body("LR13")
    assert y > proportions.ts_rib_y(11, x) + SIDE_RIB_HALF
    assert 0 < (lr13[1] - end[1]) / ATLAS.views["trunk-side"].cun < 1
    assert ksl_above("LR13", "trunk-side", "umbilicus") > 0


def test_lr14_is_in_the_sixth_space_four_cun_out_below_the_nipple():
    """WHO's note: directly below the centre of the nipple, two spaces below it (4th -> 6th)."""
    lr14 = ksl_at("LR14", "trunk-chest")
    assert lr14[0] == pytest.approx(ksl_lm("trunk-chest", "nipple")[0])
    assert ksl_lateral("LR14", "trunk-chest") == pytest.approx(4, abs=KSL_NEAR)
    assert ksl_space("LR14", "trunk-chest") == 6
    assert ksl_space("LR14", "trunk-abdomen") == 6


@pytest.mark.parametrize(("codes", "view_id"), [
    ([f"KI{n}" for n in range(11, 23)], "trunk-abdomen"),   # up the abdomen to the 5th space
    ([f"KI{n}" for n in range(22, 28)], "trunk-chest"),     # up the chest to the clavicle
    ([f"SP{n}" for n in range(12, 18)], "trunk-abdomen"),   # the groin to the 5th space
    ([f"SP{n}" for n in range(17, 21)], "trunk-chest"),     # the 5th space to the 2nd
    (["LR12", "LR14"], "trunk-abdomen"),                    # the groin to the 6th space
])
def test_the_trunk_points_run_in_order_up_their_channel(codes, view_id):
    """Each next point lies higher on the plate (smaller y)."""
    ys = [ksl_at(code, view_id)[1] for code in codes]
    for (a, ya), (b, yb) in pairwise(zip(codes, ys, strict=True)):
        assert yb < ya, f"{a} then {b} on {view_id}"


def test_sp21_and_lr13_carry_the_channel_onto_the_flank():
    """SP21 ends the spleen channel on the side of the chest, below the armpit and above LR13 on
    the flank."""
    assert ksl_at("SP21", "trunk-side")[1] < ksl_at("LR13", "trunk-side")[1]
    assert ksl_above("SP21", "trunk-side", "axilla-apex") < 0


@pytest.mark.parametrize("code", [*(f"KI{n}" for n in range(22, 28)),
                                  *(f"SP{n}" for n in range(17, 22)), "LR14"])
def test_the_chest_points_carry_the_lung_cautions(code):
    """evidence.md N2: every point of these channels over the chest wall."""
    sources = {c.source for c in ATLAS.points[code].cautions}
    assert {"zhang-2010-adverse", "peuker-2004-pneumothorax"} <= sources


@pytest.mark.parametrize(("code", "words"), [("SP12", "femoral artery"),
                                             ("LR12", "femoral artery")])
def test_the_groin_points_name_the_femoral_vessels_from_who(code, words):
    cautions = [c for c in ATLAS.points[code].cautions if c.source == "who-2008"]
    assert cautions and words in cautions[0].text
