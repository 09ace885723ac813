"""leg-medial: the right lower limb from its medial side (seen from the figure's left, the left
limb left out), from the groin to the sole.

`side: left`: a true view from the figure's left, so the front of the leg is toward the
viewer's left; `front:` moves toward the viewer's left, `back:` toward the right, `up` is
proximal (`lateral` and `medial` have no meaning on a side view).

leg-lateral's silhouette seen from the other side (body-side's leg drawn mirrored,
`leg_side_xy(..., medial=True)`), so a point has the same body-side (x, y) on both. WHO
proportional cun on the drawn landmarks, vertical: upper border of the pubic symphysis -> medial
epicondyle of the femur 18 B-cun; lower border of the medial condyle of the tibia -> prominence
of the medial malleolus 13 B-cun. The tibia's medial border is drawn straight from the angle
under the condyle (SP9) to its point level with the malleolus, and the centre line of its medial
surface likewise, so SP6-SP8 and KI8 measure along [tibia-medial-border-ankle,
tibia-medial-condyle-lower] and LR5, LR6 along [tibia-medial-surface-ankle,
tibia-medial-surface-top], span 13. The calcaneal tendon's anterior border is drawn straight
from its point level with the malleolus up to where soleus meets it, 5 B-cun higher (KI9).
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import catmull, d_of, ellipse_d, line_seg, smooth
from .leg_shape import (
    CALCANEAL_TENDON_MED,
    MEDIAL_MALLEOLUS_S,
    TIBIA_BORDER_ANKLE_S,
    TIBIA_CONDYLE_LOWER_S,
    TIBIA_SURFACE_ANKLE_S,
    TIBIA_SURFACE_TOP_S,
    Side,
    draw_side,
    stroke_outline,
)
from .proportions import (
    BODY_H,
    BODY_MID,
    BODY_W,
    KNEE_EYE_S,
    LEG_CUN,
    LEG_H_S,
    LEG_HALF,
    LEG_SIDE,
    LEG_TOP_S,
    LEG_W_S,
    Y_FEMUR_EPICONDYLE,
    Y_PUBIS,
    _foot_s,
    frame_of,
)
from .svg import (
    BRIEF,
    BRIEF_LINE,
    DETAIL,
    LIMB_DETAIL_W,
    NAIL,
    SKIN_SHADE,
    Svg,
    background,
    fill,
    stroke,
)

PUBIC_SYMPHYSIS_S = (316.0, Y_PUBIS)  # its upper border's level at the front of the groin
EPICONDYLE_MEDIAL_S = (264.0, Y_FEMUR_EPICONDYLE)
SOLEUS_TENDON_S = (243.5, MEDIAL_MALLEOLUS_S[1] - 5 * 18)  # soleus meets the tendon (KI9)
POPLITEAL_CREASE_MEDIAL_S = (242.0, 999.0)  # the crease's medial end, in front of the tendons
SEMITENDINOSUS_S = (232.0, 998.5)
SEMIMEMBRANOSUS_S = (239.0, 998.5)
# the fold between the thigh's medial surface and the perineum, from the pubis back to the
# buttock; a neutral brief covers what lies above it
PERINEAL_FOLD = [(320, 660), (300, 683), (272, 702), (244, 716), (216, 727), (196, 730)]
# sartorius crossing from the front of the thigh to behind the medial epicondyle and on to the
# pes anserinus on the tibia, gracilis behind it (LR9 in the groove between them, straight above
# the epicondyle), adductor longus from the pubis
SARTORIUS_FRONT = [(325, 700), (322, 740), (312, 800), (297, 860), (281, 910), (270, 950),
                   (263.5, 980), (264, 1004), (272, 1022), (285, 1035), (296, 1043)]
SARTORIUS_BACK = [(318, 690), (308, 740), (294, 800), (278, 860), (264.5, 910), (255, 950),
                  (250, 980), (251, 1003), (260, 1021), (276, 1036), (292, 1047)]
GRACILIS_BACK = [(292, 690), (273, 740), (258, 800), (249, 860), (245, 920), (244, 965),
                 (244.5, 996), (249, 1015), (262, 1033), (278, 1046), (290, 1054)]
ADDUCTOR_LONGUS_S = [(318, 668), (312, 700), (306, 735), (301, 765)]
SEMITENDINOSUS_TENDON_S = [(226, 925), (229, 962), SEMITENDINOSUS_S, (239, 1016), (255, 1035),
                           (273, 1051), (288, 1061)]
SEMIMEMBRANOSUS_TENDON_S = [(234, 935), (237, 968), SEMIMEMBRANOSUS_S, (242, 1018)]
FEMORAL_ARTERY_S = [(302, 690), (300, 720), (297, 752), (293, 768)]
FEMORAL_ARTERY_DEEP_S = [(293, 768), (283, 810), (270, 850), (258, 880)]
# the tibia: the lower border of its medial condyle back to the angle with the medial border
CONDYLE_LOWER = [(300, 1035), (290, 1039.5), (281, 1042.3), TIBIA_CONDYLE_LOWER_S]
# gastrocnemius (medial head) and soleus behind the tibia's medial border; soleus's edge comes
# down close behind the border and turns back to the tendon at KI9's level
GASTROCNEMIUS_FRONT = [(258, 1052), (254, 1092), (246, 1132), (236, 1165), (226, 1186)]
SOLEUS_FRONT = [(264.5, 1068), (263, 1120), (259, 1160), (251.5, 1178), SOLEUS_TENDON_S]


def leg_medial() -> Figure:
    sd = Side(medial=True)
    p, ps = sd.p, sd.ps
    dw = LIMB_DETAIL_W
    svg = Svg(LEG_W_S, LEG_H_S, "Leg, medial view",
              "Acupoint Atlas plate: the right lower limb from its medial side, from the groin "
              "to the sole.")
    background(svg)
    segs = draw_side(svg, sd)

    def line(pts, w=dw, op=None, color=DETAIL):
        stroke(svg, smooth(ps(pts)), w, color, opacity=op)

    svg.open("groin")
    i_front, i_back = LEG_SIDE.index(PERINEAL_FOLD[0]), LEG_SIDE.index(PERINEAL_FOLD[-1])
    top = [p(LEG_SIDE[-1][0], LEG_TOP_S - 2), p(LEG_SIDE[0][0], LEG_TOP_S - 2)]
    brief = (segs[:i_front] + catmull(ps(PERINEAL_FOLD)) + segs[i_back:] +
             [line_seg(segs[-1][3], top[0]), line_seg(*top), line_seg(top[1], segs[0][0])])
    fill(svg, d_of(brief, True), BRIEF)
    line(PERINEAL_FOLD, dw, 0.9, BRIEF_LINE)
    svg.close()

    svg.open("thigh")
    fill(svg, smooth(ps([*SARTORIUS_FRONT[:8], *SARTORIUS_BACK[:8][::-1]]), closed=True),
         SKIN_SHADE, opacity=0.3)
    line(SARTORIUS_FRONT, dw, 0.7)
    line(SARTORIUS_BACK, dw, 0.7)
    line(GRACILIS_BACK, 1.3, 0.55)
    line(ADDUCTOR_LONGUS_S, 1.3, 0.5)
    line(FEMORAL_ARTERY_S, 1.2, 0.5)
    line(FEMORAL_ARTERY_DEEP_S, 1.1, 0.22)
    # vastus medialis's bulge in front of sartorius, ending above the knee
    line([(318, 840), (309, 900), (296, 940), (282, 958), (271, 958)], 1.2, 0.4)
    line([(214, 820), (221, 880), (226, 925)], 1.1, 0.3)  # semimembranosus behind gracilis
    svg.close()

    svg.open("knee")
    line([(314, 930), (306, 944), (303.5, 964), (306, 982), (311, 990)], 1.2, 0.5)
    line([(306, 991), (303, 1004), (305, 1018)], 1.1, 0.4)
    fill(svg, ellipse_d(*p(KNEE_EYE_S[0] + 1.5, KNEE_EYE_S[1] - 0.5), 4.5 * 2, 6 * 2),
         SKIN_SHADE, opacity=0.7)
    stroke(svg, ellipse_d(*p(*EPICONDYLE_MEDIAL_S), 7.5 * 2, 8.5 * 2), 1.2, DETAIL, opacity=0.4)
    line(SEMITENDINOSUS_TENDON_S, 1.4, 0.65)
    line(SEMIMEMBRANOSUS_TENDON_S, 1.3, 0.55)
    line([(224.5, 999.8), SEMITENDINOSUS_S, POPLITEAL_CREASE_MEDIAL_S], dw, 0.8)
    line(CONDYLE_LOWER, dw, 0.6)
    svg.close()

    svg.open("leg")
    line([TIBIA_CONDYLE_LOWER_S, TIBIA_BORDER_ANKLE_S], 1.4, 0.6)  # medial border of the tibia
    line([(306, 1030), (300.5, 1100), (296, 1170), (292, 1240)], 1.1, 0.3)  # anterior border
    line(GASTROCNEMIUS_FRONT, 1.2, 0.45)
    line(SOLEUS_FRONT, 1.2, 0.5)
    line([SOLEUS_TENDON_S, CALCANEAL_TENDON_MED, (245.5, 1300)], 1.2, 0.55)
    mm = p(*MEDIAL_MALLEOLUS_S)
    stroke(svg, ellipse_d(mm[0], mm[1], 8.5 * 2, 9.5 * 2), 1.3, DETAIL, opacity=0.75)
    svg.close()

    svg.open("foot")
    # the medial longitudinal arch (where the sole's skin turns up), the great toe with its nail
    arch = [_foot_s(q) for q in [(246, 1344), (280, 1338), (318, 1330), (352, 1334), (384, 1342),
                                 (404, 1348)]]
    line(arch, 1.2, 0.5)
    line([_foot_s(q) for q in [(384, 1318), (389, 1330), (386, 1342)]], 1.1, 0.45)  # 1st MTP
    nail = _foot_s((427, 1336))
    fill(svg, ellipse_d(*p(*nail), 3.4 * 2, 2.2 * 2), NAIL)
    stroke(svg, ellipse_d(*p(*nail), 3.4 * 2, 2.2 * 2), 1.0, DETAIL, opacity=0.5)
    line([_foot_s(q) for q in [(300, 1292), (318, 1296), (330, 1300)]], 1.0, 0.35)  # TA tendon
    svg.close()
    stroke_outline(svg, segs)

    lm = {
        "pubic-symphysis": p(*PUBIC_SYMPHYSIS_S),
        "femur-epicondyle-medial": p(*EPICONDYLE_MEDIAL_S),
        "knee-eye-medial": p(*KNEE_EYE_S),
        "popliteal-crease-medial": p(*POPLITEAL_CREASE_MEDIAL_S),
        "semitendinosus-tendon": p(*SEMITENDINOSUS_S),
        "semimembranosus-tendon": p(*SEMIMEMBRANOSUS_S),
        "tibia-medial-condyle-lower": p(*TIBIA_CONDYLE_LOWER_S),
        "tibia-medial-border-ankle": p(*TIBIA_BORDER_ANKLE_S),
        "tibia-medial-surface-top": p(*TIBIA_SURFACE_TOP_S),
        "tibia-medial-surface-ankle": p(*TIBIA_SURFACE_ANKLE_S),
        "soleus-calcaneal-tendon": p(*SOLEUS_TENDON_S),
        "calcaneal-tendon": p(*CALCANEAL_TENDON_MED),
        "medial-malleolus": p(*MEDIAL_MALLEOLUS_S),
    }
    # on body-front: the medial half of the right leg, from the groin to the foot
    inner = [(BODY_MID - d, y) for d, y in LEG_HALF if d <= 46 and y >= 650]
    frame = frame_of([*inner, (BODY_MID - 46, 650.0)], (BODY_W, BODY_H))
    return Figure("leg-medial", "Leg medial", "assets/body/leg-medial.svg", "left", "leg",
                  "body-front", None, LEG_CUN, rounded(lm), svg.text(), frame=frame)
