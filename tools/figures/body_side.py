"""body-side: the whole body from the right side, face toward +x, the arm hanging at the side.

In this natural pose the forearm covers the greater trochanter (the landmark is where the bone
is, under the forearm).
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import arc_at_y, catmull, d_of, ellipse_d, point_at, reverse_segs, smooth, sub_curve
from .proportions import (
    ANKLE_FRONT_S,
    ARM_SIDE,
    BODY_CUN,
    BODY_H,
    BODY_SIDE,
    BODY_W,
    KNEE_EYE_S,
    Y_LMALL,
    Y_UMB,
)
from .svg import (
    BODY_DETAIL_W,
    BODY_OUTLINE_W,
    BRIEF,
    BRIEF_LINE,
    BROW,
    DETAIL,
    EYE_WHITE,
    HAIR,
    HAIR_LINE,
    IRIS,
    LINE,
    LIP,
    SKIN_SHADE,
    Svg,
    background,
    fill,
    stroke,
)


def body_side() -> Figure:
    W, H, C = BODY_W, BODY_H, BODY_CUN
    sw, dw = BODY_OUTLINE_W, BODY_DETAIL_W
    svg = Svg(W, H, "Body, right side view",
              "Acupoint Atlas plate: the whole body from the right side, anatomical position.")
    background(svg)
    body = catmull(BODY_SIDE, closed=True)
    svg.open("body")
    fill(svg, d_of(body, True))
    svg.close()

    svg.open("head")
    hair = [(258, 40), (304, 50), (327, 76), (329.5, 83), (318, 81), (302, 85), (291, 98),
            (284, 117), (277, 132), (270, 116), (258, 108), (246, 110), (239, 124),
            (241, 146), (230, 162), (202, 168), (194, 172), (178, 140), (172, 110),
            (180, 78), (208, 50)]
    fill(svg, smooth(hair, closed=True), HAIR)
    stroke(svg, smooth(hair[3:17]), 1.0, HAIR_LINE)
    # ear: behind the jaw, from brow level to the base of the nose
    ear = [(257, 114), (266, 112.5), (272, 121), (272, 136), (268, 148), (261, 156.5),
           (254, 154), (251, 143), (249, 128)]
    fill(svg, smooth(ear, closed=True))
    stroke(svg, smooth(ear, closed=True), 1.3)
    stroke(svg, smooth([(257, 121), (265, 121), (266.5, 134), (262, 146)]), 0.9, DETAIL,
           opacity=0.7)
    fill(svg, ellipse_d(263, 137, 2.2, 3.2), SKIN_SHADE)
    # brow, a calm eye (lid line, small iris), nostril, lips, jaw
    fill(svg, smooth([(333, 111), (325, 109.5), (315, 112), (325, 112.8)], closed=True), BROW)
    fill(svg, smooth([(321, 121), (327, 118.8), (332, 120.5), (327, 123)], closed=True),
         EYE_WHITE)
    fill(svg, ellipse_d(329.5, 120.8, 1.5, 2), IRIS)
    stroke(svg, smooth([(320, 121), (326, 118.5), (332.5, 120.2)]), 1.0, LINE)
    stroke(svg, smooth([(322, 117), (327, 115.5), (331, 116.3)]), 0.7, DETAIL, opacity=0.5)
    stroke(svg, smooth([(345, 150), (339, 149.5), (337, 153), (341, 155.5)]), 0.9, DETAIL)
    fill(svg, smooth([(341, 164.5), (336.5, 167.5), (338.5, 170), (341, 169)], closed=True),
         LIP)
    fill(svg, smooth([(338.5, 170.5), (336.5, 171), (338, 175.5), (340.5, 175)], closed=True),
         LIP)
    stroke(svg, smooth([(339, 170), (334, 170.6)]), 0.9, DETAIL)
    stroke(svg, smooth([(270, 158), (274, 178), (290, 194), (318, 203)]), 0.9, DETAIL,
           opacity=0.5)
    svg.close()

    svg.open("neck")
    # sternocleidomastoid (mastoid to the sternal notch) and the front border of trapezius,
    # which runs on into the top of the shoulder
    stroke(svg, smooth([(262, 160), (276, 200), (296, 246), (304, 258)]), 1.1, DETAIL,
           opacity=0.45)
    stroke(svg, smooth([(214, 176), (220, 210), (232, 240), (248, 256)]), 1.1, DETAIL,
           opacity=0.5)
    stroke(svg, smooth([(205, 242), (209.5, 247.5), (206.5, 253)]), 1.2, DETAIL)
    svg.close()

    # brief: its front and back edges follow the body outline exactly
    k_front = BODY_SIDE.index((334, 492))
    k_back = BODY_SIDE.index((207, 820))
    front = body[k_front:k_front + 6]
    back = reverse_segs(body[k_back:k_back + 8])

    def piece(segs, y0, y1):
        return sub_curve(segs, arc_at_y(segs, y0), arc_at_y(segs, y1))

    y_top_b, y_top_f, y_leg_f, y_leg_b = 612.0, 622.0, 662.0, 726.0
    top = catmull([point_at(back, arc_at_y(back, y_top_b)), (262, 616),
                   point_at(front, arc_at_y(front, y_top_f))])
    leg = catmull([point_at(front, arc_at_y(front, y_leg_f)), (300, 684), (250, 706),
                   point_at(back, arc_at_y(back, y_leg_b))])
    brief = [*top, *piece(front, y_top_f, y_leg_f), *leg,
             *reverse_segs(piece(back, y_top_b, y_leg_b))]
    svg.open("brief")
    fill(svg, d_of(brief, True), BRIEF)
    stroke(svg, d_of(top), dw, BRIEF_LINE)
    stroke(svg, d_of(leg), dw, BRIEF_LINE)
    svg.close()

    svg.open("trunk")
    # lower border of the pectoral, costal margin, iliac crest to the ASIS, navel
    stroke(svg, smooth([(344, 360), (332, 376), (314, 380)]), 1.1, DETAIL, opacity=0.45)
    stroke(svg, smooth([(336, 404), (318, 440), (302, 474)]), 1.1, DETAIL, opacity=0.35)
    stroke(svg, smooth([(206, 590), (252, 580), (296, 590), (324, 612)]), 1.2, DETAIL,
           opacity=0.45)
    stroke(svg, smooth([(337, 564), (333.5, 568), (337, 572)]), 1.2, DETAIL)
    # buttock: gluteal fold below the brief, hollow behind the greater trochanter
    stroke(svg, smooth([(198, 728), (214, 733), (236, 734)]), 1.2, DETAIL, opacity=0.55)
    stroke(svg, smooth([(236, 640), (232, 660), (238, 684)]), 1.1, BRIEF_LINE, opacity=0.5,
           ground=BRIEF)
    svg.close()

    svg.open("limbs")
    # knee: patella, patellar ligament, fibular head, popliteal crease
    stroke(svg, smooth([(315, 934), (303, 942), (298, 962), (302, 980), (312, 988)]), 1.2,
           DETAIL, opacity=0.6)
    stroke(svg, smooth([(306, 990), (303, 1004), (305, 1018)]), 1.0, DETAIL, opacity=0.4)
    stroke(svg, smooth([(244, 1012), (251, 1005), (259, 1010), (259, 1022)]), 1.2, DETAIL,
           opacity=0.6)
    stroke(svg, smooth([(224, 1000), (234, 1002)]), 1.1, DETAIL, opacity=0.5)
    # tibial crest (just behind the front of the shin), the fibula's line, calf
    stroke(svg, smooth([(305, 1030), (300, 1100), (294, 1180), (289, 1250)]), 1.1, DETAIL,
           opacity=0.35)
    stroke(svg, smooth([(256, 1030), (258, 1120), (260, 1200), (262, 1262)]), 1.0, DETAIL,
           opacity=0.3)
    stroke(svg, smooth([(230, 1060), (236, 1120), (242, 1190)]), 1.0, DETAIL, opacity=0.3)
    # ankle and foot: lateral malleolus, Achilles tendon, ankle crease, the lateral border of
    # the sole (the low lateral arch), base of the 5th metatarsal, little toe, toe tips
    stroke(svg, smooth([(255, 1283), (259, 1277), (266, 1278), (270, 1287), (267, 1296),
                        (259, 1299)]), 1.2, DETAIL, opacity=0.8)
    stroke(svg, smooth([(244, 1240), (245, 1275), (242, 1306)]), 1.0, DETAIL, opacity=0.4)
    stroke(svg, smooth([(292, 1280), (286, 1287)]), 1.1, DETAIL, opacity=0.55)
    stroke(svg, smooth([(244, 1341), (280, 1339), (320, 1337), (360, 1341), (392, 1346)]),
           1.0, DETAIL, opacity=0.45)
    stroke(svg, smooth([(314, 1332), (322, 1327), (332, 1331)]), 1.0, DETAIL, opacity=0.45)
    stroke(svg, smooth([(392, 1346), (396, 1337), (405, 1335), (411, 1341), (410, 1351)]),
           1.0, DETAIL, opacity=0.6)
    stroke(svg, smooth([(412, 1334), (420, 1336), (424, 1345)]), 1.0, DETAIL, opacity=0.45)
    stroke(svg, smooth([(426, 1334.5), (431, 1338)]), 1.0, DETAIL, opacity=0.5)
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(body, True), sw)
    svg.close()

    svg.open("arm")
    arm = catmull(ARM_SIDE, closed=True)
    n_arm = len(arm)
    fill(svg, d_of(arm, True))
    # the outline of the arm and hand; the shoulder: the front of the deltoid rounds over the
    # acromion into the slope of trapezius, its back merges into the back
    stroke(svg, d_of(arm[3:n_arm - 4]), sw)
    stroke(svg, d_of(arm[:4]), sw * 0.75)
    stroke(svg, d_of(arm[n_arm - 4:]), 1.3, DETAIL, opacity=0.8)
    stroke(svg, smooth([(216, 186), (222, 214), (234, 240), (252, 259)]), 1.3, DETAIL,
           opacity=0.7)
    # anterior axillary fold running into the lower border of the pectoral
    stroke(svg, smooth([(297, 362), (312, 376), (330, 376), (344, 362)]), 1.1, DETAIL,
           opacity=0.45)
    # deltoid borders meeting at its insertion, biceps/triceps groove
    stroke(svg, smooth([(296, 330), (282, 362), (262, 392)]), 1.1, DETAIL, opacity=0.5)
    stroke(svg, smooth([(212, 338), (232, 370), (262, 392)]), 1.1, DETAIL, opacity=0.5)
    stroke(svg, smooth([(262, 400), (260, 440), (256, 476)]), 1.0, DETAIL, opacity=0.3)
    # elbow: cubital crease (front), lateral epicondyle, olecranon (back)
    stroke(svg, smooth([(285, 496), (277, 499), (271, 498)]), 1.2, DETAIL)
    stroke(svg, smooth([(244, 490), (250, 486), (254, 492)]), 1.0, DETAIL, opacity=0.5)
    stroke(svg, smooth([(228, 486), (234, 496), (229, 508)]), 1.2, DETAIL, opacity=0.8)
    # brachioradialis (front of the forearm), radial styloid, wrist crease
    stroke(svg, smooth([(270, 516), (266, 580), (262, 660)]), 1.0, DETAIL, opacity=0.3)
    stroke(svg, smooth([(274, 708), (266, 711), (260, 711)]), 1.2, DETAIL)
    # hand: the thumb lies in front of the index (nail toward the viewer); the index finger
    # in front of the middle finger; knuckles
    stroke(svg, smooth([(261, 724), (265, 744), (272, 768), (277, 792), (281, 810)]), 1.4)
    fill(svg, smooth([(285, 789), (289.5, 792), (290, 802), (286.5, 807), (284, 799)],
                     closed=True), SKIN_SHADE)
    stroke(svg, smooth([(283, 770), (289, 768)]), 0.9, DETAIL, opacity=0.5)
    stroke(svg, smooth([(251, 808), (256, 830), (259, 852), (262, 864)]), 1.0, DETAIL,
           opacity=0.45)
    stroke(svg, smooth([(273, 836), (268, 837)]), 0.9, DETAIL, opacity=0.5)
    stroke(svg, smooth([(244, 792), (247, 800)]), 0.9, DETAIL, opacity=0.5)
    svg.close()

    lm = {
        "acromion": (252, 266),
        "greater-trochanter": (254, 662),
        "knee-eye-lateral": KNEE_EYE_S,
        "ankle-front": ANKLE_FRONT_S,
        "lateral-malleolus": (262, Y_LMALL),
        "patella": (309, 962),
        "olecranon": (231, 497),
        "c7": (207, 248),
        "umbilicus": (336, Y_UMB),
    }
    return Figure("body-side", "Body side", "assets/body/body-side.svg", "right", "body", None,
                  None, C, rounded(lm), svg.text())
