"""head-top: the scalp seen from above, face toward the top, drawn as a map.

Not a projection: scalp-N is N·cun behind scalp-0 on the midline, B-cun across the midline are
true too, and the ear apex is level with scalp-5 (the vertex).
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import Half, fmt, smooth
from .svg import (
    BROW,
    DETAIL,
    HAIR,
    HAIR_LINE,
    HEAD_DETAIL_W,
    HEAD_OUTLINE_W,
    SKIN_SHADE,
    Svg,
    background,
    fill,
    stroke,
)


def head_top() -> Figure:
    W, H, MID, C = 600, 620, 300.0, 34.0
    y0 = 150.0  # scalp-0, the anterior hairline on the midline
    sw, dw = HEAD_OUTLINE_W, HEAD_DETAIL_W
    h = Half(MID, "top")
    svg = Svg(W, H, "Scalp seen from above",
              "Acupoint Atlas plate: the scalp from above, face toward the top, drawn as a map "
              "with true B-cun along and across the midline.")
    background(svg)

    def cy(n):
        return y0 + n * C

    # ears seen from above: the rim of the helix standing out from the side of the head,
    # attached in front and flaring backward
    ear = [(236, cy(3.95)), (252, cy(4.05)), (266, cy(4.55)), (276, cy(5.3)), (277, cy(6.0)),
           (270, cy(6.45)), (256, cy(6.35)), (240, cy(5.9))]
    ear_fold = [(254, cy(4.4)), (264, cy(4.9)), (268, cy(5.6)), (264, cy(6.1))]
    # the shoulders, far below the scalp, frame the head at the bottom of the plate
    svg.open("shoulders")
    sh = [(0, 500), (150, 498), (232, 508), (300, 540)]
    for sgn in (1, -1):
        pts = [(MID + sgn * d, y) for d, y in sh]
        edge = smooth(pts)
        fill(svg, edge + f"L{fmt(MID + sgn * 300)} {fmt(H)}L{fmt(MID)} {fmt(H)}Z", SKIN_SHADE)
        stroke(svg, edge, dw, DETAIL, opacity=0.6)
    svg.close()

    svg.open("ears")
    for sgn in (1, -1):
        pts = [(MID + sgn * d, y) for d, y in ear]
        fill(svg, smooth(pts, closed=True))
        stroke(svg, smooth(pts, closed=True), sw)
        stroke(svg, smooth([(MID + sgn * d, y) for d, y in ear_fold]), dw, DETAIL, opacity=0.7)
    svg.close()

    # the tip of the nose just shows beyond the brow
    svg.open("nose")
    nose = h.across([(0, 10), (8, 11), (14, 15.5), (19, 24), (24, 34), (29, 42), (31, 50)])
    fill(svg, smooth(nose))
    stroke(svg, smooth(nose[1:-1]), sw)
    stroke(svg, h.both([(20, 31), (25, 38)]), 0.9, DETAIL, opacity=0.6)
    svg.close()

    # egg-shaped: the forehead narrower, widest over the parietal eminences behind the ears,
    # the occiput rounded
    outline = [(0, 40), (42, 42), (84, 49), (122, 62), (156, 82), (185, 110), (208, 146),
               (225, 190), (237, 240), (245, 292), (249, 344), (248, 398), (240, 450),
               (224, 498), (197, 540), (157, 573), (104, 594), (50, 604), (0, 606)]
    svg.open("head")
    head_d = h.closed_sym(outline)
    fill(svg, head_d)
    svg.close()

    hair = [(0, y0), (50, y0 + 0.4), (3 * C, y0 + 2.5), (132, y0 + 7), (4.5 * C, y0 + 15),
            (180, cy(1.15)), (202, cy(2.1)), (217, cy(3.2)), (224, cy(4.3)), (226, cy(5.4)),
            (224, cy(6.6)), (214, cy(8.0)), (192, cy(9.5)), (148, cy(10.9)), (84, cy(11.75)),
            (0, cy(12))]
    svg.open("hair")
    fill(svg, h.closed_sym(hair), HAIR)
    stroke(svg, h.closed_sym(hair), 1.1, HAIR_LINE)
    # the midline of the map (faint), with a tick at every B-cun
    stroke(svg, f"M{fmt(MID)} {fmt(y0)}V{fmt(cy(12))}", 0.9, HAIR_LINE, opacity=0.45,
           stroke_dasharray="3 4")
    stroke(svg, "".join(f"M{fmt(MID - 4)} {fmt(cy(n))}H{fmt(MID + 4)}" for n in range(13)),
           0.9, HAIR_LINE, opacity=0.5)
    svg.close()

    svg.open("face")
    # the brow ridge with the eyebrows (the forehead unrolled up to the glabella)
    brow = [(20, 58), (56, 52.5), (94, 54), (124, 63), (96, 60), (58, 58.5), (22, 62.5)]
    for sgn in (1, -1):
        fill(svg, smooth([(MID + sgn * d, y) for d, y in brow], closed=True), BROW)
    stroke(svg, smooth(h.across([(0, 76), (50, 78), (104, 88), (146, 106)])), 0.9, DETAIL,
           opacity=0.3)
    # temples: where the forehead turns down to the side of the head
    stroke(svg, h.both([(168, 100), (188, 130), (200, 162)]), 0.9, DETAIL, opacity=0.35)
    svg.close()

    svg.open("outline")
    stroke(svg, head_d, sw)
    svg.close()

    lm = {f"scalp-{i}": (MID, cy(i) + (1.5 if i == 0 else -1.5 if i == 12 else 0)) for i in
          range(13)}
    lm["anterior-hairline"] = lm["scalp-0"]
    lm["vertex"] = lm["scalp-5"]
    lm["posterior-hairline"] = lm["scalp-12"]
    lm["glabella"] = (MID, y0 - 3 * C)
    lm["hairline-corner"] = h.p(4.5 * C, y0 + 17)
    lm["ear-apex"] = h.p(256, cy(5))
    return Figure("head-top", "Head top", "assets/faces/head-top.svg", "top", "head",
                  "body-front", MID, C, rounded(lm), svg.text())
