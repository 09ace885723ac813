"""The front/back body base: silhouette, brief and arms with hands (body-front, body-back).

The back view is the front's mirror image: the same proportions drawn with the figure's right
on the viewer's right.
"""

from __future__ import annotations

from .geometry import Half, catmull, d_of, mirror_segs, smooth, sym_run
from .proportions import ARM, ARM_IN, BODY_EAR, BODY_HALF, FINGER_GAPS, HAND, hand_pt
from .svg import BODY_DETAIL_W, BODY_OUTLINE_W, BRIEF, BRIEF_LINE, DETAIL, Svg, fill, stroke


def body_base(svg: Svg, h: Half, back: bool):
    """Silhouette, brief and arms (shared by the front and back views)."""
    sw, dw = BODY_OUTLINE_W, BODY_DETAIL_W
    body_d = h.closed_sym(BODY_HALF)
    svg.open("body")
    fill(svg, body_d)
    svg.close()

    # neutral brief over the pelvis
    brief = [(0, 632), (60, 629), (120, 623), (134, 627), (137.5, 664),
             (104, 676), (52, 690), (18, 700), (0, 704)]
    if back:
        brief = [(0, 624), (60, 622), (120, 620), (134, 627), (139, 676), (110, 712),
                 (60, 724), (22, 716), (0, 706)]
    svg.open("brief")
    fill(svg, h.closed_sym(brief), BRIEF)
    top = sym_run(h.pts(brief[:4]), h.mid)
    stroke(svg, d_of(top + mirror_segs(top, h.mid)), dw, BRIEF_LINE)
    leg = catmull(h.pts(brief[4:]), post=h.p(-brief[-2][0], brief[-2][1]))
    stroke(svg, d_of(leg) + d_of(mirror_segs(leg, h.mid)), dw, BRIEF_LINE)
    svg.close()

    svg.open("outline")
    stroke(svg, body_d, sw)
    svg.close()

    # arms with hands
    hand = [hand_pt(u, v) for u, v in HAND]
    run = ARM + list(reversed(hand))[1:-1] + ARM_IN
    svg.open("arms")
    for m in (h.pts, h.mirrored):
        arm_run = catmull(m(run))
        fill(svg, d_of(arm_run, True))
        stroke(svg, d_of(arm_run), sw)
        for gap in FINGER_GAPS:
            stroke(svg, smooth(m([hand_pt(*g) for g in gap])), 1.2, DETAIL)
    svg.close()
    return body_d


def body_ears(svg: Svg, h: Half, inner: bool):
    """Both ears of the small head (their inner fold only where the face is seen)."""
    for sgn in (1, -1):
        ear = [(h.mid + sgn * d, y) for d, y in BODY_EAR]
        fill(svg, smooth(ear, closed=True))
        stroke(svg, smooth(ear), BODY_DETAIL_W)
        if inner:
            stroke(svg, smooth([(h.mid + sgn * d, y) for d, y in
                                [(63, 132), (65, 140), (63, 154)]]), 0.8, DETAIL, opacity=0.6)
