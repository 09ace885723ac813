"""foot-top: the dorsum of the right foot, toes down, with the ankle and the lowest part of the
leg above it (the view a student has looking down at the foot from in front).

`side` is front: as on body-front, the figure's right foot is seen from in front, so lateral (the
little toe's side) is the viewer's LEFT and medial (the great toe's side) the viewer's right;
`up` is proximal (toward the ankle and the leg), `down` distal (toward the toes); `front` and
`back` have no meaning on it.

A map, like head-top: above the front of the ankle crease the leg and both malleoli are
body-front's, scaled (proportions.foot_top_front); below it the dorsum is laid out along the
instep (proportions.foot_top_xy), so a distance down the plate is a distance along the skin.
`cun` is the body's B-cun at the close-ups' scale (72 units); the plate holds no WHO segment of
its own: its across distances and its ankle are body-front's (lateral malleolus 1.05 B-cun
lateral of the front of the ankle crease and 0.25 below it, medial malleolus 0.9 B-cun medial
and 0.36 above it), the foot's length is body-side's.
"""

from __future__ import annotations

from itertools import pairwise

from .figure import Figure, rounded
from .foot_shape import (
    BORDER_PLAN,
    metatarsal_outline,
    space,
    toe_axis,
    toe_half,
    toenail,
    toenail_shape,
    top_outline,
    web,
)
from .geometry import bez, catmull, d_of, smooth
from .proportions import (
    ANKLE_TENDONS_W,
    BODY_HALF,
    DORSALIS_PEDIS,
    EDL_SLIPS,
    EDL_SPLIT,
    EXTENSOR_HALLUCIS,
    FOOT_ANKLE,
    FOOT_CUN,
    FOOT_LMALL,
    FOOT_MMALL,
    FOOT_SCALE,
    FOOT_TOP_H,
    FOOT_TOP_W,
    LEG_H,
    LEG_W,
    METATARSALS,
    MT5_TUBEROSITY,
    MT_BASES_1_2,
    MT_BASES_4_5,
    TIBIALIS_ANTERIOR,
    TOE_WEBS,
    foot_top_front,
    foot_top_xy,
    frame_of,
    leg_xy,
)
from .svg import (
    DETAIL,
    HEAD_DETAIL_W,
    HEAD_OUTLINE_W,
    NAIL,
    SKIN_SHADE,
    Svg,
    background,
    fill,
    stroke,
)

SIDE = "front"
PARENT = "leg-front"  # the close-up of the whole leg it zooms from
H_AF = FOOT_ANKLE[2]  # the height of the front of the ankle crease
P, F = foot_top_xy, foot_top_front
# the interphalangeal joints on the dorsum, as fractions of each toe from its base to its tip
TOE_JOINTS = {1: (0.46,), 2: (0.3, 0.62), 3: (0.3, 0.62), 4: (0.3, 0.62), 5: (0.32, 0.62)}


def _plate(kind_pts):
    return [P(*p) if kind == "plan" else F(*p) for kind, p in kind_pts]


def _tendon(svg, run, half, opacity=0.45):
    """A tendon under the skin as two faint edges either side of its line (plate points)."""
    for s in (-1, 1):
        pts = []
        for i, p in enumerate(run):
            q = run[min(i + 1, len(run) - 1)]
            r = run[max(i - 1, 0)]
            dx, dy = q[0] - r[0], q[1] - r[1]
            n = (dx * dx + dy * dy) ** 0.5 or 1.0
            pts.append((p[0] - s * dy / n * half, p[1] + s * dx / n * half))
        stroke(svg, smooth(pts), 1.0, DETAIL, opacity=opacity)


def _wrinkles(c, half, n=2, gap=5.0):
    """Short folds across the back of a toe joint (plate point c, half-width in plate units)."""
    out = []
    for i in range(n):
        y = c[1] + (i - (n - 1) / 2) * gap
        out.append([(c[0] - half, y + 1.6), (c[0], y - 1.2), (c[0] + half, y + 1.6)])
    return out


def outline_points():
    """The plate points the drawn outline runs through (open across the top of the plate)."""
    return _plate(top_outline())


def border(a, side):
    """A point of the red-white border at level a, BORDER_PLAN inside the drawn outline (on the
    plate: the map bends the plan, so the edge is found on the curve drawn)."""
    y = P(a, 0.0)[1]
    curve = [bez(seg, k / 16) for seg in catmull(outline_points()) for k in range(17)]
    xs = [p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1])
          for p, q in pairwise(curve) if (p[1] - y) * (q[1] - y) <= 0 and p[1] != q[1]]
    inset = BORDER_PLAN * FOOT_SCALE
    return (min(xs) + inset, y) if side == "lateral" else (max(xs) - inset, y)


def foot_top() -> Figure:
    sw, dw = HEAD_OUTLINE_W, HEAD_DETAIL_W
    svg = Svg(FOOT_TOP_W, FOOT_TOP_H, "Foot, top view",
              "Acupoint Atlas plate: the dorsum of the right foot seen from in front and above, "
              "toes down, little toe on the viewer's left, the ankle and both malleoli above.")
    background(svg)
    outline = outline_points()
    top = [(outline[0][0], -40.0), *outline, (outline[-1][0], -40.0)]
    segs = catmull(top)
    svg.open("foot")
    fill(svg, d_of(segs, True))
    # the hollows in front of the malleoli, a hair darker (GB40 laterally, LR4 medially)
    for shape in ([F(15.5, 50), F(19, 45), P(72, 22), P(68, 15.5), F(13, 53)],
                  [F(-13, 62), F(-17, 57), P(70, -17), P(68, -13.5), F(-12.5, 58)]):
        fill(svg, smooth(shape, closed=True), SKIN_SHADE, opacity=0.5)
    svg.close()

    svg.open("ankle")
    # the malleoli (the bones' fronts, just inside the bumps of the outline), the ankle crease
    lm, mm = FOOT_LMALL, FOOT_MMALL
    stroke(svg, smooth([F(21.5, 70), F(18.2, 62), F(17.4, 53), F(19.6, 45.5)]), 1.1, DETAIL,
           opacity=0.55)
    stroke(svg, smooth([F(-19.6, 79), F(-15.4, 71), F(-14.8, 63), F(-17.6, 57)]), 1.1, DETAIL,
           opacity=0.55)
    stroke(svg, smooth([F(-15.5, H_AF + 2.2), F(-8, H_AF + 0.4), F(0, H_AF), F(8, H_AF + 0.4),
                        F(15.5, H_AF + 2.4)]), dw, DETAIL)
    # the tibia's anterior border fading into its lower end
    stroke(svg, smooth([F(-3.5, 140), F(-5.5, 110), F(-9, 84)]), 1.0, DETAIL, opacity=0.3)
    svg.close()

    svg.open("bones")
    for n in METATARSALS:
        stroke(svg, smooth([P(*p) for p in metatarsal_outline(n)], closed=True), 1.0, DETAIL,
               opacity=0.22)
    svg.close()

    svg.open("tendons")
    ta = [F(-6.5, 150), F(-9.0, 105), F(-10.8, 75), F(ANKLE_TENDONS_W["tibialis-anterior-tendon"],
                                                     H_AF)]
    ta += [P(*p) for p in TIBIALIS_ANTERIOR[1:]]
    _tendon(svg, ta, 2.4 * 4 / 2)
    ehl = [F(-3.2, 150), F(-4.2, 100), F(ANKLE_TENDONS_W["extensor-hallucis-longus-tendon"], H_AF)]
    ehl += [P(*p) for p in EXTENSOR_HALLUCIS[1:]]
    _tendon(svg, ehl, 1.4 * 4 / 2)
    edl = [F(4.5, 150), F(5.2, 100), F(ANKLE_TENDONS_W["extensor-digitorum-longus-tendon"], H_AF),
           P(*EDL_SPLIT)]
    _tendon(svg, edl, 2.2 * 4 / 2)
    for run in EDL_SLIPS.values():
        _tendon(svg, [P(*p) for p in [EDL_SPLIT, *run]], 1.0 * 4 / 2, opacity=0.4)
    # extensor digitorum brevis, the fleshy bulge on the lateral dorsum in front of the ankle
    stroke(svg, smooth([P(68, 16), P(74, 24), P(88, 26.5), P(101, 22), P(92, 15.5), P(78, 13)],
                       closed=True), 1.0, DETAIL, opacity=0.25)
    svg.close()

    svg.open("artery")
    # the dorsalis pedis artery: its pulse line from the front of the ankle over the second
    # metatarsal's base to the proximal end of the first space
    stroke(svg, smooth([F(0.8, 110), F(0.3, 80)] + [P(*p) for p in DORSALIS_PEDIS]), 1.8,
           "#b0605a", opacity=0.35)
    svg.close()

    svg.open("toes")
    for n in range(1, 6):
        for t in TOE_JOINTS[n]:
            c = P(*toe_axis(n, t))
            k = 0.55 * toe_half(n, t) * 4
            for run in _wrinkles(c, k, 2 if n > 1 else 3):
                stroke(svg, smooth(run), 1.0, DETAIL, opacity=0.5)
    for n in range(1, 6):  # the knuckle of each MTP joint
        (_, (ha, hw)) = METATARSALS[n]
        k = 4.5 if n > 1 else 7.0
        stroke(svg, smooth([P(ha - 1, hw - k), P(ha + 1.6, hw), P(ha - 1, hw + k)]), 1.0,
               DETAIL, opacity=0.35)
    svg.close()

    svg.open("nails")
    corners = {}
    for n in range(1, 6):
        medial, lateral, cb, cf, _half = toenail(n)
        shape = [P(*p) for p in toenail_shape(n)]
        fill(svg, smooth(shape, closed=True), NAIL)
        stroke(svg, smooth(shape, closed=True), 1.0, DETAIL)
        fold = [(medial[0] - 0.6, medial[1] - 0.3), (cb[0] - 1.4, cb[1]),
                (lateral[0] - 0.6, lateral[1] + 0.3)]
        stroke(svg, smooth([P(*p) for p in fold]), 0.9, DETAIL, opacity=0.5)
        corners[n] = (medial, lateral, cf)
    svg.close()

    svg.open("border")
    medial_b = [border(a, "medial") for a in range(82, 200, 6)]
    lateral_b = [border(a, "lateral") for a in range(82, 176, 6)]
    for run in (medial_b, lateral_b):
        stroke(svg, smooth(run), 0.8, DETAIL, opacity=0.35)
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(catmull(outline)), sw)
    svg.close()

    lmk = {
        "ankle-front": F(0.0, H_AF),
        "lateral-malleolus": F(lm[1], lm[2]),
        "medial-malleolus": F(mm[1], mm[2]),
        **{name: F(w, H_AF) for name, w in ANKLE_TENDONS_W.items()},
        "dorsalis-pedis-artery": P(*DORSALIS_PEDIS[3]),
        "metatarsal2-base": P(*METATARSALS[2][0]),
        "metatarsal-1-2-bases": P(*MT_BASES_1_2),
        "metatarsal-4-5-bases": P(*MT_BASES_4_5),
        "extensor-digitorum-longus-tendon-5": P(*EDL_SLIPS[5][0]),
        "metatarsal5-tuberosity": border(MT5_TUBEROSITY[0], "lateral"),
        "mtp1-medial": border(METATARSALS[1][1][0], "medial"),
        "mtp5-lateral": border(METATARSALS[5][1][0], "lateral"),
    }
    for n in METATARSALS:
        lmk[f"mtp{n}"] = P(*METATARSALS[n][1])
    for m in range(1, 5):
        lmk[f"metatarsal-space-{m}-{m + 1}"] = P(*space(m, m + 1))
    for key in TOE_WEBS:
        lmk[f"toe-web-{key}"] = P(*web(key))
    for n, (medial, lateral, cf) in corners.items():
        lmk[f"toenail-{n}-medial"] = P(*medial)
        lmk[f"toenail-{n}-lateral"] = P(*lateral)
        lmk[f"toenail-{n}-free"] = P(*cf)
    # on leg-front: the right foot and ankle
    foot = [leg_xy((d, y), back=False) for d, y in BODY_HALF if y >= 1240 and d > 12]
    frame = frame_of(foot, (LEG_W, LEG_H))
    return Figure("foot-top", "Foot top", "assets/body/foot-top.svg", SIDE, "foot", PARENT,
                  None, FOOT_CUN, rounded(lmk), svg.text(), frame=frame)
