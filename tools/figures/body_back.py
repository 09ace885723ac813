"""body-back: the whole body from behind, anatomical position (backs of the hands visible)."""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import Half, fmt, smooth
from .proportions import (
    ACROMIAL_ANGLE,
    BODY_CUN,
    BODY_H,
    BODY_MID,
    BODY_W,
    D_LMALL,
    ELBOW,
    ILIAC_CREST_BACK,
    ILIAC_CREST_TOP,
    LATERAL_MALLEOLUS,
    MCP_V,
    METACARPAL2_RADIAL,
    METACARPALS,
    SCAPULA_INFERIOR_ANGLE,
    SCAPULA_LATERAL,
    SCAPULA_MEDIAL,
    SPINE_LOWER,
    SPINE_UPPER,
    WRIST,
    Y_C7_TIP,
    Y_KNEE,
    Y_LMALL,
    hand_pt,
)
from .silhouette import body_base, body_ears
from .svg import (
    BODY_DETAIL_W,
    BRIEF,
    BRIEF_LINE,
    DETAIL,
    HAIR,
    HAIR_LINE,
    Svg,
    background,
    fill,
    stroke,
)


def body_back() -> Figure:
    W, H, MID, C = BODY_W, BODY_H, BODY_MID, BODY_CUN
    h = Half(MID, "back")
    dw = BODY_DETAIL_W
    svg = Svg(W, H, "Body, back view",
              "Acupoint Atlas plate: the whole body from behind, anatomical position.")
    background(svg)
    body_base(svg, h, back=True)
    y_c7 = Y_C7_TIP

    svg.open("head")
    hair = [(0, 40), (32, 44), (52, 60), (61, 88), (62, 116), (59, 146), (54, 166),
            (46, 184), (30, 194), (0, 197)]
    fill(svg, h.closed_sym(hair), HAIR)
    stroke(svg, h.both([(54, 166), (46, 184), (30, 194), (0, 197)]), 1.0, HAIR_LINE)
    body_ears(svg, h, inner=False)
    svg.close()

    svg.open("trunk")
    # spine with the C7 prominence, scapulae, lower back
    stroke(svg, f"M{fmt(MID)} {fmt(y_c7 + 8)}V{fmt(600)}", 1.2, DETAIL, opacity=0.45)
    stroke(svg, smooth(h.across([(0, y_c7 - 4), (5, y_c7 - 2), (7, y_c7 + 3)])), 1.3, DETAIL)
    # the scapulae as the trunk-back close-ups draw them (proportions.py, "the trunk back"):
    # the medial border 3 B-cun from the midline, the inferior angle level with T7, the spine
    # from its root (level with T3) to the acromial angle 8 B-cun out (our construction, from the
    # Chinese textbooks' table; WHO's table gives only the 6 B-cun between the medial borders)
    stroke(svg, h.both([*SCAPULA_MEDIAL, *SCAPULA_LATERAL[1:]]), dw, DETAIL, opacity=0.7)
    spine = [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in zip(SPINE_UPPER, SPINE_LOWER,
                                                                   strict=True)]
    stroke(svg, h.both([*spine[:-1], ACROMIAL_ANGLE]), dw, DETAIL, opacity=0.7)
    stroke(svg, h.both([(56, 246), (90, 251), (130, 258)]), 1.2, DETAIL, opacity=0.35)
    stroke(svg, h.both(ILIAC_CREST_BACK), dw, DETAIL, opacity=0.45)
    stroke(svg, f"M{fmt(MID)} {fmt(660)}V{fmt(700)}", 1.2, BRIEF_LINE, opacity=0.7,
           ground=BRIEF)
    svg.close()

    svg.open("limbs")
    for q in (h.pts, h.mirrored):
        # olecranon, dorsal wrist crease, knuckles and finger joints
        stroke(svg, smooth(q([(159, 500), (168, 492), (177, 500)])), 1.3, DETAIL)
        stroke(svg, smooth(q([hand_pt(-18, 1), hand_pt(0, 2), hand_pt(20, 1)])), 1.2, DETAIL,
               opacity=0.7)
        for n in (2, 3, 4, 5):  # the knuckles
            u0, v0 = METACARPALS[n][1][0], MCP_V[n] + 6
            stroke(svg, smooth(q([hand_pt(u0 - 5, v0), hand_pt(u0, v0 - 2),
                                  hand_pt(u0 + 5, v0)])), 1.0, DETAIL, opacity=0.5)
        stroke(svg, smooth(q([hand_pt(13, 14), hand_pt(18.5, 43), hand_pt(24, 71)])), 1.0,
               DETAIL, opacity=0.35)
    # popliteal creases, calves, Achilles tendons, heels
    stroke(svg, h.both([(26, 1000), (45, 1003), (68, 1000)]), dw, DETAIL)
    stroke(svg, h.both([(40, 1040), (46, 1100), (44, 1160)]), 1.2, DETAIL, opacity=0.4)
    stroke(svg, h.both([(38, 1200), (40, 1250), (40, 1280)]), 1.2, DETAIL, opacity=0.5)
    stroke(svg, h.both([(52, 1200), (50, 1250), (50, 1280)]), 1.2, DETAIL, opacity=0.5)
    stroke(svg, h.both(LATERAL_MALLEOLUS), 1.2, DETAIL)
    stroke(svg, h.both([(32, 1330), (45, 1346), (60, 1332)]), 1.2, DETAIL, opacity=0.6)
    svg.close()

    lm = {
        "c7": (MID, y_c7),
        "olecranon": h.p(ELBOW[0], ELBOW[1]),
        "wrist-crease-dorsal": h.p(*WRIST),
        "metacarpal2-base": h.p(*hand_pt(*METACARPAL2_RADIAL[0])),
        "metacarpal2-head": h.p(*hand_pt(*METACARPAL2_RADIAL[1])),
        "popliteal-crease": h.p(45, Y_KNEE),
        "lateral-malleolus": h.p(D_LMALL, Y_LMALL),
        "scapula-inferior-angle": h.p(*SCAPULA_INFERIOR_ANGLE),
        "iliac-crest": h.p(*ILIAC_CREST_TOP),
    }
    return Figure("body-back", "Body back", "assets/body/body-back.svg", "back", "body", None,
                  MID, C, rounded(lm), svg.text())
