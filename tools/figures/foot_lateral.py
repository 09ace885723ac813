"""foot-lateral: the right foot and ankle from the lateral side, toes toward the viewer's right
(as body-side shows the foot), with the lowest 4 B-cun of the leg.

`side` is right (the figure's right profile): `front` is toward the toes (the viewer's RIGHT),
`back` toward the heel (the viewer's left), `up` and `down` are up and down; `lateral` and
`medial` have no meaning on it (lateral is toward the viewer).

The profile of proportions.py (foot_side_xy): body-side's foot, its sole 3 B-cun below the
prominence of the lateral malleolus. `cun` is the body's B-cun at the close-ups' scale (72
units) and holds WHO's segment prominence of the lateral malleolus -> sole = 3 B-cun on the
drawn landmarks (lateral-malleolus, sole-below-lateral-malleolus).
"""

from __future__ import annotations

from .figure import Figure, rounded
from .foot_shape import profile_outline, side_border, toenail
from .geometry import catmull, d_of, ellipse_d, smooth
from .proportions import (
    BODY_SIDE,
    CALCANEAL_TENDON_A,
    FOOT_ANKLE,
    FOOT_CUN,
    FOOT_LMALL,
    FOOT_SCALE,
    FOOT_SIDE_H,
    FOOT_SIDE_W,
    HEEL_SIDE_X,
    LEG_H_S,
    LEG_W_S,
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

SIDE = "right"
PARENT = "leg-lateral"  # the close-up of the whole leg it zooms from
LM = (FOOT_LMALL[0], FOOT_LMALL[2])  # (a, h) of the prominence of the lateral malleolus
# the lateral malleolus: the lower end of the fibula, longer and lower than the medial one,
# its tip about 0.55 B-cun below its prominence
MALLEOLUS = [(28.2, 67.0), (32.8, 70.0), (38.0, 65.5), (40.0, 56.0), (37.8, 48.6),
             (33.6, 44.4), (30.2, 47.4), (28.2, 56.0)]
MALLEOLUS_TIP = (33.6, 45.2)
# the front border of the calcaneal tendon, from the leg down to its attachment on the heel
TENDON_FRONT = [(17.4, 150.0), (17.6, 112.0), (17.3, 82.0), (CALCANEAL_TENDON_A, FOOT_LMALL[2]),
                (15.2, 42.0), (13.0, 35.0), (11.0, 29.5)]
CALCANEUS = [(10.5, 34.0), (20.0, 39.0), (30.0, 39.5), (44.0, 36.0), (54.0, 32.0), (63.0, 28.0),
             (64.0, 16.0), (58.0, 9.0), (40.0, 5.5), (20.0, 4.5), (9.0, 6.0), (4.2, 12.0),
             (3.6, 22.0), (6.0, 30.0)]
CUBOID = [(64.0, 16.0), (64.0, 28.0), (72.0, 29.5), (82.0, 25.0), (84.5, 17.0), (80.0, 12.2),
          (72.0, 11.6)]
CUBOID_LOWER = (72.0, 11.8)  # the lower border of the cuboid, where BL63's hollow is below it
METATARSAL5 = [(83.0, 9.5), (85.5, 6.2), (90.0, 6.5), (110.0, 5.5), (130.0, 4.4), (137.0, 4.8),
               (141.0, 8.6), (138.0, 13.0), (130.0, 12.8), (110.0, 15.0), (92.0, 18.5),
               (86.0, 16.0)]
TUBEROSITY_A, MTP5_A = 85.0, 137.0
# the little toe (nearest the viewer), the tips of the fourth, third and second toes beyond it
LITTLE_TOE = [(156.0, 13.0), (163.0, 12.2), (170.0, 10.9), (175.0, 9.2), (178.2, 6.8),
              (179.2, 3.9), (177.6, 1.3), (172.0, 0.4)]
# where the little toe leaves the side of the foot: the fold at its root, above the border
TOE_ROOT = [(153.4, 12.6), (152.2, 9.0), (152.6, 5.2)]
TOE_TIPS = [[(181.0, 10.6), (186.6, 8.3), (189.2, 4.7), (188.0, 1.4), (184.0, 0.5)],
            [(191.0, 12.0), (195.2, 8.8), (196.7, 5.1), (195.5, 1.6), (192.0, 0.4)],
            [(198.6, 13.6), (202.0, 10.0), (203.2, 6.2), (202.0, 2.4), (199.0, 0.5)]]
# the peroneal tendons behind and below the malleolus: brevis to the tuberosity of the fifth
# metatarsal, longus under the cuboid into the sole
PERONEUS_BREVIS = [(25.0, 120.0), (25.4, 80.0), (27.2, 56.0), (32.0, 42.0), (42.0, 32.0),
                   (58.0, 20.4), (74.0, 12.6), (84.0, 9.4)]
PERONEUS_LONGUS = [(22.6, 120.0), (23.0, 80.0), (24.6, 56.0), (29.0, 40.0), (38.0, 29.0),
                   (52.0, 19.0), (66.0, 12.4), (76.0, 9.0)]
# extensor digitorum longus (to the fourth and fifth toes) over the instep, the brevis belly
EDL = [[(59.0, 57.6), (72.0, 50.0), (96.0, 38.0), (122.0, 24.6), (146.0, 15.6), (162.0, 12.4)],
       [(59.2, 58.8), (74.0, 51.6), (100.0, 41.0), (128.0, 29.0), (152.0, 20.0),
        (170.0, 16.0)]]
EXTENSOR_BREVIS = [(48.0, 41.0), (60.0, 45.0), (78.0, 42.0), (94.0, 34.0), (80.0, 31.0),
                   (60.0, 34.0)]
# the fibula's borders above the malleolus (GB39 in front of it, GB35 behind it on the leg)
FIBULA = [[(38.2, 65.5), (40.0, 90.0), (41.2, 120.0), (42.0, 150.0)],
          [(28.2, 67.0), (26.8, 90.0), (26.4, 120.0), (26.6, 150.0)]]


def outline_points():
    """The plate points the drawn outline runs through (open across the top of the plate)."""
    return [foot_side_xy(a, h, SIDE) for a, h in profile_outline("lateral")]


def foot_lateral() -> Figure:
    sw, dw = HEAD_OUTLINE_W, HEAD_DETAIL_W

    def S(a, h):
        return foot_side_xy(a, h, SIDE)

    def qs(pts):
        return [S(*p) for p in pts]

    svg = Svg(FOOT_SIDE_W, FOOT_SIDE_H, "Foot, lateral side",
              "Acupoint Atlas plate: the right foot and ankle from the lateral side, toes toward "
              "the viewer's right.")
    background(svg)
    outline = outline_points()
    top = [(outline[0][0], -40.0), *outline, (outline[-1][0], -40.0)]
    svg.open("foot")
    fill(svg, d_of(catmull(top), True))
    # the hollow in front of and below the malleolus (the sinus tarsi: GB40), and behind it
    # between the malleolus and the tendon (BL60)
    fill(svg, ellipse_d(*S(46.0, 44.0), 6.5 * FOOT_SCALE, 4.5 * FOOT_SCALE), SKIN_SHADE,
         opacity=0.6)
    fill(svg, smooth(qs([(21.0, 72.0), (25.8, 64.0), (26.4, 50.0), (23.0, 42.0), (19.0, 50.0),
                         (18.8, 64.0)]), closed=True), SKIN_SHADE, opacity=0.55)
    svg.close()

    svg.open("bones")
    fill(svg, smooth(qs(MALLEOLUS), closed=True), SKIN_SHADE, opacity=0.35)
    stroke(svg, smooth(qs(MALLEOLUS), closed=True), 1.2, DETAIL, opacity=0.65)
    for run in FIBULA:
        stroke(svg, smooth(qs(run)), 1.0, DETAIL, opacity=0.3)
    for shape, k in ((CALCANEUS, 0.28), (CUBOID, 0.25), (METATARSAL5, 0.3)):
        stroke(svg, smooth(qs(shape), closed=True), 1.0, DETAIL, opacity=k)
    svg.close()

    svg.open("tendons")
    stroke(svg, smooth(qs(TENDON_FRONT)), dw, DETAIL, opacity=0.6)
    for run in (PERONEUS_BREVIS, PERONEUS_LONGUS, *EDL):
        stroke(svg, smooth(qs(run)), 1.0, DETAIL, opacity=0.4)
    stroke(svg, smooth(qs(EXTENSOR_BREVIS), closed=True), 1.0, DETAIL, opacity=0.25)
    # the ankle crease at the front of the ankle
    a0, h0 = FOOT_ANKLE[0], FOOT_ANKLE[2]
    stroke(svg, smooth(qs([(a0, h0), (a0 - 3.5, h0 - 2.6), (a0 - 6.2, h0 - 6.2)])), dw, DETAIL,
           opacity=0.7)
    svg.close()

    svg.open("toes")
    # the side of the fourth toe just above the little toe, in shadow
    fill(svg, smooth(qs([(157.0, 13.2), (170.0, 11.2), (178.0, 7.2), (181.0, 9.2), (172.0, 13.8),
                         (160.0, 15.4)]), closed=True), SKIN_SHADE, opacity=0.4)
    stroke(svg, smooth(qs(LITTLE_TOE)), dw, DETAIL, opacity=0.85)
    stroke(svg, smooth(qs(TOE_ROOT)), 1.0, DETAIL, opacity=0.45)
    for run in TOE_TIPS:
        stroke(svg, smooth(qs(run)), 1.0, DETAIL, opacity=0.6)
    for a in (160.5, 167.0):  # the little toe's joint folds
        stroke(svg, smooth(qs([(a - 0.6, 10.8), (a + 0.4, 7.0), (a - 0.4, 3.4)])), 1.0, DETAIL,
               opacity=0.45)
    # the little toe's nail on its top and lateral side
    _m, _l, cb, cf, _half = toenail(5)
    nail = [(cb[0], 11.4), (cf[0] - 1.0, 9.6), (cf[0] + 0.4, 7.6), (cf[0] - 2.6, 7.0),
            (cb[0], 8.4), (cb[0] - 0.8, 10.0)]
    fill(svg, smooth(qs(nail), closed=True), NAIL)
    stroke(svg, smooth(qs(nail), closed=True), 1.0, DETAIL)
    svg.close()

    svg.open("border")
    border = [side_border(a, "lateral") for a in range(6, 152, 5)]
    border += [(158.0, 3.4), (166.0, 3.0), (172.0, 3.2), (176.0, 4.0)]
    stroke(svg, smooth(qs(border)), 0.8, DETAIL, opacity=0.4)
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(catmull(outline)), sw)
    svg.close()

    tendon = TENDON_FRONT[3]
    bl60_a = (LM[0] + tendon[0]) / 2
    lm = {
        "lateral-malleolus": S(*LM),
        "lateral-malleolus-tip": S(*MALLEOLUS_TIP),
        "sole-below-lateral-malleolus": S(LM[0], 0.0),
        "calcaneal-tendon": S(*tendon),
        "calcaneus-lateral": S(*side_border(bl60_a, "lateral")),
        "extensor-digitorum-longus-tendon": S(a0 - 1.6, h0),
        "cuboid": S(*CUBOID_LOWER),
        "metatarsal5-tuberosity": S(*side_border(TUBEROSITY_A, "lateral")),
        "mtp5-lateral": S(*side_border(MTP5_A, "lateral")),
        "toenail-5-lateral": S(cb[0], 8.4),
    }
    # on leg-lateral: the foot and ankle
    foot = [leg_side_xy(p, medial=False) for p in BODY_SIDE
            if p[1] >= 1240 and p[0] >= HEEL_SIDE_X - 1]
    frame = frame_of(foot, (LEG_W_S, LEG_H_S))
    return Figure("foot-lateral", "Foot lateral", "assets/body/foot-lateral.svg", SIDE, "foot",
                  PARENT, None, FOOT_CUN, rounded(lm), svg.text(), frame=frame)
