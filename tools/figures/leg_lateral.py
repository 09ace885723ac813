"""leg-lateral: the right lower limb from its lateral side, from the iliac crest to the sole.

`side: right`, as body-side: the figure's right profile, front toward the viewer's right;
`front:` moves toward the viewer's right, `back:` toward the left, `up` is proximal (`lateral`
and `medial` have no meaning on a side view).

body-side's leg (tools/figures/proportions.py LEG_SIDE, `leg_side_xy`) at twice its size, `cun`
36; leg-medial is the same silhouette seen from the other side. WHO proportional cun on the
drawn landmarks, vertical: prominence of the greater trochanter -> popliteal crease 19 B-cun;
popliteal crease -> prominence of the lateral malleolus 16 B-cun (and the lateral knee eye ->
front of the ankle 16 along the line, as body-side); lateral malleolus -> sole 3 B-cun. The head
of the fibula is drawn 15 B-cun above the lateral malleolus and the shaft straight between them,
so GB34-GB39 measure along [lateral-malleolus, fibula-head] with span 15, `front:` or `back:` to
the shaft's borders (0.3 B-cun from its axis at the neck, 0.22 above the ankle). The posterior
border of the iliotibial tract is drawn straight from its point level with the gluteal fold to
its point level with the popliteal crease (14 B-cun), so GB32 measures along it, span 14.
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import ellipse_d, smooth
from .leg_shape import (
    CALCANEAL_TENDON_LAT,
    FIBULA_HEAD_S,
    Side,
    draw_side,
    fibula_borders,
    on_line,
    stroke_outline,
)
from .proportions import (
    ANKLE_FRONT_S,
    BODY_H,
    BODY_W,
    KNEE_EYE_S,
    LATERAL_MALLEOLUS_S,
    LEG_CUN,
    LEG_H_S,
    LEG_SIDE,
    LEG_W_S,
    Y_GLUTEAL_FOLD,
    Y_KNEE,
    Y_TROCHANTER,
    _foot_s,
    frame_of,
)
from .svg import DETAIL, LIMB_DETAIL_W, NAIL, SKIN_SHADE, Svg, background, fill, stroke

ASIS_S = (321.0, 618.0)  # the ASIS in profile, at body-front's level
GREATER_TROCHANTER_S = (254.0, Y_TROCHANTER)  # body-side's, at the 19 B-cun level
EPICONDYLE_LATERAL_S = (266.0, 978.0)
POPLITEAL_CREASE_LATERAL_S = (229.0, Y_KNEE)  # the crease's lateral end, at the back
# the posterior border of the iliotibial tract: straight between these two (14 B-cun)
ITB_BACK_THIGH = (254.0, Y_GLUTEAL_FOLD)
ITB_BACK_KNEE = (268.0, Y_KNEE)
ITB_FRONT = [(276, 700), (280, 760), (284, 830), (288, 900), (293, 960), (298, 1000),
             (301.5, 1024)]
# biceps femoris: its tendon to the head of the fibula (GB33 lies between it and the tract,
# behind and above the lateral epicondyle)
BICEPS_TENDON_S = [(226, 860), (231, 905), (236, 945), (241.5, 978), (246.5, 1000),
                   (250.5, 1009)]
BICEPS_AT_CREASE = (246.5, Y_KNEE)


def leg_lateral() -> Figure:
    sd = Side(medial=False)
    p, ps = sd.p, sd.ps
    dw = LIMB_DETAIL_W
    svg = Svg(LEG_W_S, LEG_H_S, "Leg, lateral view",
              "Acupoint Atlas plate: the right lower limb from its lateral side, from the iliac "
              "crest to the sole.")
    background(svg)
    segs = draw_side(svg, sd)

    def line(pts, w=dw, op=None):
        stroke(svg, smooth(ps(pts)), w, DETAIL, opacity=op)

    svg.open("hip")
    # iliac crest to the ASIS; tensor fasciae latae and gluteus maximus converging on the tract
    # over the greater trochanter
    line([(204, 592), (228, 583), (252, 580), (276, 583), (297, 591), (312, 602), ASIS_S],
         dw, 0.6)
    line([(318, 624), (312, 660), (303, 700), (292, 742)], 1.2, 0.4)
    line([(306, 621), (293, 652), (282, 690), (276, 720)], 1.2, 0.4)
    line([(214, 602), (226, 640), (238, 678), (250, 712)], 1.2, 0.35)
    stroke(svg, ellipse_d(*p(*GREATER_TROCHANTER_S), 9 * 2, 11 * 2), 1.2, DETAIL, opacity=0.4)
    svg.close()

    svg.open("thigh")
    itb_back = [(248, 700), ITB_BACK_THIGH, on_line(ITB_BACK_THIGH, ITB_BACK_KNEE, 811),
                on_line(ITB_BACK_THIGH, ITB_BACK_KNEE, 874),
                on_line(ITB_BACK_THIGH, ITB_BACK_KNEE, 937), ITB_BACK_KNEE, (272, 1016)]
    fill(svg, smooth(ps(itb_back + ITB_FRONT[::-1]), closed=True), SKIN_SHADE, opacity=0.35)
    line(itb_back, dw, 0.6)
    line(ITB_FRONT, dw, 0.6)
    # vastus lateralis in front of the tract, the biceps femoris behind it with its tendon
    line([(304, 730), (309, 800), (308, 880), (300, 945)], 1.1, 0.3)
    line([(214, 780), (222, 840), (226, 860)], 1.1, 0.3)
    line(BICEPS_TENDON_S, 1.4, 0.65)
    svg.close()

    svg.open("knee")
    # patella's back edge, the patellar ligament, the lateral knee eye, the lateral epicondyle,
    # the crease's end at the back, the head of the fibula
    line([(314, 930), (306, 944), (303.5, 964), (306, 982), (311, 990)], 1.2, 0.5)
    line([(306, 991), (303, 1004), (305, 1018)], 1.1, 0.4)
    fill(svg, ellipse_d(*p(KNEE_EYE_S[0] + 1.5, KNEE_EYE_S[1] - 0.5), 4.5 * 2, 6 * 2),
         SKIN_SHADE, opacity=0.7)
    line([(258, 972), (266, 966.5), (274, 974)], 1.2, 0.45)
    line([(223.5, 999.5), POPLITEAL_CREASE_LATERAL_S, (235, 1001)], dw, 0.8)
    stroke(svg, ellipse_d(*p(*FIBULA_HEAD_S), 7.5 * 2, 9 * 2), 1.3, DETAIL, opacity=0.6)
    svg.close()

    svg.open("leg")
    # the fibula's shaft (its anterior and posterior borders) down to the lateral malleolus;
    # tibialis anterior behind the tibial crest; the lateral head of gastrocnemius and soleus;
    # the calcaneal tendon's front border
    front, back = fibula_borders()
    line(front, 1.2, 0.5)
    line(back, 1.2, 0.5)
    line([(305, 1030), (300, 1100), (294, 1180), (289, 1250)], 1.1, 0.35)
    line([(289, 1040), (286, 1120), (283, 1200), (284, 1250)], 1.1, 0.3)
    line([(242, 1046), (240, 1090), (234, 1135), (224, 1168)], 1.2, 0.35)
    line([(241, 1200), (244.5, 1245), CALCANEAL_TENDON_LAT, (245.5, 1305)], 1.2, 0.5)
    svg.close()

    svg.open("foot")
    lm_bump = [(255, 1283), (259, 1277), (266, 1278), (270, 1287), (267, 1296), (259, 1299)]
    line(lm_bump, 1.3, 0.8)
    line([(292, 1280), (286, 1287)], 1.2, 0.55)  # ankle crease
    foot = [_foot_s(q) for q in [(244, 1341), (280, 1339), (320, 1337), (360, 1341), (392, 1346)]]
    line(foot, 1.1, 0.45)  # the lateral border of the sole
    line([_foot_s(q) for q in [(314, 1332), (322, 1327), (332, 1331)]], 1.1, 0.45)  # 5th base
    line([_foot_s(q) for q in [(392, 1346), (396, 1337), (405, 1335), (411, 1341), (410, 1351)]],
         1.1, 0.6)  # little toe
    line([_foot_s(q) for q in [(412, 1334), (420, 1336), (424, 1345)]], 1.0, 0.45)
    nail = _foot_s((428.5, 1338))
    fill(svg, ellipse_d(*p(*nail), 2.4 * 2, 1.6 * 2), NAIL)
    stroke(svg, ellipse_d(*p(*nail), 2.4 * 2, 1.6 * 2), 1.0, DETAIL, opacity=0.5)
    line([_foot_s(q) for q in [(300, 1292), (330, 1299), (360, 1306), (392, 1318)]], 1.0, 0.3)
    svg.close()
    stroke_outline(svg, segs)

    lm = {
        "asis": p(*ASIS_S),
        "greater-trochanter": p(*GREATER_TROCHANTER_S),
        "iliotibial-tract-thigh": p(*ITB_BACK_THIGH),
        "iliotibial-tract-knee": p(*ITB_BACK_KNEE),
        "femur-epicondyle-lateral": p(*EPICONDYLE_LATERAL_S),
        "biceps-femoris-tendon": p(*BICEPS_AT_CREASE),
        "popliteal-crease-lateral": p(*POPLITEAL_CREASE_LATERAL_S),
        "knee-eye-lateral": p(*KNEE_EYE_S),
        "fibula-head": p(*FIBULA_HEAD_S),
        "lateral-malleolus": p(*LATERAL_MALLEOLUS_S),
        "calcaneal-tendon": p(*CALCANEAL_TENDON_LAT),
        "ankle-front": p(*ANKLE_FRONT_S),
    }
    # on body-side: the leg with its hip, down to body-side's own sole (drawn a little lower)
    frame = frame_of([*LEG_SIDE, (410.0, 1352.5)], (BODY_W, BODY_H))
    return Figure("leg-lateral", "Leg lateral", "assets/body/leg-lateral.svg", "right", "leg",
                  "body-side", None, LEG_CUN, rounded(lm), svg.text(), frame=frame)
