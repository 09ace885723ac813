"""arm-back: the right upper limb from behind (extensor side), shoulder to fingertips, with the
top of the shoulder and the lateral part of the scapula beside it.

The mirror image of arm-front's silhouette (one pose, one frame): a bone point has the same
(d, y) on both. WHO proportional cun on the drawn landmarks: tip of the olecranon → dorsal wrist
crease 12 B-cun. The acromial angle is drawn 12.5 B-cun from the tip of the olecranon, a little
below the top of the shoulder (the body plates put the acromion 13 B-cun above the elbow);
TE11, TE12 and TE13 measure along that line with span 12.5.
"""

from __future__ import annotations

import math

from .arm_base import RADIAL_STYLOID, Frame, deltoid_insertion, draw_silhouette, shared_landmarks
from .figure import Figure, rounded
from .geometry import ellipse_d, smooth
from .hand_back import THUMB_TENDONS
from .hand_shape import (
    FINGERS,
    extensor_tendons,
    finger_at,
    finger_half,
    level_on,
    nail,
    ulna_head,
    ulna_head_run,
)
from .proportions import (
    ARM,
    ARM_CUN,
    ARM_D0,
    ARM_H,
    ARM_IN,
    ARM_POINTS,
    ARM_W,
    AXILLA_BACK,
    BODY_H,
    BODY_MID,
    BODY_W,
    EXTENSOR_DIGITORUM,
    FINGER_AT,
    MCP_V,
    METACARPAL2_RADIAL,
    METACARPALS,
    arm_pose,
    frame_of,
    hand_outline,
    hand_pt,
)
from .svg import DETAIL, LIMB_DETAIL_W, Svg, background, fill, stroke

WRIST_V = 216.0
ANGLE_CUN = 12.5  # the acromial angle's distance from the tip of the olecranon, as drawn
DELTOID_TE_CUN = 2.8  # where the deltoid's posterior border crosses the TE11-TE13 line
ED_U = sum(EXTENSOR_DIGITORUM) / 2  # the extensor digitorum tendons' middle on the crease
# the dorsal wrist crease (forearm frame), bowing a little distally toward both ends
DORSAL_CREASE = [(-21, 217.5), (-8, 216.3), (0, WRIST_V), (10, 216.3), (21, 217.5)]


def acromial_angle(fr: Frame):
    """The acromial angle, ANGLE_CUN B-cun from the tip of the olecranon toward the lateral end
    of the body-back's spine of the scapula."""
    olec = fr.limb(ARM_POINTS["olecranon"])
    toward = fr.t((147, 268))
    k = ANGLE_CUN * ARM_CUN / math.dist(olec, toward)
    return (olec[0] + (toward[0] - olec[0]) * k, olec[1] + (toward[1] - olec[1]) * k)


def deltoid_back_border(fr: Frame, angle, olec):
    """The deltoid's posterior border from the spine of the scapula to its insertion (plate
    points of a smooth curve). It crosses the acromial angle → olecranon line DELTOID_TE_CUN
    below the angle, so TE13 (3 B-cun) lies just behind and below it, as WHO places it."""
    n = math.dist(angle, olec)
    k = DELTOID_TE_CUN * ARM_CUN / n
    cross = (angle[0] + (olec[0] - angle[0]) * k, angle[1] + (olec[1] - angle[1]) * k)
    return [fr.t((106, 287)), fr.limb((124, 300)), fr.limb((140, 311.5)), cross,
            fr.limb((166, 344)), deltoid_insertion(fr)]


def arm_back() -> Figure:
    fr = Frame(back=True)
    f, up, h, limb, t = fr.f, fr.up, fr.h, fr.limb, fr.t
    dw = LIMB_DETAIL_W
    svg = Svg(ARM_W, ARM_H, "Arm, back view",
              "Acupoint Atlas plate: the right upper limb from behind, with the top of the "
              "shoulder and the scapula beside it.")
    background(svg)
    fold = draw_silhouette(svg, fr, fold_front=False)
    ins = deltoid_insertion(fr)
    olec = limb(ARM_POINTS["olecranon"])
    angle = acromial_angle(fr)
    fold_d = arm_pose(AXILLA_BACK)[0]
    spine_low = t((fold_d, 282.5))

    svg.open("shoulder")
    # spine of the scapula (upper and lower borders) into the acromion; the acromion's edge
    stroke(svg, smooth([t((ARM_D0, 289)), t((80, 284.5)), t((120, 276)), t((134, 271))]),
           dw, DETAIL, opacity=0.8)
    stroke(svg, smooth([t((134, 271)), t((141, 268.5))]), dw, DETAIL, opacity=0.4)
    stroke(svg, smooth([t((ARM_D0, 298.5)), t((90, 293)), t((120, 287)), spine_low, angle]),
           dw, DETAIL, opacity=0.6)
    stroke(svg, smooth([angle, t((149.5, 266.5)), t((150, 262.5))]), 1.3, DETAIL, opacity=0.7)
    # the acromial end of the clavicle at the top of the shoulder
    stroke(svg, smooth([t((118, 261)), t((127, 263)), t((135, 264.5))]), 1.2, DETAIL,
           opacity=0.55)
    # lateral border of the scapula, the posterior axillary fold (teres major, latissimus)
    stroke(svg, smooth([t((82, 368)), t((104, 334)), t((118, 308))]), 1.2, DETAIL,
           opacity=0.35)
    stroke(svg, smooth([fold, t((128.5, 351)), t((118, 364)), t((100, 378))]), dw, DETAIL)
    stroke(svg, smooth([t((100, 378)), t((84, 390)), t((68, 398))]), dw, DETAIL, opacity=0.4)
    svg.close()

    svg.open("upper-arm")
    # deltoid: posterior border from the spine down to the insertion; the insertion's V
    stroke(svg, smooth(deltoid_back_border(fr, angle, olec)), dw, DETAIL, opacity=0.75)
    stroke(svg, smooth([ins, limb((178.5, 352)), limb((180, 332))]), dw, DETAIL, opacity=0.4)
    # triceps: long head, lateral head, the tendon above the olecranon
    stroke(svg, smooth([up(-22, 150), up(-19, 90), up(-8, 40)]), 1.2, DETAIL, opacity=0.4)
    stroke(svg, smooth([up(15, 116), up(12, 80), up(5, 40)]), 1.2, DETAIL, opacity=0.4)
    for u in (-7, 5):
        stroke(svg, smooth([up(u, 40), up(u * 0.6, 12)]), 1.2, DETAIL, opacity=0.35)
    svg.close()

    svg.open("elbow")
    stroke(svg, smooth([f(-8, 4), f(-5, -2.5), f(0, -4), f(5, -2.5), f(8, 4)]), 1.4, DETAIL)
    stroke(svg, smooth([f(-26.5, -7), f(-29, 0), f(-26.5, 7)]), 1.3, DETAIL, opacity=0.7)
    stroke(svg, smooth([f(23.5, -6), f(26, 0), f(23.5, 6)]), 1.3, DETAIL, opacity=0.7)
    # the ulnar groove between the olecranon and the medial epicondyle
    stroke(svg, smooth([f(-12.5, -10), f(-14.5, 0), f(-13.5, 10)]), 1.2, DETAIL, opacity=0.5)
    svg.close()

    svg.open("forearm")
    # ulna: its posterior border from the olecranon to the head, the head, the styloid
    stroke(svg, smooth([f(-2, 14), f(-6, 70), f(-11, 140), f(-14.5, 182)]), 1.2, DETAIL,
           opacity=0.5)
    # the head of the ulna, one size with hand-back's (0.5 to 1.5 B-cun above the crease)
    (head_u, head_v), (head_ru, _) = ulna_head()
    head = limb(ARM_POINTS["ulna-head"])
    stroke(svg, smooth([h(*p) for p in ulna_head_run()]), 1.2, DETAIL, opacity=0.6)
    sty = limb(ARM_POINTS["ulna-styloid"])
    fill(svg, ellipse_d(sty[0], sty[1], 2.6, 2.6), DETAIL, opacity=0.5)
    # radius: its dorsal border to Lister's tubercle, the radial styloid
    stroke(svg, smooth([f(18, 20), f(14.5, 80), f(12, 150), f(10, 196)]), 1.2, DETAIL,
           opacity=0.5)
    lister = f(9, 205)
    fill(svg, ellipse_d(lister[0], lister[1], 3.2, 4), DETAIL, opacity=0.45)
    stroke(svg, smooth([f(*p) for p in RADIAL_STYLOID]), 1.2, DETAIL, opacity=0.6)
    # extensor digitorum: the tendons' group above the wrist, as wide as on hand-back
    tendons = extensor_tendons()
    for u, _n in (tendons[0], tendons[-1]):
        stroke(svg, smooth([f(u + 0.6, 150), f(u + 0.2, 190), f(u, WRIST_V)]), 1.2, DETAIL,
               opacity=0.55)
    svg.close()

    svg.open("hand")
    stroke(svg, smooth([f(*p) for p in DORSAL_CREASE]), dw, DETAIL, opacity=0.85)
    # extensor digitorum tendons fanning to the knuckles
    for u0, n in tendons:
        u1, v1 = METACARPALS[n][1][0], MCP_V[n] - 2
        stroke(svg, smooth([h(u0, 0), h((u0 + u1) / 2, v1 * 0.45), h(u1, v1)]), 1.1, DETAIL,
               opacity=0.5)
    # the anatomical snuffbox between the thumb's extensor tendons (EPL; EPB with APL), as the
    # close-up draws them
    epl = THUMB_TENDONS["extensor-pollicis-longus"]
    epb = THUMB_TENDONS["extensor-pollicis-brevis"]
    stroke(svg, smooth([lister] + [h(*p) for p in epl if p[1] > 0]), 1.2, DETAIL, opacity=0.6)
    stroke(svg, smooth([f(21.5, 196)] + [h(*p) for p in epb if p[1] >= 0]), 1.2, DETAIL,
           opacity=0.6)
    box = h(18.5, 6)
    fill(svg, ellipse_d(box[0], box[1], 4.5, 6), DETAIL, opacity=0.18)
    # metacarpal shafts (faint), knuckles, finger joints, nails
    for n in (2, 3, 4, 5):
        (bu, bv), (hu, hv) = METACARPALS[n]
        pts = [(bu, bv + 2), ((bu + hu) / 2, (bv + hv) / 2), (hu, hv + 2)]
        stroke(svg, smooth([h(*p) for p in pts]), 1.1, DETAIL, opacity=0.3)
        uc, v0 = METACARPALS[n][1][0], MCP_V[n] + 5
        stroke(svg, smooth([h(uc - 5, v0), h(uc, v0 - 2), h(uc + 5, v0)]), 1.2, DETAIL,
               opacity=0.55)
    for name in FINGERS:
        for key in ("pip", "dip"):
            (uc, v), half = finger_at(name, key), 0.7 * finger_half(name, FINGER_AT[key])
            stroke(svg, smooth([h(uc - half, v), h(uc, v - 1), h(uc + half, v)]), 1.0,
                   DETAIL, opacity=0.4)
    for name in ("thumb", *FINGERS):
        _u, _r, (ub, vb), (uf, vf), rw = nail(name)
        uc, vc, rl = (ub + uf) / 2, (vb + vf) / 2, (vf - vb) / 2
        shape = [h(uc - rw, vc - rl), h(uc + rw, vc - rl), h(uc + rw, vc + rl * 0.6),
                 h(uc, vc + rl), h(uc - rw, vc + rl * 0.6)]
        stroke(svg, smooth(shape, closed=True), 1.0, DETAIL, opacity=0.55)
    svg.close()

    lm = shared_landmarks(fr)
    lm.update({
        "acromial-angle": angle,
        "clavicle-acromial-end": t((133, 265)),
        "scapula-spine-lateral": t((122, 276)),
        "scapula-spine-lower": spine_low,
        "axillary-fold-back": fold,
        "deltoid-insertion": ins,
        "olecranon": olec,
        "ulna-head": head,
        "ulna-head-radial": h(head_u + head_ru, head_v),
        "ulna-styloid": sty,
        "triquetrum": limb(ARM_POINTS["triquetrum"]),
        "metacarpal5-base": limb(ARM_POINTS["metacarpal5-base"]),
        "lister-tubercle": lister,
        "wrist-crease-dorsal": f(0, WRIST_V),
        "extensor-digitorum-tendon": f(ED_U, WRIST_V),
        **{f"extensor-digitorum-{side}": f(u, level_on(DORSAL_CREASE, u))
           for side, u in zip(("ulnar", "radial"), EXTENSOR_DIGITORUM, strict=True)},
        "anatomical-snuffbox": box,
        "metacarpal2-base": limb(hand_pt(*METACARPAL2_RADIAL[0])),
        "metacarpal2-head": limb(hand_pt(*METACARPAL2_RADIAL[1])),
    })
    # the limb from the shoulder's point (not the neck) to the fingertips
    outline = [*ARM[1:], *ARM_IN, *hand_outline()]
    frame = frame_of([(BODY_MID + d, y) for d, y in outline], (BODY_W, BODY_H))
    return Figure("arm-back", "Arm back", "assets/body/arm-back.svg", "back", "arm",
                  "body-back", None, ARM_CUN, rounded(lm), svg.text(), frame=frame)
