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
# malleolus 16 B-cun; on the front, from the lateral knee eye down to the higher, medial
# malleolus, so that the malleoli and the ankle crease's points are not counted as leg points)
LEG_LEVELS = {"leg-back": ("popliteal-crease", "lateral-malleolus"),
              "leg-lateral": ("popliteal-crease-lateral", "lateral-malleolus"),
              "leg-medial": ("popliteal-crease-medial", "medial-malleolus"),
              "leg-front": ("knee-eye-lateral", "medial-malleolus")}


def test_every_leg_view_has_its_levels():
    """The rule covers every leg close-up (knee-front is leg-front's cut, its marks are
    leg-front's), and each one's knee and ankle levels are drawn."""
    assert {v.id for v in ATLAS.views.values() if v.region == "leg" and not v.cut} == set(
        LEG_LEVELS)
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
    # WHO's note: BL58 1 B-cun lateral and distal to BL57 (lateral = the viewer's right)
    if code == "BL58":
        c = cun("leg-back")
        (x58, y58), (x57, y57) = at("BL58", "leg-back"), at("BL57", "leg-back")
        assert ((x58 - x57) / c, (y58 - y57) / c) == pytest.approx((1, 1), abs=0.05)


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


# --- GB and EX-LE ---

def _gb_at(code: str, view_id: str, index: int = 0) -> tuple[float, float]:
    spots = [m.at for m in ATLAS.points[code].marks if m.view == view_id]
    assert len(spots) > index, f"{code} is not drawn on {view_id}"
    return spots[index]


def _gb_lm(view_id: str, name: str) -> tuple[float, float]:
    return ATLAS.views[view_id].landmarks[name]


def _gb_cun(view_id: str) -> float:
    return ATLAS.views[view_id].cun


def _gb_above_lateral_malleolus(code: str) -> float:
    """B-cun above the lateral malleolus prominence on leg-lateral, on the leg's own scale
    (popliteal crease -> malleolus 16 B-cun)."""
    crease = _gb_lm("leg-lateral", "popliteal-crease-lateral")[1]
    malleolus = _gb_lm("leg-lateral", "lateral-malleolus")[1]
    return (malleolus - _gb_at(code, "leg-lateral")[1]) * 16 / (malleolus - crease)


def _gb_above_popliteal_crease(code: str) -> float:
    """B-cun above the popliteal crease on leg-lateral (greater trochanter -> crease 19)."""
    crease = _gb_lm("leg-lateral", "popliteal-crease-lateral")[1]
    trochanter = _gb_lm("leg-lateral", "greater-trochanter")[1]
    return (crease - _gb_at(code, "leg-lateral")[1]) * 19 / (crease - trochanter)


def _gb_front_of_fibula(code: str) -> float:
    """B-cun in front of the drawn fibula line (malleolus -> fibular head) on leg-lateral,
    where front is the viewer's right; negative is behind."""
    mx, my = _gb_lm("leg-lateral", "lateral-malleolus")
    hx, hy = _gb_lm("leg-lateral", "fibula-head")
    x, y = _gb_at(code, "leg-lateral")
    line_x = mx + (hx - mx) * (y - my) / (hy - my)
    return (x - line_x) / _gb_cun("leg-lateral")


def test_gb34_is_in_front_of_and_below_the_fibular_head():
    x, y = _gb_at("GB34", "leg-lateral")
    hx, hy = _gb_lm("leg-lateral", "fibula-head")
    cun = _gb_cun("leg-lateral")
    assert 0.3 <= (x - hx) / cun <= 1.2   # in front (viewer's right on leg-lateral)
    assert 0.3 <= (y - hy) / cun <= 1.2   # below
    assert _gb_above_popliteal_crease("GB34") < 0   # below the knee crease


@pytest.mark.parametrize(("code", "cun", "front"), [
    ("GB35", 7, False), ("GB36", 7, True), ("GB37", 5, True), ("GB38", 4, True),
    ("GB39", 3, True)])
def test_gb35_to_gb39_stand_their_b_cun_above_the_lateral_malleolus(code, cun, front):
    assert _gb_above_lateral_malleolus(code) == pytest.approx(cun, abs=0.15)
    side = _gb_front_of_fibula(code)
    assert (0.2 <= side <= 0.8) if front else (-0.8 <= side <= -0.2)


def test_gb35_and_gb36_are_one_cun_below_the_malleolus_to_crease_midpoint():
    # WHO's note: 1 B-cun below the midpoint of lateral malleolus - lateral end of the crease
    for code in ("GB35", "GB36"):
        assert _gb_above_lateral_malleolus(code) == pytest.approx(16 / 2 - 1, abs=0.15)
    assert _gb_at("GB35", "leg-lateral")[0] < _gb_at("GB36", "leg-lateral")[0]   # GB35 behind


def test_gb32_is_seven_cun_above_the_popliteal_crease_behind_the_iliotibial_band():
    assert _gb_above_popliteal_crease("GB32") == pytest.approx(7, abs=0.15)
    kx, ky = _gb_lm("leg-lateral", "iliotibial-tract-knee")
    tx, ty = _gb_lm("leg-lateral", "iliotibial-tract-thigh")
    for code in ("GB31", "GB32"):
        x, y = _gb_at(code, "leg-lateral")
        band_x = kx + (tx - kx) * (y - ky) / (ty - ky)
        assert x < band_x   # behind (viewer's left of) the band's posterior border


def test_gb31_is_above_gb32_and_clear_of_it():
    # WHO: where the hanging fingertip rests, no B-cun; drawn at GB/T 12346-2021's 9 B-cun
    assert _gb_above_popliteal_crease("GB31") == pytest.approx(9, abs=0.15)
    assert _gb_above_popliteal_crease("GB31") - _gb_above_popliteal_crease("GB32") >= 1.5


def test_gb33_is_behind_and_above_the_lateral_epicondyle():
    x, y = _gb_at("GB33", "leg-lateral")
    ex, ey = _gb_lm("leg-lateral", "femur-epicondyle-lateral")
    bx, _ = _gb_lm("leg-lateral", "biceps-femoris-tendon")
    assert y < ey and x < ex   # above and behind
    assert bx < x              # in front of the biceps femoris tendon


def test_gb29_is_midway_between_the_asis_and_the_greater_trochanter():
    a, t = _gb_lm("leg-lateral", "asis"), _gb_lm("leg-lateral", "greater-trochanter")
    assert math.dist(_gb_at("GB29", "leg-lateral"), ((a[0] + t[0]) / 2, (a[1] + t[1]) / 2)) < 1


def test_gb30_is_a_third_of_the_way_from_the_trochanter_to_the_sacral_hiatus():
    t, s = _gb_lm("leg-back", "greater-trochanter"), _gb_lm("leg-back", "sacral-hiatus")
    p = _gb_at("GB30", "leg-back")
    assert math.dist(t, p) / math.dist(t, s) == pytest.approx(1 / 3, abs=0.01)
    assert math.dist(t, p) + math.dist(p, s) == pytest.approx(math.dist(t, s), abs=0.5)


def test_gb40_is_in_front_of_and_below_the_lateral_malleolus_lateral_of_the_edl_tendon():
    # foot-lateral: front = viewer's right, and the tendon lies in front of the point
    x, y = _gb_at("GB40", "foot-lateral")
    mx, my = _gb_lm("foot-lateral", "lateral-malleolus")
    tx, _ = _gb_lm("foot-lateral", "extensor-digitorum-longus-tendon")
    assert mx < x < tx and y > my
    # foot-top: lateral = viewer's left; between the malleolus and the tendon, distal to both
    x, y = _gb_at("GB40", "foot-top")
    mx, my = _gb_lm("foot-top", "lateral-malleolus")
    tx, ty = _gb_lm("foot-top", "extensor-digitorum-longus-tendon")
    assert mx < x < tx and y > max(my, ty)


def test_gb41_is_distal_to_the_4_5_base_junction_lateral_of_the_little_toe_tendon():
    x, y = _gb_at("GB41", "foot-top")
    jy = _gb_lm("foot-top", "metatarsal-4-5-bases")[1]
    sx, _ = _gb_lm("foot-top", "extensor-digitorum-longus-tendon-5")
    assert y > jy and x < sx


def test_gb42_is_proximal_to_the_fourth_mtp_joint_between_the_metatarsals():
    x, y = _gb_at("GB42", "foot-top")
    assert y < _gb_lm("foot-top", "mtp4")[1]
    assert _gb_lm("foot-top", "mtp5")[0] < x < _gb_lm("foot-top", "mtp4")[0]


def test_gb43_is_just_proximal_to_the_4_5_web_and_gb44_at_the_fourth_nail_corner():
    wx, wy = _gb_lm("foot-top", "toe-web-4-5")
    x, y = _gb_at("GB43", "foot-top")
    assert x == pytest.approx(wx) and 0 < (wy - y) / _gb_cun("foot-top") <= 0.3
    cx, cy = _gb_lm("foot-top", "toenail-4-lateral")
    x, y = _gb_at("GB44", "foot-top")
    cun = _gb_cun("foot-top")
    assert (cx - x) / cun == pytest.approx(0.1, abs=0.02)   # lateral = viewer's left
    assert (cy - y) / cun == pytest.approx(0.1, abs=0.02)   # proximal


def test_gb_leg_points_run_in_order_down_the_limb():
    lateral = ["GB29", "GB31", "GB32", "GB33", "GB34", "GB36", "GB37", "GB38", "GB39"]
    ys = [_gb_at(code, "leg-lateral")[1] for code in lateral]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)
    foot = ["GB40", "GB41", "GB42", "GB43", "GB44"]
    ys = [_gb_at(code, "foot-top")[1] for code in foot]
    assert ys == sorted(ys) and len(set(ys)) == len(ys)


def test_exle6_is_two_cun_below_the_fibular_head_and_below_gb34():
    x, y = _gb_at("EX-LE6", "leg-lateral")
    hx, hy = _gb_lm("leg-lateral", "fibula-head")
    assert x == pytest.approx(hx)
    assert (y - hy) / _gb_cun("leg-lateral") == pytest.approx(2, abs=0.05)
    assert y > _gb_at("GB34", "leg-lateral")[1]


@pytest.mark.parametrize("view_id", ["leg-front", "leg-lateral"])
def test_exle7_is_five_cun_below_the_lateral_knee_eye_on_st36s_line(view_id):
    k, a = _gb_lm(view_id, "knee-eye-lateral"), _gb_lm(view_id, "ankle-front")
    p = _gb_at("EX-LE7", view_id)
    assert math.dist(k, p) / math.dist(k, a) * 16 == pytest.approx(5, abs=0.05)
    st36 = _gb_at("ST36", view_id)
    assert math.dist(st36, p) / math.dist(k, a) * 16 == pytest.approx(2, abs=0.05)


def test_exle5_is_the_two_knee_eyes_and_exle4_the_inner_one():
    lm = ATLAS.views["leg-front"].landmarks
    assert _gb_at("EX-LE4", "leg-front") == pytest.approx(lm["knee-eye-medial"])
    eyes = {tuple(m.at) for m in ATLAS.points["EX-LE5"].marks if m.view == "leg-front"}
    assert eyes == {tuple(lm["knee-eye-medial"]), tuple(lm["knee-eye-lateral"])}


def test_exle2_exle3_and_exle1_sit_above_the_patella():
    base = _gb_lm("leg-front", "patella-base")
    cun = _gb_cun("leg-front")
    assert 0 < (base[1] - _gb_at("EX-LE2", "leg-front")[1]) / cun <= 0.5
    medial = _gb_lm("leg-front", "patella-base-medial")
    assert (medial[1] - _gb_at("EX-LE3", "leg-front")[1]) / cun == pytest.approx(3, abs=0.05)
    lateral_one = _gb_at("EX-LE1", "leg-front", 0)   # lateral = viewer's left on leg-front
    assert lateral_one[0] < _gb_at("ST34", "leg-front", 0)[0]


def test_exle8_and_exle9_are_the_malleolus_prominences():
    for code, name in (("EX-LE8", "medial-malleolus"), ("EX-LE9", "lateral-malleolus")):
        views = {m.view for m in ATLAS.points[code].marks}
        assert {"foot-medial" if code == "EX-LE8" else "foot-lateral"} <= views
        for m in ATLAS.points[code].marks:
            assert m.at == pytest.approx(ATLAS.views[m.view].landmarks[name])


def test_bafeng_is_at_the_four_webs_and_qiduan_at_the_five_toe_tips():
    webs = [_gb_lm("foot-top", f"toe-web-{n}-{n + 1}") for n in range(1, 5)]
    spots = [m.at for m in ATLAS.points["EX-LE10"].marks if m.view == "foot-top"]
    assert len(spots) == 4
    for web, spot in zip(webs, spots, strict=True):
        assert spot[0] == pytest.approx(web[0])
        assert 0 < web[1] - spot[1] <= 0.3 * _gb_cun("foot-top")
    assert spots[3] == pytest.approx(_gb_at("GB43", "foot-top"))
    tips = [m.at for m in ATLAS.points["EX-LE12"].marks if m.view == "foot-top"]
    assert len(tips) == 5
    for n, tip in enumerate(tips, start=1):
        free = _gb_lm("foot-top", f"toenail-{n}-free")
        assert tip[0] == pytest.approx(free[0])
        assert (tip[1] - free[1]) / _gb_cun("foot-top") == pytest.approx(0.1)


def test_duyin_is_on_the_second_toes_plantar_dip_crease():
    assert _gb_at("EX-LE11", "foot-sole") == pytest.approx(_gb_lm("foot-sole", "toe-2-dip-plantar"))


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
    # WHO's note: on the line from KI3 to KI10 (KI9 is drawn where soleus meets the tendon)
    (x3, y3), (x10, y10) = at("KI3", "leg-medial"), at("KI10", "leg-medial")
    on_line = x3 + (ki9[1] - y3) / (y10 - y3) * (x10 - x3)
    assert abs(ki9[0] - on_line) / cun("leg-medial") <= 0.3


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


# --- knee-front, the knee of leg-front seen closer ---

def test_knee_front_shows_leg_fronts_marks_in_its_frame():
    """A cut is leg-front through a window: every leg-front mark inside the frame is there,
    moved by the frame's corner, and nothing else (so the two views cannot disagree)."""
    knee = ATLAS.views["knee-front"]
    x, y, w, h = knee.frame
    expected, shown = set(), set()
    for code, point in ATLAS.points.items():
        for m in point.marks:
            if m.view == "leg-front" and x <= m.at[0] <= x + w and y <= m.at[1] <= y + h:
                expected.add((code, round(m.at[0] - x, 2), round(m.at[1] - y, 2)))
            if m.view == "knee-front":
                shown.add((code, round(m.at[0], 2), round(m.at[1], 2)))
    assert shown == expected
    assert {"ST34", "SP10", "ST35", "ST36", "EX-LE1", "EX-LE2", "EX-LE4"} <= {c for c, *_ in shown}
    for name, (lx, ly) in knee.landmarks.items():
        px, py = lm("leg-front", name)
        assert (px - x, py - y) == pytest.approx((lx, ly), abs=0.1), name


def test_kuangu_is_two_points_beside_st34_the_medial_one_just_lateral_of_sp10():
    """GB/T 40997: EX-LE1 is 1.5 B-cun either side of ST34; on a patella base about 1.6 B-cun
    wide (WHO's SP10 is 2 B-cun above its medial end) the medial one lies just lateral of SP10."""
    c = cun("leg-front")
    st34 = at("ST34", "leg-front")
    sides = sorted(m.at for m in ATLAS.points["EX-LE1"].marks if m.view == "leg-front")
    assert len(sides) == 2
    (lat, medial) = sides   # lateral is the viewer's left on a front view of the right leg
    assert (st34[0] - lat[0]) / c == pytest.approx(1.5, abs=0.01)
    assert (medial[0] - st34[0]) / c == pytest.approx(1.5, abs=0.01)
    assert lat[1] == medial[1] == st34[1]
    base = (lm("leg-front", "patella-base-medial")[0]
            - lm("leg-front", "patella-base-lateral")[0]) / c
    assert 1.5 <= base <= 1.9
    sp10 = at("SP10", "leg-front")
    assert 0.2 < (sp10[0] - medial[0]) / c < 0.6


def test_gb31_names_the_standard_that_gives_its_nine_b_cun():
    """WHO 2008 gives GB31 only by the hanging fingertip; the 9 B-cun it is drawn at come from
    GB/T 12346-2021, which its card names beside WHO as a location standard."""
    from app import card, pages

    point = ATLAS.points["GB31"]
    assert point.location_also == ("gbt-12346-2021",) and "9 B-cun" in point.location
    title = ATLAS.sources["gbt-12346-2021"].title
    assert title in card.card_text(ATLAS, point)
    assert 'href="source:gbt-12346-2021"' in pages.point_page(ATLAS, point)
    assert ATLAS.sources["gbt-12346-2021"].kind == "standard"
