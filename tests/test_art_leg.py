"""The leg close-ups (leg-front, leg-medial, leg-lateral, leg-back): WHO's proportional cun on the
drawn landmarks, the agreement with the body overviews, and WHO's constructions of a handful of
points carried out with app.placement on the views the app loads, checked against the drawn
structures they refer to (a misdrawn landmark or structure fails here). No points are entered:
the constructions are written out in the tests."""

from __future__ import annotations

import math
from importlib import import_module
from itertools import pairwise

import pytest

from app.loader import load_atlas
from app.placement import NotOnView, path_point, place
from tools import figures
from tools.figures.geometry import bez, catmull
from tools.figures.leg_shape import FrontBack, Side, fibula_borders
from tools.figures.proportions import (
    BODY_CUN,
    LEG_CUN,
    LEG_D0,
    LEG_HALF,
    LEG_SCALE,
    LEG_SIDE,
    LEG_TOP,
    LEG_TOP_S,
    LEG_X0,
    MEDIAL_MALLEOLUS_S,
)

# the plate modules (the package's names leg_front ... are the plate functions)
leg_front, leg_medial, leg_lateral, leg_back = (
    import_module(f"tools.figures.{name}") for name in ("leg_front", "leg_medial", "leg_lateral",
                                                         "leg_back"))
ATLAS = load_atlas()
FIGURES = {f.id: f for f in figures.build()}
LEGS = ("leg-front", "leg-medial", "leg-lateral", "leg-back")
C = LEG_CUN


def put(view_id: str, **spec):
    """Where a mark with this measurement lands on the view (plate units)."""
    view = ATLAS.views[view_id]

    def anchor(name):
        if name not in view.landmarks:
            raise NotOnView(name)
        return view.landmarks[name]

    at, _steps = place(spec, view, anchor)
    return at


def lm(view_id: str, name: str):
    return ATLAS.views[view_id].landmarks[name]


def curve(points, n=24):
    """Points along the smooth curve a plate draws through ``points`` (plate units)."""
    return [bez(seg, k / n) for seg in catmull(points) for k in range(n + 1)]


def x_at(points, y):
    """x where the drawn curve through ``points`` (plate units) crosses the level y."""
    for p, q in pairwise(curve(points)):
        if (p[1] - y) * (q[1] - y) <= 0 and p[1] != q[1]:
            return p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1])
    raise AssertionError(f"the curve does not reach level {y}")


def outline_xs(points, y):
    """x of every crossing of a closed outline (plate units) with the level y, sorted."""
    pts = curve(points + points[:1], 12)
    return sorted(p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1])
                  for p, q in pairwise(pts) if min(p[1], q[1]) <= y < max(p[1], q[1]))


def inside(points, pt):
    xs = outline_xs(points, pt[1])
    return any(a < pt[0] < b for a, b in zip(xs[::2], xs[1::2]))


FRONT, BACK = FrontBack(back=False), FrontBack(back=True)
LATERAL, MEDIAL = Side(medial=False), Side(medial=True)
# the filled shapes: the leg's outline, then (front and back) the trunk piece's cut along the
# plate's medial edge and top
_CUT = [(LEG_D0 - 2, LEG_HALF[-1][1] - 4), (LEG_D0 - 2, LEG_TOP - 2), (LEG_HALF[0][0], LEG_TOP - 2)]
FRONT_OUTLINE, BACK_OUTLINE = FRONT.ps(LEG_HALF + _CUT), BACK.ps(LEG_HALF + _CUT)
LATERAL_OUTLINE, MEDIAL_OUTLINE = LATERAL.ps(LEG_SIDE), MEDIAL.ps(LEG_SIDE)


def cun_above(view_id: str, a, b) -> float:
    """B-cun by which point a lies above point b (levels: the limb is upright)."""
    return (b[1] - a[1]) / ATLAS.views[view_id].cun


# --- the views ----------------------------------------------------------------------------------

def test_the_four_views_are_the_right_leg():
    sides = {v: (ATLAS.views[v].side, ATLAS.views[v].parent) for v in LEGS}
    assert sides == {"leg-front": ("front", "body-front"), "leg-medial": ("left", "body-front"),
                     "leg-lateral": ("right", "body-side"), "leg-back": ("back", "body-back")}
    for v in LEGS:
        view = ATLAS.views[v]
        assert view.region == "leg" and view.midline is None
        assert view.cun == LEG_CUN == LEG_SCALE * BODY_CUN
        assert view.frame is not None


def test_words_mean_what_they_should_on_each_view():
    """lateral/medial on front and back views, front/back on the side views, as anatomy."""
    knee, ankle = lm("leg-front", "knee-eye-lateral"), lm("leg-front", "knee-eye-medial")
    assert put("leg-front", **{"from": "patella", "lateral": 1})[0] < lm("leg-front", "patella")[0]
    assert knee[0] < ankle[0]  # front view: lateral on the viewer's left
    back = ATLAS.views["leg-back"].landmarks
    assert back["lateral-malleolus"][0] > back["medial-malleolus"][0]  # back: lateral right
    for view_id, toes in (("leg-lateral", 1), ("leg-medial", -1)):
        lmk = ATLAS.views[view_id].landmarks
        heel = lmk["calcaneal-tendon"]
        ahead = put(view_id, **{"from": "calcaneal-tendon", "front": 1})
        assert (ahead[0] - heel[0]) * toes > 0  # `front` goes toward the toes
    with pytest.raises(NotOnView):
        put("leg-lateral", **{"from": "fibula-head", "lateral": 1})


# --- WHO's proportional cun on the drawn landmarks -----------------------------------------------

@pytest.mark.parametrize(("view_id", "top", "bottom", "cun"), [
    ("leg-front", "pubic-symphysis", "femur-epicondyle-medial", 18),
    ("leg-medial", "pubic-symphysis", "femur-epicondyle-medial", 18),
    ("leg-medial", "tibia-medial-condyle-lower", "medial-malleolus", 13),
    ("leg-lateral", "greater-trochanter", "popliteal-crease-lateral", 19),
    ("leg-lateral", "popliteal-crease-lateral", "lateral-malleolus", 16),
    ("leg-back", "greater-trochanter", "popliteal-crease", 19),
    ("leg-back", "gluteal-fold", "popliteal-crease", 14),
    ("leg-back", "popliteal-crease", "lateral-malleolus", 16),
])
def test_proportional_segments(view_id, top, bottom, cun):
    """WHO's bone cun of the lower limb are lengths along the limb, which stands upright: the
    level of one landmark above the other."""
    assert cun_above(view_id, lm(view_id, top), lm(view_id, bottom)) == pytest.approx(cun,
                                                                                      abs=0.05)


@pytest.mark.parametrize("view_id", ["leg-front", "leg-lateral"])
def test_knee_eye_to_ankle_is_sixteen_cun(view_id):
    """The ST line: lateral knee eye (ST35) to the front of the ankle (ST41), 16 B-cun."""
    a, b = lm(view_id, "knee-eye-lateral"), lm(view_id, "ankle-front")
    assert math.dist(a, b) / C == pytest.approx(16, abs=0.05)


def test_lateral_malleolus_to_sole_is_three_cun():
    """The side plates' sole (the lowest point of the drawn foot) 3 B-cun below the lateral
    malleolus's prominence."""
    sole = max(p[1] for p in curve(LATERAL_OUTLINE, 12))
    assert cun_above("leg-lateral", lm("leg-lateral", "lateral-malleolus"),
                     (0, sole)) == pytest.approx(3, abs=0.1)


def test_the_line_from_the_patella_to_the_asis():
    """ST31-ST34 measure along the line from the lateral end of the patella's base to the ASIS:
    its height on the drawing, in B-cun (used as the span), and the crossing at the lower border
    of the symphysis drawn as ST31's hollow."""
    a, b = lm("leg-front", "patella-base-lateral"), lm("leg-front", "asis")
    assert cun_above("leg-front", b, a) == pytest.approx(18.5, abs=0.05)
    hollow = lm("leg-front", "rectus-femoris-hollow")
    assert hollow[1] == pytest.approx(lm("leg-front", "pubic-symphysis-lower")[1], abs=0.05)
    t = (hollow[1] - a[1]) / (b[1] - a[1])
    assert hollow[0] == pytest.approx(a[0] + (b[0] - a[0]) * t, abs=0.1)


# --- the close-ups agree with the overviews ----------------------------------------------------

def _body(view_id, name):
    """A body-plate landmark in the body's (d, y) or body-side's (x, y)."""
    view = ATLAS.views[view_id]
    x, y = view.landmarks[name]
    if view.side == "front":
        return (view.midline - x, y)
    if view.side == "back":
        return (x - view.midline, y)
    return (x, y)


def _from_front_plate(view_id, name):
    x, y = lm(view_id, name)
    d = (x if view_id == "leg-back" else ATLAS.views[view_id].viewbox[2] - x) / LEG_SCALE
    return (d + LEG_D0, y / LEG_SCALE + LEG_TOP)


def _from_side_plate(view_id, name):
    x, y = lm(view_id, name)
    u = (ATLAS.views[view_id].viewbox[2] - x if view_id == "leg-medial" else x) / LEG_SCALE
    return (u + LEG_X0, y / LEG_SCALE + LEG_TOP_S)


@pytest.mark.parametrize(("close_up", "body", "names"), [
    ("leg-front", "body-front", ("knee-eye-lateral", "knee-eye-medial", "ankle-front",
                                 "lateral-malleolus", "medial-malleolus", "patella", "asis",
                                 "pubic-symphysis")),
    ("leg-back", "body-back", ("popliteal-crease", "lateral-malleolus")),
    ("leg-lateral", "body-side", ("knee-eye-lateral", "ankle-front", "lateral-malleolus",
                                  "greater-trochanter")),
])
def test_shared_landmarks_are_the_overviews(close_up, body, names):
    """Every landmark a close-up shares with its overview is the overview's point, scaled (the
    side plate's greater trochanter is put at WHO's 19 B-cun level, within 0.25 B-cun of
    body-side's)."""
    to_body = _from_side_plate if close_up == "leg-lateral" else _from_front_plate
    for name in names:
        here, there = to_body(close_up, name), _body(body, name)
        assert math.dist(here, there) <= 0.25 * BODY_CUN, name


def test_front_and_back_are_one_leg():
    """Bones drawn on both plates have the same body point, mirrored across the plate."""
    w = ATLAS.views["leg-front"].viewbox[2]
    for name in ("greater-trochanter", "lateral-malleolus", "medial-malleolus"):
        f, b = lm("leg-front", name), lm("leg-back", name)
        assert f[1] == b[1] and f[0] + b[0] == pytest.approx(w, abs=0.11), name


def test_the_malleoli():
    """The medial malleolus lies higher than the lateral one (about 0.6 B-cun) and, in profile,
    further forward; on the front view both are inside the ankle's outline."""
    front = ATLAS.views["leg-front"].landmarks
    assert 0.4 <= cun_above("leg-front", front["medial-malleolus"],
                            front["lateral-malleolus"]) <= 0.8
    med = _from_side_plate("leg-medial", "medial-malleolus")
    lat = _from_side_plate("leg-lateral", "lateral-malleolus")
    assert med[0] - lat[0] >= 0.5 * BODY_CUN and med == MEDIAL_MALLEOLUS_S
    for name in ("medial-malleolus", "lateral-malleolus"):
        assert inside(FRONT_OUTLINE, front[name]), name


@pytest.mark.parametrize("view_id", LEGS)
def test_every_landmark_is_inside_the_limb(view_id):
    """Inside the drawn silhouette (with the trunk piece above it), not on the background."""
    outline = {"leg-front": FRONT_OUTLINE, "leg-back": BACK_OUTLINE,
               "leg-lateral": LATERAL_OUTLINE, "leg-medial": MEDIAL_OUTLINE}[view_id]
    for name, p in ATLAS.views[view_id].landmarks.items():
        assert inside(outline, p), name


# --- WHO's constructions on the drawn anatomy ---------------------------------------------------

def test_st36_lies_a_finger_breadth_lateral_to_the_tibial_crest():
    """ST36: 3 B-cun below ST35 on the ST35-ST41 line; teaching texts add one finger-breadth
    (middle finger, about 0.7 B-cun) lateral to the anterior crest of the tibia, on tibialis
    anterior. Front view: lateral is toward smaller x."""
    st36 = put("leg-front", along=["knee-eye-lateral", "ankle-front"], cun=3, span=16)
    crest = x_at(FRONT.ps(leg_front.TIBIA_CREST), st36[1])
    assert 0.5 <= (crest - st36[0]) / C <= 1.0
    assert st36[0] > x_at(FRONT.ps(leg_front.TIBIALIS_LATERAL), st36[1])  # on the muscle


def test_st38_and_st40():
    """ST38 8 B-cun below ST35 on the line, on tibialis anterior; ST40 8 B-cun above the
    lateral malleolus at the muscle's lateral border, about a finger-breadth lateral to ST38."""
    st38 = put("leg-front", along=["knee-eye-lateral", "ankle-front"], cun=8, span=16)
    st40 = put("leg-front", **{"from": "lateral-malleolus", "up": 8})
    border = x_at(FRONT.ps(leg_front.TIBIALIS_LATERAL), st40[1])
    assert abs(st40[0] - border) <= 0.15 * C
    assert 0.4 <= (st38[0] - st40[0]) / C <= 1.0
    assert abs(st38[1] - st40[1]) <= 0.3 * C


def test_st41_between_the_extensor_tendons():
    ankle = lm("leg-front", "ankle-front")
    xs = [lm("leg-front", n)[0] for n in ("extensor-digitorum-longus-tendon",
                                          "extensor-hallucis-longus-tendon",
                                          "tibialis-anterior-tendon")]
    assert xs[0] < ankle[0] < xs[1] < xs[2]  # lateral (left) to medial
    assert lm("leg-front", "lateral-malleolus")[0] < xs[0]
    assert xs[2] < lm("leg-front", "medial-malleolus")[0]


def test_st31_to_st34_on_the_thigh():
    """ST31 in the hollow between sartorius and tensor fasciae latae; ST32 6 B-cun above the
    patella's base on rectus femoris; ST33 3 B-cun above, lateral to the rectus femoris tendon;
    ST34 2 B-cun above, between that tendon and vastus lateralis (along the patella-ASIS line,
    18.5 B-cun high on the drawing)."""
    pts = {code: put("leg-front", along=["patella-base-lateral", "asis"], cun=n, span=18.5)
           for code, n in (("ST32", 6), ("ST33", 3), ("ST34", 2))}
    st31 = lm("leg-front", "rectus-femoris-hollow")
    # front view: lateral is toward smaller x
    assert (x_at(FRONT.ps(leg_front.TFL_FRONT), st31[1]) < st31[0] <
            x_at(FRONT.ps(leg_front.SARTORIUS_LATERAL), st31[1]))
    st32 = pts["ST32"]
    assert (x_at(FRONT.ps(leg_front.RECTUS_LATERAL), st32[1]) < st32[0] <
            x_at(FRONT.ps(leg_front.RECTUS_MEDIAL), st32[1]))
    for code in ("ST33", "ST34"):
        p = pts[code]
        assert p[0] < x_at(FRONT.ps(leg_front.RECTUS_LATERAL), p[1]), code
        assert p[0] > x_at(FRONT.ps(leg_front.VASTUS_LATERALIS_EDGE), p[1]), code
    base = lm("leg-front", "patella-base-lateral")[1]
    assert (base - pts["ST33"][1]) / C == pytest.approx(3, abs=0.05)


def test_sp10_and_sp11_on_the_medial_thigh():
    """SP10 2 B-cun above the medial end of the patella's base, on vastus medialis (medial of the
    rectus femoris tendon); SP11 a third of the way from SP12 (on the inguinal crease just
    lateral of the femoral pulse) to the patella's base medial end, between sartorius and
    adductor longus, over the femoral artery."""
    sp10 = put("leg-front", **{"from": "patella-base-medial", "up": 2})
    assert sp10[0] > x_at(FRONT.ps(leg_front.RECTUS_MEDIAL), sp10[1])
    assert inside(FRONT_OUTLINE, sp10)
    sp12 = put("leg-front", **{"from": "femoral-artery-inguinal", "lateral": 1})
    sp11 = path_point([sp12, lm("leg-front", "patella-base-medial")], 1 / 3)
    artery = x_at(FRONT.ps(leg_front.FEMORAL_ARTERY), sp11[1])
    assert abs(sp11[0] - artery) <= 0.25 * C
    assert (x_at(FRONT.ps(leg_front.SARTORIUS_MEDIAL), sp11[1]) < sp11[0] <
            x_at(FRONT.ps(leg_front.ADDUCTOR_LONGUS), sp11[1]))
    apex = lm("leg-front", "femoral-triangle-apex")
    assert 0 < (apex[1] - sp11[1]) / C < 0.5  # just above the triangle's apex


def test_the_groin_points_lie_over_the_femoral_artery():
    """ST30 (2 B-cun lateral to the midline at the symphysis's upper border), LR11 and LR10 (2
    and 3 B-cun below it) lie over the artery as WHO says, within 0.2 B-cun of its drawn
    course (the artery is drawn 2 B-cun from the midline at the groin)."""
    for down in (0, 2, 3):
        p = put("leg-front", **{"from": "pubic-symphysis", "lateral": 2, "down": down})
        artery = x_at(FRONT.ps([leg_front.FEMORAL_ARTERY_INGUINAL, *leg_front.FEMORAL_ARTERY[1:]]),
                      p[1])
        assert abs(p[0] - artery) <= 0.2 * C, down


def test_the_knee_from_the_front():
    """Knee eyes either side of the patellar ligament below the apex of the patella; the
    tibial tuberosity below them; the epicondyles at the sides, the medial one lower."""
    f = ATLAS.views["leg-front"].landmarks
    assert f["knee-eye-lateral"][0] < f["patellar-ligament"][0] < f["knee-eye-medial"][0]
    assert f["patella-apex"][1] < f["knee-eye-lateral"][1] < f["tibial-tuberosity"][1]
    assert f["patella-base-lateral"][0] < f["patella-base"][0] < f["patella-base-medial"][0]
    assert f["femur-epicondyle-lateral"][0] < f["knee-eye-lateral"][0]
    assert f["femur-epicondyle-medial"][0] > f["knee-eye-medial"][0]


def test_sp6_sp9_and_the_kidney_points_behind_the_tibia():
    """SP9 in the angle below the medial condyle; SP6 3 B-cun above the medial malleolus, just
    behind the tibia's medial border; KI7 2 B-cun above it in front of the calcaneal tendon,
    KI8 at the same level behind the tibia, so KI8 is in front of KI7; KI9 5 B-cun above it
    between soleus and the tendon. Medial view: front is toward smaller x."""
    border = [lm("leg-medial", "tibia-medial-border-ankle"),
              lm("leg-medial", "tibia-medial-condyle-lower")]
    names = {"along": ["tibia-medial-border-ankle", "tibia-medial-condyle-lower"], "span": 13}
    sp6 = put("leg-medial", **names, cun=3, back=0.3)
    ki8 = put("leg-medial", **names, cun=2, back=0.3)
    tendon = {"along": ["calcaneal-tendon", "soleus-calcaneal-tendon"], "span": 5}
    ki7 = put("leg-medial", **tendon, cun=2, front=0.3)
    ki9 = lm("leg-medial", "soleus-calcaneal-tendon")
    mm = lm("leg-medial", "medial-malleolus")
    assert cun_above("leg-medial", sp6, mm) == pytest.approx(3, abs=0.05)
    assert cun_above("leg-medial", ki9, mm) == pytest.approx(5, abs=0.05)
    for p in (sp6, ki8):
        drawn = x_at(border, p[1])
        assert 0.2 <= (p[0] - drawn) / C <= 0.4  # behind the drawn border
    assert ki8[0] < ki7[0] < x_at([ki9, lm("leg-medial", "calcaneal-tendon")], ki7[1])
    assert 0.4 <= (ki7[0] - ki8[0]) / C <= 1.2
    # the soleus's edge comes down behind SP7 and SP8 and meets the tendon at KI9
    for n in (6, 10):
        p = put("leg-medial", **names, cun=n, back=0.3)
        assert p[0] < x_at(MEDIAL.ps(leg_medial.SOLEUS_FRONT), p[1]), n
    sp9 = lm("leg-medial", "tibia-medial-condyle-lower")
    assert sp9 == border[1]
    assert sp9[0] > x_at(MEDIAL.ps(leg_medial.CONDYLE_LOWER), sp9[1] - 0.5) - 0.5


def test_lr5_lr6_on_the_medial_surface_of_the_tibia():
    """LR5 5 B-cun and LR6 7 B-cun above the medial malleolus at the centre of the tibia's medial
    surface: midway between its anterior border (the front of the shin) and its medial border."""
    surface = {"along": ["tibia-medial-surface-ankle", "tibia-medial-surface-top"], "span": 13}
    border = [lm("leg-medial", "tibia-medial-border-ankle"),
              lm("leg-medial", "tibia-medial-condyle-lower")]
    for n in (5, 7):
        p = put("leg-medial", **surface, cun=n)
        front = outline_xs(MEDIAL_OUTLINE, p[1])[0]
        back = x_at(border, p[1])
        assert front < p[0] < back
        assert abs((p[0] - front) / (back - front) - 0.5) <= 0.2


def test_lr8_lr9_at_the_medial_knee():
    """LR9 4 B-cun above the medial epicondyle between gracilis and sartorius (in the groove
    between them, drawn straight above the epicondyle); LR8 at the crease's medial end in front
    of the semitendinosus and semimembranosus tendons, KI10 behind the semitendinosus."""
    lr9 = put("leg-medial", **{"from": "femur-epicondyle-medial", "up": 4})
    groove = x_at(MEDIAL.ps(leg_medial.SARTORIUS_BACK), lr9[1])
    assert abs(lr9[0] - groove) <= 0.15 * C
    m = ATLAS.views["leg-medial"].landmarks
    assert (m["popliteal-crease-medial"][0] < m["semimembranosus-tendon"][0] <
            m["semitendinosus-tendon"][0])
    assert outline_xs(MEDIAL_OUTLINE, m["semitendinosus-tendon"][1])[-1] - \
        m["semitendinosus-tendon"][0] >= 0.2 * C  # room behind it for KI10


def test_gb34_and_the_fibula_points():
    """GB34 in the depression in front of and below the head of the fibula; GB39 3 B-cun above
    the lateral malleolus and GB36 7 B-cun above it in front of the fibula, GB35 at GB36's level
    behind it (along the fibula's drawn axis, span 15). Lateral view: front is toward larger
    x."""
    head = lm("leg-lateral", "fibula-head")
    gb34 = put("leg-lateral", **{"from": "fibula-head", "front": 0.8, "down": 0.8})
    front, back = (LATERAL.ps(b) for b in fibula_borders(1000, 1280, 14))
    assert gb34[0] > x_at(front, gb34[1]) + 0.2 * C and gb34[1] > head[1]
    assert inside(LATERAL_OUTLINE, gb34)
    axis = {"along": ["lateral-malleolus", "fibula-head"], "span": 15}
    lmall = lm("leg-lateral", "lateral-malleolus")
    for n, side, sgn in ((3, "front", 1), (5, "front", 1), (7, "front", 1), (7, "back", -1)):
        p = put("leg-lateral", **axis, cun=n, **{side: 0.5})
        assert cun_above("leg-lateral", p, lmall) == pytest.approx(n, abs=0.05)
        border = x_at(front if sgn > 0 else back, p[1])
        assert 0.1 * C <= (p[0] - border) * sgn <= 0.45 * C, (n, side)
        assert inside(LATERAL_OUTLINE, p)


def test_gb31_to_gb33_behind_the_iliotibial_tract():
    """GB31 9 B-cun above the popliteal crease behind the iliotibial tract (GB/T 12346-2021;
    WHO gives only the hanging fingertip), GB32 7 B-cun above it behind the tract; GB33 behind
    and above the lateral epicondyle, between the tract and the biceps femoris tendon."""
    itb = [lm("leg-lateral", "iliotibial-tract-knee"), lm("leg-lateral", "iliotibial-tract-thigh")]
    gb32, gb31 = (put("leg-lateral", along=["iliotibial-tract-knee", "iliotibial-tract-thigh"],
                      cun=n, span=14, back=0.4) for n in (7, 9))
    for p in (gb31, gb32):
        assert 0.3 * C <= x_at(itb, p[1]) - p[0] <= 0.6 * C
        assert inside(LATERAL_OUTLINE, p)
    crease = lm("leg-lateral", "popliteal-crease-lateral")
    assert cun_above("leg-lateral", gb32, crease) == pytest.approx(7, abs=0.05)
    assert cun_above("leg-lateral", gb31, crease) == pytest.approx(9, abs=0.05)
    gb33 = put("leg-lateral", **{"from": "femur-epicondyle-lateral", "up": 1, "back": 0.7})
    assert (x_at(LATERAL.ps(leg_lateral.BICEPS_TENDON_S), gb33[1]) < gb33[0] <
            x_at(itb, gb33[1]))


def test_gb29_and_gb30_on_the_hip_and_buttock():
    """GB29 midway between the ASIS and the greater trochanter (lateral view); GB30 a third of
    the way from the greater trochanter to the sacral hiatus (back view), on the buttock above
    the gluteal fold."""
    gb29 = put("leg-lateral", along=["asis", "greater-trochanter"], frac=0.5)
    assert inside(LATERAL_OUTLINE, gb29)
    gb30 = put("leg-back", along=["greater-trochanter", "sacral-hiatus"], frac=1 / 3)
    assert inside(BACK_OUTLINE, gb30)
    assert gb30[1] < x_fold_y(gb30[0]) - 2 * C


def x_fold_y(x):
    """The level of the drawn gluteal fold at plate x on leg-back."""
    pts = curve(BACK.ps(leg_back.FOLD))
    return min(pts, key=lambda p: abs(p[0] - x))[1]


def test_the_back_of_the_thigh_and_knee():
    """BL36 at the middle of the drawn gluteal fold; BL37 6 B-cun below it in the groove between
    biceps femoris and semitendinosus; BL40 at the crease's midpoint, midway between the biceps
    femoris and semitendinosus tendons; BL39 on the crease just medial to the biceps tendon."""
    fold = lm("leg-back", "gluteal-fold")
    assert abs(x_fold_y(fold[0]) - fold[1]) <= 0.05 * C
    bl37 = put("leg-back", along=["gluteal-fold", "popliteal-crease"], cun=6, span=14)
    groove = BACK.ps([(46.5, 762), (46.8, 820), (47, 880), leg_back.FOSSA_TOP])
    assert abs(bl37[0] - x_at(groove, bl37[1])) <= 0.2 * C
    bl40 = lm("leg-back", "popliteal-crease")
    bf, st = lm("leg-back", "biceps-femoris-tendon"), lm("leg-back", "semitendinosus-tendon")
    assert st[0] < bl40[0] < bf[0]  # back view: medial on the viewer's left
    assert abs((bl40[0] - st[0]) / (bf[0] - st[0]) - 0.5) <= 0.1
    crease = curve(BACK.ps(leg_back.CREASE))
    assert min(abs(p[1] - bl40[1]) + abs(p[0] - bl40[0]) for p in crease) <= 0.1 * C


def test_bl57_and_bl58_at_the_calcaneal_tendon():
    """BL57 where the two bellies of gastrocnemius meet the calcaneal tendon, 8 B-cun below the
    crease (the apex of both bellies' drawn lower borders); BL55 2 B-cun below the crease between
    the heads; BL58 1 B-cun lateral and distal to BL57, so 7 B-cun above BL60 (midway between
    the lateral malleolus and the tendon), just below the lateral head's lower border and
    lateral to the tendon."""
    bl57 = lm("leg-back", "gastrocnemius-tendon-junction")
    for border in (leg_back.BELLY_MEDIAL_LOWER, leg_back.BELLY_LATERAL_LOWER):
        assert BACK.p(*border[0]) == bl57
    assert cun_above("leg-back", lm("leg-back", "popliteal-crease"), bl57) == pytest.approx(8)
    tendon_x = (x_at(BACK.ps(leg_back.TENDON_MEDIAL), bl57[1] + 0.5 * C),
                x_at(BACK.ps(leg_back.TENDON_LATERAL), bl57[1] + 0.5 * C))
    assert tendon_x[0] < bl57[0] < tendon_x[1]
    bl55 = put("leg-back", along=["popliteal-crease", "gastrocnemius-tendon-junction"], cun=2,
               span=8)
    heads = BACK.ps([*leg_back.HEADS_MEDIAL[:-1], *leg_back.HEADS_LATERAL[::-1]])
    assert bl55[1] < max(p[1] for p in heads)  # above where the heads meet: between them
    bl60 = put("leg-back", along=["lateral-malleolus", "calcaneal-tendon-back"], frac=0.5)
    bl58 = (bl57[0] + C, bl57[1] + C)   # WHO's note: 1 B-cun lateral and distal to BL57
    assert bl60[1] - bl58[1] == pytest.approx(7 * C, abs=0.1 * C)
    assert bl58[0] > x_at(BACK.ps(leg_back.TENDON_LATERAL), bl58[1])
    lateral_head = curve(BACK.ps(leg_back.BELLY_LATERAL_LOWER))
    below = min(lateral_head, key=lambda p: abs(p[0] - bl58[0]))
    assert 0 < bl58[1] - below[1] <= 0.6 * C


def test_bl59_and_bl60_on_the_lateral_view():
    """BL60 between the lateral malleolus and the calcaneal tendon; BL59 3 B-cun above it,
    between the fibula (in front) and the tendon (behind)."""
    bl60 = put("leg-lateral", along=["lateral-malleolus", "calcaneal-tendon"], frac=0.5)
    bl59 = (bl60[0], bl60[1] - 3 * C)
    _front, back = (LATERAL.ps(b) for b in fibula_borders(1000, 1280, 14))
    assert bl59[0] < x_at(back, bl59[1])
    tendon = LATERAL.ps([(241, 1200), (244.5, 1245), (246, 1288)])
    assert bl59[0] > x_at(tendon, bl59[1])


@pytest.mark.parametrize("view_id", LEGS)
def test_plate_size_and_frame(view_id):
    fig = FIGURES[view_id]
    parent = ATLAS.views[fig.parent]
    x, y, w, h = fig.frame
    assert parent.contains((x, y)) and parent.contains((x + w, y + h))
    assert w > 40 and h > 500  # the whole leg on the overview


def test_bl39_and_ki10_on_the_crease_inside_the_tendons():
    """BL39 just medial to the biceps femoris tendon and KI10 just lateral to the semitendinosus
    tendon, both on the popliteal crease between the two tendons (back view)."""
    bf, st = lm("leg-back", "biceps-femoris-tendon"), lm("leg-back", "semitendinosus-tendon")
    bl39 = put("leg-back", **{"from": "biceps-femoris-tendon", "medial": 0.3})
    ki10 = put("leg-back", **{"from": "semitendinosus-tendon", "lateral": 0.3})
    bl40 = lm("leg-back", "popliteal-crease")
    assert st[0] < ki10[0] < bl40[0] < bl39[0] < bf[0]
    crease = curve(BACK.ps(leg_back.CREASE))
    for p in (bl39, ki10):
        assert min(math.dist(p, q) for q in crease) <= 0.1 * C


def test_lr7_behind_sp9():
    """LR7 1 B-cun behind SP9, below the medial condyle: still on the leg, in front of its back."""
    sp9 = lm("leg-medial", "tibia-medial-condyle-lower")
    lr7 = put("leg-medial", **{"from": "tibia-medial-condyle-lower", "back": 1})
    assert inside(MEDIAL_OUTLINE, lr7)
    assert outline_xs(MEDIAL_OUTLINE, lr7[1])[-1] - lr7[0] >= 0.5 * C
    assert lr7[0] - sp9[0] == pytest.approx(C)
