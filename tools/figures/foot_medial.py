"""foot-medial: the right foot and ankle from the medial side, as seen from the figure's left
(the left leg out of the way): toes toward the viewer's LEFT, heel toward the viewer's right,
with the lowest 3.5 B-cun of the leg above the medial malleolus.

`side` is left (the view from the figure's left side): `front` is toward the toes (the viewer's
LEFT), `back` toward the heel (the viewer's right), `up` and `down` are up and down; `lateral` and
`medial` have no meaning on it (medial is toward the viewer).

The profile of proportions.py (foot_side_xy, side 'left'): foot-lateral's outline seen from the
other side, with the medial arch. `cun` is the body's B-cun at the close-ups' scale (72 units).
It holds no WHO segment of its own (the medial malleolus's ends at the knee are on the leg
plates): its levels are body-front's, the prominence of the medial malleolus 0.6 B-cun above
the lateral one, so 3.6 B-cun above the sole.
"""

from __future__ import annotations

from .figure import Figure, rounded
from .foot_shape import profile_outline, side_border, toenail, top_edge_h
from .geometry import catmull, d_of, ellipse_d, smooth
from .proportions import (
    BODY_SIDE,
    CALCANEAL_TENDON_A,
    FOOT_ANKLE,
    FOOT_CUN,
    FOOT_MMALL,
    FOOT_SCALE,
    FOOT_SIDE_H,
    FOOT_SIDE_W,
    HEEL_SIDE_X,
    LEG_H_S,
    LEG_W_S,
    METATARSALS,
    foot_side_xy,
    frame_of,
    leg_side_xy,
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

SIDE = "left"
PARENT = "leg-medial"  # the close-up of the whole leg it zooms from
MM = (FOOT_MMALL[0], FOOT_MMALL[2])  # (a, h) of the prominence of the medial malleolus
# the medial malleolus: the lower end of the tibia, broader and higher than the lateral one,
# its tip about 0.5 B-cun below its prominence
MALLEOLUS = [(35.0, 75.0), (42.0, 77.6), (49.0, 73.4), (51.6, 65.0), (48.6, 58.0),
             (43.6, 55.2), (38.6, 58.0), (35.2, 66.0)]
MALLEOLUS_TIP = (43.6, 56.0)
# the tibia above it: the medial border (behind the medial surface) rising from the malleolus
TIBIA_BORDER = [(35.6, 73.0), (34.4, 95.0), (33.6, 120.0), (33.2, 150.0)]
TENDON_FRONT = [(17.4, 150.0), (17.6, 112.0), (17.4, 85.0), (CALCANEAL_TENDON_A, FOOT_MMALL[2]),
                (15.6, 50.0), (13.8, 40.0), (12.4, 34.6)]
TENDON_INSERTION = (12.6, 35.6)  # where the tendon's front edge meets the top of the calcaneus
# the calcaneus from the medial side: its tuberosity behind, the sustentaculum tali under the
# malleolus; the front border of the tuberosity where its medial surface ends
CALCANEUS = [(9.4, 37.0), (16.0, 42.6), (24.0, 44.2), (32.0, 44.2), (40.0, 45.0), (46.0, 45.6),
             (53.0, 44.0), (58.0, 40.0), (62.0, 30.0), (58.0, 18.0), (44.0, 9.6), (26.0, 5.6),
             (12.0, 5.0), (5.0, 9.0), (3.6, 20.0), (5.4, 31.0)]
TUBEROSITY_FRONT = [(22.0, 43.8), (21.2, 30.0), (18.4, 16.0), (16.2, 7.6)]
NAVICULAR = [(62.0, 40.0), (70.0, 37.6), (80.0, 36.4), (82.4, 28.0), (78.0, 25.0),
             (72.6, 26.6), (66.0, 31.0)]
NAVICULAR_TUBEROSITY = (72.0, 31.0)
CUNEIFORM = [(82.4, 28.0), (80.0, 36.4), (90.0, 35.0), (100.0, 30.0), (100.6, 15.0),
             (86.0, 17.0)]
METATARSAL1 = [(100.6, 15.0), (100.0, 30.0), (112.0, 27.0), (138.0, 21.6), (148.0, 20.6),
               (154.0, 16.0), (154.0, 8.0), (146.0, 5.0), (136.0, 7.4), (112.0, 13.0)]
# tendons: tibialis anterior at the front of the ankle to the medial cuneiform and the base of
# the first metatarsal; tibialis posterior behind the malleolus to the navicular's tuberosity
TIBIALIS_ANTERIOR = [(58.8, 150.0), (59.0, 110.0), (59.4, 80.0), (60.4, 64.0), (64.6, 52.0),
                     (74.0, 40.0), (86.0, 29.6), (94.0, 24.0)]
TIBIALIS_POSTERIOR = [(31.4, 120.0), (32.4, 85.0), (34.6, 64.0), (39.6, 53.0), (48.0, 46.4),
                      (60.0, 38.6), (69.0, 33.6)]
FLEXOR_DIGITORUM = [(27.8, 120.0), (28.8, 85.0), (31.0, 62.0), (36.0, 50.0), (44.0, 43.6),
                    (54.0, 39.0)]
IP1_A = 182.0  # the great toe's interphalangeal joint


def outline_points():
    """The plate points the drawn outline runs through (open across the top of the plate)."""
    return [foot_side_xy(a, h, SIDE) for a, h in profile_outline("medial")]


def foot_medial() -> Figure:
    sw, dw = HEAD_OUTLINE_W, HEAD_DETAIL_W

    def S(a, h):
        return foot_side_xy(a, h, SIDE)

    def qs(pts):
        return [S(*p) for p in pts]

    svg = Svg(FOOT_SIDE_W, FOOT_SIDE_H, "Foot, medial side",
              "Acupoint Atlas plate: the right foot and ankle from the medial side, toes toward "
              "the viewer's left.")
    background(svg)
    outline = outline_points()
    top = [(outline[0][0], -40.0), *outline, (outline[-1][0], -40.0)]
    svg.open("foot")
    fill(svg, d_of(catmull(top), True))
    # the hollow between the malleolus and the tendon (KI3), and the one in front of the
    # malleolus and above the navicular (SP5)
    fill(svg, smooth(qs([(21.0, 76.0), (31.0, 70.0), (33.0, 56.0), (27.0, 47.0), (19.6, 52.0),
                         (19.4, 66.0)]), closed=True), SKIN_SHADE, opacity=0.55)
    fill(svg, ellipse_d(*S(57.0, 48.5), 5.0 * FOOT_SCALE, 5.0 * FOOT_SCALE), SKIN_SHADE,
         opacity=0.45)
    svg.close()

    svg.open("bones")
    fill(svg, smooth(qs(MALLEOLUS), closed=True), SKIN_SHADE, opacity=0.35)
    stroke(svg, smooth(qs(MALLEOLUS), closed=True), 1.2, DETAIL, opacity=0.65)
    stroke(svg, smooth(qs(TIBIA_BORDER)), 1.0, DETAIL, opacity=0.35)
    for shape, k in ((CALCANEUS, 0.28), (NAVICULAR, 0.3), (CUNEIFORM, 0.22),
                     (METATARSAL1, 0.28)):
        stroke(svg, smooth(qs(shape), closed=True), 1.0, DETAIL, opacity=k)
    stroke(svg, smooth(qs(TUBEROSITY_FRONT)), 1.0, DETAIL, opacity=0.3)
    fill(svg, ellipse_d(*S(*NAVICULAR_TUBEROSITY), 3.4 * FOOT_SCALE, 3.0 * FOOT_SCALE), DETAIL,
         opacity=0.12)
    svg.close()

    svg.open("tendons")
    stroke(svg, smooth(qs(TENDON_FRONT)), dw, DETAIL, opacity=0.6)
    for run in (TIBIALIS_ANTERIOR, TIBIALIS_POSTERIOR, FLEXOR_DIGITORUM):
        stroke(svg, smooth(qs(run)), 1.0, DETAIL, opacity=0.4)
    a0, h0 = FOOT_ANKLE[0], FOOT_ANKLE[2]
    stroke(svg, smooth(qs([(a0 + 1.2, h0 + 0.6), (a0 - 2.6, h0 - 2.4), (a0 - 5.4, h0 - 6.4)])),
           dw, DETAIL, opacity=0.7)
    svg.close()

    svg.open("toe")
    # the great toe: its joints' folds (first MTP, IP) and its nail seen from the side
    mtp1 = METATARSALS[1][1][0]
    for a, k in ((mtp1 + 2.0, 0.35), (IP1_A - 1.2, 0.5), (IP1_A + 1.2, 0.5)):
        t = top_edge_h(a, "medial")
        stroke(svg, smooth(qs([(a + 0.6, t - 2.0), (a - 0.4, t - 6.0), (a + 0.4, t - 10.0)])),
               1.0, DETAIL, opacity=k)
    _m, _l, cb, cf, _half = toenail(1)
    tb, tf = top_edge_h(cb[0], "medial"), top_edge_h(cf[0], "medial")
    nail = [(cb[0], tb - 0.5), (cf[0] - 2.0, tf + 0.4), (cf[0] + 0.4, tf - 2.2),
            (cf[0] - 1.0, tf - 4.2), (cb[0] + 0.2, tb - 3.8), (cb[0] - 1.0, tb - 2.0)]
    fill(svg, smooth(qs(nail), closed=True), NAIL)
    stroke(svg, smooth(qs(nail), closed=True), 1.0, DETAIL)
    stroke(svg, smooth(qs([(cb[0] - 1.6, tb - 0.2), (cb[0] - 2.2, tb - 2.2),
                           (cb[0] - 1.2, tb - 4.4)])), 0.9, DETAIL, opacity=0.5)
    # the pad of the great toe and the crease at its root
    stroke(svg, smooth(qs([(170.0, 1.8), (174.0, 4.6), (178.0, 5.2)])), 1.0, DETAIL,
           opacity=0.45)
    svg.close()

    svg.open("border")
    border = [side_border(a, "medial") for a in range(6, 200, 5)]
    stroke(svg, smooth(qs(border)), 0.8, DETAIL, opacity=0.4)
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(catmull(outline)), sw)
    svg.close()

    tendon = TENDON_FRONT[3]
    lm = {
        "medial-malleolus": S(*MM),
        "medial-malleolus-tip": S(*MALLEOLUS_TIP),
        "calcaneal-tendon": S(*tendon),
        "calcaneal-tendon-insertion": S(*TENDON_INSERTION),
        "calcaneal-tuberosity": S(*TUBEROSITY_FRONT[0]),
        "tibialis-anterior-tendon": S(TIBIALIS_ANTERIOR[3][0] - 1.6, h0),
        "navicular-tuberosity": S(*NAVICULAR_TUBEROSITY),
        "navicular-inferior": S(*side_border(NAVICULAR_TUBEROSITY[0], "medial")),
        "metatarsal1-base": S(*side_border(METATARSALS[1][0][0], "medial")),
        "mtp1-medial": S(*side_border(mtp1, "medial")),
        "toenail-1-medial": S(cb[0], tb - 3.8),
    }
    # on leg-medial: the foot and ankle, seen from the inner side
    foot = [leg_side_xy(p, medial=True) for p in BODY_SIDE
            if p[1] >= 1240 and p[0] >= HEEL_SIDE_X - 1]
    frame = frame_of(foot, (LEG_W_S, LEG_H_S))
    return Figure("foot-medial", "Foot medial", "assets/body/foot-medial.svg", SIDE, "foot",
                  PARENT, None, FOOT_CUN, rounded(lm), svg.text(), frame=frame)
