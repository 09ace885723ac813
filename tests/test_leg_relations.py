"""The hip, leg and foot points where WHO 2008 puts them, measured on the drawn landmarks of the
leg and foot close-ups (issue 14): each channel's key relations and its points in order along
the limb, and the leg's bleeding-caution rule read from the marks. One section per channel
group, each written by the helper who entered those points. Plain pytest, no Qt."""

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


def lm(view_id: str, name: str) -> tuple[float, float]:
    return ATLAS.views[view_id].landmarks[name]


def cun(view_id: str) -> float:
    return ATLAS.views[view_id].cun


# --- BL, and the leg bleeding rule ---

ON_A_LEVEL = 0.25   # B-cun: a mark this close to the knee crease or the malleolus level is on it
BLEEDING_SOURCES = {"hsieh-2023-bleeding", "bacc-anticoagulants"}
# each leg view's knee-crease level and malleolus level (WHO: popliteal crease -> lateral
# malleolus 16 B-cun; on the front, the ST line's ends, lateral knee eye -> ankle crease, 16)
LEG_LEVELS = {"leg-back": ("popliteal-crease", "lateral-malleolus"),
              "leg-lateral": ("popliteal-crease-lateral", "lateral-malleolus"),
              "leg-medial": ("popliteal-crease-medial", "medial-malleolus"),
              "leg-front": ("knee-eye-lateral", "ankle-front")}


def test_every_leg_view_has_its_levels():
    """The rule covers every leg close-up, and each one's knee and ankle levels are drawn."""
    assert {v.id for v in ATLAS.views.values() if v.region == "leg"} == set(LEG_LEVELS)
    for view_id, (knee, ankle) in LEG_LEVELS.items():
        span = (lm(view_id, ankle)[1] - lm(view_id, knee)[1]) / cun(view_id)
        assert 15 < span < 16.5, (view_id, span)


def leg_levels(code: str) -> list[tuple[float, float]]:
    """(B-cun above the ankle level, B-cun from there up to the knee level) of each of the
    point's marks on a leg view."""
    out = []
    for mark in ATLAS.points[code].marks:
        if mark.view in LEG_LEVELS:
            knee, ankle = (lm(mark.view, name)[1] for name in LEG_LEVELS[mark.view])
            out.append(((ankle - mark.at[1]) / cun(mark.view), (ankle - knee) / cun(mark.view)))
    return out


def on_the_leg(code: str) -> bool:
    """A mark between the knee crease and the malleolus, clear of both levels."""
    return any(ON_A_LEVEL < v < top - ON_A_LEVEL for v, top in leg_levels(code))


def test_every_leg_point_carries_the_bleeding_cautions():
    """evidence.md N4 and README "Cautions": on anticoagulants a bleed deep in the calf or in
    the leg's closed muscle compartments can press on nerves and vessels, so every point whose
    mark lies between the knee crease and the malleolus, whatever its channel, carries both
    cautions (hsieh-2023-bleeding, bacc-anticoagulants). Which points those are is read from
    the marks, not from a list; the points on the knee crease and at the ankle are left out, and
    "Leg point" is said of no other point."""
    leg = {code for code in ATLAS.points if on_the_leg(code)}
    assert {"BL55", "BL56", "BL57", "BL58", "BL59"} <= leg
    assert not {"BL39", "BL40", "BL60"} & leg   # on the crease / level with the malleolus
    missing = sorted(code for code in leg
                     if not {c.source for c in ATLAS.points[code].cautions} >= BLEEDING_SOURCES)
    assert not missing, f"leg points without both bleeding cautions: {missing}"
    said = {code for code, p in ATLAS.points.items()
            if any(c.text.startswith("Leg point") for c in p.cautions)}
    assert said <= leg, sorted(said - leg)


def test_bl40_is_the_middle_of_the_popliteal_crease():
    x, y = at("BL40", "leg-back")
    biceps = lm("leg-back", "biceps-femoris-tendon")
    semitendinosus = lm("leg-back", "semitendinosus-tendon")
    assert semitendinosus[0] < x < biceps[0]
    assert abs(x - (biceps[0] + semitendinosus[0]) / 2) / cun("leg-back") < 0.15
    assert abs(y - lm("leg-back", "popliteal-crease")[1]) / cun("leg-back") < 0.1


def test_bl39_and_bl38_lie_just_medial_to_the_biceps_tendon():
    """Back view: lateral is the viewer's right, so 'medial to the tendon' is smaller x."""
    tendon = lm("leg-back", "biceps-femoris-tendon")
    for code, up in (("BL39", 0), ("BL38", 1)):
        x, y = at(code, "leg-back")
        assert 0 < (tendon[0] - x) / cun("leg-back") <= 0.5, code
        assert x > at("BL40", "leg-back")[0], code
        assert (tendon[1] - y) / cun("leg-back") == pytest.approx(up, abs=0.1), code


def test_bl36_and_bl37_on_the_back_of_the_thigh():
    view = "leg-back"
    fold, crease = lm(view, "gluteal-fold"), lm(view, "popliteal-crease")
    assert math.dist(at("BL36", view), fold) < 1
    assert (crease[1] - fold[1]) / cun(view) == pytest.approx(14, abs=0.1)   # WHO's 14 B-cun
    assert (at("BL37", view)[1] - fold[1]) / cun(view) == pytest.approx(6, abs=0.1)


@pytest.mark.parametrize(("code", "below"), [("BL55", 2), ("BL56", 5), ("BL57", 8)])
@pytest.mark.parametrize("view_id", ["leg-back", "body-back"])
def test_calf_points_below_the_popliteal_crease(code, below, view_id):
    """BL55 2, BL56 5 and BL57 8 B-cun below the crease, on the calf's midline under BL40."""
    crease = lm(view_id, "popliteal-crease")
    x, y = at(code, view_id)
    assert (y - crease[1]) / cun(view_id) == pytest.approx(below, abs=0.15)
    assert abs(x - at("BL40", view_id)[0]) / cun(view_id) < 0.1


def test_bl57_is_where_the_bellies_meet_the_tendon():
    assert math.dist(at("BL57", "leg-back"), lm("leg-back", "gastrocnemius-tendon-junction")) < 1
    # halfway down the 16 B-cun from the crease to the lateral malleolus
    crease, ankle = lm("leg-back", "popliteal-crease")[1], lm("leg-back", "lateral-malleolus")[1]
    assert (at("BL57", "leg-back")[1] - crease) / (ankle - crease) == pytest.approx(0.5, abs=0.01)


@pytest.mark.parametrize(("view_id", "tendon"), [("leg-back", "calcaneal-tendon-back"),
                                                 ("leg-lateral", "calcaneal-tendon"),
                                                 ("foot-lateral", "calcaneal-tendon")])
def test_bl60_between_the_lateral_malleolus_and_the_tendon(view_id, tendon):
    x, y = at("BL60", view_id)
    malleolus, behind = lm(view_id, "lateral-malleolus"), lm(view_id, tendon)
    assert min(malleolus[0], behind[0]) < x < max(malleolus[0], behind[0])
    assert abs(y - malleolus[1]) / cun(view_id) < 0.1   # level with the prominence


@pytest.mark.parametrize(("code", "up"), [("BL59", 3), ("BL58", 7)])
def test_bl59_and_bl58_above_bl60(code, up):
    for view_id in ATLAS.points[code].views:
        if view_id in ATLAS.points["BL60"].views:
            rise = (at("BL60", view_id)[1] - at(code, view_id)[1]) / cun(view_id)
            assert rise == pytest.approx(up, abs=0.1), view_id
    # BL58 about a B-cun below and lateral of BL57 (lateral = the viewer's right on the back)
    if code == "BL58":
        assert at("BL58", "leg-back")[1] > at("BL57", "leg-back")[1]
        assert at("BL58", "leg-back")[0] > at("BL57", "leg-back")[0]


def test_bl61_and_bl62_below_the_ankle():
    view = "foot-lateral"
    x61, y61 = at("BL61", view)
    assert abs(x61 - at("BL60", view)[0]) < 1 and y61 > at("BL60", view)[1]
    tip = lm(view, "lateral-malleolus-tip")
    x62, y62 = at("BL62", view)
    assert abs(x62 - lm(view, "lateral-malleolus")[0]) < 1   # straight below the prominence
    assert 0 < (y62 - tip[1]) / cun(view) <= 0.5              # just under the malleolus


def test_the_lateral_foot_points_between_their_bones():
    """foot-lateral: the toes are the viewer's right. BL63 behind the 5th metatarsal's
    tuberosity and in front of the malleolus, BL64 just beyond the tuberosity; BL65 just behind
    and BL66 just beyond the 5th MTP joint, all on the red-white border."""
    view = "foot-lateral"
    x = {code: at(code, view)[0] for code in ("BL63", "BL64", "BL65", "BL66")}
    tuberosity, mtp = lm(view, "metatarsal5-tuberosity"), lm(view, "mtp5-lateral")
    assert lm(view, "lateral-malleolus")[0] < x["BL63"] < tuberosity[0] < x["BL64"]
    assert x["BL65"] < mtp[0] < x["BL66"]
    for code in ("BL64", "BL65", "BL66"):
        assert abs(x[code] - (tuberosity if code == "BL64" else mtp)[0]) / cun(view) <= 0.5
    assert abs(at("BL64", view)[1] - tuberosity[1]) < 1
    # foot-top: up is toward the ankle
    assert at("BL65", "foot-top")[1] < lm("foot-top", "mtp5-lateral")[1] < at("BL66", "foot-top")[1]


def test_bl67_off_the_little_toenails_lateral_corner():
    """0.1 F-cun proximal and lateral to the corner: on foot-top lateral is the viewer's left and
    proximal is up."""
    cx, cy = lm("foot-top", "toenail-5-lateral")
    x, y = at("BL67", "foot-top")
    assert x < cx and y < cy
    off = math.dist((x, y), (cx, cy)) / cun("foot-top")
    assert off == pytest.approx(0.1 * math.sqrt(2), abs=0.02)   # 0.1 back, 0.1 out
    assert math.dist((x, y), lm("foot-top", "toenail-5-medial")) / cun("foot-top") > off


def test_bl_points_run_in_order_down_the_leg_and_along_the_foot():
    """The Bladder channel runs down the back of the thigh and calf to the outer ankle, then
    forward along the outer edge of the foot to the little toe: down the leg is larger y; on
    foot-lateral forward is larger x."""
    leg = [f"BL{n}" for n in (*range(36, 41), *range(55, 61))]
    ys = [at(code, "leg-back")[1] for code in leg]
    assert all(b - a > -2 for a, b in pairwise(ys)), list(zip(leg, ys, strict=True))
    down = [f"BL{n}" for n in range(59, 62)]
    ys = [at(code, "foot-lateral")[1] for code in down]
    assert ys == sorted(ys)
    forward = [f"BL{n}" for n in range(61, 68)]
    xs = [at(code, "foot-lateral")[0] for code in forward]
    assert all(b > a for a, b in pairwise(xs)), list(zip(forward, xs, strict=True))
