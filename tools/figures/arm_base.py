"""What arm-front and arm-back share: the pose and frame, the silhouette of shoulder, chest (or
back) wall and limb, the axilla, the hand's outline, and the landmarks both views draw.

Every point comes from tools/figures/proportions.py (the body-front arm, posed by `arm_pose`
and scaled by `arm_xy`); nothing here is measured anew.
"""

from __future__ import annotations

import math

from .geometry import catmull, d_of, line_seg, smooth
from .proportions import (
    ACROMION,
    ARM,
    ARM_CUN,
    ARM_D0,
    ARM_IN,
    ARM_POINTS,
    AXILLA_BACK,
    AXILLA_FRONT,
    BICEPS_TENDON_U,
    BODY_CUN,
    FINGER_GAPS,
    HAND,
    LU5_LATERAL,
    arm_pose,
    arm_xy,
    fore_pt,
    hand_pt,
    upper_pt,
)
from .svg import DETAIL, LIMB_DETAIL_W, LIMB_OUTLINE_W, SKIN_SHADE, Svg, fill, stroke

# the trunk beside the limb: the shoulder line from the plate's medial edge, the side of the
# chest (or back) down past the axilla, then a soft cut back to the plate's edge
TRUNK_TOP = [(ARM_D0, 247.0), (84, 252), (112, 257)]
TRUNK_SIDE = [(124.5, 382), (121.5, 400), (116, 440), (112, 466)]
TRUNK_CUT = [(112, 466), (100, 482), (82, 492), (ARM_D0, 496)]
# the axilla: the top of the gap between arm and trunk (the skin between the folds, seen from
# in front or behind), from the trunk over to the arm's inner edge
# the radial styloid's ulnar edge in the forearm frame (fore_pt), from LU8's level (1 B-cun above
# the wrist creases) down to its tip on the line of the creases (the radial-styloid landmark), as
# the hand close-ups draw it: LU8 lies between it and the radial artery, LI5 (arm-back) beyond it
RADIAL_STYLOID = [(22.8, 198.0), (22.4, 205.0), (21.7, 211.0), (20.5, 216.0)]
AXILLA_APEX = [(125.2, 377), (128, 374), (130.8, 377.5)]


class Frame:
    """Plate coordinates of body points on one arm plate (front or back)."""

    def __init__(self, back: bool):
        self.back = back

    def t(self, p):
        """A point of the trunk (not posed)."""
        return arm_xy(p, self.back)

    def limb(self, p):
        """A point of the limb, as the close-ups pose it."""
        return arm_xy(arm_pose(p), self.back)

    def f(self, u, v):
        return self.limb(fore_pt(u, v))

    def up(self, u, v):
        return self.limb(upper_pt(u, v))

    def h(self, u, v):
        return self.limb(hand_pt(u, v))

    def lateral(self, p, cun):
        """p moved `cun` B-cun toward the limb's lateral side across the plate (as the mark
        grammar's `lateral` offset does)."""
        sgn = 1 if self.back else -1
        return (p[0] + sgn * cun * ARM_CUN, p[1])


def limb_run(fr: Frame):
    """The limb outline as one run: over the shoulder, down the lateral side, round the hand,
    up the inner side to the axilla (posed points)."""
    hand = [hand_pt(u, v) for u, v in HAND]
    return [fr.limb(p) for p in ARM + list(reversed(hand))[1:-1] + ARM_IN]


def axillary_fossa(fr: Frame):
    """Centre of the axillary hollow as the front view shows it: midway from the anterior fold's
    end to the top of the gap below it."""
    a, b = fr.limb(AXILLA_FRONT), fr.t(AXILLA_APEX[1])
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def axilla_arm_end():
    """Where the apex of the axilla meets the arm's inner edge (ARM_IN's point at y 384)."""
    return ARM_IN[-2]


def draw_silhouette(svg: Svg, fr: Frame, fold_front: bool):
    """Trunk piece, limb, axilla (its near fold strong, the hollow shaded) and outlines."""
    sw, dw = LIMB_OUTLINE_W, LIMB_DETAIL_W
    top = catmull([fr.t(p) for p in TRUNK_TOP])
    side_pts = [(152, 280), (150, 302), (142, 326), (140, 345), *TRUNK_SIDE]
    side = catmull([fr.t(p) for p in [TRUNK_TOP[-1], (142, 264), *side_pts]],
                   pre=fr.t(TRUNK_TOP[-2]))
    cut = catmull([fr.t(p) for p in TRUNK_CUT])
    edge = [line_seg(fr.t(TRUNK_CUT[-1]), fr.t(TRUNK_TOP[0]))]
    svg.open("trunk")
    fill(svg, d_of(top + side + cut + edge, True))
    svg.close()

    run = limb_run(fr)
    segs = catmull(run)
    svg.open("limb")
    fill(svg, d_of(segs, True))
    # the axilla: the hollow between the folds, shaded
    arm_end = fr.limb(axilla_arm_end())
    fold = fr.limb(AXILLA_FRONT if fold_front else AXILLA_BACK)
    inner = fr.limb((126.5, 356))
    hollow = [fold, fr.t((129, 349 if fold_front else 352)), fr.t((126.5, 360)),
              *[fr.t(p) for p in AXILLA_APEX], arm_end, inner]
    fill(svg, smooth(hollow, closed=True), SKIN_SHADE)
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(top), sw)
    # one line from the trunk's cut up its side, over the top of the gap, down the arm's inner
    # edge, round the hand and up the lateral side over the shoulder
    edge = ([fr.t(p) for p in reversed(TRUNK_SIDE)] + [fr.t(p) for p in AXILLA_APEX] +
            list(reversed(run[:-1])))
    stroke(svg, d_of(catmull(edge)), sw)
    # the arm's inner edge above the apex, inside the axilla: soft
    stroke(svg, smooth([arm_end, inner, fold]), dw, DETAIL, opacity=0.5)
    for gap in FINGER_GAPS:
        stroke(svg, smooth([fr.h(*g) for g in gap]), dw, DETAIL)
    svg.close()
    return fold


def shared_landmarks(fr: Frame) -> dict:
    """Landmarks both views draw at the same (d, y): bones of the elbow and wrist."""
    lm = {"acromion": fr.t(ACROMION)}
    for name in ("humerus-epicondyle-lateral", "humerus-epicondyle-medial", "greater-tubercle",
                 "radial-styloid"):
        lm[name] = fr.limb(ARM_POINTS[name])
    return lm


def lu5_li11_li15(fr: Frame):
    """LU5, LI11 and LI15 as their marks measure them (docs/geometry.md, arm views): LU5 just
    lateral of the biceps tendon on the crease, LI11 midway from LU5 to the lateral epicondyle,
    LI15 midway between the front of the acromion and the greater tubercle."""
    tendon = fr.f(BICEPS_TENDON_U, 0)
    lu5 = fr.lateral(tendon, LU5_LATERAL)
    epi = fr.limb(ARM_POINTS["humerus-epicondyle-lateral"])
    li11 = ((lu5[0] + epi[0]) / 2, (lu5[1] + epi[1]) / 2)
    front, tub = fr.t(ACROMION_FRONT), fr.limb(ARM_POINTS["greater-tubercle"])
    li15 = ((front[0] + tub[0]) / 2, (front[1] + tub[1]) / 2)
    return lu5, li11, li15


ACROMION_FRONT = (147.0, 266.0)  # anterior end of the acromion's lateral border


def deltoid_insertion(fr: Frame):
    """The deltoid's insertion: on the LI11-LI15 line, 7 B-cun above LI11 (WHO: LI14)."""
    _, li11, li15 = lu5_li11_li15(fr)
    n = math.dist(li11, li15)
    k = 7 * ARM_CUN / n
    return (li11[0] + (li15[0] - li11[0]) * k, li11[1] + (li15[1] - li11[1]) * k)


__all__ = [
    "ARM_CUN",
    "BODY_CUN",
    "RADIAL_STYLOID",
    "Frame",
    "axillary_fossa",
    "deltoid_insertion",
    "draw_silhouette",
    "lu5_li11_li15",
    "shared_landmarks",
]
