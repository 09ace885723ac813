"""The chest, abdomen and front-of-neck points where WHO 2008 puts them, measured on the drawn
landmarks of the trunk close-ups (issue 15): each channel's key relations and its points in order
along the channel. One section per channel group, each written by the helper who entered those
points. Plain pytest, no Qt."""

from __future__ import annotations

from itertools import pairwise

import pytest

from app.loader import load_atlas
from tools.figures import proportions
from tools.figures.proportions import clavicle_lower, clavicle_upper
from tools.figures.trunk_side import RIB_HALF as SIDE_RIB_HALF

ATLAS = load_atlas()


# --- ST, GB and the chest/neck points of the arm channels ---

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
    """In the n-th intercostal space as drawn: below rib n (the first space: below the
    clavicle too, where the first rib runs behind it), above rib n+1, where it lies."""
    d, y = st_body(view_id, pt)
    top, bottom = proportions.space_bounds(n, d)
    return top < y < bottom


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
    assert y == pytest.approx(clavicle_lower(d), abs=0.5)   # on its lower border
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
    assert y < clavicle_upper(d)
    assert st_lateral("trunk-chest", st12) == pytest.approx(4, abs=ST_CLOSE)
    st11 = st_at("ST11", "trunk-chest")
    d, y = st_body("trunk-chest", st11)
    assert y < clavicle_upper(d)
    assert st_lateral("trunk-chest", st11) < st_lateral("trunk-chest", st12)
    assert st_lateral("trunk-chest", st_lm("trunk-chest", "clavicle-sternal-end")) \
        <= st_lateral("trunk-chest", st11) < 2


def test_st11_is_just_above_the_clavicle_s_sternal_end_between_the_scm_heads():
    """WHO: superior to the sternal end of the clavicle, between the SCM's two heads; the tip
    says on the bone's upper edge: a quarter of a B-cun above the drawn upper border, not up the
    neck (issue 15 re-audit N1 measured 0.73)."""
    st11 = st_at("ST11", "trunk-chest")
    d, y = st_body("trunk-chest", st11)
    above = (clavicle_upper(d) - y) / proportions.BODY_CUN
    assert 0.1 <= above <= 0.35
    from tools.figures.trunk_front_shape import SCM_HEADS
    apex = min(yy for _dd, yy in SCM_HEADS)
    assert apex < y   # inside the hollow between the heads, below its apex


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
    assert y > clavicle_lower(d)                                       # under the clavicle
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


# --- CV and the abdominal proportions ---

# WHO 2008's proportional B-cun down the front midline, landmark to landmark
CV_SEGMENTS = (("suprasternal-notch", "xiphisternal-junction", 9),
               ("xiphisternal-junction", "umbilicus", 8),
               ("umbilicus", "pubic-symphysis", 5))
CV_CLOSE_UPS = ("trunk-chest", "trunk-abdomen")
CV_WITH_ABDOMEN = ("trunk-abdomen", "body-front")   # the views that draw umbilicus and symphysis
NEAR = 0.1   # B-cun: a mark this close to where it is measured to is there


def cv_at(code: str, view_id: str) -> tuple[float, float]:
    spots = [m.at for m in ATLAS.points[code].marks if m.view == view_id]
    assert spots, f"{code} is not drawn on {view_id}"
    return spots[0]


def cv_views(code: str) -> list[str]:
    """The views with the umbilicus and the symphysis that draw the point: trunk-abdomen always,
    body-front for the few it has room for."""
    views = [v for v in CV_WITH_ABDOMEN if v in ATLAS.points[code].views]
    assert "trunk-abdomen" in views, code
    return views


def cv_lm(view_id: str, name: str) -> tuple[float, float]:
    return ATLAS.views[view_id].landmarks[name]


def cv_down(view_id: str, top: str, bottom: str, y: float) -> float:
    """How far y lies down the landmark segment top -> bottom, in WHO's B-cun of that segment."""
    span = next(n for a, b, n in CV_SEGMENTS if (a, b) == (top, bottom))
    y0, y1 = cv_lm(view_id, top)[1], cv_lm(view_id, bottom)[1]
    return (y - y0) / (y1 - y0) * span


@pytest.mark.parametrize("view_id", ["body-front", *CV_CLOSE_UPS])
def test_the_front_midline_keeps_who_s_9_8_5_and_8_between_the_nipples(view_id):
    """Notch -> xiphisternal junction 9 B-cun, -> umbilicus 8, -> upper border of the symphysis
    5, nipple to nipple 8: every drawn segment measures its B-cun in the view's unit."""
    view = ATLAS.views[view_id]
    held = 0
    for top, bottom, span in CV_SEGMENTS:
        if top in view.landmarks and bottom in view.landmarks:
            length = (cv_lm(view_id, bottom)[1] - cv_lm(view_id, top)[1]) / view.cun
            assert abs(length - span) < 0.15, (top, bottom, length)
            held += 1
    assert held >= 1
    if "nipple" in view.landmarks:
        assert abs(abs(cv_lm(view_id, "nipple")[0] - view.midline) / view.cun - 4) < 0.15


@pytest.mark.parametrize("view_id", ["trunk-abdomen", "body-side"])
def test_cv8_is_the_centre_of_the_umbilicus(view_id):
    assert cv_at("CV8", view_id) == pytest.approx(cv_lm(view_id, "umbilicus"))


@pytest.mark.parametrize("view_id", ["trunk-abdomen"])
def test_cv2_is_on_the_upper_border_of_the_symphysis_5_below_cv8(view_id):
    assert cv_at("CV2", view_id) == pytest.approx(cv_lm(view_id, "pubic-symphysis"))
    below = cv_down(view_id, "umbilicus", "pubic-symphysis", cv_at("CV2", view_id)[1])
    assert below == pytest.approx(5)
    assert below - cv_down(view_id, "umbilicus", "pubic-symphysis", cv_at("CV8", view_id)[1]) \
        == pytest.approx(5)


@pytest.mark.parametrize(("code", "below"), [("CV3", 4), ("CV4", 3), ("CV5", 2), ("CV6", 1.5),
                                             ("CV7", 1)])
def test_the_lower_abdominal_points_stand_their_b_cun_below_the_umbilicus(code, below):
    for view_id in cv_views(code):
        y = cv_at(code, view_id)[1]
        assert abs(cv_down(view_id, "umbilicus", "pubic-symphysis", y) - below) < NEAR


@pytest.mark.parametrize(("code", "above"), [(f"CV{n}", n - 8) for n in range(9, 15)]
                         + [("CV15", 7), ("CV16", 8)])
def test_the_upper_abdominal_points_count_up_the_8_b_cun_to_the_xiphisternal_junction(
        code, above):
    """CV9-CV14 1-6 B-cun above the umbilicus, CV15 1 below the xiphisternal junction (7
    above), CV16 on the junction: in the 8 B-cun of the segment between them."""
    for view_id in cv_views(code):
        y = cv_at(code, view_id)[1]
        assert abs(8 - cv_down(view_id, "xiphisternal-junction", "umbilicus", y) - above) < NEAR


def test_cv16_is_the_xiphisternal_junction_on_both_plates_and_cv15_one_cun_below():
    """CV16 is drawn on both plates (the junction is on both) at the same junction; CV15 is one
    B-cun below it on the abdomen."""
    for view_id in CV_CLOSE_UPS:
        assert cv_at("CV16", view_id) == pytest.approx(cv_lm(view_id, "xiphisternal-junction"))
    view = ATLAS.views["trunk-abdomen"]
    assert (cv_at("CV15", view.id)[1] - cv_at("CV16", view.id)[1]) / view.cun \
        == pytest.approx(1, abs=NEAR)


@pytest.mark.parametrize(("code", "space"), [("CV17", 4), ("CV18", 3), ("CV19", 2), ("CV20", 1)])
def test_the_chest_points_sit_in_their_intercostal_space_between_the_drawn_ribs(code, space):
    """Counted from the sternal angle: each mark lies in the gap between the two drawn rib bands
    that bound its space, where they meet the sternum."""
    y = cv_at(code, "trunk-chest")[1]
    art = proportions   # the drawn ribs, in body units (the plate is TRUNK_SCALE of them)
    edge = 18.0 if space == 1 else art.STERNUM_EDGE   # the 1st rib's cartilage starts further out
    upper, lower = (art.TRUNK_SCALE * (art.rib_y(n, edge) - art.CHEST_TOP)
                    for n in (space, space + 1))
    band = art.TRUNK_SCALE * art.RIB_HALF
    assert upper + band < y < lower - band, (code, upper, y, lower)
    assert cv_at(code, "trunk-chest")[0] == pytest.approx(ATLAS.views["trunk-chest"].midline)


def test_the_sternal_angle_at_the_2nd_rib_divides_cv20_from_cv19():
    """A student counts from the sternal angle: the 1st space (CV20) is above it, the 2nd (CV19)
    below it, and CV17 is level with the nipples (the 4th space, in a man)."""
    angle = cv_lm("trunk-chest", "sternal-angle")[1]
    assert cv_at("CV20", "trunk-chest")[1] < angle < cv_at("CV19", "trunk-chest")[1]
    view = ATLAS.views["trunk-chest"]
    assert abs(cv_at("CV17", view.id)[1] - cv_lm(view.id, "nipple")[1]) / view.cun < 0.25
    assert cv_at("CV17", "body-front")[1] == pytest.approx(cv_lm("body-front", "nipple")[1])


def test_cv22_cv21_and_cv23_at_the_root_and_front_of_the_neck():
    """CV22 in the suprasternal fossa, CV21 1 B-cun below it (a ninth of the notch to the
    xiphisternal junction), CV23 above the hyoid and so above the laryngeal prominence."""
    view = "trunk-chest"
    assert cv_at("CV22", view) == pytest.approx(cv_lm(view, "suprasternal-notch"))
    assert cv_at("CV22", "body-front") == pytest.approx(cv_lm("body-front", "suprasternal-notch"))
    assert cv_down(view, "suprasternal-notch", "xiphisternal-junction",
                   cv_at("CV21", view)[1]) == pytest.approx(1, abs=NEAR)
    y23 = cv_at("CV23", view)[1]
    assert y23 < cv_lm(view, "hyoid")[1] < cv_lm(view, "laryngeal-prominence")[1]
    assert (cv_lm(view, "hyoid")[1] - y23) / ATLAS.views[view].cun < 0.5   # just above it


@pytest.mark.parametrize("view_id", ["body-front", *CV_CLOSE_UPS])
def test_the_cv_points_run_in_order_up_the_front_midline(view_id):
    """CV2 on the symphysis up to CV23 above the hyoid: on each front view every CV mark is on
    the midline, each next point higher than the one before."""
    view = ATLAS.views[view_id]
    drawn = [(n, cv_at(f"CV{n}", view_id)) for n in range(1, 25)
             if view_id in ATLAS.points[f"CV{n}"].views]
    assert len(drawn) >= 4
    assert all(x == pytest.approx(view.midline) for _n, (x, _y) in drawn)
    ys = [y for _n, (_x, y) in drawn]
    assert all(b < a for a, b in pairwise(ys)), drawn
    if view_id == "trunk-abdomen":
        assert [n for n, _p in drawn] == list(range(2, 17))
    if view_id == "trunk-chest":
        assert [n for n, _p in drawn] == list(range(16, 24))


def test_exca1_zigong_is_level_with_cv3_and_3_cun_either_side():
    view = ATLAS.views["trunk-abdomen"]
    view_id = view.id
    spots = ATLAS.points["EX-CA1"].marks_on(view)
    assert len(spots) == 2   # both sides
    for x, y in spots:
        assert y == pytest.approx(cv_at("CV3", view_id)[1])
        assert abs(abs(x - view.midline) / view.cun - 3) < NEAR


def test_the_points_below_the_umbilicus_carry_the_pregnancy_cautions():
    """evidence.md N3: every CV point drawn between the umbilicus and the symphysis carries the
    traditional caution with the 2015 review and the NHS advice; CV8 and the points above it
    do not (the upper abdomen in WHO's regions)."""
    view = "trunk-abdomen"
    umbilicus = cv_lm(view, "umbilicus")[1]
    for n in range(2, 17):
        point = ATLAS.points[f"CV{n}"]
        sources = {c.source for c in point.cautions}
        lower = cv_at(point.code, view)[1] > umbilicus + 1
        assert ({"carr-2015-pregnancy", "nhs-acupuncture"} <= sources) == lower, point.code
        assert ("carr-2015-pregnancy" in sources) == lower, point.code
    assert "nhs-acupuncture" in {c.source for c in ATLAS.points["EX-CA1"].cautions}


PREGNANCY = {"carr-2015-pregnancy", "nhs-acupuncture"}


def test_the_lower_abdomen_rule_for_the_pregnancy_cautions():
    """The front's rule (evidence.md N3's lower-abdominal points): every point marked on
    trunk-abdomen below the umbilicus, down to the row on the symphysis's upper border and the
    groin (CV2, KI11, ST30, LR12, SP12), and medial of the inguinal crease's lateral end, carries
    the traditional pregnancy caution with the 2015 review and the NHS advice; no point at or
    above the umbilicus's level does. Read from the marks, so a new point there without them
    fails."""
    from tools.figures.leg_front import INGUINAL_CREASE

    view_id = "trunk-abdomen"
    view = ATLAS.views[view_id]
    umbilicus = cv_lm(view_id, "umbilicus")[1]
    symphysis = cv_lm(view_id, "pubic-symphysis")[1]
    crease_end = INGUINAL_CREASE[0][0]   # its lateral end, body units from the midline
    lower, upper = set(), set()
    for code, point in ATLAS.points.items():
        for mark in point.marks:
            if mark.view != view_id:
                continue
            d, _y = st_body(view_id, mark.at)
            if mark.at[1] <= umbilicus:
                upper.add(code)
            elif mark.at[1] <= symphysis + 0.25 * view.cun and d <= crease_end:
                lower.add(code)
    assert {"CV2", "KI11", "ST30", "SP12", "LR12", "SP13", "GB27", "GB28", "EX-CA1"} <= lower
    for code in sorted(lower):
        assert {c.source for c in ATLAS.points[code].cautions} >= PREGNANCY, code
    for code in sorted(upper - lower):
        assert not PREGNANCY & {c.source for c in ATLAS.points[code].cautions}, code
    # one wording for the groin row: SP12 and LR12 carry ST30's
    texts = {code: {c.text for c in ATLAS.points[code].cautions if c.source in PREGNANCY}
             for code in ("ST30", "SP12", "LR12")}
    assert texts["SP12"] == texts["LR12"] == texts["ST30"]


@pytest.mark.parametrize("code", ["CV1", "EX-HN9", "EX-HN10", "EX-HN11", "EX-HN12", "EX-HN13"])
def test_the_points_no_figure_shows_say_why(code):
    """The perineum and the inside of the nose and mouth are on no plate: those points have no
    marks and a reason the card shows."""
    point = ATLAS.points[code]
    assert not point.marks
    assert point.unmarked and len(point.unmarked) > 20


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
    for n in range(1, 10):
        try:
            top, bottom = proportions.space_bounds(n, d)
        except ValueError:   # a rib not drawn this far from the midline
            continue
        if top < y < bottom:
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
    assert y >= clavicle_lower(d) - 0.1   # on the lower border, not on it
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


def test_the_costal_margin_landmark_lies_on_the_drawn_margin():
    """`costal-margin-4cun` is where the drawn costal margin crosses the 4 B-cun line (within a
    body unit), so SP16's distance below the margin is measured from the line the plate shows."""
    d, y = st_body("trunk-abdomen", ksl_lm("trunk-abdomen", "costal-margin-4cun"))
    assert d == pytest.approx(4 * proportions.BODY_CUN, abs=0.5)
    assert y == pytest.approx(proportions.costal_margin_y(d), abs=1.0)
    # about 1.5 B-cun, as SP16's tip says
    assert -ksl_above("SP16", "trunk-abdomen", "costal-margin-4cun") == pytest.approx(1.5, abs=0.2)


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
    CV2 (the drawn pulse is a little above that level), lateral to LR12 and below SP13; drawn
    1 B-cun outside the pulse (WHO gives no distance), where SP11's construction from it
    falls over the artery (tests/test_leg_relations.py)."""
    for view_id in ("trunk-abdomen", "leg-front"):
        pulse = ksl_lm(view_id, "femoral-artery-inguinal")
        sp12 = ksl_at("SP12", view_id)
        cun = ATLAS.views[view_id].cun
        assert (pulse[0] - sp12[0]) / cun == pytest.approx(1), view_id
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
