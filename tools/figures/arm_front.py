"""arm-front: the right upper limb from the front (flexor side, palm forward), shoulder to
fingertips, with the chest wall and the axilla beside it.

The body-front arm scaled (tools/figures/proportions.py `arm_xy`) and turned 5° out at the
shoulder (`arm_pose`) so that the axillary hollow shows; the limb's axis stays close to
vertical. WHO proportional cun on the drawn landmarks: anterior axillary fold → cubital crease
9 B-cun (measured across the limb, from the fold to the line of the crease), cubital crease →
palmar wrist crease 12 B-cun.
"""

from __future__ import annotations

from .arm_base import (
    ACROMION_FRONT,
    RADIAL_STYLOID,
    Frame,
    axillary_fossa,
    deltoid_insertion,
    draw_silhouette,
    shared_landmarks,
)
from .figure import Figure, rounded
from .geometry import ellipse_d, smooth
from .hand_shape import (
    DISTAL_PALMAR_CREASE,
    FINGERS,
    PROXIMAL_PALMAR_CREASE,
    THENAR_CREASE,
    finger_axis,
    finger_half,
    level_on,
    thumb_axis,
    thumb_half,
)
from .proportions import (
    ARM,
    ARM_CUN,
    ARM_D0,
    ARM_H,
    ARM_IN,
    ARM_W,
    BICEPS_TENDON_U,
    BODY_H,
    BODY_MID,
    BODY_W,
    FINGER_AT,
    LU5_LATERAL,
    THUMB_AT,
    WRIST_TENDONS_U,
    frame_of,
    hand_outline,
)
from .svg import DETAIL, LIMB_DETAIL_W, Svg, background, fill, stroke

WRIST_V = 216.0  # the palmar wrist crease, 12 B-cun (body units) below the cubital crease
FOLD_V = 162.0  # the level of the anterior axillary fold, 9 B-cun above the crease
TENDON_HALF = 2.5  # the biceps tendon's drawn edges either side of BICEPS_TENDON_U
# the palmar wrist crease (forearm frame), bowing a little distally toward both ends
PALMAR_CREASE = [(-21, 217.5), (-8, 216.3), (0, WRIST_V), (10, 216.3), (21, 217.5)]


# biceps brachii in the upper arm's frame (u lateral, v up from the cubital crease, body units):
# its borders from under the deltoid and pectoralis down to the tendon, about 1.5 B-cun across
# the belly and medial of the deltoid's insertion (which LI11 and LI15 fix); LU3 and LU4 (on the
# line from biceps-groove-lateral to LU5) lie just lateral of the lateral border, HT2 just
# medial of the medial one, PC2 on the groove between the heads
BICEPS_LATERAL = [(6.2, 152), (5, 136), (3.6, 108), (3, 90), (2.3, 62), (1.2, 38), (0, 18),
                  (-1, 6)]
BICEPS_MEDIAL = [(-18.5, 165), (-21, 140), (-23, 110), (-22.5, 85), (-19.5, 54), (-16, 34),
                 (-11, 16), (-7.5, 6)]
BICEPS_HEADS = [(-9.5, 172), (-9.2, 145), (-8.6, 118)]
# the lateral supracondylar ridge of the humerus (upper-arm frame): from the lateral epicondyle
# up the lateral margin of the bone for about 3 B-cun, fading into the shaft; seen from in front
# it lies a little lateral of the line from the epicondyle toward the deltoid insertion
SUPRACONDYLAR_RIDGE = [(25.5, 3), (26.2, 10), (26, 18), (25, 30), (22.5, 45), (19.5, 58)]
BICEPS_GROOVES_U = {"biceps-groove-lateral": 7.5, "biceps-heads-groove": -9.5,
                    "biceps-groove-medial": -23.0}  # at the fold's level (FOLD_V)


def radial_artery():
    """The radial artery's course in the forearm frame, from its origin at the neck of the
    radius (1 B-cun below the crease) to the pulse on the palmar wrist crease: straight, on the
    surface line from the lateral margin of the biceps tendon in the cubital fossa to the front
    of the radial styloid, forearm supinated (Gray's Anatomy, 1918, surface anatomy of the upper
    limb). LU6 on the LU5-LU9 line is then about 0.2 B-cun radial of it, not on it."""
    u0, v0 = BICEPS_TENDON_U + TENDON_HALF, 0.0
    u1, v1 = WRIST_TENDONS_U["radial-artery"], WRIST_V
    return [(u0 + (u1 - u0) * (v - v0) / (v1 - v0), v) for v in (18.0, 60.0, 120.0, 180.0, v1)]


def _pc_u(v):
    """u of the PC line (PC3 on the cubital crease → PC7 on the wrist crease) at level v."""
    pc3 = BICEPS_TENDON_U - LU5_LATERAL * 18
    pc7 = (WRIST_TENDONS_U["palmaris-longus-tendon"] +
           WRIST_TENDONS_U["flexor-carpi-radialis-tendon"]) / 2
    return pc3 + (pc7 - pc3) * v / WRIST_V


def _ht_u(v):
    """u of the HT line (HT3 at the crease's medial end → HT7 radial of the FCU tendon)."""
    ht3, ht7 = -22.0, WRIST_TENDONS_U["flexor-carpi-ulnaris-tendon"] + 0.3 * 18
    return ht3 + (ht7 - ht3) * (v - 2) / (WRIST_V - 2)


def arm_front() -> Figure:
    fr = Frame(back=False)
    f, up, h, limb, t = fr.f, fr.up, fr.h, fr.limb, fr.t
    dw = LIMB_DETAIL_W
    svg = Svg(ARM_W, ARM_H, "Arm, front view",
              "Acupoint Atlas plate: the right upper limb from the front, palm forward, with "
              "the chest wall and the axilla.")
    background(svg)
    fold = draw_silhouette(svg, fr, fold_front=True)
    ins = deltoid_insertion(fr)

    svg.open("chest")
    stroke(svg, smooth([t(p) for p in [(ARM_D0, 263), (80, 264), (116, 259.5), (140, 263.5)]]), dw,
           DETAIL)
    # the anterior axillary fold: the lower border of pectoralis major, from the arm onto the chest
    stroke(svg, smooth([fold, t((128, 348)), t((116, 356)), t((100, 362))]), dw, DETAIL)
    stroke(svg, smooth([t((100, 362)), t((84, 366)), t((66, 368))]), dw, DETAIL, opacity=0.45)
    fill(svg, ellipse_d(*t((72, 338)), 2.4, 2.4), DETAIL, opacity=0.6)
    # deltopectoral groove from below the clavicle
    stroke(svg, smooth([t((124, 262)), limb((130, 284)), limb((137, 306))]), dw, DETAIL,
           opacity=0.45)
    svg.close()

    svg.open("upper-arm")
    # deltoid: its anterior border down to the insertion; the shoulder cap
    stroke(svg, smooth([limb((128, 264)), limb((138, 292)), limb((150, 322)),
                        limb((162, 346)), ins]), dw, DETAIL, opacity=0.75)
    stroke(svg, smooth([ins, limb((178.5, 352)), limb((180, 332))]), dw, DETAIL, opacity=0.4)
    # biceps: lateral and medial borders to its tendon, the groove between its heads
    stroke(svg, smooth([up(*p) for p in BICEPS_LATERAL]), dw, DETAIL, opacity=0.75)
    stroke(svg, smooth([up(*p) for p in BICEPS_MEDIAL]), dw, DETAIL, opacity=0.75)
    stroke(svg, smooth([up(*p) for p in BICEPS_HEADS]), 1.1, DETAIL, opacity=0.4)
    for u in (BICEPS_TENDON_U + TENDON_HALF, BICEPS_TENDON_U - TENDON_HALF):
        stroke(svg, smooth([up(u, 6), f(u, 0), f(u * 0.9, 12)]), 1.3, DETAIL, opacity=0.8)
    svg.close()

    svg.open("elbow")
    stroke(svg, smooth([f(-22, 2), f(-8, 0.8), f(0, 0), f(10, 0.8), f(21, 2)]), dw, DETAIL)
    # the lateral supracondylar ridge, up from the lateral epicondyle (LI12 just in front of it)
    stroke(svg, smooth([up(*p) for p in SUPRACONDYLAR_RIDGE]), 1.2, DETAIL, opacity=0.5)
    stroke(svg, smooth([f(-26.5, -7), f(-29, 0), f(-26.5, 7)]), 1.3, DETAIL, opacity=0.7)
    stroke(svg, smooth([f(23.5, -6), f(26, 0), f(23.5, 6)]), 1.3, DETAIL, opacity=0.7)
    svg.close()

    svg.open("forearm")
    # brachioradialis (the radial muscle mass) and the flexor mass from the medial epicondyle
    stroke(svg, smooth([f(13, 10), f(14.5, 60), f(16, 120), f(18, 175)]), 1.2, DETAIL,
           opacity=0.4)
    stroke(svg, smooth([f(-24, 8), f(-14, 40), f(-4, 72)]), 1.2, DETAIL, opacity=0.3)
    # tendons at the wrist: FCR and PL either side of the PC line, FCU on the ulnar side
    for off in (5.0, -5.0):
        stroke(svg, smooth([f(_pc_u(v) + off, v) for v in (WRIST_V + 2, 180, 140, 112)]),
               1.3, DETAIL, opacity=0.8)
        stroke(svg, smooth([f(_pc_u(112) + off, 112), f(_pc_u(70) + off * 0.5 - 6, 70),
                            f(-20, 16)]), 1.1, DETAIL, opacity=0.3)
    stroke(svg, smooth([f(_ht_u(v) - 5.4, v) for v in (WRIST_V + 2, 180, 140)]), 1.3, DETAIL,
           opacity=0.8)
    stroke(svg, smooth([f(_ht_u(140) - 5.4, 140), f(-24, 70), f(-27, 14)]), 1.1, DETAIL,
           opacity=0.3)
    # radial artery, from the cubital fossa to the wrist beside the radial styloid
    stroke(svg, smooth([f(*p) for p in radial_artery()] + [h(15.5, 6)]), 1.1, DETAIL,
           opacity=0.45)
    # radial styloid
    stroke(svg, smooth([f(*p) for p in RADIAL_STYLOID]), 1.2, DETAIL, opacity=0.6)
    svg.close()

    svg.open("hand")
    stroke(svg, smooth([f(*p) for p in PALMAR_CREASE]), dw, DETAIL)
    stroke(svg, smooth([h(-19, 9), h(0, 8), h(19, 9)]), 1.1, DETAIL, opacity=0.4)
    pis = h(-16, 7)
    stroke(svg, ellipse_d(pis[0], pis[1], 6, 7), 1.1, DETAIL, opacity=0.5)
    # thenar crease, hypothenar edge, the distal and proximal palmar creases (the close-up's)
    stroke(svg, smooth([h(*p) for p in THENAR_CREASE]), 1.3, DETAIL, opacity=0.65)
    stroke(svg, smooth([h(-20, 16), h(-24, 40), h(-27, 62)]), 1.1, DETAIL, opacity=0.3)
    stroke(svg, smooth([h(*p) for p in DISTAL_PALMAR_CREASE]), 1.3, DETAIL, opacity=0.6)
    stroke(svg, smooth([h(*p) for p in PROXIMAL_PALMAR_CREASE]), 1.1, DETAIL, opacity=0.4)
    # finger creases (base, middle and distal joints), thumb crease
    for name in FINGERS:
        for at in (0.05, FINGER_AT["pip"], FINGER_AT["dip"]):
            (uc, v), half = finger_axis(name, at), 0.75 * finger_half(name, at)
            stroke(svg, smooth([h(uc - half, v), h(uc, v + 1), h(uc + half, v)]), 1.0,
                   DETAIL, opacity=0.45)
    v = THUMB_AT["ip"]
    uc, half = thumb_axis(v), 0.75 * thumb_half(v)
    stroke(svg, smooth([h(uc - half, v), h(uc, v + 1), h(uc + half, v)]), 1.0, DETAIL,
           opacity=0.45)
    svg.close()

    lm = shared_landmarks(fr)
    lm.update({
        "acromion-anterior": t(ACROMION_FRONT),
        "axillary-fold-front": fold,
        "axillary-fossa": axillary_fossa(fr),
        **{name: up(u, FOLD_V) for name, u in BICEPS_GROOVES_U.items()},
        "deltoid-insertion": ins,
        "biceps-tendon": f(BICEPS_TENDON_U, 0),
        "cubital-crease": f(0, 0),
        "cubital-crease-lateral": f(21, 2),
        "cubital-crease-medial": f(-22, 2),
        "wrist-crease": f(0, WRIST_V),
        "pisiform": pis,
    })
    for name, u in WRIST_TENDONS_U.items():
        lm[name] = f(u, WRIST_V)
    # the pulse where the artery crosses the drawn crease (LU9 is measured from it)
    u = WRIST_TENDONS_U["radial-artery"]
    lm["radial-artery"] = f(u, level_on(PALMAR_CREASE, u))
    # the limb from the shoulder's point (not the neck) to the fingertips
    outline = [*ARM[1:], *ARM_IN, *hand_outline()]
    frame = frame_of([(BODY_MID - d, y) for d, y in outline], (BODY_W, BODY_H))
    return Figure("arm-front", "Arm front", "assets/body/arm-front.svg", "front", "arm",
                  "body-front", None, ARM_CUN, rounded(lm), svg.text(), frame=frame)
