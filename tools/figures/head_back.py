"""head-back: the back of the head and neck down to C7 and the shoulders.

An orthographic view from behind at the same scale and heights as head-side, so its `cun`
and every level (scalp, protuberance, C2, C7, mastoid) are taken from that plate.
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import (
    Half,
    arc_at_y,
    catmull,
    d_of,
    line_seg,
    mirror_segs,
    point_at,
    smooth,
    sub_curve,
    sym_run,
)
from .head_side import SIDE_H, SIDE_W, head_side, side_profile
from .svg import (
    DETAIL,
    HAIR,
    HAIR_LINE,
    HEAD_DETAIL_W,
    HEAD_OUTLINE_W,
    Svg,
    background,
    fill,
    stroke,
)


def head_back() -> Figure:
    W, H, MID = SIDE_W, SIDE_H, 300.0
    sw, dw = HEAD_OUTLINE_W, HEAD_DETAIL_W
    h = Half(MID, "back")
    cun = side_profile()[-1]
    side = head_side().landmarks
    ys = {k: v[1] for k, v in side.items()}
    svg = Svg(W, H, "Head, back view",
              "Acupoint Atlas plate: back of the head and neck down to C7 and the shoulders.")
    background(svg)

    # ears (behind the head outline)
    svg.open("ears")
    ear = [(164, 250), (178, 241), (194, 250), (200, 282), (197, 322), (190, 352),
           (182, 374), (172, 384), (160, 378)]
    for sgn in (1, -1):
        pts = [(MID + sgn * d, y) for d, y in ear]
        fill(svg, smooth(pts, closed=True))
        stroke(svg, smooth(pts, closed=True), sw)
        stroke(svg, smooth([(MID + sgn * d, y) for d, y in
                            [(170, 262), (184, 262), (188, 300), (182, 340)]]), dw, DETAIL,
               opacity=0.7)
    svg.close()

    # the neck down to its junction with the shoulders, then body-back's outline from C7's
    # level out (body-back's (52, 244), (84, 252) at this plate's scale and heights: the tip
    # of C7 level, cun/18 plate units per body unit), to the plate's edge
    outline = [(0, 25), (50, 28), (96, 40), (134, 66), (158, 104), (171, 152), (176, 210),
               (174, 262), (166, 322),
               (154, 372), (136, 408), (126, 450), (126, 500), (130, 530), (142, 556),
               (172, 577), (226, 592), (279, 603), (300, 606.5)]
    half = sym_run(h.pts(outline), MID)
    mirrored = mirror_segs(half, MID)
    edge, corner = h.p(300, 606.5), h.p(300, H)
    body = [*half, line_seg(edge, corner), line_seg(corner, h.other(corner)),
            line_seg(h.other(corner), h.other(edge)), *mirrored]
    svg.open("head")
    fill(svg, d_of(body, True))
    svg.close()

    # hair down to the nape hairline (level with scalp-12 on the midline)
    y12 = ys["scalp-12"]
    s_ear = arc_at_y(half, 360.0)
    hair_out = sub_curve(half, 0.0, s_ear)
    p_ear = point_at(half, s_ear)
    nape = catmull([p_ear, *h.pts([(146, 386), (112, y12 - 18), (60, y12 - 4), (0, y12 + 1.5)])],
                   post=h.p(-60, y12 - 4))
    hair_half = [*hair_out, *nape]
    svg.open("hair")
    fill(svg, d_of(hair_half + mirror_segs(hair_half, MID), True), HAIR)
    stroke(svg, d_of(nape) + d_of(mirror_segs(nape, MID)), 1.1, HAIR_LINE)
    # external occipital protuberance (subtle)
    y_eop = ys["occipital-protuberance"]
    stroke(svg, smooth(h.across([(0, y_eop - 4), (10, y_eop - 2), (18, y_eop + 3)])), 0.9,
           HAIR_LINE, opacity=0.7)
    svg.close()

    svg.open("neck")
    y_c7 = ys["c7"]
    # nuchal furrow, trapezius borders, mastoid bulges, C7 prominence, scapular spines
    stroke(svg, smooth([(MID, y12 + 12), (MID, y_c7 - 14)]), dw, DETAIL, opacity=0.45)
    # trapezius lateral borders: 1.3 B-cun from the midline at C2 (BL10), widening below
    stroke(svg, h.both([(74, y12 + 4), (82, 470), (92, 540), (102, 568)]), dw,
           DETAIL, opacity=0.5)
    stroke(svg, h.both([(150, 380), (139, 402), (130, 414)]), 0.9, DETAIL, opacity=0.5)
    stroke(svg, smooth(h.across([(0, y_c7 - 6), (9, y_c7 - 3), (14, y_c7 + 4)])), dw,
           DETAIL, opacity=0.8)
    # the spines of the scapulae from their roots (3 B-cun out, T3's level), body-back's
    stroke(svg, h.both([(181, 743), (219, 736), (265.5, 725), (300, 717)]), dw, DETAIL,
           opacity=0.45)
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(half) + d_of(mirrored), sw)
    svg.close()

    lm = {f"scalp-{i}": (MID, ys[f"scalp-{i}"] + (1.5 if i == 12 else 0)) for i in
          range(7, 13)}
    lm["posterior-hairline"] = lm["scalp-12"]
    lm.update({
        "occipital-protuberance": (MID, y_eop),
        "c2": (MID, ys["c2"]),
        "c7": (MID, y_c7),
        # the hollow just below the C7 spinous process (GV14's place), below the drawn knob
        "c7-below": (MID, y_c7 + 0.25 * cun),
        # across the back of the head: mastoid just inside the outline below the lobule,
        # trapezius edge 1.3 B-cun out (BL10), GB20's hollow between it and the mastoid
        "mastoid": h.p(132, ys["mastoid"]),
        "mastoid-back": h.p(124, ys["mastoid-back"]),
        "ear-apex": h.p(180, 246),
        "trapezius-c2": h.p(78, ys["c2"]),
        "gb20-fossa": h.p(104, (ys["scalp-11"] + ys["scalp-12"]) / 2 - 6),
    })
    return Figure("head-back", "Head back", "assets/faces/head-back.svg", "back", "head",
                  "body-back", MID, cun, rounded(lm), svg.text(),
                  frame=(170, 36, 160, 232))   # on body-back: the head, the nape to C7

