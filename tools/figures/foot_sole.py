"""foot-sole: the sole of the right foot, heel at the top, toes down (as the soles of someone
kneeling with their back to the viewer).

`side` is back: seen from behind and below, the right foot's lateral side (the little toe's) is
the viewer's RIGHT and medial (the great toe's) the viewer's left, as on body-back; `up` is
toward the heel, `down` toward the toes; `front` and `back` have no meaning on it.

The plan of proportions.py (foot_sole_xy: heel back at the top, the foot's length true); `cun` is
the body's B-cun at the close-ups' scale (72 units). It holds no WHO segment: WHO places KI1 by a
proportion of the line from the web between the second and third toes to the heel (about a
third of the way), which the plate's landmarks give.
"""

from __future__ import annotations

import math

from .figure import Figure, rounded
from .foot_shape import lerp, plan_border, plan_edge_w, plan_outline, toe_axis, toe_half, web
from .geometry import catmull, d_of, ellipse_d, smooth
from .proportions import (
    BODY_HALF,
    FOOT_CUN,
    FOOT_SCALE,
    FOOT_SOLE_H,
    FOOT_SOLE_W,
    LEG_H,
    LEG_W,
    TOES,
    foot_sole_xy,
    frame_of,
    leg_xy,
)
from .svg import DETAIL, HEAD_DETAIL_W, HEAD_OUTLINE_W, SKIN_SHADE, Svg, background, fill, stroke

SIDE = "back"
PARENT = "leg-back"  # the close-up of the whole leg it zooms from
S = foot_sole_xy
HEEL = (1.5, 3.0)  # the back of the heel, on the line of the web between the 2nd and 3rd toes
KI1_FRACTION = 1 / 3  # WHO's note: a third of the way from that web to the heel
# the plantar creases of the toes, as fractions of each toe from its base (web level) to its tip
TOE_CREASES = {1: (0.08, 0.42), 2: (0.08, 0.38, 0.7), 3: (0.08, 0.38, 0.7), 4: (0.08, 0.4, 0.7),
               5: (0.1, 0.45, 0.72)}
DIP_T = 0.7  # the second toe's distal interphalangeal crease (EX-LE11, Duyin)


def _pad(a0, a1, inset, step=3.0):
    """A region of the sole between levels a0 and a1, inset from both edges (plan points)."""
    n = max(2, int((a1 - a0) / step))
    levels = [a0 + (a1 - a0) * k / n for k in range(n + 1)]
    medial = [(a, plan_edge_w(a, "medial") + inset) for a in levels]
    lateral = [(a, plan_edge_w(a, "lateral") - inset) for a in reversed(levels)]
    return medial + lateral


def _across(n, t, inset=0.22, bow=0.8):
    """A crease across a toe at fraction t, side to side, bowed slightly toward the tip."""
    c = toe_axis(n, t)
    h = toe_half(n, t) * (1 - inset)
    return [(c[0] - bow, c[1] - h), (c[0] + bow * 0.6, c[1]), (c[0] - bow, c[1] + h)]


def _inside(levels, side, inset):
    return [(a, plan_edge_w(a, side) + (inset if side == "medial" else -inset)) for a in levels]


def heel_pad():
    """The heel's pad: the back of the sole, rounded in front (plan points)."""
    mid_w = (plan_edge_w(20, "medial") + plan_edge_w(20, "lateral")) / 2
    return [(3.2, mid_w), *_inside((6, 12, 20, 30), "medial", 2.6),
            (38.5, -13.0), (43.0, mid_w), (38.5, 18.0), *_inside((30, 20, 12, 6), "lateral", 2.6)]


def ball_pad():
    """The ball of the foot under the metatarsal heads, from the great toe to the little toe."""
    back = [(136.0, -26.5), (131.0, -12.0), (127.0, 4.0), (121.0, 20.0), (115.0, 33.0)]
    front = [(151.0, 34.5), (158.5, 24.0), (164.0, 13.5), (167.5, 3.0), (168.0, -10.0),
             (163.0, -26.5)]
    return back + front


def lateral_band():
    """The lateral border of the sole that bears weight between heel and ball."""
    edge = _inside((40, 60, 80, 100, 116), "lateral", 2.6)
    return [*edge, (113.0, 27.0), (96.0, 23.0), (72.0, 17.5), (50.0, 13.0), (38.0, 15.5)]


def sole_depression():
    """The hollow of the sole with the toes flexed: where WHO's note puts KI1, a third of the
    way from the web between the second and third toes to the heel."""
    return lerp(web("2-3"), HEEL, KI1_FRACTION)


def outline_points():
    """The plate points the drawn (closed) outline runs through."""
    return [S(*p) for p in plan_outline()]


def foot_sole() -> Figure:
    sw, dw = HEAD_OUTLINE_W, HEAD_DETAIL_W
    svg = Svg(FOOT_SOLE_W, FOOT_SOLE_H, "Foot, sole",
              "Acupoint Atlas plate: the sole of the right foot, heel at the top, toes down, "
              "little toe on the viewer's right.")
    background(svg)
    outline = outline_points()
    segs = catmull(outline, closed=True)
    svg.open("foot")
    fill(svg, d_of(segs, True))
    # the pads that bear the weight, a hair darker: heel, the lateral band, the ball, the toes'
    for shape in (heel_pad(), ball_pad(), lateral_band()):
        fill(svg, smooth([S(*p) for p in shape], closed=True), SKIN_SHADE, opacity=0.5)
    for n in TOES:
        c = toe_axis(n, 0.74)
        length = math.dist(toe_axis(n, 0.0), TOES[n][2])
        ra, rw = 0.2 * length, 0.78 * toe_half(n, 0.74)
        fill(svg, ellipse_d(*S(*c), rw * FOOT_SCALE, ra * FOOT_SCALE), SKIN_SHADE, opacity=0.5)
    # the hollow when the toes flex (KI1), with the soft folds the flexion raises around it
    dep = sole_depression()
    fill(svg, ellipse_d(*S(*dep), 6.0 * FOOT_SCALE, 8.5 * FOOT_SCALE), SKIN_SHADE, opacity=0.75)
    svg.close()

    svg.open("creases")
    a0, w0 = dep
    for da in (-10.0, 10.5):
        stroke(svg, smooth([S(a0 + da + 1.6, w0 - 6.0), S(a0 + da, w0), S(a0 + da + 1.6,
                                                                          w0 + 6.0)]),
               1.0, DETAIL, opacity=0.3)
    # the crease at the roots of the toes, behind the webs
    root = [(TOES[1][0][0] + 1.0, plan_edge_w(TOES[1][0][0] + 1.0, "medial") + 2.0)]
    root += [(web(k)[0] - 3.5, web(k)[1]) for k in ("1-2", "2-3", "3-4", "4-5")]
    root += [(TOES[5][1][0] - 1.5, plan_edge_w(TOES[5][1][0] - 1.5, "lateral") - 2.0)]
    stroke(svg, smooth([S(*p) for p in root]), dw, DETAIL, opacity=0.6)
    for n, ts in TOE_CREASES.items():
        for t in ts:
            stroke(svg, smooth([S(*p) for p in _across(n, t)]), dw, DETAIL, opacity=0.7)
    # the medial edge of the weight-bearing sole (the arch lifts inside it)
    stroke(svg, smooth([S(42, -12.5), S(70, -7.0), S(100, -8.0), S(128, -16.0)]), 1.0, DETAIL,
           opacity=0.25)
    svg.close()

    svg.open("border")
    medial_b = [plan_border(a, "medial") for a in range(8, 164, 6)]
    lateral_b = [plan_border(a, "lateral") for a in range(8, 150, 6)]
    for run in (medial_b, lateral_b):
        stroke(svg, smooth([S(*p) for p in run]), 0.8, DETAIL, opacity=0.35)
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(segs, True), sw)
    svg.close()

    lm = {
        "heel": S(*HEEL),
        "toe-web-2-3": S(*web("2-3")),
        "sole-depression": S(*dep),
        "toe-2-dip-plantar": S(*toe_axis(2, DIP_T)),
    }
    # on leg-back: the right foot and ankle, seen from behind
    foot = [leg_xy((d, y), back=True) for d, y in BODY_HALF if y >= 1250 and d > 12]
    frame = frame_of(foot, (LEG_W, LEG_H))
    return Figure("foot-sole", "Foot sole", "assets/body/foot-sole.svg", SIDE, "foot", PARENT,
                  None, FOOT_CUN, rounded(lm), svg.text(), frame=frame)
