"""leg-front: the right lower limb from the front, from the iliac crest to the toes, with the
lower abdomen to just past the midline (the pubic symphysis at the plate's medial edge).

`side: front`, as body-front: the figure's right limb, so its lateral side is on the viewer's
left; `lateral:` moves toward the viewer's left, `medial:` toward the right (the midline), `up`
is proximal. No midline is given (one limb, nothing mirrored), but the plate shows the
midline's level marks, so points of the groin measure from `pubic-symphysis` with `lateral:`.

The body-front leg (tools/figures/proportions.py LEG_HALF, `leg_xy`) at twice its size, `cun`
36. WHO proportional cun on the drawn landmarks: lateral knee eye (ST35) -> front of the ankle
crease (ST41) 16 B-cun along the line; upper border of the pubic symphysis -> medial epicondyle
of the femur 18 B-cun (vertical). The thigh's line from the lateral end of the patella's base to
the ASIS (ST31-ST34) rises 18.5 B-cun; ST31's hollow is drawn where it crosses the level of the
symphysis's lower border.
"""

from __future__ import annotations

from .crop import close_up
from .figure import Figure, rounded
from .geometry import ellipse_d, smooth
from .leg_shape import FRONT_BACK_BONES, FrontBack, draw_front_back, on_line, stroke_outline
from .proportions import (
    ANKLE_FRONT,
    BODY_H,
    BODY_MID,
    BODY_W,
    KNEE_EYE,
    LEG_CUN,
    LEG_H,
    LEG_HALF,
    LEG_W,
    PATELLA,
    PATELLA_BASE_CORNER,
    PATELLA_HALF,
    Y_FEMUR_EPICONDYLE,
    Y_PUBIS,
    Y_PUBIS_LOWER,
    frame_of,
)
from .svg import DETAIL, LIMB_DETAIL_W, NAIL, SKIN_SHADE, Svg, background, fill, stroke

ASIS = (102.0, 618.0)  # body-front's
PATELLA_BASE = (PATELLA[0], PATELLA[1] - PATELLA_HALF[1])
PATELLA_APEX = (PATELLA[0], PATELLA[1] + PATELLA_HALF[1])
# the ends of the base: the patella's upper corners (the ellipse at 45 degrees)
PATELLA_BASE_LATERAL = (PATELLA[0] + PATELLA_BASE_CORNER[0], PATELLA[1] + PATELLA_BASE_CORNER[1])
PATELLA_BASE_MEDIAL = (PATELLA[0] - PATELLA_BASE_CORNER[0], PATELLA[1] + PATELLA_BASE_CORNER[1])
KNEE_EYE_MEDIAL = (30.0, KNEE_EYE[1])  # body-front's
TIBIAL_TUBEROSITY = (46.5, 1030.0)
# the femoral pulse at the inguinal crease, 2 B-cun lateral of the midline, where WHO's ST30
# (level with the symphysis) lies over it; the artery then follows the femur's medial side,
# which runs outward from the midline on the way down, to the femoral triangle's apex
FEMORAL_ARTERY_INGUINAL = (36.0, Y_PUBIS)
# ST31's hollow: the line from the patella base's lateral end to the ASIS at the level of the
# lower border of the pubic symphysis (WHO's note), where rectus femoris shows between sartorius
# (medial) and tensor fasciae latae (lateral)
RECTUS_FEMORIS_HOLLOW = on_line(PATELLA_BASE_LATERAL, ASIS, Y_PUBIS_LOWER)

# the muscles of the thigh (body d, y). Sartorius from the ASIS across the front of the thigh to
# the medial side of the knee; it crosses the lateral border of adductor longus at the femoral
# triangle's apex, where the femoral artery passes under it (SP11 lies there, a third of the
# way from SP12 at the groin to the patella base's medial end)
SARTORIUS_LATERAL = [(101, 621), (93, 652), (84, 688), (76, 720), (67, 752), (57, 786), (46, 828),
                     (36, 872), (27, 910), (19, 940), (12.5, 962)]
SARTORIUS_MEDIAL = [(97, 621), (85, 652), (72, 688), (61, 720), (51.5, 748), (45.5, 760),
                    (39, 786), (29, 828), (19, 862), (11.5, 886)]
ADDUCTOR_LONGUS = [(16, 676), (24, 700), (33, 724), (41, 746), (45.5, 760)]
FEMORAL_ARTERY = [FEMORAL_ARTERY_INGUINAL, (37.6, 700), (40.6, 740), (43.3, 760)]
FEMORAL_ARTERY_DEEP = [(43.3, 760), (40, 800), (32.5, 840), (24, 876)]
TFL_FRONT = [(104, 624), (109, 660), (114, 700), (120, 738), (127, 772)]
# rectus femoris and its tendon to the patella's base: ST32 on the belly, ST33 and ST34 just
# lateral of the tendon, ST34 between it and vastus lateralis; SP10 on vastus medialis
RECTUS_LATERAL = [(108, 705), (106, 750), (101, 800), (90, 840), (77, 866), (66, 882), (60, 895),
                  (57, 906), (55.8, 918), (55.2, 932), (55, 946)]
RECTUS_MEDIAL = [(79, 735), (71, 790), (60, 840), (50, 872), (44, 895), (41, 915), (38.5, 932),
                 (37, 946)]
VASTUS_LATERALIS_EDGE = [(97, 850), (86, 872), (77, 890), (71, 905), (67, 920), (64.5, 935),
                         (62.5, 949)]
VASTUS_MEDIALIS_LOWER = [(36, 950), (29, 958), (21, 960), (15, 953), (11, 941)]
# the groin crease: from below the ASIS down to the pulse at the symphysis's upper border (where
# WHO puts SP12, ST30 and LR12), clear below the lower-abdominal SP13 and GB28
INGUINAL_CREASE = [(99, 634), (84, 648), (66, 655), (51, 657.5), FEMORAL_ARTERY_INGUINAL,
                   (31, 662), (23, 667), (17, 673)]
# the tendons on the front ankle crease: tibialis anterior, extensor hallucis longus, extensor
# digitorum longus, 11.5 and 5 body units medial and 5.5 lateral of its middle (ST41), where the
# foot plates draw them
ANKLE_TENDONS = [(ANKLE_FRONT[0] + dd, ANKLE_FRONT[1] - 0.2) for dd in (-11.5, -5.0, 5.5)]
# the leg: the tibia's anterior border (crest) from the tuberosity, tibialis anterior lateral to
# it (ST36-ST39 on it, ST40 at its lateral border), its tendon crossing to the medial side of the
# ankle; extensor hallucis longus and digitorum longus tendons either side of ST41
TIBIA_CREST = [(46.5, 1036), (46, 1070), (45.5, 1110), (44.8, 1150), (43.5, 1190), (41.5, 1225),
               (38.5, 1252), (35, 1270)]
TIBIALIS_LATERAL = [(72, 1030), (70, 1070), (67.5, 1110), (65.4, 1144), (62, 1180), (56, 1212),
                    (50, 1236)]
TIBIALIS_TENDON = [(50, 1236), (43.5, 1256), (37.5, 1272), ANKLE_TENDONS[0], (31, 1296),
                   (29.5, 1308)]
EHL_TENDON = [(58, 1205), (52, 1235), (46, 1258), (41.8, 1274), ANKLE_TENDONS[1], (38.8, 1300),
              (36.5, 1320)]
EDL_TENDON = [(63, 1200), (58, 1232), (53.5, 1258), (51.2, 1275), ANKLE_TENDONS[2], (51, 1300)]
ANKLE_CREASE = [(27, 1280.5), (36, 1283.2), ANKLE_FRONT, (55, 1283.2), (62.5, 1281.5)]
# the foot (as body-front draws it, toes toward the viewer): toe clefts and nails
TOE_CLEFTS = [((34, 1350), (35.5, 1367)), ((43, 1350), (45, 1367)), ((52, 1349), (54.5, 1366)),
              ((60, 1346), (62.5, 1362))]
TOE_NAILS = [((28.5, 1361), 4.2), ((39.8, 1362.5), 2.6), ((48.8, 1362), 2.4), ((57.6, 1359.5), 2.2),
             ((66, 1355), 2.0)]


def leg_front() -> Figure:
    fr = FrontBack(back=False)
    p, ps = fr.p, fr.ps
    dw = LIMB_DETAIL_W
    svg = Svg(LEG_W, LEG_H, "Leg, front view",
              "Acupoint Atlas plate: the right lower limb from the front, from the iliac crest "
              "to the toes, with the groin and the pubic symphysis.")
    background(svg)
    segs = draw_front_back(svg, fr)

    def line(pts, w=dw, op=None, color=DETAIL):
        stroke(svg, smooth(ps(pts)), w, color, opacity=op)

    svg.open("groin")
    # iliac crest ending at the ASIS, the inguinal crease, the midline and the pubic symphysis
    line([(114, 591), (109, 603), (104.5, 613), ASIS], 1.3, 0.6)
    line(INGUINAL_CREASE, dw, 0.75)
    line([(0, 588), (0, 650)], 1.1, 0.35)
    line([(0, Y_PUBIS), (0, Y_PUBIS_LOWER)], 1.2, 0.55)
    for y in (Y_PUBIS, Y_PUBIS_LOWER):
        line([(-3, y), (7, y)], 1.2, 0.7)
    svg.close()

    svg.open("thigh")
    fill(svg, smooth(ps([*SARTORIUS_LATERAL[:9], *SARTORIUS_MEDIAL[:8][::-1]]), closed=True),
         SKIN_SHADE, opacity=0.3)
    line(SARTORIUS_LATERAL, dw, 0.7)
    line(SARTORIUS_MEDIAL, dw, 0.7)
    line(ADDUCTOR_LONGUS, 1.3, 0.55)
    line([(12, 690), (9.5, 760), (8, 820)], 1.1, 0.3)  # gracilis along the medial edge
    line(TFL_FRONT, 1.3, 0.55)
    line(RECTUS_LATERAL, dw, 0.6)
    line(RECTUS_MEDIAL, dw, 0.6)
    line(VASTUS_LATERALIS_EDGE, 1.3, 0.55)
    line(VASTUS_MEDIALIS_LOWER, 1.3, 0.55)
    # the femoral artery in the femoral triangle, then (fainter) under sartorius
    line(FEMORAL_ARTERY, 1.2, 0.5)
    line(FEMORAL_ARTERY_DEEP, 1.1, 0.22)
    svg.close()

    svg.open("knee")
    # the patella's outline from the middle of its base, round the lateral side to the apex and
    # up the medial side (offsets from its centre; the base's ends are its landmarks)
    w, h = PATELLA_HALF
    rim = [(0.42 * w, -0.95 * h), PATELLA_BASE_CORNER, (0.95 * w, -0.35 * h), (w, 0),
           (0.8 * w, 0.45 * h), (0.42 * w, 0.8 * h)]
    patella = [PATELLA_BASE, *[(PATELLA[0] + dx, PATELLA[1] + dy) for dx, dy in rim],
               PATELLA_APEX, *[(PATELLA[0] - dx, PATELLA[1] + dy) for dx, dy in rim[::-1]]]
    fill(svg, smooth(ps(patella), closed=True), SKIN_SHADE)
    stroke(svg, smooth(ps(patella), closed=True), 1.3, DETAIL, opacity=0.8)
    for d, k in ((37, 1), (55, -1)):  # the patellar ligament's borders
        line([(d, 982), (d + 0.5 * k, 1000), (d + 2 * k, 1026)], 1.2, 0.55)
    for c in (KNEE_EYE, KNEE_EYE_MEDIAL):  # the knee eyes
        fill(svg, ellipse_d(*p(c[0], c[1] - 0.5), 5 * 2, 6.5 * 2), SKIN_SHADE, opacity=0.7)
    line([(40.5, 1027), (46.5, 1032.5), (52.5, 1027)], 1.2, 0.55)  # tibial tuberosity
    line([(74, 968), (77.2, 978), (75, 988)], 1.2, 0.45)  # lateral epicondyle of the femur
    line([(16.5, 971), (13.8, Y_FEMUR_EPICONDYLE), (16.5, 993)], 1.2, 0.45)  # medial one
    line([(79, 1008), (82.5, 1018), (80.5, 1028)], 1.1, 0.35)  # head of the fibula
    svg.close()

    svg.open("leg")
    line(TIBIA_CREST, 1.3, 0.6)
    line(TIBIALIS_LATERAL, 1.2, 0.5)
    line(TIBIALIS_TENDON, 1.3, 0.7)
    line([(q[0] - 3, q[1] + 0.5) for q in TIBIALIS_TENDON[1:]], 1.1, 0.45)
    line(EHL_TENDON, 1.2, 0.65)
    line(EDL_TENDON, 1.2, 0.65)
    for toe in ((45, 1346), (52.5, 1348), (60, 1345.5), (67, 1341)):  # EDL to toes 2-5
        line([(51, 1300), ((51 + toe[0]) / 2, 1322), toe], 1.0, 0.35)
    line([(80, 1045), (80.5, 1090), (77, 1150), (71, 1205)], 1.1, 0.3)  # EDL / fibularis
    # the medial border of the tibia, the calf's muscles behind it (near the medial edge)
    line([(15.5, 1052), (14.5, 1100), (17.5, 1160), (23.5, 1215), (27.5, 1252)], 1.1, 0.3)
    line(ANKLE_CREASE, dw, 0.8)
    line([(62, 1279), (66.8, 1288), (63.5, 1298)], 1.3, 0.8)  # lateral malleolus
    line([(30.5, 1266), (27, 1277), (30.5, 1288)], 1.3, 0.8)  # medial malleolus
    for a, b in TOE_CLEFTS:
        line([a, b], 1.1, 0.6)
    for (c, r) in TOE_NAILS:
        x, y = p(*c)
        fill(svg, ellipse_d(x, y, r * 2, r * 1.6), NAIL)
        stroke(svg, ellipse_d(x, y, r * 2, r * 1.6), 1.0, DETAIL, opacity=0.55)
    svg.close()
    stroke_outline(svg, segs)

    lm = {name: p(*q) for name, q in FRONT_BACK_BONES.items()}
    lm.update({
        "asis": p(*ASIS),
        "pubic-symphysis": p(0, Y_PUBIS),
        "pubic-symphysis-lower": p(0, Y_PUBIS_LOWER),
        "femoral-artery-inguinal": p(*FEMORAL_ARTERY_INGUINAL),
        "rectus-femoris-hollow": p(*RECTUS_FEMORIS_HOLLOW),
        "femoral-triangle-apex": p(*ADDUCTOR_LONGUS[-1]),
        "patella": p(*PATELLA),
        "patella-base": p(*PATELLA_BASE),
        "patella-base-lateral": p(*PATELLA_BASE_LATERAL),
        "patella-base-medial": p(*PATELLA_BASE_MEDIAL),
        "patella-apex": p(*PATELLA_APEX),
        "femur-epicondyle-lateral": p(77.2, 978),
        "femur-epicondyle-medial": p(13.8, Y_FEMUR_EPICONDYLE),
        "knee-eye-lateral": p(*KNEE_EYE),
        "knee-eye-medial": p(*KNEE_EYE_MEDIAL),
        "patellar-ligament": p(PATELLA[0], KNEE_EYE[1]),
        "tibial-tuberosity": p(*TIBIAL_TUBEROSITY),
        "ankle-front": p(*ANKLE_FRONT),
        "tibialis-anterior-tendon": p(*ANKLE_TENDONS[0]),
        "extensor-hallucis-longus-tendon": p(*ANKLE_TENDONS[1]),
        "extensor-digitorum-longus-tendon": p(*ANKLE_TENDONS[2]),
    })
    # the limb on body-front, from the iliac crest to the toes
    frame = frame_of([(BODY_MID - d, y) for d, y in LEG_HALF], (BODY_W, BODY_H))
    return Figure("leg-front", "Leg front", "assets/body/leg-front.svg", "front", "leg",
                  "body-front", None, LEG_CUN, rounded(lm), svg.text(), frame=frame)


# knee-front: the knee of leg-front from 4.3 B-cun above the patella's base to 5.7 below the knee
# eyes (ST33-ST34, SP10, EX-LE1-EX-LE5, ST35-ST36, EX-LE7), where the points beside the patella
# lie closer than leg-front at its fitted zoom can tell apart
KNEE_RECT = (100.0, 560.0, 210.0, 460.0)


def knee_front() -> Figure:
    return close_up(leg_front(), "knee-front", "Knee front", KNEE_RECT,
                    "assets/body/knee-front.svg")
