"""The leg and foot points where WHO 2008 puts them, measured on the drawn landmarks of the leg
and foot close-ups (issue 14). Each channel's helper keeps its own section below. Plain pytest,
no Qt."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from app.loader import load_atlas

ATLAS = load_atlas()


def at(code: str, view_id: str) -> tuple[float, float]:
    spots = [m.at for m in ATLAS.points[code].marks if m.view == view_id]
    assert spots, f"{code} is not drawn on {view_id}"
    return spots[0]


# --- KI and LR ---
# leg-medial and foot-medial are seen from the figure's left: front is the viewer's LEFT
# (smaller x), back the viewer's right; up is smaller y. Both views' `cun` is their B-cun.

def _cun_above(p, view_id: str, landmark: str) -> float:
    view = ATLAS.views[view_id]
    return (view.landmarks[landmark][1] - p[1]) / view.cun


@pytest.mark.parametrize("view_id", ["foot-medial", "leg-medial"])
def test_ki3_is_between_the_medial_malleolus_and_the_calcaneal_tendon(view_id):
    lm = ATLAS.views[view_id].landmarks
    malleolus, tendon = lm["medial-malleolus"], lm["calcaneal-tendon"]
    ki3 = at("KI3", view_id)
    assert malleolus[0] < ki3[0] < tendon[0]           # behind the bone, in front of the tendon
    assert _cun_above(ki3, view_id, "medial-malleolus") == pytest.approx(0, abs=0.05)


def test_ki5_and_ki6_are_one_cun_below_ki3_and_the_malleolus():
    for view_id in ("foot-medial", "leg-medial"):
        for code in ("KI5", "KI6"):
            below = _cun_above(at(code, view_id), view_id, "medial-malleolus")
            assert below == pytest.approx(-1, abs=0.05), (code, view_id)
        assert at("KI5", view_id)[0] == pytest.approx(at("KI3", view_id)[0])
    lm = ATLAS.views["foot-medial"].landmarks
    assert at("KI6", "foot-medial")[1] > lm["medial-malleolus-tip"][1]   # under the malleolus
    assert at("KI5", "foot-medial")[0] < lm["calcaneal-tuberosity"][0]   # before the tuberosity


def test_ki4_is_in_front_of_the_calcaneal_tendon_attachment_behind_and_below_the_malleolus():
    lm = ATLAS.views["foot-medial"].landmarks
    ki4 = at("KI4", "foot-medial")
    assert ki4[0] < lm["calcaneal-tendon-insertion"][0]
    assert ki4[0] > lm["medial-malleolus"][0] and ki4[1] > lm["medial-malleolus-tip"][1]


@pytest.mark.parametrize("view_id", ["leg-medial", "foot-medial"])
def test_ki7_and_ki8_stand_two_cun_above_the_malleolus_with_ki8_in_front(view_id):
    view = ATLAS.views[view_id]
    ki7, ki8 = at("KI7", view_id), at("KI8", view_id)
    for p in (ki7, ki8):
        assert _cun_above(p, view_id, "medial-malleolus") == pytest.approx(2, abs=0.1)
    gap = (ki7[0] - ki8[0]) / view.cun
    assert 0.4 <= gap <= 0.7                            # WHO: KI8 0.5 B-cun in front of KI7
    assert ki7[0] < view.landmarks["calcaneal-tendon"][0]   # in front of the tendon


def test_ki8_is_just_behind_the_medial_border_of_the_tibia():
    lm = ATLAS.views["leg-medial"].landmarks
    low, high = lm["tibia-medial-border-ankle"], lm["tibia-medial-condyle-lower"]
    ki8 = at("KI8", "leg-medial")
    t = (low[1] - ki8[1]) / (low[1] - high[1])
    border_x = low[0] + t * (high[0] - low[0])
    assert 0.1 <= (ki8[0] - border_x) / ATLAS.views["leg-medial"].cun <= 0.5


def test_ki9_and_lr5_are_level_five_cun_above_the_malleolus():
    """WHO: KI9 between soleus and the calcaneal tendon 5 B-cun up; LR5 at the same level on the
    tibia's medial surface; LR6 2 B-cun higher still; both in front of the tibia's border."""
    ki9, lr5, lr6 = (at(c, "leg-medial") for c in ("KI9", "LR5", "LR6"))
    assert _cun_above(ki9, "leg-medial", "medial-malleolus") == pytest.approx(5, abs=0.1)
    assert _cun_above(lr5, "leg-medial", "medial-malleolus") == pytest.approx(5, abs=0.1)
    assert _cun_above(lr6, "leg-medial", "medial-malleolus") == pytest.approx(7, abs=0.1)
    assert lr5[0] < ki9[0]


@pytest.mark.parametrize("code", ["LR5", "LR6"])
def test_lr5_and_lr6_lie_on_the_tibias_medial_surface(code):
    """Between the front crest (in front of the drawn surface centre line) and the medial border:
    on leg-medial, in front of (smaller x than) the border line at the same level."""
    lm = ATLAS.views["leg-medial"].landmarks
    p = at(code, "leg-medial")
    surface = (lm["tibia-medial-surface-ankle"], lm["tibia-medial-surface-top"])
    border = (lm["tibia-medial-border-ankle"], lm["tibia-medial-condyle-lower"])

    def x_at(line, y):
        (x0, y0), (x1, y1) = line
        return x0 + (y - y0) / (y1 - y0) * (x1 - x0)

    assert p[0] == pytest.approx(x_at(surface, p[1]), abs=1)
    assert p[0] < x_at(border, p[1])


def test_lr7_is_one_cun_behind_the_angle_below_the_medial_tibial_condyle():
    view = ATLAS.views["leg-medial"]
    angle = view.landmarks["tibia-medial-condyle-lower"]
    lr7 = at("LR7", "leg-medial")
    assert (lr7[0] - angle[0]) / view.cun == pytest.approx(1, abs=0.05)
    assert lr7[1] == pytest.approx(angle[1])


def test_ki10_and_lr8_at_the_knee_either_side_of_the_tendons():
    """WHO: KI10 on the popliteal crease just lateral to semitendinosus; LR8 at the crease's
    medial end, medial to (in front of, seen from the medial side) both tendons."""
    back = ATLAS.views["leg-back"]
    tendon, crease = back.landmarks["semitendinosus-tendon"], back.landmarks["popliteal-crease"]
    ki10 = at("KI10", "leg-back")
    assert tendon[0] < ki10[0] < crease[0]               # leg-back: lateral is the viewer's right
    assert 0.1 <= (ki10[0] - tendon[0]) / back.cun <= 0.5
    assert abs(ki10[1] - tendon[1]) / back.cun < 0.25
    lm = ATLAS.views["leg-medial"].landmarks
    lr8, ki10m = at("LR8", "leg-medial"), at("KI10", "leg-medial")
    assert lr8[0] < lm["semimembranosus-tendon"][0] < lm["semitendinosus-tendon"][0] < ki10m[0]


def test_lr9_is_four_cun_above_the_patellas_base():
    """leg-medial draws no patella; its knee sits at the same heights as leg-front's (the medial
    knee eye and the medial epicondyle 28 units apart on both), so the base of the patella's
    height on leg-medial is leg-front's, carried by the medial epicondyle."""
    front, medial = ATLAS.views["leg-front"], ATLAS.views["leg-medial"]
    fl, ml = front.landmarks, medial.landmarks
    assert (fl["knee-eye-medial"][1] - fl["femur-epicondyle-medial"][1]
            == pytest.approx(ml["knee-eye-medial"][1] - ml["femur-epicondyle-medial"][1], abs=1))
    base_above_epicondyle = fl["femur-epicondyle-medial"][1] - fl["patella-base"][1]
    base_y = ml["femur-epicondyle-medial"][1] - base_above_epicondyle
    assert (base_y - at("LR9", "leg-medial")[1]) / medial.cun == pytest.approx(4, abs=0.1)


@pytest.mark.parametrize(("code", "down"), [("LR10", 3), ("LR11", 2)])
def test_lr10_and_lr11_are_below_st30(code, down):
    """ST30: level with the symphysis's upper border, 2 B-cun from the midline."""
    for view_id in ("leg-front", "body-front"):
        view = ATLAS.views[view_id]
        sym = view.landmarks["pubic-symphysis"]
        p = at(code, view_id)
        assert (p[1] - sym[1]) / view.cun == pytest.approx(down, abs=0.05), view_id
        assert abs(p[0] - sym[0]) / view.cun == pytest.approx(2, abs=0.05), view_id


def test_lr3_is_distal_to_the_metatarsal_bases_between_the_first_two_toes():
    view = ATLAS.views["foot-top"]
    lm = view.landmarks
    lr1, lr2, lr3 = (at(c, "foot-top") for c in ("LR1", "LR2", "LR3"))
    assert lr3[1] > lm["metatarsal-1-2-bases"][1]      # distal (toes are down)
    assert lm["mtp2"][0] < lr3[0] < lm["mtp1"][0]      # between the first two rays
    assert lr2[1] < lm["toe-web-1-2"][1] and abs(lr2[0] - lm["toe-web-1-2"][0]) < 1
    corner = lm["toenail-1-lateral"]
    assert math.dist(lr1, corner) / view.cun == pytest.approx(math.hypot(0.1, 0.1), abs=0.03)
    assert lr1[0] < corner[0] and lr1[1] < corner[1]     # lateral (viewer's left) and proximal


def test_lr4_is_medial_to_the_tibialis_anterior_tendon_in_front_of_the_malleolus():
    for view_id in ("foot-top", "leg-front"):
        lm = ATLAS.views[view_id].landmarks
        p = at("LR4", view_id)
        assert lm["tibialis-anterior-tendon"][0] < p[0] < lm["medial-malleolus"][0] + 1, view_id
    lm = ATLAS.views["foot-medial"].landmarks
    p = at("LR4", "foot-medial")
    assert lm["tibialis-anterior-tendon"][0] < p[0] < lm["medial-malleolus"][0]


def test_ki1_is_a_third_of_the_way_from_the_toe_web_to_the_heel():
    lm = ATLAS.views["foot-sole"].landmarks
    web, heel = lm["toe-web-2-3"], lm["heel"]
    ki1 = at("KI1", "foot-sole")
    assert math.dist(web, ki1) / math.dist(web, heel) == pytest.approx(1 / 3, abs=0.01)
    assert math.dist(ki1, lm["sole-depression"]) / ATLAS.views["foot-sole"].cun < 0.1


def test_ki2_is_below_the_navicular_tuberosity():
    lm = ATLAS.views["foot-medial"].landmarks
    ki2 = at("KI2", "foot-medial")
    assert ki2[0] == pytest.approx(lm["navicular-tuberosity"][0], abs=1)
    assert ki2[1] > lm["navicular-tuberosity"][1]


def test_kidney_and_liver_points_run_in_order_up_the_leg():
    """Up the leg is smaller y. KI3 at the ankle, KI7 (level with KI8), KI9 and KI10 rise in turn
    on leg-medial; LR1 at the toe to LR4 at the ankle on foot-top, LR5 to LR9 on leg-medial and
    LR4, LR10, LR11 on leg-front each lie higher than the one before."""
    ki = [at(f"KI{n}", "leg-medial")[1] for n in (3, 7, 9, 10)]
    assert all(b < a for a, b in pairwise(ki)), ki
    assert at("KI8", "leg-medial")[1] == pytest.approx(at("KI7", "leg-medial")[1])
    foot = [at(f"LR{n}", "foot-top")[1] for n in (1, 2, 3, 4)]
    assert all(b < a for a, b in pairwise(foot)), foot
    leg = [at(f"LR{n}", "leg-medial")[1] for n in (5, 6, 7, 8, 9)]
    assert all(b < a for a, b in pairwise(leg)), leg
    thigh = [at(f"LR{n}", "leg-front")[1] for n in (4, 10, 11)]
    assert all(b < a for a, b in pairwise(thigh)), thigh
