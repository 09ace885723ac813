"""leg-back: the right lower limb from behind, from the buttock (with the sacrum's lower end on
the midline at the plate's medial edge) to the heel.

`side: back`, as body-back: the figure's right limb seen from behind, so its lateral side is on
the viewer's right; `lateral:` moves toward the viewer's right, `medial:` toward the left (the
midline), `up` is proximal.

leg-front's silhouette seen from behind (one outline, drawn mirrored), so a bone point (greater
trochanter, malleoli) has the same body (d, y) on both. WHO proportional cun on the drawn
landmarks, all vertical: prominence of the greater trochanter -> popliteal crease 19 B-cun;
gluteal fold -> popliteal crease 14 B-cun; popliteal crease -> prominence of the lateral
malleolus 16 B-cun. The gastrocnemius's two bellies meet the calcaneal tendon 8 B-cun below the
crease (BL57), the lower border of its lateral head reaching the tendon's lateral edge a B-cun
lower (BL58, 7 B-cun above BL60).
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import ellipse_d, smooth
from .leg_shape import FRONT_BACK_BONES, FrontBack, draw_front_back, stroke_outline
from .proportions import (
    BODY_H,
    BODY_MID,
    BODY_W,
    LATERAL_MALLEOLUS,
    LEG_CUN,
    LEG_H,
    LEG_HALF,
    LEG_W,
    Y_GLUTEAL_FOLD,
    Y_KNEE,
    Y_LMALL,
    Y_SACRAL_HIATUS,
    frame_of,
)
from .svg import DETAIL, LIMB_DETAIL_W, SKIN_SHADE, Svg, background, fill, stroke

POPLITEAL_CREASE = (45.0, Y_KNEE)  # body-back's midpoint of the crease
GLUTEAL_FOLD = (47.0, Y_GLUTEAL_FOLD)  # the fold's middle (its lowest point)
GASTROCNEMIUS_JUNCTION = (45.0, Y_KNEE + 8 * 18)  # the bellies meet the tendon (BL57)
CALCANEAL_TENDON = (45.5, Y_LMALL)  # its middle, level with the lateral malleolus
# the gluteal fold from the cleft out across the buttock
FOLD = [(1.6, 721), (7.5, 735.5), (19, 744), (33, 747.6), GLUTEAL_FOLD, (62, 746.6), (78, 742.3),
        (94, 735.5), (106, 728.5)]
# the popliteal fossa: hamstrings diverging above it, the biceps femoris tendon (lateral) and the
# semitendinosus tendon (medial) at its sides, the crease across its middle, the gastrocnemius
# heads converging below it
FOSSA_TOP = (46.5, 928.0)
BICEPS_TENDON = [FOSSA_TOP, (55, 950), (61.5, 975), (64.6, 998), (68.5, 1015), (73, 1026)]
SEMITENDINOSUS_TENDON = [FOSSA_TOP, (38, 950), (31, 975), (27.2, 998.5), (24.5, 1015),
                         (20.5, 1030)]
CREASE = [(25.5, 998.8), (35, 999.8), POPLITEAL_CREASE, (55, 999.6), (64, 998.3)]
# the gastrocnemius: the heads' inner borders meeting below the fossa, the groove between the
# bellies, their lower borders (a lambda from BL57): the lateral one reaches the tendon's lateral
# edge about 1 B-cun below BL57, the medial head reaches lower
HEADS_MEDIAL = [(30, 1012), (37, 1028), (43, 1042), (45, 1050)]
HEADS_LATERAL = [(62, 1012), (54, 1028), (47.5, 1042), (45, 1050)]
BELLY_MEDIAL_LOWER = [GASTROCNEMIUS_JUNCTION, (38, 1160), (29, 1176), (22, 1187), (18.8, 1192)]
BELLY_LATERAL_LOWER = [GASTROCNEMIUS_JUNCTION, (52, 1151), (60, 1156), (68, 1161), (77.5, 1168)]
TENDON_MEDIAL = [(40, 1152), (40, 1190), (40.5, 1230), (41, 1265), (41.5, 1290), (41, 1312)]
TENDON_LATERAL = [(51, 1152), (50.5, 1190), (50, 1230), (49.5, 1265), (49.5, 1290), (50, 1312)]


def leg_back() -> Figure:
    fr = FrontBack(back=True)
    p, ps = fr.p, fr.ps
    dw = LIMB_DETAIL_W
    svg = Svg(LEG_W, LEG_H, "Leg, back view",
              "Acupoint Atlas plate: the right lower limb from behind, from the buttock and the "
              "lower end of the sacrum to the heel.")
    background(svg)
    segs = draw_front_back(svg, fr)

    def line(pts, w=dw, op=None):
        stroke(svg, smooth(ps(pts)), w, DETAIL, opacity=op)

    svg.open("buttock")
    # the sacrum's lower part: the midline, the dimple over the posterior superior iliac spine,
    # the sides of the sacrum narrowing to the hiatus (an arch), then the gluteal cleft
    line([(0, 588), (0, Y_SACRAL_HIATUS - 5)], 1.1, 0.4)
    fill(svg, ellipse_d(*p(25, 603), 3.5 * 2, 2.6 * 2), SKIN_SHADE)
    line([(25, 607), (15, 626), (4.5, Y_SACRAL_HIATUS - 3)], 1.1, 0.35)
    line([(-3.6, Y_SACRAL_HIATUS + 2), (0, Y_SACRAL_HIATUS - 3.5), (3.6, Y_SACRAL_HIATUS + 2)],
         1.3, 0.75)
    line([(0, Y_SACRAL_HIATUS + 7), (0.2, 680), (0.5, 703)], dw, 0.8)
    # gluteus maximus: its upper border and the hollow behind the greater trochanter
    line([(20, 596), (60, 612), (98, 638), (124, 672)], 1.2, 0.3)
    line([(120, 640), (114.5, 660), (118, 684)], 1.2, 0.35)
    line([(132, 646), (136.5, 658), (133, 670)], 1.2, 0.4)
    line(FOLD, dw, 0.85)
    svg.close()

    svg.open("thigh")
    # biceps femoris (lateral) and semitendinosus (medial) from under the fold, the groove
    # between them (BL37) down to the top of the popliteal fossa; biceps's lateral border
    line([(46.5, 762), (46.8, 820), (47, 880), FOSSA_TOP], 1.3, 0.45)
    line([(118, 790), (106, 850), (92, 905), (80, 950), (71, 985)], 1.2, 0.35)
    line([(12, 800), (16, 870), (22, 930), (24, 970)], 1.1, 0.25)
    svg.close()

    svg.open("knee")
    line(BICEPS_TENDON, 1.4, 0.7)
    line(SEMITENDINOSUS_TENDON, 1.4, 0.7)
    line(CREASE, dw, 0.9)
    fill(svg, smooth(ps([(38, 1004), (45, 1006), (52, 1004), (45, 1044)]), closed=True),
         SKIN_SHADE, opacity=0.5)
    svg.close()

    svg.open("calf")
    line(HEADS_MEDIAL, 1.3, 0.6)
    line(HEADS_LATERAL, 1.3, 0.6)
    line([(45, 1050), (45, 1100), GASTROCNEMIUS_JUNCTION], 1.2, 0.45)
    line(BELLY_MEDIAL_LOWER, dw, 0.7)
    line(BELLY_LATERAL_LOWER, dw, 0.7)
    # soleus either side of the tendon below the bellies, the calcaneal tendon to the heel
    line([(20, 1197), (31, 1228), (38.5, 1262)], 1.1, 0.35)
    line([(74, 1182), (61, 1220), (52.5, 1256)], 1.1, 0.35)
    line(TENDON_MEDIAL, 1.3, 0.6)
    line(TENDON_LATERAL, 1.3, 0.6)
    # the fibula's lower end behind the lateral malleolus, the malleoli, the heel
    line([(75, 1180), (71, 1228), (66.5, 1268)], 1.1, 0.35)
    line(LATERAL_MALLEOLUS, 1.3, 0.8)
    line([(30.5, 1266), (27, 1277), (30.5, 1288)], 1.3, 0.8)
    line([(30, 1328), (45, 1345), (61, 1330)], 1.2, 0.6)
    svg.close()
    stroke_outline(svg, segs)

    lm = {name: p(*q) for name, q in FRONT_BACK_BONES.items()}
    lm.update({
        "sacral-hiatus": p(0, Y_SACRAL_HIATUS),
        "gluteal-fold": p(*GLUTEAL_FOLD),
        "popliteal-crease": p(*POPLITEAL_CREASE),
        "biceps-femoris-tendon": p(64.6, 998),
        "semitendinosus-tendon": p(27.2, 998.6),
        "gastrocnemius-tendon-junction": p(*GASTROCNEMIUS_JUNCTION),
        "calcaneal-tendon-back": p(*CALCANEAL_TENDON),
    })
    frame = frame_of([(BODY_MID + d, y) for d, y in LEG_HALF], (BODY_W, BODY_H))
    return Figure("leg-back", "Leg back", "assets/body/leg-back.svg", "back", "leg",
                  "body-back", None, LEG_CUN, rounded(lm), svg.text(), frame=frame)
