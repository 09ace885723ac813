"""What the four leg close-ups share: their two frames, the two silhouettes and the bone points
each pair of plates draws at the same body coordinates.

leg-front and leg-back are the body-front/body-back right leg (LEG_HALF, (d, y)) seen from in
front and from behind; leg-lateral and leg-medial are body-side's leg (LEG_SIDE, (x, y)) seen
from the figure's right and from its left. Every number comes from tools/figures/proportions.py,
scaled by LEG_SCALE (`leg_xy`, `leg_side_xy`); nothing here is measured anew.
"""

from __future__ import annotations

from .geometry import catmull, d_of, line_seg
from .proportions import (
    D_GREATER_TROCHANTER,
    D_LMALL,
    LATERAL_MALLEOLUS_S,
    LEG_CUN,
    LEG_D0,
    LEG_HALF,
    LEG_SIDE,
    LEG_TOP,
    LEG_TOP_S,
    MEDIAL_MALLEOLUS,
    MEDIAL_MALLEOLUS_S,
    Y_FIBULA_HEAD,
    Y_LMALL,
    Y_TIBIA_CONDYLE,
    Y_TROCHANTER,
    leg_side_xy,
    leg_xy,
)
from .svg import LIMB_OUTLINE_W, Svg, fill, stroke


class FrontBack:
    """Plate coordinates of body (d, y) points on leg-front (back=False) or leg-back."""

    def __init__(self, back: bool):
        self.back = back

    def p(self, d, y):
        return leg_xy((d, y), self.back)

    def ps(self, pts):
        return [self.p(*q) for q in pts]

    def lateral(self, pt, cun):
        """pt moved `cun` B-cun toward the limb's lateral side, as the marks' `lateral:` does."""
        sgn = 1 if self.back else -1
        return (pt[0] + sgn * cun * LEG_CUN, pt[1])


class Side:
    """Plate coordinates of body-side (x, y) points on leg-lateral (medial=False) or
    leg-medial."""

    def __init__(self, medial: bool):
        self.medial = medial

    def p(self, x, y):
        return leg_side_xy((x, y), self.medial)

    def ps(self, pts):
        return [self.p(*q) for q in pts]

    def front(self, pt, cun):
        """pt moved `cun` B-cun toward the front of the leg, as the marks' `front:` does."""
        sgn = -1 if self.medial else 1
        return (pt[0] + sgn * cun * LEG_CUN, pt[1])


def draw_front_back(svg: Svg, fr: FrontBack):
    """The leg's fill from the plate's top (the trunk cut off at the midline's far side) and
    its outline down the lateral side, round the foot and up the medial side to the crotch.
    Returns the outline's segments (plate units)."""
    edge = LEG_D0 - 2
    run = fr.ps(LEG_HALF)
    segs = catmull(run)
    top = [line_seg(fr.p(edge, LEG_TOP - 2), fr.p(LEG_HALF[0][0], LEG_TOP - 2)),
           line_seg(fr.p(LEG_HALF[0][0], LEG_TOP - 2), run[0])]
    cut = [line_seg(run[-1], fr.p(edge, LEG_HALF[-1][1] - 4)),
           line_seg(fr.p(edge, LEG_HALF[-1][1] - 4), fr.p(edge, LEG_TOP - 2))]
    svg.open("leg")
    fill(svg, d_of(top + segs + cut, True))
    svg.close()
    return segs


def stroke_outline(svg: Svg, segs):
    svg.open("outline")
    stroke(svg, d_of(segs), LIMB_OUTLINE_W)
    svg.close()


def draw_side(svg: Svg, sd: Side):
    """The side silhouette's fill (leg, hip and the cut lower trunk); its outline's segments."""
    run = sd.ps(LEG_SIDE)
    segs = catmull(run)
    top = [line_seg(run[-1], sd.p(LEG_SIDE[-1][0], LEG_TOP_S - 2)),
           line_seg(sd.p(LEG_SIDE[-1][0], LEG_TOP_S - 2), sd.p(LEG_SIDE[0][0], LEG_TOP_S - 2)),
           line_seg(sd.p(LEG_SIDE[0][0], LEG_TOP_S - 2), run[0])]
    svg.open("leg")
    fill(svg, d_of(segs + top, True))
    svg.close()
    return segs


# --- bone points shared by leg-front and leg-back (body d, y) ---------------------------------
FRONT_BACK_BONES = {
    "greater-trochanter": (D_GREATER_TROCHANTER, Y_TROCHANTER),
    "lateral-malleolus": (D_LMALL, Y_LMALL),
    "medial-malleolus": MEDIAL_MALLEOLUS,
}


# --- the side plates (body-side x, y) ----------------------------------------------------------
# the head of the fibula 15 B-cun above the prominence of the lateral malleolus, its shaft drawn
# straight between them (GB34-GB39 measure along [lateral-malleolus, fibula-head], span 15)
FIBULA_HEAD_S = (252.0, Y_FIBULA_HEAD)
FIBULA_HALF = (0.3 * 18, 0.22 * 18)  # half-width of the shaft at the neck and above the ankle
# the calcaneal tendon's anterior border level with the malleolus prominence (lateral, medial)
CALCANEAL_TENDON_LAT = (246.0, Y_LMALL)
CALCANEAL_TENDON_MED = (246.0, MEDIAL_MALLEOLUS[1])
# the medial border of the tibia, drawn straight from the angle under the medial condyle (SP9)
# down to the level of the medial malleolus (13 B-cun), and the centre line of the medial surface
# between it and the anterior border (the front of the shin)
TIBIA_CONDYLE_LOWER_S = (274.0, Y_TIBIA_CONDYLE)
TIBIA_BORDER_ANKLE_S = (265.0, MEDIAL_MALLEOLUS[1])
TIBIA_SURFACE_TOP_S = (290.0, Y_TIBIA_CONDYLE)
TIBIA_SURFACE_ANKLE_S = (279.0, MEDIAL_MALLEOLUS[1])


def fibula_axis(y):
    """x of the fibula's axis (the line from the head to the lateral malleolus) at level y."""
    (x0, y0), (x1, y1) = FIBULA_HEAD_S, LATERAL_MALLEOLUS_S
    return x0 + (x1 - x0) * (y - y0) / (y1 - y0)


def fibula_half(y):
    """Half-width of the fibula's shaft (body units) at level y: narrowing to the ankle."""
    t = (y - Y_FIBULA_HEAD) / (Y_LMALL - Y_FIBULA_HEAD)
    return FIBULA_HALF[0] + (FIBULA_HALF[1] - FIBULA_HALF[0]) * t


def fibula_borders(y0=1036.0, y1=1266.0, n=6):
    """The anterior and posterior borders of the fibula's shaft (body-side points)."""
    ys = [y0 + (y1 - y0) * k / n for k in range(n + 1)]
    front = [(fibula_axis(y) + fibula_half(y), y) for y in ys]
    back = [(fibula_axis(y) - fibula_half(y), y) for y in ys]
    return front, back


def on_line(a, b, y):
    """The point of the line a -> b at level y."""
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + (b[0] - a[0]) * t, y)


__all__ = [
    "CALCANEAL_TENDON_LAT",
    "CALCANEAL_TENDON_MED",
    "FIBULA_HEAD_S",
    "FRONT_BACK_BONES",
    "MEDIAL_MALLEOLUS_S",
    "TIBIA_BORDER_ANKLE_S",
    "TIBIA_CONDYLE_LOWER_S",
    "TIBIA_SURFACE_ANKLE_S",
    "TIBIA_SURFACE_TOP_S",
    "FrontBack",
    "Side",
    "draw_front_back",
    "draw_side",
    "fibula_axis",
    "fibula_borders",
    "on_line",
    "stroke_outline",
]
