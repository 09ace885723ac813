"""body-front: the whole body from the front, anatomical position (palms forward)."""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import Half, ellipse_d, fmt, smooth
from .hand_shape import DISTAL_PALMAR_CREASE, THENAR_CREASE
from .proportions import (
    ACROMION,
    ANKLE_FRONT,
    AXILLA_FRONT,
    BODY_CUN,
    BODY_H,
    BODY_MID,
    BODY_W,
    D_LMALL,
    D_NIPPLE,
    ELBOW,
    KNEE_EYE,
    LATERAL_MALLEOLUS,
    PATELLA,
    PATELLA_HALF,
    WRIST,
    Y_LMALL,
    Y_NIPPLE,
    Y_NOTCH,
    Y_PUBIS,
    Y_UMB,
    Y_XIPHI,
    hand_pt,
)
from .silhouette import body_base, body_ears
from .svg import (
    BODY_DETAIL_W,
    BROW,
    DETAIL,
    EYE_WHITE,
    HAIR,
    HAIR_LINE,
    IRIS,
    LINE,
    LIP,
    SKIN_SHADE,
    Svg,
    background,
    fill,
    stroke,
)


def _calm_face(svg: Svg, h: Half):
    """The small face of the body views: quiet, neutral features that do not draw the eye."""
    fill(svg, h.both([(10, 125.5), (19, 122.5), (29, 124), (20, 125.3)], closed=True), BROW)
    for sgn in (1, -1):
        def q(pts, sgn=sgn):
            return [(h.mid + sgn * d, y) for d, y in pts]
        eye = q([(12, 134), (20, 131), (28, 133.5), (20, 136)])
        fill(svg, smooth(eye, closed=True), EYE_WHITE)
        fill(svg, ellipse_d(h.mid + sgn * 20, 133.6, 2.3, 2.3), IRIS)
        stroke(svg, smooth(eye[:3]), 1.1, LINE)
        stroke(svg, smooth(q([(14, 135.5), (20, 136.6), (26, 135)])), 0.7, DETAIL, opacity=0.5)
    # nose: one side of the bridge, the base with the alae
    stroke(svg, smooth(h.pts([(4.5, 140), (5, 152), (6.5, 163)])), 0.8, DETAIL, opacity=0.45)
    stroke(svg, smooth(h.across([(0, 170.5), (4, 170), (8, 167.5)])), 0.9, DETAIL)
    stroke(svg, h.both([(8, 161), (10.5, 166), (8, 169)]), 0.8, DETAIL, opacity=0.6)
    # lips and the line of the mouth
    fill(svg, smooth(h.across([(0, 184.3), (5, 183.4), (12, 186)]) +
                     h.across([(0, 190.5), (8, 189.5), (12, 186)])[::-1][1:-1], closed=True),
         LIP)
    stroke(svg, smooth(h.across([(0, 186.4), (12.5, 186)])), 0.9, DETAIL)
    # jaw and chin, very faint
    stroke(svg, h.both([(55, 172), (46, 196), (26, 210), (0, 213.5)]), 0.9, DETAIL,
           opacity=0.35)


def body_front() -> Figure:
    W, H, MID, C = BODY_W, BODY_H, BODY_MID, BODY_CUN
    h = Half(MID, "front")
    dw = BODY_DETAIL_W
    svg = Svg(W, H, "Body, front view",
              "Acupoint Atlas plate: the whole body from the front, anatomical position.")
    background(svg)
    body_base(svg, h, back=False)

    svg.open("head")
    hair = [(0, 40), (32, 44), (52, 60), (61, 88), (62, 116), (58, 134), (55, 134),
            (54, 112), (50, 92), (38, 82), (20, 85), (0, 86)]
    fill(svg, h.closed_sym(hair), HAIR)
    stroke(svg, h.both([(55, 134), (54, 112), (50, 92), (38, 82), (20, 85), (0, 86)]), 1.0,
           HAIR_LINE)
    body_ears(svg, h, inner=True)
    _calm_face(svg, h)
    svg.close()

    svg.open("trunk")
    # clavicles and the suprasternal notch
    stroke(svg, h.both([(13, 260), (40, 257), (80, 262), (118, 256), (148, 258)]), dw,
           DETAIL)
    stroke(svg, smooth(h.across([(0, Y_NOTCH + 3), (8, Y_NOTCH + 1), (13, Y_NOTCH - 3)])), dw,
           DETAIL)
    # sternum (subtle), xiphoid, rib margin
    stroke(svg, h.both([(13, 272), (14, 330), (12, 396), (6, Y_XIPHI + 4)]), 1.2, DETAIL,
           opacity=0.45)
    stroke(svg, smooth(h.across([(0, Y_XIPHI + 14), (5, Y_XIPHI + 6)])), 1.2, DETAIL,
           opacity=0.6)
    stroke(svg, h.both([(6, Y_XIPHI + 4), (40, 446), (74, 482), (98, 516), (104, 528)]), dw,
           DETAIL, opacity=0.7)
    # chest contour (subtle), nipples (tiny), linea alba, umbilicus
    stroke(svg, h.both([(18, 360), (60, 372), (100, 360), (124, 340)]), 1.2, DETAIL,
           opacity=0.35)
    for sgn in (1, -1):
        fill(svg, ellipse_d(MID + sgn * D_NIPPLE, Y_NIPPLE, 1.6, 1.6), DETAIL, opacity=0.7)
    stroke(svg, f"M{fmt(MID)} {fmt(Y_XIPHI + 20)}V{fmt(Y_UMB - 14)}", 1.1, DETAIL, opacity=0.35)
    stroke(svg, ellipse_d(MID, Y_UMB, 3.2, 4.2), 1.3, DETAIL)
    # iliac crest to the anterior superior iliac spine; inguinal groove above the brief
    stroke(svg, h.both([(104, 574), (114, 594), (110, 612), (100, 622)]), dw, DETAIL,
           opacity=0.6)
    svg.close()

    svg.open("limbs")
    # elbow and wrist creases, palm creases
    for q in (h.pts, h.mirrored):
        stroke(svg, smooth(q([(148, 500), (168, 496), (188, 498)])), dw, DETAIL)
        stroke(svg, smooth(q([hand_pt(-18, 1), hand_pt(0, 3), hand_pt(20, 1)])), dw, DETAIL)
        for crease in (THENAR_CREASE, DISTAL_PALMAR_CREASE):  # as the hand close-up draws them
            stroke(svg, smooth(q([hand_pt(*p) for p in crease])), 1.1, DETAIL, opacity=0.6)
    # patellae, knee eyes, tibial crests, malleoli, ankle creases, toes
    for sgn in (1, -1):
        fill(svg, ellipse_d(MID + sgn * PATELLA[0], PATELLA[1], *PATELLA_HALF), SKIN_SHADE)
        stroke(svg, ellipse_d(MID + sgn * PATELLA[0], PATELLA[1], *PATELLA_HALF), 1.3, DETAIL)
    stroke(svg, h.both([(38, 984), (40, 1010), (43, 1030)]), 1.1, DETAIL, opacity=0.5)
    stroke(svg, h.both([(54, 984), (52, 1010), (49, 1030)]), 1.1, DETAIL, opacity=0.5)
    stroke(svg, h.both([(46, 1036), (46, 1100), (44, 1180), (42, 1250)]), 1.2, DETAIL,
           opacity=0.55)
    stroke(svg, h.both(LATERAL_MALLEOLUS), 1.2, DETAIL)
    stroke(svg, h.both([(30, 1266), (27, 1277), (30, 1288)]), 1.2, DETAIL)
    stroke(svg, h.both([(34, 1290), (46, 1294), (58, 1292)]), 1.2, DETAIL, opacity=0.7)
    for d0, d1 in ((34, 36), (43, 46), (52, 55), (60, 63)):
        stroke(svg, h.both([(d0, 1350), (d1, 1366)]), 1.0, DETAIL, opacity=0.6)
    svg.close()

    lm = {
        "suprasternal-notch": (MID, Y_NOTCH + 2),
        "xiphisternal-junction": (MID, Y_XIPHI),
        "umbilicus": (MID, Y_UMB),
        "pubic-symphysis": (MID, Y_PUBIS),
        "nipple": h.p(D_NIPPLE, Y_NIPPLE),
        "cubital-crease": h.p(*ELBOW),
        "wrist-crease": h.p(*WRIST),
        "knee-eye-lateral": h.p(*KNEE_EYE),
        "knee-eye-medial": h.p(30, KNEE_EYE[1]),
        "ankle-front": h.p(*ANKLE_FRONT),
        "lateral-malleolus": h.p(D_LMALL, Y_LMALL),
        "medial-malleolus": h.p(29, 1277),
        "patella": h.p(*PATELLA),
        "acromion": h.p(*ACROMION),
        "axillary-fold-front": h.p(*AXILLA_FRONT),
        "asis": h.p(102, 618),
    }
    return Figure("body-front", "Body front", "assets/body/body-front.svg", "front", "body",
                  None, MID, C, rounded(lm), svg.text())
