"""The chest, abdomen and front-of-neck points where WHO 2008 puts them, measured on the drawn
landmarks of the trunk close-ups (issue 15): each channel's key relations and its points in order
along the channel. One section per channel group, each written by the helper who entered those
points. Plain pytest, no Qt."""

from __future__ import annotations

from itertools import pairwise

import pytest

from app.loader import load_atlas
from tools.figures import proportions

ATLAS = load_atlas()


# --- ST, GB and the chest/neck points of the arm channels ---

from tools.figures.trunk_front_shape import CLAVICLE_HALF, clavicle_y  # noqa: E402

RIB_HALF, rib_y = proportions.RIB_HALF, proportions.rib_y

ST_CLOSE = 0.1   # B-cun: a mark this close to its measured place is on it


def st_at(code: str, view_id: str) -> tuple[float, float]:
    spots = [m.at for m in ATLAS.points[code].marks if m.view == view_id]
    assert spots, f"{code} is not drawn on {view_id}"
    return spots[0]


def st_lm(view_id: str, name: str) -> tuple[float, float]:
    return ATLAS.views[view_id].landmarks[name]


def st_lateral(view_id: str, pt) -> float:
    """B-cun from the anterior median line (the figure's right side is drawn, on the left)."""
    view = ATLAS.views[view_id]
    return (view.midline - pt[0]) / view.cun


def st_below_umbilicus(view_id: str, y: float) -> float:
    """B-cun below the centre of the umbilicus (negative above), in WHO's segments: the
    xiphisternal junction 8 above it, the upper border of the symphysis 5 below."""
    umb = st_lm(view_id, "umbilicus")[1]
    if y < umb:
        return (y - umb) / ((umb - st_lm(view_id, "xiphisternal-junction")[1]) / 8)
    return (y - umb) / ((st_lm(view_id, "pubic-symphysis")[1] - umb) / 5)


def st_body(view_id: str, pt) -> tuple[float, float]:
    """A trunk close-up's point in the art's body units (d from the midline, y), where the
    ribs and the clavicle are drawn."""
    view = ATLAS.views[view_id]
    scale = proportions.TRUNK_SCALE
    y0 = proportions.Y_XIPHI - view.landmarks["xiphisternal-junction"][1] / scale
    return (view.midline - pt[0]) / scale, pt[1] / scale + y0


def st_in_space(view_id: str, pt, n: int) -> bool:
    """In the n-th intercostal space as drawn: below rib n, above rib n+1, where it lies."""
    d, y = st_body(view_id, pt)
    return rib_y(n, d) + RIB_HALF < y < rib_y(n + 1, d) - RIB_HALF


ST_LEVELS = {"ST19": -6, "ST20": -5, "ST21": -4, "ST22": -3, "ST23": -2, "ST24": -1, "ST25": 0,
             "ST26": 1, "ST27": 2, "ST28": 3, "ST29": 4, "ST30": 5}


def test_st25_two_lateral_to_the_umbilicus():
    st25, umb = st_at("ST25", "trunk-abdomen"), st_lm("trunk-abdomen", "umbilicus")
    assert st25[1] == pytest.approx(umb[1])
    assert st_lateral("trunk-abdomen", st25) == pytest.approx(2, abs=ST_CLOSE)


@pytest.mark.parametrize("code", sorted(ST_LEVELS, key=lambda c: ST_LEVELS[c]))
def test_the_abdominal_st_points_at_their_levels_two_lateral(code):
    """ST19-ST24 6 to 1 B-cun above the umbilicus, ST26-ST29 1 to 4 below, ST30 level with the
    upper border of the symphysis: each 2 B-cun lateral."""
    spot = st_at(code, "trunk-abdomen")
    assert st_below_umbilicus("trunk-abdomen", spot[1]) == pytest.approx(ST_LEVELS[code],
                                                                         abs=ST_CLOSE)
    assert st_lateral("trunk-abdomen", spot) == pytest.approx(2, abs=ST_CLOSE)
    assert st_at("ST30", "trunk-abdomen")[1] == st_lm("trunk-abdomen", "pubic-symphysis")[1]


@pytest.mark.parametrize("view_id", ["trunk-chest", "body-front"])
def test_the_nipples_4_lateral_and_st17_on_the_nipple(view_id):
    nipple = st_lm(view_id, "nipple")
    assert st_lateral(view_id, nipple) == pytest.approx(4, abs=ST_CLOSE)
    assert st_at("ST17", view_id) == nipple


def test_st13_under_the_clavicle_and_st14_to_st18_in_the_1st_to_5th_spaces():
    st13 = st_at("ST13", "trunk-chest")
    d, y = st_body("trunk-chest", st13)
    assert y == pytest.approx(clavicle_y(d) + CLAVICLE_HALF, abs=0.5)   # on its lower border
    assert st_lateral("trunk-chest", st13) == pytest.approx(4, abs=ST_CLOSE)
    for n, code in enumerate(("ST14", "ST15", "ST16", "ST17", "ST18"), start=1):
        spot = st_at(code, "trunk-chest")
        assert st_in_space("trunk-chest", spot, n), code
        assert st_lateral("trunk-chest", spot) == pytest.approx(4, abs=ST_CLOSE), code
    # counted from the sternal angle, level with the 2nd rib where it meets the sternum
    _d, angle = st_body("trunk-chest", st_lm("trunk-chest", "sternal-angle"))
    assert abs(angle - rib_y(2, 14)) < 2 * RIB_HALF


def test_st12_above_the_clavicle_4_lateral_and_st11_above_its_sternal_end():
    st12 = st_at("ST12", "trunk-chest")
    d, y = st_body("trunk-chest", st12)
    assert y < clavicle_y(d) - CLAVICLE_HALF
    assert st_lateral("trunk-chest", st12) == pytest.approx(4, abs=ST_CLOSE)
    st11 = st_at("ST11", "trunk-chest")
    d, y = st_body("trunk-chest", st11)
    assert y < clavicle_y(d) - CLAVICLE_HALF
    assert st_lateral("trunk-chest", st11) < st_lateral("trunk-chest", st12)
    assert st_lateral("trunk-chest", st_lm("trunk-chest", "clavicle-sternal-end")) \
        <= st_lateral("trunk-chest", st11) < 2


@pytest.mark.parametrize("view_id", ["trunk-chest", "head-side"])
def test_st9_li18_si16_level_with_the_prominence_before_on_and_behind_the_scm(view_id):
    """WHO's one level, the upper border of the thyroid cartilage: ST9 in front of the SCM,
    LI18 midway between its borders, SI16 behind it; ST10 in front of and LI17 behind the
    SCM at the cricoid's level. On both views +x is toward the front of the neck (trunk-chest
    draws the figure's right side, left of the midline)."""
    level = st_lm(view_id, "laryngeal-prominence")[1]
    front, back = (st_lm(view_id, f"scm-{b}-laryngeal")[0] for b in ("anterior", "posterior"))
    st9, li18, si16 = (st_at(c, view_id) for c in ("ST9", "LI18", "SI16"))
    assert st9[1] == li18[1] == si16[1] == level
    assert si16[0] < back < li18[0] < front < st9[0] < st_lm(view_id, "laryngeal-prominence")[0]
    assert li18[0] == pytest.approx((front + back) / 2)
    cricoid = st_lm(view_id, "cricoid")[1]
    st10, li17 = st_at("ST10", view_id), st_at("LI17", view_id)
    assert st10[1] == li17[1] == cricoid > level
    assert st10[0] > st_lm(view_id, "scm-anterior-cricoid")[0]
    assert li17[0] < st_lm(view_id, "scm-posterior-cricoid")[0]


def test_si17_and_te16_at_the_angle_of_the_jaw_on_either_side_of_the_scm():
    angle = st_lm("head-side", "jaw-angle")
    si17, te16 = st_at("SI17", "head-side"), st_at("TE16", "head-side")
    assert si17[1] == te16[1] == angle[1]
    assert st_lm("head-side", "scm-anterior-angle")[0] < si17[0] < angle[0]   # behind the angle
    assert te16[0] < st_lm("head-side", "scm-posterior-angle")[0]


def test_lu1_6_lateral_in_the_1st_space_and_lu2_above_it_under_the_clavicle():
    lu1, lu2 = st_at("LU1", "trunk-chest"), st_at("LU2", "trunk-chest")
    assert st_lateral("trunk-chest", lu1) == pytest.approx(6, abs=ST_CLOSE)
    assert st_lateral("trunk-chest", lu2) == pytest.approx(6, abs=ST_CLOSE)
    assert st_in_space("trunk-chest", lu1, 1)
    d, y = st_body("trunk-chest", lu2)
    assert y > clavicle_y(d) + CLAVICLE_HALF                           # under the clavicle
    assert (lu1[1] - lu2[1]) / ATLAS.views["trunk-chest"].cun == pytest.approx(1, abs=0.25)
    assert st_lateral("trunk-chest", st_lm("trunk-chest", "coracoid")) > 6   # medial to it


def test_pc1_1_lateral_to_the_nipple_in_the_4th_space():
    pc1 = st_at("PC1", "trunk-chest")
    assert st_lateral("trunk-chest", pc1) == pytest.approx(5, abs=ST_CLOSE)
    assert st_in_space("trunk-chest", pc1, 4)


def test_gb22_gb23_in_the_4th_space_and_gb24_in_the_7th_4_lateral():
    c = ATLAS.views["trunk-side"].cun
    apex = st_lm("trunk-side", "axilla-apex")
    gb22, gb23 = st_at("GB22", "trunk-side"), st_at("GB23", "trunk-side")
    assert gb22[0] == apex[0] and (gb22[1] - apex[1]) / c == pytest.approx(3, abs=0.15)
    front = st_lm("trunk-side", "ics-4-anterior-axillary")
    assert (gb23[0] - gb22[0]) / c == pytest.approx(1, abs=ST_CLOSE)       # 1 in front
    assert gb22[1] < gb23[1] < front[1]                                    # along the space
    assert st_lm("trunk-side", "ics-5-midaxillary")[1] > gb22[1]
    for view_id in ("trunk-chest", "trunk-abdomen"):
        gb24 = st_at("GB24", view_id)
        assert st_lateral(view_id, gb24) == pytest.approx(4, abs=ST_CLOSE)
    assert st_in_space("trunk-chest", st_at("GB24", "trunk-chest"), 7)


def test_gb25_gb26_under_the_12th_and_11th_rib_ends_gb26_level_with_the_umbilicus():
    r11, r12 = st_lm("trunk-side", "rib-11-free-end"), st_lm("trunk-side", "rib-12-free-end")
    gb25, gb26 = st_at("GB25", "trunk-side"), st_at("GB26", "trunk-side")
    assert gb25[0] == r12[0] and gb25[1] > r12[1]
    assert gb26[0] == r11[0] and gb26[1] > r11[1]
    assert gb26[1] == st_lm("trunk-side", "umbilicus")[1]
    assert gb26[1] < st_lm("trunk-side", "iliac-crest-midaxillary")[1]


def test_gb27_gb28_by_the_asis():
    """GB27 3 B-cun below the umbilicus just medial to the ASIS, GB28 0.5 B-cun below and
    medial to it, both close inside the spine."""
    for view_id in ("trunk-abdomen",):
        c = ATLAS.views[view_id].cun
        asis = st_lm(view_id, "asis")
        gb27, gb28 = st_at("GB27", view_id), st_at("GB28", view_id)
        assert st_below_umbilicus(view_id, gb27[1]) == pytest.approx(3, abs=ST_CLOSE)
        assert 0 < st_lateral(view_id, asis) - st_lateral(view_id, gb27) < 0.5
        assert gb28[1] > gb27[1] and st_lateral(view_id, gb28) < st_lateral(view_id, gb27)
        assert math_dist(gb27, gb28) / c == pytest.approx(0.5, abs=0.05)
        assert math_dist(asis, gb28) / c < 1


def math_dist(a, b) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def test_each_channel_runs_in_order():
    """ST down the neck and trunk to the groin; LU1 below LU2; the LI, SI and TE neck points
    upward toward the face; GB down the flank from the 4th space to the ASIS."""
    chest = [st_at(f"ST{n}", "trunk-chest")[1] for n in (9, 10, 11)]
    assert chest == sorted(chest) and len(set(chest)) == 3
    lower = [st_at(f"ST{n}", "trunk-chest")[1] for n in range(12, 19)]
    assert all(a < b for a, b in pairwise(lower))
    assert st_at("ST10", "trunk-chest")[1] < st_at("ST12", "trunk-chest")[1]
    abdomen = [st_at(f"ST{n}", "trunk-abdomen")[1] for n in range(18, 31)]
    assert all(a < b for a, b in pairwise(abdomen))
    assert st_at("LU2", "trunk-chest")[1] < st_at("LU1", "trunk-chest")[1]
    hs = {c: st_at(c, "head-side") for c in ("LI17", "LI18", "SI16", "SI17", "TE16", "TE17")}
    assert hs["LI18"][1] < hs["LI17"][1]
    assert hs["SI17"][1] < hs["SI16"][1]
    assert hs["TE17"][1] < hs["TE16"][1]
    side = {c: st_at(c, "trunk-side")[1] for c in ("GB22", "GB23", "GB25", "GB26")}
    assert side["GB22"] < side["GB23"] < side["GB25"] and side["GB23"] < side["GB26"]
    flank = [st_below_umbilicus("trunk-abdomen", st_at(c, "trunk-abdomen")[1])
             for c in ("GB24", "GB27", "GB28")]
    assert all(a < b for a, b in pairwise(flank))
