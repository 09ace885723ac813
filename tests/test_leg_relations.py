"""The leg and foot points where WHO 2008 (and, for the extra points, GB/T 40997-2021) puts
them, measured on the drawn landmarks of the leg and foot close-ups (issue 14). Each channel's
helper keeps its own headed section. Plain pytest, no Qt."""

from __future__ import annotations

import math

import pytest

from app.loader import load_atlas

ATLAS = load_atlas()


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
    lateral_one, medial_one = (_gb_at("EX-LE1", "leg-front", i) for i in (0, 1))
    assert lateral_one[0] < medial_one[0]   # lateral = viewer's left on leg-front


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
