"""The foot close-ups (foot-top, foot-medial, foot-lateral, foot-sole): WHO's proportional cun,
agreement with the body plates, and a handful of WHO constructions carried out with the app's
own placement on the landmarks the app loads, landing where WHO says on the drawn anatomy."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from app.loader import load_atlas
from app.placement import place
from tools.figures.foot_lateral import MALLEOLUS as LATERAL_MALLEOLUS
from tools.figures.foot_lateral import TENDON_FRONT as LATERAL_TENDON
from tools.figures.foot_lateral import outline_points as lateral_outline
from tools.figures.foot_medial import MALLEOLUS as MEDIAL_MALLEOLUS
from tools.figures.foot_medial import TENDON_FRONT as MEDIAL_TENDON
from tools.figures.foot_medial import outline_points as medial_outline
from tools.figures.foot_shape import metatarsal_outline, mt_at, toe_axis, toe_half
from tools.figures.foot_sole import ball_pad, heel_pad
from tools.figures.foot_sole import outline_points as sole_outline
from tools.figures.foot_top import outline_points as top_outline
from tools.figures.geometry import bez, catmull
from tools.figures.proportions import (
    BODY_CUN,
    BODY_SIDE,
    DORSALIS_PEDIS,
    EDL_SLIPS,
    EDL_SPLIT,
    EXTENSOR_HALLUCIS,
    FOOT_CUN,
    HEEL_SIDE_X,
    LATERAL_MALLEOLUS_SIDE_X,
    MEDIAL_MALLEOLUS_FRONT,
    TOENAIL_AT,
    TOES,
    foot_side_xy,
    foot_sole_xy,
    foot_top_xy,
)

ATLAS = load_atlas()
TOP, MEDIAL, LATERAL, SOLE = (ATLAS.views[v] for v in
                              ("foot-top", "foot-medial", "foot-lateral", "foot-sole"))
DIAGRAM_PX = (672, 715)  # the diagram of a 1280x800 window (as tests/test_art_hand.py)


def _place(view, **spec):
    """A WHO construction as a mark would write it, placed on the loaded view."""
    at, _steps = place(spec, view, lambda name: view.landmarks[name])
    return at


def _curve(points, closed=False, n=24):
    return [bez(seg, k / n) for seg in catmull(points, closed=closed) for k in range(n + 1)]


def _outline(view_id):
    pts = OUTLINES[view_id]()
    if view_id == "foot-sole":
        return _curve(pts, closed=True)
    return [(pts[0][0], -200.0), *_curve(pts), (pts[-1][0], -200.0)]   # closed above the plate


OUTLINES = {"foot-top": top_outline, "foot-medial": medial_outline,
            "foot-lateral": lateral_outline, "foot-sole": sole_outline}


def _inside(curve, p):
    inside = False
    for a, b in pairwise([*curve, curve[0]]):
        if (a[1] > p[1]) != (b[1] > p[1]) and \
                a[0] + (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) > p[0]:
            inside = not inside
    return inside


def _clearance(curve, p):
    return min(math.dist(p, q) for q in curve)


def _xs_at(curve, y):
    """x where the level y crosses a sampled curve (a crossing at a sample counted once)."""
    xs = sorted(p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1])
                for p, q in pairwise(curve) if (p[1] - y) * (q[1] - y) <= 0 and p[1] != q[1])
    return [x for i, x in enumerate(xs) if i == 0 or x - xs[i - 1] > 1e-6]


def _px(view):
    """Screen pixels per viewBox unit when the plate is fitted into the 1280x800 diagram."""
    _x, _y, w, h = view.viewbox
    return min(DIAGRAM_PX[0] / w, DIAGRAM_PX[1] / h)


def _on_figure(view, p):
    assert view.contains(p), p
    assert _inside(_outline(view.id), p), p


# ---------------------------------------------------------------------------------------------
# proportional cun, and the body plates' numbers

def test_lateral_malleolus_prominence_to_sole_is_three_cun():
    """WHO: prominence of the lateral malleolus -> sole 3 B-cun, on the drawn landmarks; the
    sole landmark is straight below the prominence and on the drawn sole."""
    lm = LATERAL.landmarks
    top, sole = lm["lateral-malleolus"], lm["sole-below-lateral-malleolus"]
    assert math.dist(top, sole) == pytest.approx(3 * LATERAL.cun, rel=0.02)
    assert sole[0] == pytest.approx(top[0], abs=0.5)
    assert _clearance(_outline("foot-lateral"), sole) < 2.0


def test_every_foot_plate_has_the_close_ups_scale():
    assert {v.cun for v in (TOP, MEDIAL, LATERAL, SOLE)} == {FOOT_CUN}
    assert ATLAS.views["hand-back"].cun == pytest.approx(FOOT_CUN)


def test_the_ankle_on_foot_top_is_body_fronts():
    """The malleoli lie where body-front puts them about the front of the ankle crease, in
    B-cun: the lateral one lateral of it and a little lower, the medial one medial and higher."""
    body = ATLAS.views["body-front"]
    for name in ("lateral-malleolus", "medial-malleolus"):
        for k in (0, 1):
            on_body = (body.landmarks[name][k] - body.landmarks["ankle-front"][k]) / body.cun
            on_top = (TOP.landmarks[name][k] - TOP.landmarks["ankle-front"][k]) / TOP.cun
            assert on_top == pytest.approx(on_body, abs=0.02), (name, k)
    lm = TOP.landmarks
    assert lm["lateral-malleolus"][1] > lm["ankle-front"][1] > lm["medial-malleolus"][1]


def test_the_foots_numbers_are_the_body_plates():
    """The foot frame's anchors are read off the body plates (a drift there must show here)."""
    front = ATLAS.views["body-front"]
    x, y = front.landmarks["medial-malleolus"]
    assert (front.midline - x, y) == pytest.approx(MEDIAL_MALLEOLUS_FRONT, abs=0.05)
    assert ATLAS.views["body-side"].landmarks["lateral-malleolus"][0] == LATERAL_MALLEOLUS_SIDE_X


def test_the_profiles_keep_body_sides_foot():
    """foot-lateral is body-side's foot: the lateral malleolus 33 body units (1.8 B-cun) in
    front of the back of the heel, the foot as long as body-side's, the calcaneal tendon where
    the leg plates draw it; the medial malleolus 0.6 B-cun higher (body-front) and 0.5 B-cun
    further forward than the lateral one."""
    foot = [p for p in BODY_SIDE if p[1] > 1290]
    length = (max(x for x, _ in foot) - HEEL_SIDE_X) / BODY_CUN
    curve = _outline("foot-lateral")
    drawn = [p for p in curve if p[1] > 0]
    back, tip = min(p[0] for p in drawn), max(p[0] for p in drawn)
    assert (tip - back) / LATERAL.cun == pytest.approx(length, abs=0.1)
    lm_x = LATERAL.landmarks["lateral-malleolus"][0]
    assert (lm_x - back) / LATERAL.cun == pytest.approx(
        (LATERAL_MALLEOLUS_SIDE_X - HEEL_SIDE_X) / BODY_CUN, abs=0.05)
    # the calcaneal tendon's front border where the leg plates draw it: body-side x 246
    tendon = LATERAL.landmarks["calcaneal-tendon"][0]
    assert (tendon - back) / LATERAL.cun == pytest.approx((246 - HEEL_SIDE_X) / BODY_CUN,
                                                          abs=0.03)
    lat, med = LATERAL.landmarks["lateral-malleolus"], MEDIAL.landmarks["medial-malleolus"]
    body = ATLAS.views["body-front"].landmarks
    higher = (body["lateral-malleolus"][1] - body["medial-malleolus"][1]) / BODY_CUN
    assert (lat[1] - med[1]) / FOOT_CUN == pytest.approx(higher, abs=0.02)
    # the medial plate is the lateral one seen from the other side: a = distance from the heel
    heel_m = max(p[0] for p in _outline("foot-medial") if p[1] > 0)
    assert ((heel_m - med[0]) - (lat[0] - back)) / FOOT_CUN == pytest.approx(0.5, abs=0.05)
    assert (heel_m - MEDIAL.landmarks["calcaneal-tendon"][0]) == pytest.approx(tendon - back,
                                                                              abs=0.5)


def test_the_leg_shown_holds_points_3_b_cun_above_the_malleoli():
    """Leg points measured up from a malleolus (SP6, GB39, BL59: 3 B-cun) land on the drawn leg
    of the foot plates, not off the top of the plate."""
    for view, name in ((MEDIAL, "medial-malleolus"), (LATERAL, "lateral-malleolus"),
                       (TOP, "medial-malleolus"), (TOP, "lateral-malleolus")):
        p = _place(view, **{"from": name, "up": 3})
        _on_figure(view, p)
        assert p[1] > 0.3 * view.cun


# ---------------------------------------------------------------------------------------------
# the views' sides: the words of the marks point where the drawing says

def test_direction_words_agree_with_the_drawing():
    """foot-top (side front): lateral is toward the little toe, up toward the ankle; foot-sole
    (side back): lateral toward the little toe, up toward the heel; the profiles (right and
    left): front toward the toes."""
    from app.ui.diagram_view import side_labels

    assert (TOP.side, SOLE.side, LATERAL.side, MEDIAL.side) == ("front", "back", "right", "left")
    t = TOP.landmarks
    step = _place(TOP, **{"from": "ankle-front", "lateral": 1})
    assert step[0] < t["ankle-front"][0] and t["toenail-5-free"][0] < t["toenail-1-free"][0]
    assert _place(TOP, **{"from": "ankle-front", "up": 1})[1] < t["ankle-front"][1]
    assert t["ankle-front"][1] < t["mtp2"][1]
    s = SOLE.landmarks
    assert _place(SOLE, **{"from": "heel", "lateral": 1})[0] > s["heel"][0]
    assert s["heel"][1] < s["toe-web-2-3"][1]
    for view, toe in ((LATERAL, "toenail-5-lateral"), (MEDIAL, "toenail-1-medial")):
        malleolus = next(k for k in ("lateral-malleolus", "medial-malleolus")
                         if k in view.landmarks)
        ahead = _place(view, **{"from": malleolus, "front": 1})
        toward_toes = view.landmarks[toe][0] - view.landmarks[malleolus][0]
        assert (ahead[0] - view.landmarks[malleolus][0]) * toward_toes > 0, view.id
    assert side_labels(TOP) == ("lateral", "medial")
    assert side_labels(SOLE) == ("medial", "lateral")
    assert side_labels(LATERAL) == ("back", "front")
    assert side_labels(MEDIAL) == ("front", "back")


# ---------------------------------------------------------------------------------------------
# the dorsum (foot-top)

def _drawn(points):
    return _curve([foot_top_xy(*p) for p in points])


def _x_at(curve, y):
    xs = _xs_at(curve, y)
    assert len(xs) == 1, xs
    return xs[0]


def test_tendons_at_the_ankle_crease_in_order_st41_between_ehl_and_edl():
    """From medial (the viewer's right) to lateral: tibialis anterior, extensor hallucis longus,
    the front of the ankle crease (ST41), extensor digitorum longus, all on the crease."""
    lm = TOP.landmarks
    names = ["tibialis-anterior-tendon", "extensor-hallucis-longus-tendon", "ankle-front",
             "extensor-digitorum-longus-tendon"]
    xs = [lm[n][0] for n in names]
    assert xs == sorted(xs, reverse=True)
    for n in names:
        assert lm[n][1] == pytest.approx(lm["ankle-front"][1], abs=0.5)
    st41 = _place(TOP, **{"from": "ankle-front"})
    gap = lm["extensor-hallucis-longus-tendon"][0] - lm["extensor-digitorum-longus-tendon"][0]
    assert 0.4 * TOP.cun < gap < 1.2 * TOP.cun
    assert lm["medial-malleolus"][0] > st41[0] > lm["lateral-malleolus"][0]


def test_st42_over_the_dorsalis_pedis_at_the_second_metatarsal_base():
    """ST42: at the joint of the second metatarsal's base with the intermediate cuneiform, over
    the drawn dorsalis pedis artery, between the EHL tendon and the EDL tendon to the 2nd toe."""
    lm, c = TOP.landmarks, TOP.cun
    st42 = _place(TOP, **{"from": "dorsalis-pedis-artery"})
    artery = _drawn(DORSALIS_PEDIS)
    assert _clearance(artery, st42) < 0.05 * c
    assert abs(st42[1] - lm["metatarsal2-base"][1]) < 0.05 * c
    assert abs(st42[0] - lm["metatarsal2-base"][0]) < 0.15 * c
    ehl = _x_at(_drawn(EXTENSOR_HALLUCIS), st42[1])
    edl2 = _x_at(_drawn([EDL_SPLIT, *EDL_SLIPS[2]]), st42[1])
    assert ehl > st42[0] > edl2   # medial is the viewer's right
    # the highest part of the dorsum lies there: well below the ankle crease, far above the MTPs
    assert 1.2 * c < st42[1] - lm["ankle-front"][1] < 2.6 * c


def _shaft_edges(n, y):
    """x of metatarsal n's drawn outline where the level y crosses it."""
    pts = [foot_top_xy(*p) for p in metatarsal_outline(n)]
    xs = _xs_at(_curve(pts, closed=True), y)
    return min(xs), max(xs)


def test_lr3_distal_to_the_junction_of_the_first_two_metatarsal_bases():
    """LR3: between the first and second metatarsals, in the hollow just distal to where their
    bases meet, over the artery (its end, where it dives into the sole)."""
    lm, c = TOP.landmarks, TOP.cun
    lr3 = _place(TOP, **{"from": "metatarsal-1-2-bases", "down": 0.5})
    first, second = _shaft_edges(1, lr3[1]), _shaft_edges(2, lr3[1])
    assert second[1] < lr3[0] < first[0]   # lateral edge of the 2nd < LR3 < the 1st's medial
    assert lr3[1] > lm["metatarsal2-base"][1] and lr3[1] < lm["mtp1"][1] - 2 * c
    assert _clearance(_drawn(DORSALIS_PEDIS), lr3) < 0.15 * c
    # LR2 at the web, LR3 some 3 B-cun up the groove from it
    assert 2.5 * c < lm["toe-web-1-2"][1] - lr3[1] < 4.0 * c


def test_gb41_and_gb42_either_side_of_the_little_toes_tendon():
    """GB41 distal to the junction of the 4th and 5th bases, lateral to the EDL slip to the
    little toe; GB42 proximal to the 4th MTP joint between the 4th and 5th metatarsals, medial
    to that slip (lateral is the viewer's left)."""
    c = TOP.cun
    slip = _drawn([EDL_SPLIT, *EDL_SLIPS[5]])
    gb41 = _place(TOP, **{"from": "metatarsal-4-5-bases", "down": 0.4})
    gb42 = _place(TOP, **{"from": "metatarsal-space-4-5", "up": 0.4})
    assert gb41[0] < _x_at(slip, gb41[1]) - 0.1 * c
    assert gb42[0] > _x_at(slip, gb42[1]) + 0.1 * c
    for p in (gb41, gb42):
        fourth, fifth = _shaft_edges(4, p[1]), _shaft_edges(5, p[1])
        assert fifth[1] < p[0] < fourth[0]
    assert gb42[1] < TOP.landmarks["mtp4"][1]


def test_joints_and_webs_in_order():
    lm = TOP.landmarks
    for n, webs in ((1, ("1-2",)), (2, ("1-2", "2-3")), (3, ("2-3", "3-4")), (4, ("3-4", "4-5")),
                    (5, ("4-5",))):
        for w in webs:
            assert lm[f"mtp{n}"][1] < lm[f"toe-web-{w}"][1] < lm[f"toenail-{n}-medial"][1]
    assert lm["mtp1-medial"][0] > lm["mtp1"][0] and lm["mtp5-lateral"][0] < lm["mtp5"][0]
    assert lm["metatarsal5-tuberosity"][1] < lm["mtp5-lateral"][1]
    # metatarsal heads form the ball's oblique line: 2nd furthest forward, 5th furthest back
    ys = [lm[f"mtp{n}"][1] for n in (2, 3, 4, 5)]
    assert ys == sorted(ys, reverse=True)


NAIL_POINTS = {  # WHO: 0.1 F-cun from the corner, on the lines of the nail's side and base
    "SP1": (1, "toenail-1-medial", "medial"), "LR1": (1, "toenail-1-lateral", "lateral"),
    "ST45": (2, "toenail-2-lateral", "lateral"), "GB44": (4, "toenail-4-lateral", "lateral"),
    "BL67": (5, "toenail-5-lateral", "lateral")}


def test_nail_corner_points_are_told_apart_and_on_their_toe():
    """SP1 and LR1 either side of the great toenail, ST45, GB44 and BL67 beside their nails: 12 px
    apart in a 1280x800 window at the fitted zoom, each on its own toe (not over the cleft)."""
    px = _px(TOP)
    curve = _outline("foot-top")
    at = {}
    for code, (toe, corner, way) in NAIL_POINTS.items():
        p = _place(TOP, **{"from": corner, way: 0.1, "up": 0.1})
        at[code] = p
        assert _inside(curve, p) and _clearance(curve, p) > 0.02 * TOP.cun, code
        t = TOENAIL_AT[toe][0]   # across the toe at the nail's base: within its own width
        assert abs(p[0] - foot_top_xy(*toe_axis(toe, t))[0]) < 4 * toe_half(toe, t), code
    for (a, p), (b, q) in pairwise(sorted(at.items())):
        assert math.dist(p, q) * px > 12, (a, b)
    assert math.dist(at["SP1"], at["LR1"]) * px > 12


@pytest.mark.parametrize("toe", [1, 2, 3, 4, 5])
def test_qiduan_lands_inside_each_toe_tip(toe):
    """EX-LE12: 0.1 B-cun beyond the free margin of each nail lands inside the tip of the toe."""
    p = _place(TOP, **{"from": f"toenail-{toe}-free", "down": 0.1})
    curve = _outline("foot-top")
    assert _inside(curve, p)
    assert 0.03 * TOP.cun < _clearance(curve, p) < 0.35 * TOP.cun


# ---------------------------------------------------------------------------------------------
# the ankle and heel in profile (foot-medial, foot-lateral)

def _malleolus_x(view, shape, y, back):
    pts = [foot_side_xy(a, h, view.side) for a, h in shape]
    xs = _xs_at(_curve(pts, closed=True), y)
    heel_side = max if (view.side == "left") == back else min
    return heel_side(xs)


def _tendon_x(view, run, y):
    pts = [foot_side_xy(a, h, view.side) for a, h in run]
    return _x_at(_curve(pts), y)


def test_ki3_between_the_medial_malleolus_and_the_calcaneal_tendon():
    """KI3: in the hollow behind the prominence of the medial malleolus, in front of the
    calcaneal tendon (heel toward the viewer's right on foot-medial)."""
    c = MEDIAL.cun
    ki3 = _place(MEDIAL, along=["medial-malleolus", "calcaneal-tendon"], frac=0.5)
    assert _malleolus_x(MEDIAL, MEDIAL_MALLEOLUS, ki3[1], back=True) + 0.2 * c < ki3[0]
    assert ki3[0] < _tendon_x(MEDIAL, MEDIAL_TENDON, ki3[1]) - 0.2 * c
    assert ki3[1] == pytest.approx(MEDIAL.landmarks["medial-malleolus"][1], abs=0.5)
    _on_figure(MEDIAL, ki3)


def test_bl60_between_the_lateral_malleolus_and_the_calcaneal_tendon():
    """BL60: the same hollow on the lateral side (heel toward the viewer's left)."""
    c = LATERAL.cun
    bl60 = _place(LATERAL, along=["lateral-malleolus", "calcaneal-tendon"], frac=0.5)
    assert _tendon_x(LATERAL, LATERAL_TENDON, bl60[1]) + 0.2 * c < bl60[0]
    assert bl60[0] < _malleolus_x(LATERAL, LATERAL_MALLEOLUS, bl60[1], back=True) - 0.12 * c
    _on_figure(LATERAL, bl60)
    # BL61 below it on the red-white border of the heel
    below = LATERAL.landmarks["calcaneus-lateral"]
    assert below[0] == pytest.approx(bl60[0], abs=0.5) and below[1] > bl60[1] + 2 * c


def test_ki6_ki5_sp5_round_the_medial_malleolus():
    """KI6 1 B-cun below the prominence lands below the malleolus's tip; KI5 1 B-cun below KI3
    lies in front of the calcaneal tuberosity; SP5, midway from the navicular tuberosity to
    the prominence, is in front of and below the malleolus (front = the viewer's left)."""
    lm, c = MEDIAL.landmarks, MEDIAL.cun
    ki6 = _place(MEDIAL, **{"from": "medial-malleolus", "down": 1})
    assert ki6[1] > lm["medial-malleolus-tip"][1] + 0.2 * c
    assert ki6[1] < lm["navicular-inferior"][1]
    ki5 = _place(MEDIAL, along=["medial-malleolus", "calcaneal-tendon"], frac=0.5, down=1)
    tub = lm["calcaneal-tuberosity"]
    assert tub[0] - 0.8 * c < ki5[0] < tub[0] - 0.1 * c
    assert abs(ki5[1] - tub[1]) < 0.5 * c
    sp5 = _place(MEDIAL, along=["navicular-tuberosity", "medial-malleolus"], frac=0.5)
    mm = lm["medial-malleolus"]
    assert sp5[0] < mm[0] - 0.5 * c and sp5[1] > lm["medial-malleolus-tip"][1]
    for p in (ki6, ki5, sp5):
        _on_figure(MEDIAL, p)
    # front to back along the medial border: MTP1, the 1st metatarsal's base, the navicular,
    # the malleolus, the tendon
    xs = [lm[k][0] for k in ("mtp1-medial", "metatarsal1-base", "navicular-inferior",
                             "medial-malleolus", "calcaneal-tendon")]
    assert xs == sorted(xs)


def test_bl62_below_the_lateral_malleolus_and_the_lateral_border():
    """BL62 straight below the prominence, just under the malleolus's tip; the lateral border in
    order from the heel: BL61's point, the cuboid, the 5th metatarsal's tuberosity, the 5th
    MTP joint, the little toenail."""
    lm, c = LATERAL.landmarks, LATERAL.cun
    bl62 = _place(LATERAL, **{"from": ["lateral-malleolus", "lateral-malleolus-tip"],
                              "down": 0.25})
    lowest = max(foot_side_xy(a, h, "right")[1] for a, h in LATERAL_MALLEOLUS)
    assert bl62[1] > lowest
    _on_figure(LATERAL, bl62)
    tip, prominence = lm["lateral-malleolus-tip"], lm["lateral-malleolus"]
    assert 0.3 * c < tip[1] - prominence[1] < 0.8 * c
    # the lateral malleolus reaches lower than the medial one (both plates share the sole)
    assert tip[1] > MEDIAL.landmarks["medial-malleolus-tip"][1]
    xs = [lm[k][0] for k in ("calcaneus-lateral", "cuboid", "metatarsal5-tuberosity",
                             "mtp5-lateral", "toenail-5-lateral")]
    assert xs == sorted(xs)


@pytest.mark.parametrize("view_id, names", [
    ("foot-medial", ("mtp1-medial", "metatarsal1-base", "navicular-inferior")),
    ("foot-lateral", ("calcaneus-lateral", "metatarsal5-tuberosity", "mtp5-lateral")),
    ("foot-top", ("mtp1-medial", "mtp5-lateral", "metatarsal5-tuberosity"))])
def test_red_white_border_landmarks_sit_just_inside_the_edge(view_id, names):
    """Landmarks on the red-white border are on the drawn foot, 1-4 mm inside its edge."""
    view = ATLAS.views[view_id]
    curve = _outline(view_id)
    for name in names:
        p = view.landmarks[name]
        assert _inside(curve, p), name
        assert 0.04 * view.cun < _clearance(curve, p) < 0.25 * view.cun, name


# ---------------------------------------------------------------------------------------------
# the sole (foot-sole)

def test_ki1_a_third_of_the_way_from_the_web_to_the_heel_lands_in_the_hollow():
    """KI1 (WHO's note): about a third of the way from the web between the 2nd and 3rd toes to
    the heel; the drawn hollow of the flexed sole is there, behind the ball, between the 2nd and
    3rd metatarsals. The heel landmark is the back of the drawn heel, the web the bottom of the
    cleft between the 2nd and 3rd toes."""
    lm, c = SOLE.landmarks, SOLE.cun
    curve = _outline("foot-sole")
    heel, web = lm["heel"], lm["toe-web-2-3"]
    assert heel[1] - min(p[1] for p in curve) < 0.1 * c
    assert _clearance(curve, web) < 0.1 * c
    second, third = foot_sole_xy(*toe_axis(2, 0.5)), foot_sole_xy(*toe_axis(3, 0.5))
    assert second[0] < web[0] < third[0]
    ki1 = _place(SOLE, along=["toe-web-2-3", "heel"], frac=1 / 3)
    assert math.dist(ki1, lm["sole-depression"]) < 0.1 * c
    a = (ki1[1] - foot_sole_xy(0, 0)[1]) / 4
    assert foot_sole_xy(a, mt_at(2, a))[0] < ki1[0] < foot_sole_xy(a, mt_at(3, a))[0]
    ball_back = _curve([foot_sole_xy(*p) for p in ball_pad()[:5]])
    (back_y,) = _xs_at([(y, x) for x, y in ball_back], ki1[0])   # the ball's back edge there
    assert ki1[1] < back_y - 0.4 * c
    assert ki1[1] > max(foot_sole_xy(*p)[1] for p in heel_pad()) + 3 * c
    _on_figure(SOLE, ki1)


def test_duyin_on_the_second_toes_distal_crease():
    """EX-LE11 at the midpoint of the 2nd toe's plantar DIP crease: on the toe, distal to its
    web, proximal to its tip."""
    lm, c = SOLE.landmarks, SOLE.cun
    p = lm["toe-2-dip-plantar"]
    _on_figure(SOLE, p)
    tip = foot_sole_xy(*TOES[2][2])
    assert lm["toe-web-2-3"][1] + 1.0 * c < p[1] < tip[1] - 0.4 * c


# ---------------------------------------------------------------------------------------------
# the overviews open the close-ups

def test_frames_lie_round_the_foot_on_the_leg_plates():
    """Each foot close-up opens from the leg plate of its side (foot-top from leg-front,
    foot-medial from leg-medial, foot-lateral from leg-lateral, foot-sole from leg-back), its
    frame taking in that plate's ankle landmarks."""
    cases = ((TOP, ("ankle-front", "lateral-malleolus", "medial-malleolus")),
             (LATERAL, ("ankle-front", "lateral-malleolus")), (SOLE, ("lateral-malleolus",)),
             (MEDIAL, ("medial-malleolus",)))
    assert [v.parent for v, _ in cases] == ["leg-front", "leg-lateral", "leg-back", "leg-medial"]
    for view, names in cases:
        x, y, w, h = view.frame
        parent = ATLAS.views[view.parent]
        for name in names:
            px, py = parent.landmarks[name]
            assert x <= px <= x + w and y <= py <= y + h, (view.id, name)
        assert h < 10 * parent.cun

