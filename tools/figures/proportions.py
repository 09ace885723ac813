"""The one module of body proportions: every level, landmark and outline the body plates share.

body-front and body-back are one silhouette (the back is its mirror image, coordinates as
(d, y), d = distance from the midline toward the figure's right); body-side is drawn to the same
unit and the same levels. Any future close-up of the trunk, arm, hand, leg or foot must derive
its landmarks from the numbers here (scaled and shifted, never re-measured), so that a close-up
and its whole-body view agree on every landmark they share.

WHO 2008 proportional (bone) measurements honoured, with BODY_CUN viewBox units per B-cun:
- suprasternal notch → xiphisternal junction (sternocostal angle): 9 B-cun;
- xiphisternal junction → centre of the umbilicus: 8 B-cun;
- centre of the umbilicus → upper border of the pubic symphysis: 5 B-cun;
- between the nipples: 8 B-cun (each nipple 4 B-cun lateral to the anterior midline);
- anterior or posterior axillary fold → cubital crease: 9 B-cun (the arm close-ups);
- cubital crease → wrist crease: 12 B-cun (front: palm side; back: olecranon → dorsal crease);
- popliteal crease (level) → prominence of the lateral malleolus: 16 B-cun (back, vertical);
- lateral knee eye (ST35) → front of the ankle crease (ST41): 16 B-cun (front and side).
"""

from __future__ import annotations

import math

BODY_W, BODY_H, BODY_MID, BODY_CUN = 500, 1400, 250.0, 18.0

# levels (y) that the cun relations fix
Y_NOTCH = 262.0  # suprasternal notch
Y_XIPHI = Y_NOTCH + 9 * BODY_CUN  # 424, xiphisternal junction
Y_UMB = Y_XIPHI + 8 * BODY_CUN  # 568, umbilicus
Y_PUBIS = Y_UMB + 5 * BODY_CUN  # 658, upper border of the pubic symphysis
Y_KNEE = 1000.0  # popliteal crease level (knee joint)
Y_LMALL = Y_KNEE + 16 * BODY_CUN  # 1288, lateral malleolus prominence
D_NIPPLE = 4 * BODY_CUN  # nipple, lateral to the midline
D_LMALL = 64.0  # lateral malleolus prominence (front and back views)

# the forearm: cubital crease → wrist crease is 12 B-cun along the forearm's axis
ELBOW = (168.0, 496.0)  # centre of the cubital crease, (d, y)
_ax = (17.0, 214.0)
_n = math.hypot(*_ax)
ARM_AXIS = (_ax[0] / _n, _ax[1] / _n)  # forearm direction, elbow -> wrist
WRIST = (ELBOW[0] + 12 * BODY_CUN * ARM_AXIS[0], ELBOW[1] + 12 * BODY_CUN * ARM_AXIS[1])

# the leg (front): lateral knee eye → front of the ankle crease is 16 B-cun
KNEE_EYE = (62.0, 996.0)  # lateral knee eye (d, y)
_leg = (45.0 - KNEE_EYE[0], 1286.0 - KNEE_EYE[1])
_n = math.hypot(*_leg)
ANKLE_FRONT = (KNEE_EYE[0] + 16 * BODY_CUN * _leg[0] / _n,
               KNEE_EYE[1] + 16 * BODY_CUN * _leg[1] / _n)

# the half silhouette of front and back, from the vertex down the figure's right side, round
# the foot and up the inside of the leg to the crotch
BODY_HALF = [
    (0, 40), (32, 44), (52, 60), (61, 88), (62, 116), (59, 146), (53, 172), (46, 196),
    (42, 214), (42, 232), (52, 244), (84, 252), (118, 258), (142, 264), (156, 276), (152, 302),
    (136, 326), (128, 356), (122, 400), (112, 460), (106, 510), (110, 556), (122, 598),
    (136, 640), (142, 680), (140, 730), (132, 800), (118, 870), (98, 930), (84, 966),
    (80, 1000), (86, 1044), (90, 1090), (84, 1160), (72, 1228), (66, 1262), (70, 1290),
    (75, 1318), (80, 1342), (72, 1362), (54, 1369), (36, 1369), (23, 1356), (20, 1326),
    (22, 1296), (24, 1276), (22, 1230), (14, 1150), (8, 1080), (10, 1040), (12, 1000),
    (10, 960), (9, 900), (7, 820), (4, 745), (0, 704)]
BODY_EAR = [(60, 126), (66, 124), (69, 134), (67, 152), (63, 166), (58, 166)]
LATERAL_MALLEOLUS = [(62, 1280), (66, 1290), (63, 1298)]  # its bump, front and back

# lateral edge of the acromion (front views), just inside the top of the shoulder's outline
ACROMION = (150.0, 264.0)

# the arm (front and back): outer edge from the shoulder down (the deltoid rounding out below
# the acromion, a shallow dip at its insertion, the elbow, brachioradialis), inner edge up to
# the axilla. The upper arm is about 3.8 B-cun across at mid-arm (a real arm's 8-9 cm), wider
# than the forearm (3.6 just below the elbow); the extra width is on its inner side, which lies
# against the chest wall just below the axilla (the lateral edge keeps the deltoid insertion,
# fixed by LI11 and LI15, about 1 B-cun inside it, where it is seen from in front).
ARM = [(112, 257), (146, 262), (168, 275), (180, 297), (186, 322), (188, 347), (187.5, 374),
       (189, 405), (192, 440), (195.5, 470), (199, 496), (205, 540), (206, 600), (207, 660)]
ARM_IN = [(160, 660), (152, 600), (142, 545), (137.5, 496), (131, 465), (123.5, 436),
          (120, 410), (123, 384), (129.5, 332)]

# the hand in its own frame: u across toward the thumb, v from the wrist crease to the tips (body
# units, 18 per B-cun). Proportions of a real hand with the hand's length kept (wrist crease ->
# tip of the middle finger 153, 8.5 B-cun): the MCP joints about 4.3 B-cun from the crease, the
# middle finger from its knuckle about as long as the palm; the little finger about 0.78 of the
# middle finger, its tip level with the ring finger's DIP crease; the index and middle fingers
# the widest; the thumb 1 B-cun (WHO's F-cun) across its IP joint, its tip beside the index PIP.
# The thumb: from the cleft round the tip and back up the thenar eminence to the wrist, whose
# radial edge rounds over the styloid (not pinched: APL and EPB run just inside it)
THUMB_ULNAR = [(35.5, 75.0), (35.6, 80.0), (35.9, 87.0), (37.3, 97.0), (40.3, 104.5)]
THUMB_TIP = (47.0, 109.0)
THUMB_RADIAL = [(53.2, 103.0), (53.9, 92.0), (53.2, 80.0), (50.2, 62.0), (44.0, 42.0),
                (36.5, 22.0), (30.5, 8.0), (27.6, 1.5)]
RADIAL_WRIST = [(26.6, -5.5), (25.9, -14.0)]  # over the radial styloid, up to the forearm's edge
HAND = [(-24, 0), (-29, 24), (-32, 48), (-33, 66), (-32.5, 81), (-32.2, 96), (-31.2, 112),
        (-29.3, 124), (-25.5, 132), (-21, 130.5), (-18.6, 125), (-17.8, 135), (-15, 144.5),
        (-10, 148), (-4.8, 145.5), (-2.9, 141), (-1.4, 148.5), (2, 152), (7, 153), (12.2, 151),
        (15.8, 144), (18.7, 145.5), (24.5, 146), (29.6, 142), (32.4, 129), (33.3, 110),
        (33.5, 86), *THUMB_ULNAR, THUMB_TIP, *THUMB_RADIAL, *RADIAL_WRIST, (24, 0)]
FINGER_GAPS = [[(-18.6, 125), (-18.5, 84)], [(-2.9, 141), (-3, 90.5)], [(15.8, 144), (16, 90)]]


def hand_pt(u, v):
    """(d, y) of a point of the figure's right hand, given in the hand's frame."""
    perp = (ARM_AXIS[1], -ARM_AXIS[0])  # toward the thumb (lateral, +d)
    return (WRIST[0] + u * perp[0] + v * ARM_AXIS[0], WRIST[1] + u * perp[1] + v * ARM_AXIS[1])


# ---------------------------------------------------------------------------------------------
# body-side: the right side, face toward +x, in plain (x, y); the same unit and levels

KNEE_EYE_S = (295.0, KNEE_EYE[1])
_leg = (289.0 - KNEE_EYE_S[0], 1286.0 - KNEE_EYE_S[1])
_n = math.hypot(*_leg)
ANKLE_FRONT_S = (KNEE_EYE_S[0] + 16 * BODY_CUN * _leg[0] / _n,
                 KNEE_EYE_S[1] + 16 * BODY_CUN * _leg[1] / _n)

# head, trunk and the (superimposed) legs as one silhouette, clockwise from the vertex
BODY_SIDE = [
    # head and face
    (258, 40), (304, 50), (327, 76), (335, 102), (335, 114), (332, 122), (338, 132),
    (347, 145), (348.5, 151), (343, 155.5), (338.5, 157), (341, 164), (338.5, 170),
    (340.5, 176), (336, 183), (339.5, 192), (334, 200.5), (321, 205), (309, 209),
    # neck, chest, abdomen
    (304, 224), (303, 246), (309, 263), (325, 281), (340, 304), (347, 334), (345, 368),
    (338, 398), (334, 440), (334, 492), (338, 540), (339, 572), (335, 606), (327, 636),
    (320, 660),
    # thigh, knee (patella, patellar ligament, tibial tuberosity), shin
    (323, 694), (327, 744), (326, 804), (320, 870), (314, 928), (316, 946), (318.5, 964),
    (314, 984), (309, 1000), (310, 1018), (306, 1060), (300, 1140), (295, 1215), (292.5, 1256),
    # foot: ankle crease, instep, toes, sole with the (low, lateral) arch, heel
    (295, 1279), (303, 1290), (320, 1296), (343, 1301), (367, 1308), (389, 1316),
    (407, 1324), (425, 1332), (433.5, 1339), (435, 1346), (429, 1352), (410, 1352.5),
    (384, 1352), (350, 1349.5), (312, 1348.5), (278, 1351.5), (252, 1352), (236, 1345),
    (229, 1328), (233, 1304), (239, 1274), (238, 1236),
    # calf, popliteal fossa, back of the thigh, buttock, lumbar curve, back, nape
    (228, 1186), (216, 1126), (212, 1084), (216, 1046), (225, 1008), (222, 966),
    (214, 900), (207, 820), (202, 762), (196, 730), (183, 708), (174, 672), (175, 636),
    (185, 604), (198, 568), (203, 528), (199, 478), (190, 428), (182, 380), (180, 336),
    (186, 294), (197, 264), (204, 244), (206, 226), (204, 204), (196, 180), (180, 146),
    (173, 110), (180, 78), (208, 50)]

# the right arm hanging at the side, palm forward: seen from its lateral (radial) side.
# One closed run clockwise from the acromion: deltoid, front of the arm (biceps, elbow,
# brachioradialis), palm side of the hand, fingertips, back of the hand, back of the forearm,
# olecranon, triceps, back of the deltoid.
ARM_SIDE = [
    (252, 259), (275, 263), (292, 279), (299, 304), (296, 334), (291, 376), (289, 430),
    (286, 476), (285, 496), (290, 526), (292, 566), (288, 616), (280, 668), (274, 708),
    (279, 724), (285, 744), (289.5, 766), (292, 788), (291.5, 803), (287.5, 811), (281, 811),
    (276, 816), (273.5, 832), (271, 850), (267.5, 863), (261, 869.5), (255, 867),
    (252.5, 856), (251, 836), (247.5, 814), (243.5, 796), (243.5, 770), (245, 740),
    (246.5, 712),
    (243, 672), (237, 624), (231, 576), (228, 536), (227, 500), (224, 462), (219, 414),
    (214, 368), (209, 326), (210, 296), (220, 275), (234, 263)]
ELBOW_CREASE_S = (285.0, 496.0)  # front of the elbow: the cubital crease (12 cun above the wrist)


# ---------------------------------------------------------------------------------------------
# the arm close-ups (arm-front, arm-back): the body-front right arm, in the body's (d, y) units,
# turned a little out at the shoulder so that the axilla opens, then scaled (arm_xy). Front and
# back are one silhouette (orthographic from in front and from behind), so a bone point has the
# same (d, y) on both; only the side of the plate it is drawn on differs.
#
# Limb frames: fore_pt(u, v) is v units from the centre of the cubital crease (ELBOW) toward the
# wrist along the forearm axis, u units across toward the radial (lateral) side; upper_pt(u, v)
# is v units from ELBOW up the arm toward the shoulder joint. Levels across a frame are
# perpendicular to its axis: the cubital crease, the epicondyles and the tip of the olecranon
# lie on one line (Hueter's line, elbow extended), v = 0.

SHOULDER_JOINT = (150.0, 292.0)  # centre of the shoulder joint, below the acromion
_ua = (SHOULDER_JOINT[0] - ELBOW[0], SHOULDER_JOINT[1] - ELBOW[1])
_n = math.hypot(*_ua)
UPPER_AXIS = (_ua[0] / _n, _ua[1] / _n)  # elbow -> shoulder joint


def upper_pt(u, v):
    """(d, y) of a point of the upper arm in its frame (v up the arm from ELBOW, u lateral)."""
    return (ELBOW[0] + v * UPPER_AXIS[0] - u * UPPER_AXIS[1],
            ELBOW[1] + v * UPPER_AXIS[1] + u * UPPER_AXIS[0])


def fore_pt(u, v):
    """(d, y) of a point of the forearm in its frame (v down from ELBOW, u lateral)."""
    return (ELBOW[0] + v * ARM_AXIS[0] + u * ARM_AXIS[1],
            ELBOW[1] + v * ARM_AXIS[1] - u * ARM_AXIS[0])


# the ends of the axillary folds: on the inner edge of the arm, 9 B-cun above the line of the
# cubital crease (WHO's proportional bone table: anterior or posterior axillary fold -> cubital
# crease 9 B-cun), so front and back fold are one point of the silhouette; body-front uses it too
AXILLA_FRONT = upper_pt(-24, 9 * BODY_CUN)
AXILLA_BACK = AXILLA_FRONT  # the posterior fold's end, seen from behind

# the close-ups' pose: the limb turned ARM_ABDUCT out about the shoulder joint (fully from the
# axillary folds down, blending to nothing at the acromion); distances within the limb do not
# change, so every B-cun relation of the body's arm holds on the close-ups
ARM_ABDUCT = math.radians(5.0)
_POSE_Y0, _POSE_Y1 = 262.0, 330.0


def arm_pose(p):
    """A point of the body-front right arm as the close-ups pose it (d, y)."""
    t = min(1.0, max(0.0, (p[1] - _POSE_Y0) / (_POSE_Y1 - _POSE_Y0)))
    a = ARM_ABDUCT * t * t * (3 - 2 * t)
    dx, dy = p[0] - SHOULDER_JOINT[0], p[1] - SHOULDER_JOINT[1]
    c, s = math.cos(a), math.sin(a)
    return (SHOULDER_JOINT[0] + dx * c + dy * s, SHOULDER_JOINT[1] - dx * s + dy * c)


# the close-ups' frame: the plate shows body d from ARM_D0 (the chest or back, cut by the plate's
# medial edge) outward, and body y from ARM_TOP down, ARM_SCALE plate units per body unit
ARM_SCALE = 2.0
ARM_CUN = BODY_CUN * ARM_SCALE  # 36 plate units per B-cun
ARM_W, ARM_H = 470, 1280
ARM_D0, ARM_TOP = 63.0, 226.0


def arm_xy(p, back: bool):
    """Plate (x, y) of a body (d, y) point: front views put the lateral side on the viewer's
    left, back views on the viewer's right."""
    x = ARM_SCALE * (p[0] - ARM_D0)
    return (x if back else ARM_W - x, ARM_SCALE * (p[1] - ARM_TOP))


# bone and tendon points of the limb shared by arm-front and arm-back, (d, y) before the pose.
# The elbow: epicondyles and the olecranon tip on the line of the cubital crease; the wrist:
# radial styloid level with the wrist creases, the head of the ulna 1 B-cun above them.
ARM_POINTS = {
    "humerus-epicondyle-lateral": fore_pt(25, 0),
    "humerus-epicondyle-medial": fore_pt(-28, 0),
    "olecranon": ELBOW,
    "greater-tubercle": (160.0, 288.0),
    "radial-styloid": fore_pt(20.5, 12 * BODY_CUN),
    "ulna-head": fore_pt(-17, 11 * BODY_CUN),
    "ulna-styloid": hand_pt(-20.5, -2),
    "triquetrum": hand_pt(-22, 8),
    "metacarpal5-base": hand_pt(-24.5, 21),
}
# the front of the elbow and wrist (fore_pt u at the creases)
BICEPS_TENDON_U = -4.5  # biceps tendon on the cubital crease, a little ulnar of its midpoint
LU5_LATERAL = 0.35  # LU5 and PC3 lie this many B-cun either side of the tendon's centre
WRIST_TENDONS_U = {"radial-artery": 15.0, "flexor-carpi-radialis-tendon": 9.0,
                   "palmaris-longus-tendon": -1.0, "flexor-carpi-ulnaris-tendon": -15.0}


def frame_of(points, size, margin=6.0):
    """(x, y, w, h) around plate points, kept inside a plate of ``size`` (w, h): where a
    close-up lies on the view it zooms from."""
    x0 = max(0.0, min(p[0] for p in points) - margin)
    y0 = max(0.0, min(p[1] for p in points) - margin)
    x1 = min(size[0], max(p[0] for p in points) + margin)
    y1 = min(size[1], max(p[1] for p in points) + margin)
    return (round(x0, 1), round(y0, 1), round(x1 - x0, 1), round(y1 - y0, 1))


def hand_outline():
    """The right hand's outline (d, y) on the body plates."""
    return [hand_pt(u, v) for u, v in HAND]


# the hand close-ups (hand-palm, hand-back): the hand frame above (u toward the thumb, v from the
# wrist crease toward the fingertips, body units), scaled by HAND_SCALE and shifted so that the
# hand fills the plate, its axis vertical (fingers down, so `up` is proximal). Nothing is
# re-measured: the outline, the fingertips, the webs and the two metacarpal-2 landmarks are
# HAND's and body-back's numbers; the finer parts (joint levels, nails) are fractions of them.

HAND_W, HAND_H = 460, 840
HAND_SCALE = 4.0  # close-up units per body unit
HAND_CUN = BODY_CUN * HAND_SCALE  # the hand's B-cun on the close-ups
HAND_X0, HAND_Y0 = 269.0, 196.0  # where the centre of the wrist crease (u=0, v=0) lands (palm)


def hand_close(u, v, side):
    """(x, y) on a hand close-up of a point given in the hand frame; side 'front' (palm, thumb on
    the viewer's left) or 'back' (dorsum, thumb on the viewer's right): mirror images."""
    if side == "front":
        return (HAND_X0 - u * HAND_SCALE, HAND_Y0 + v * HAND_SCALE)
    return (HAND_W - HAND_X0 + u * HAND_SCALE, HAND_Y0 + v * HAND_SCALE)


def hand_frame(d, y):
    """The inverse of hand_pt: a body-plate point (d, y) in the hand frame (u, v)."""
    rel = (d - WRIST[0], y - WRIST[1])
    perp = (ARM_AXIS[1], -ARM_AXIS[0])
    return (rel[0] * perp[0] + rel[1] * perp[1], rel[0] * ARM_AXIS[0] + rel[1] * ARM_AXIS[1])


# the webs between the digits (the bottom of each cleft; HAND's finger gaps and thumb cleft)
HAND_WEBS = {"1-2": (35.5, 75.0), "2-3": (16.0, 90.0), "3-4": (-3.0, 90.5),
             "4-5": (-18.5, 84.0)}
# each finger: the ulnar and radial ends of its base (webs or HAND's free edges) and its tip
HAND_FINGERS = {
    "index": ((16.0, 90.0), (33.5, 86.0), (24.5, 146.0)),
    "middle": ((-3.0, 90.5), (16.0, 90.0), (7.0, 153.0)),
    "ring": ((-18.5, 84.0), (-3.0, 90.5), (-10.0, 148.0)),
    "little": ((-32.5, 81.0), (-18.5, 84.0), (-25.5, 132.0)),
}
# joint creases and the nail as fractions of the finger from its base (web level) to its tip:
# proximal, middle and distal segments about 0.38 : 0.31 : 0.31 of it on the palm side
FINGER_AT = {"pip": 0.38, "dip": 0.69, "nail-base": 0.76, "nail-free": 0.93}
# half-width of a finger (fraction of its half-width at the base) along it: narrowing past the
# web, a little fuller over the PIP joint, rounding into the tip
FINGER_HALF = [(0.0, 1.0), (0.12, 0.88), (0.38, 0.86), (0.55, 0.8), (0.69, 0.8), (0.8, 0.78),
               (0.9, 0.68), (0.96, 0.46)]
NAIL_HALF = 0.6  # nail width, of the finger's width at the nail base
# the thumb's levels (v): its nail begins about 1 cm (0.42 B-cun) beyond the IP joint and ends
# about 5 mm short of the tip, as on a real thumb
THUMB_AT = {"mcp": 61.0, "ip": 86.0, "nail-base": 93.5, "nail-free": 105.0}
# metacarpals: (base, head) centres; metacarpal2-base and -head (body-back's LI4 landmarks) are
# the radial edge of the 2nd metacarpal's base and head
METACARPAL2_RADIAL = ((19.0, 16.0), (30.0, 71.0))
METACARPALS = {1: ((30.5, 20.0), (43.0, 57.0)), 2: ((14.5, 16.0), (25.5, 72.0)),
               3: ((5.0, 15.0), (7.5, 74.0)), 4: ((-6.0, 16.0), (-10.5, 72.5)),
               5: ((-16.0, 18.0), (-25.5, 68.0))}
MCP_V = {2: 76.0, 3: 78.0, 4: 76.5, 5: 72.0}  # the MCP joint lines (the knuckles' crests)
# the wrist (both views): tendons crossing the palmar crease, bony points (hand frame)
EXTENSOR_DIGITORUM = (-9.0, 4.0)  # ulnar and radial edges of its tendons at the dorsal crease


# --- the leg close-ups (leg-front, leg-medial, leg-lateral, leg-back) ---
# The right lower limb of the body plates at LEG_SCALE times their size. Front and back are one
# silhouette seen from in front and from behind (the body-front/body-back half, (d, y)); medial
# and lateral are one silhouette seen from the figure's left and right (body-side's, (x, y), x
# toward the front). A bone point has the same body coordinates on the two plates that share a
# silhouette. Every level below is the body's own or WHO's proportional bone cun counted from
# one, in BODY_CUN units (18 per B-cun), so the close-ups and the overviews agree:
# - upper border of the pubic symphysis (Y_PUBIS) -> medial epicondyle of the femur: 18 B-cun;
# - prominence of the greater trochanter -> popliteal crease (Y_KNEE): 19 B-cun;
# - gluteal fold -> popliteal crease: 14 B-cun;
# - popliteal crease -> prominence of the lateral malleolus (Y_LMALL): 16 B-cun (the body's);
# - lower border of the medial condyle of the tibia -> prominence of the medial malleolus: 13;
# - prominence of the lateral malleolus -> sole: 3 B-cun (the side plates' sole; body-side draws
#   its sole about 0.4 B-cun lower).
LEG_SCALE = 2.0
LEG_CUN = BODY_CUN * LEG_SCALE  # 36 plate units per B-cun, as on the arm close-ups

Y_PUBIS_LOWER = Y_PUBIS + 1.5 * BODY_CUN  # lower border of the symphysis (ST31's level)
Y_TROCHANTER = Y_KNEE - 19 * BODY_CUN  # prominence of the greater trochanter (658)
Y_GLUTEAL_FOLD = Y_KNEE - 14 * BODY_CUN  # the gluteal fold at its middle (748)
Y_FEMUR_EPICONDYLE = Y_PUBIS + 18 * BODY_CUN  # medial epicondyle of the femur (982)
MEDIAL_MALLEOLUS = (29.0, 1277.0)  # its prominence on body-front (d, y), above the lateral one
Y_TIBIA_CONDYLE = MEDIAL_MALLEOLUS[1] - 13 * BODY_CUN  # lower border of the medial condyle (1043)
LEG_Y_SOLE = Y_LMALL + 3 * BODY_CUN  # the sole under the heel on the side plates (1342)
Y_FIBULA_HEAD = Y_LMALL - 15 * BODY_CUN  # the head of the fibula, 1 B-cun below the crease
# the sacral hiatus (on the midline), about at the top of the gluteal cleft: half a B-cun above
# the level of the greater trochanters
Y_SACRAL_HIATUS = Y_TROCHANTER - 0.5 * BODY_CUN
# body-front's patella: centre (d, y) and half-width, half-height. An adult patella is about
# 4.5 cm wide, some 45 per cent of the knee's breadth; its base's two ends (the upper corners,
# PATELLA_BASE_CORNER from the centre) lie about 1.6 B-cun apart, so that EX-LE1's medial point,
# 1.5 B-cun medial of ST34, falls just lateral of SP10 as in life
PATELLA = (46.0, 964.0)
PATELLA_HALF = (17.0, 18.0)
PATELLA_BASE_CORNER = (14.5, -13.0)
D_GREATER_TROCHANTER = 135.5  # its prominence on front and back, just inside the hip's outline

# the front/back half silhouette of the close-ups (d, y): BODY_HALF's leg with a few more points
# along the same curve (the lateral thigh over vastus lateralis, the knee, the calf, the medial
# knee and calf), from the plate's top (LEG_TOP) down the lateral side, round the foot (the
# body's, toes forward) and up the medial side to the crotch on the midline
LEG_HALF = [
    (119.0, 588.0), (122, 598), (130, 618), (136, 640), (140, 660), (142, 680), (141.5, 703),
    (140, 730), (136.5, 765), (132, 800), (125.5, 835), (118, 870), (108.5, 901), (98, 930),
    (90, 950), (84, 966), (81, 983), (80, 1000), (82, 1021), (86, 1044), (89.3, 1067),
    (90, 1090), (88, 1122), (84, 1160), (78.5, 1195), (72, 1228), (68.3, 1247), (66, 1262),
    (67.5, 1276), (70, 1290), (75, 1318), (80, 1342), (72, 1362), (54, 1369), (36, 1369),
    (23, 1356), (20, 1326), (22, 1296), (24, 1276), (23.5, 1254), (22, 1230), (18.3, 1190),
    (14, 1150), (10.3, 1112), (8, 1080), (8.8, 1058), (10, 1040), (11.8, 1020), (12.5, 1000),
    (11.6, 980), (9.8, 962), (8.4, 945), (8.9, 925), (9.6, 900), (8.6, 860), (7, 820), (5.8, 784),
    (4, 745), (2.3, 723), (0, 704)]

# the side silhouette (x, y as body-side, x toward the front): BODY_SIDE's leg, hip and lower
# trunk, from the plate's top at the front down the front of the thigh and shin, round the foot
# (its sole raised to LEG_Y_SOLE: the body-side foot below the malleolus scaled by 54/64) and up the
# back of the leg and buttock
_SOLE_K = (LEG_Y_SOLE - Y_LMALL) / (1352.0 - Y_LMALL)


def _foot_s(p):
    return (p[0], p[1] if p[1] <= Y_LMALL else Y_LMALL + (p[1] - Y_LMALL) * _SOLE_K)


LEG_SIDE = [
    (339.0, 572.0), (335, 606), (327, 636), (320, 660), (321.2, 676), (323, 694), (325.4, 719),
    (327, 744), (327.1, 775), (326, 804), (323.5, 837), (320, 870), (317, 900), (314, 928),
    (316, 946), (318.5, 964), (314, 984), (309, 1000), (310, 1018), (308.2, 1039), (306, 1060),
    (303.2, 1100), (300, 1140), (297.5, 1178), (295, 1215), (292.5, 1256),
    *[_foot_s(p) for p in [
        (295, 1279), (303, 1290), (320, 1296), (343, 1301), (367, 1308), (389, 1316),
        (407, 1324), (425, 1332), (433.5, 1339), (435, 1346), (429, 1352), (410, 1352.5),
        (384, 1352), (350, 1349.5), (312, 1348.5), (278, 1351.5), (252, 1352), (236, 1345),
        (229, 1328), (233, 1304)]],
    (239, 1274), (238, 1236), (228, 1186), (216, 1126), (212, 1084), (216, 1046), (225, 1008),
    (222, 966), (214, 900), (207, 820), (202, 762), (196, 730), (183, 708), (174, 672),
    (175, 636), (185, 604), (197.0, 572.0)]
LATERAL_MALLEOLUS_S = (262.0, Y_LMALL)  # body-side's
# in profile the medial malleolus lies 0.5 B-cun in front of the lateral one (as on a real ankle)
MEDIAL_MALLEOLUS_S = (LATERAL_MALLEOLUS_S[0] + 0.5 * BODY_CUN, MEDIAL_MALLEOLUS[1])
FINGERTIP_S = (261.0, 869.5)  # the lowest point of body-side's hanging middle fingertip

# the close-ups' frames: front and back show body d from LEG_D0 (just past the midline) to
# LEG_D1 and body y from LEG_TOP to LEG_BOTTOM; the side plates body-side x from LEG_X0 to LEG_X1
# and y from LEG_TOP_S to LEG_BOTTOM_S
LEG_D0, LEG_D1, LEG_TOP, LEG_BOTTOM = -3.0, 156.0, 588.0, 1376.0
LEG_X0, LEG_X1, LEG_TOP_S, LEG_BOTTOM_S = 166.0, 442.0, 572.0, 1350.0
LEG_W, LEG_H = int(LEG_SCALE * (LEG_D1 - LEG_D0)), int(LEG_SCALE * (LEG_BOTTOM - LEG_TOP))
LEG_W_S, LEG_H_S = int(LEG_SCALE * (LEG_X1 - LEG_X0)), int(LEG_SCALE * (LEG_BOTTOM_S - LEG_TOP_S))


def leg_xy(p, back: bool):
    """Plate (x, y) of a body (d, y) point on leg-front (lateral on the viewer's left) or
    leg-back (lateral on the viewer's right)."""
    x = LEG_SCALE * (p[0] - LEG_D0)
    return (x if back else LEG_W - x, LEG_SCALE * (p[1] - LEG_TOP))


def leg_side_xy(p, medial: bool):
    """Plate (x, y) of a body-side (x, y) point on leg-lateral (front toward the viewer's
    right, as body-side) or leg-medial (the mirror image: front toward the viewer's left)."""
    x = LEG_SCALE * (p[0] - LEG_X0)
    return (LEG_W_S - x if medial else x, LEG_SCALE * (p[1] - LEG_TOP_S))
# --- the foot close-ups (foot-top, foot-medial, foot-lateral, foot-sole) ---
# The right foot in its own frame, in body units (BODY_CUN per B-cun): `a` forward from the back
# of the heel along the sole, `w` across it (+ lateral, toward the little toe; 0 on the line from
# the front of the ankle crease through the second toe), `h` up from the sole (the floor,
# standing). The frame is anchored on the body plates, nothing re-measured:
# - heights: the sole lies 3 B-cun below the prominence of the lateral malleolus (WHO:
#   prominence of the lateral malleolus -> sole 3 B-cun), i.e. at Y_LMALL + 54 on the body's
#   levels; every other height is a body-front level measured from there (the medial
#   malleolus 11 units = 0.6 B-cun above the lateral, the front of the ankle crease 4.5 above
#   it). body-side draws its small foot's sole 10 units (0.56 B-cun) lower: its malleolus ->
#   sole is 3.56 B-cun;
# - across: body-front's d less ANKLE_FRONT's d (the lateral malleolus 18.85 units lateral of the
#   front of the ankle crease, the medial malleolus 16.15 medial of it);
# - along: body-side's x less the back of its heel (the lateral malleolus 33 units in front of
#   it, the front of the ankle crease 60); the medial malleolus lies 0.5 B-cun in front of the
#   lateral one, as on a real ankle; the foot is body-side's length (11.4 B-cun, 15 % of the
#   figure's height).
# The foot's own shape (its outline in plan and in profile, toes, bones, tendons) is drawn to a
# real adult foot at that length.


FOOT_SCALE = 4.0  # close-up units per body unit, as the hand close-ups
FOOT_CUN = BODY_CUN * FOOT_SCALE  # 72 plate units per B-cun
Y_SOLE = Y_LMALL + 3 * BODY_CUN  # the sole's level on the body's levels
MEDIAL_MALLEOLUS_FRONT = (29.0, 1277.0)  # body-front's medial-malleolus, (d, y)
LATERAL_MALLEOLUS_SIDE_X = 262.0  # body-side's lateral-malleolus, x
HEEL_SIDE_X = min(x for x, y in BODY_SIDE if y > Y_LMALL)  # the back of body-side's heel


def foot_h(y):
    """Height above the sole of a body level y."""
    return Y_SOLE - y


FOOT_LMALL = (LATERAL_MALLEOLUS_SIDE_X - HEEL_SIDE_X, D_LMALL - ANKLE_FRONT[0], foot_h(Y_LMALL))
FOOT_MMALL = (FOOT_LMALL[0] + 0.5 * BODY_CUN, MEDIAL_MALLEOLUS_FRONT[0] - ANKLE_FRONT[0],
              foot_h(MEDIAL_MALLEOLUS_FRONT[1]))
FOOT_ANKLE = (ANKLE_FRONT_S[0] - HEEL_SIDE_X, 0.0, foot_h(ANKLE_FRONT[1]))  # (a, w, h)
# the front border of the calcaneal tendon level with either malleolus: body-side x 246, 17
# units (0.95 B-cun) in front of the back of the heel, as the leg plates draw it
CALCANEAL_TENDON_A = 246.0 - HEEL_SIDE_X

# the plan (a, w): the outline seen from above or below. Medial border from the back of the heel
# to the great toe (heel, the navicular's bulge, the base and head of the first metatarsal),
# lateral border from the little toe back to the heel (the fifth metatarsophalangeal joint, the
# tuberosity of the fifth metatarsal, the heel). About 0.35 of its length across the ball (9 cm
# for a 26 cm foot), the heel 5.7 cm; the ankle above it is body-front's, a little slender.
PLAN_MEDIAL = [(0.0, 1.5), (2.0, -7.5), (6.5, -14.0), (14.0, -18.4), (26.0, -20.4),
               (42.0, -20.0), (58.0, -18.8), (72.0, -19.8), (86.0, -21.0), (100.0, -23.2),
               (116.0, -26.4), (132.0, -29.2), (146.0, -30.6), (157.0, -30.2)]
PLAN_LATERAL = [(147.0, 37.2), (138.0, 40.8), (126.0, 41.4), (112.0, 40.0), (98.0, 37.8),
                (87.0, 36.0), (78.0, 32.6), (68.0, 28.8), (54.0, 26.2), (38.0, 24.6),
                (24.0, 23.4), (13.0, 20.6), (5.5, 15.0), (1.5, 8.5)]
# the toes: (medial end of the base, lateral end of the base, tip); the bases meet at the webs
TOE_WEBS = {"1-2": (173.0, -10.0), "2-3": (172.0, 3.0), "3-4": (167.5, 14.0),
            "4-5": (161.0, 24.8)}
TOES = {
    1: ((164.0, -29.8), TOE_WEBS["1-2"], (206.0, -17.0)),
    2: (TOE_WEBS["1-2"], TOE_WEBS["2-3"], (203.0, -3.0)),
    3: (TOE_WEBS["2-3"], TOE_WEBS["3-4"], (196.5, 9.2)),
    4: (TOE_WEBS["3-4"], TOE_WEBS["4-5"], (189.0, 20.0)),
    5: (TOE_WEBS["4-5"], (152.0, 35.6), (179.0, 30.2)),
}
# half-width of a toe (fraction of its half-width at the base) along it: the great toe full to
# its broad tip, the lesser toes narrowing past the web and rounding into the tip
TOE_HALF = {1: [(0.0, 1.0), (0.2, 0.93), (0.5, 0.9), (0.75, 0.93), (0.88, 0.85), (0.96, 0.56)],
            0: [(0.0, 1.0), (0.15, 0.93), (0.45, 0.9), (0.7, 0.93), (0.86, 0.84), (0.95, 0.55)]}
# the nail on each toe: base and free margin as fractions of the toe from its base (web level)
# to its tip, its half-width as a fraction of the toe's there
TOENAIL_AT = {1: (0.56, 0.88, 0.68), 2: (0.62, 0.88, 0.54), 3: (0.62, 0.88, 0.53),
              4: (0.62, 0.87, 0.52), 5: (0.6, 0.86, 0.5)}
# the metatarsals in plan: (base, head) dorsal centres; the heads end at the MTP joint lines
METATARSALS = {1: ((101.0, -13.0), (152.0, -19.6)), 2: ((95.0, -3.0), (154.0, -3.6)),
               3: ((97.0, 5.4), (150.0, 8.4)), 4: ((94.0, 12.4), (144.0, 19.0)),
               5: ((90.0, 21.4), (137.0, 29.8))}
MT_HALF = {1: (6.0, 5.0, 8.0), 2: (3.6, 2.6, 4.6), 3: (3.6, 2.6, 4.4), 4: (3.6, 2.5, 4.4),
           5: (4.0, 2.8, 4.8)}  # half-widths of base, shaft, head
MT5_TUBEROSITY = (85.0, 35.6)  # the tuberosity of the fifth metatarsal, on the lateral border
MT_BASES_1_2 = (101.0, -7.2)  # where the bases of the first and second metatarsals meet
MT_BASES_4_5 = (93.0, 17.0)  # where the bases of the fourth and fifth metatarsals meet
# the tendons across the front of the ankle crease (w) and on over the dorsum (a, w)
ANKLE_TENDONS_W = {"tibialis-anterior-tendon": -11.5, "extensor-hallucis-longus-tendon": -5.0,
                   "extensor-digitorum-longus-tendon": 5.5}
TIBIALIS_ANTERIOR = [(60.0, -11.5), (72.0, -15.0), (84.0, -18.6), (93.0, -20.4)]
EXTENSOR_HALLUCIS = [(60.0, -5.0), (78.0, -8.0), (101.0, -12.0), (128.0, -15.6),
                     (152.0, -18.4), (172.0, -18.6), (188.0, -17.8)]
EDL_SPLIT = (76.0, 7.0)  # where extensor digitorum longus fans into its four tendons
EDL_SLIPS = {2: [(100.0, -1.0), (128.0, -2.8), (154.0, -3.4), (178.0, -3.2)],
                      3: [(100.0, 6.6), (126.0, 7.6), (150.0, 8.6), (174.0, 9.0)],
                      4: [(100.0, 10.8), (124.0, 14.8), (144.0, 19.0), (168.0, 20.0)],
                      5: [(93.0, 12.0), (100.0, 13.4), (118.0, 20.0), (134.0, 27.4),
                          (146.0, 29.6), (160.0, 30.4)]}
# the dorsalis pedis artery: from the front of the ankle over the joint of the second
# metatarsal's base with the intermediate cuneiform to the proximal end of the first space
DORSALIS_PEDIS = [(60.0, 0.0), (72.0, -1.2), (84.0, -2.6), (95.0, -4.4), (104.0, -6.6),
                  (109.0, -7.6)]

# the profile (a, h), as seen from either side: from the front of the leg (cut off above the
# plate) down over the ankle crease and the instep to the great toe, along the sole, round the
# heel and up the back of the heel and the calcaneal tendon
PROFILE_FRONT = [(66.5, 150.0), (64.6, 126.0), (62.8, 102.0), (61.6, 84.0), (61.0, 70.0),
                 (61.8, 63.4), (63.4, 59.4)]
DORSUM = [(FOOT_ANKLE[0], FOOT_ANKLE[2]), (67.0, 56.2), (72.0, 54.6), (85.0, 52.0),
          (100.0, 47.6), (115.0, 41.6), (130.0, 34.6), (143.0, 29.0), (153.0, 25.8),
          (164.0, 23.4), (176.0, 21.8), (188.0, 20.2), (196.0, 18.4), (201.6, 15.4),
          (205.0, 10.8), (206.2, 6.0), (205.2, 2.4), (201.8, 0.7)]
SOLE = [(195.0, 0.0), (185.0, 0.5), (176.0, 2.0), (167.0, 1.0), (156.0, 0.0), (140.0, 0.0),
        (100.0, 0.2), (60.0, 0.0), (30.0, 0.0), (18.0, 0.4), (9.5, 2.2), (4.0, 6.2), (1.0, 12.0)]
HEEL_BACK = [(0.0, 19.0), (0.8, 27.0), (3.0, 36.0), (6.0, 45.0), (8.4, FOOT_LMALL[2]),
             (9.0, 68.0), (8.2, 90.0), (6.5, 116.0), (4.0, 150.0)]
# the medial arch: on the medial side the sole's edge rises from the ball to the heel
MEDIAL_ARCH = [(156.0, 0.0), (142.0, 0.8), (126.0, 4.0), (110.0, 8.6), (95.0, 11.4),
               (80.0, 12.0), (65.0, 10.4), (50.0, 6.6), (38.0, 3.2), (28.0, 1.0), (18.0, 0.4)]

# the plates: foot-top (the dorsum, toes down), foot-sole (the sole, heel up, toes down),
# foot-medial and foot-lateral (profiles)
FOOT_TOP_W, FOOT_TOP_H = 380, 950
FOOT_TOP_X0, FOOT_TOP_Y0 = 212.0, 300.0  # where the front of the ankle crease (w 0) lands
FOOT_SOLE_W, FOOT_SOLE_H = 380, 900
FOOT_SOLE_X0, FOOT_SOLE_Y0 = 168.0, 40.0  # w 0 and the back of the heel (a 0)
FOOT_SIDE_W, FOOT_SIDE_H = 920, 600
FOOT_SIDE_A0, FOOT_SIDE_Y0 = -3.0, 560.0  # the plate's heel-side margin (a) and the sole (y)


def foot_side_xy(a, h, side):
    """(x, y) on a profile plate of a point (a, h): 'right' (the lateral side, toes toward the
    viewer's right, as body-side) or 'left' (the medial side seen from the figure's left, toes
    toward the viewer's left)."""
    x = 40.0 + FOOT_SCALE * (a - FOOT_SIDE_A0)
    return (x if side == "right" else FOOT_SIDE_W - x, FOOT_SIDE_Y0 - FOOT_SCALE * h)


def foot_sole_xy(a, w):
    """(x, y) on foot-sole of a plan point (a, w): heel at the top, lateral on the right."""
    return (FOOT_SOLE_X0 + FOOT_SCALE * w, FOOT_SOLE_Y0 + FOOT_SCALE * a)


def _dorsum_steps():
    """Cumulative arc length along DORSUM up to the first metatarsophalangeal joint's level."""
    out = [(DORSUM[0][0], 0.0)]
    for i in range(1, len(DORSUM)):
        p, q = DORSUM[i - 1], DORSUM[i]
        if q[0] > FOOT_TOP_ARC_END:
            break
        out.append((q[0], out[-1][1] + math.dist(p, q)))
    return out


FOOT_TOP_ARC_END = 153.0  # foot-top follows the instep's slope up to the ball, then the plan


def dorsum_s(a):
    """foot-top's distance (body units) from the front of the ankle crease to the level a: along
    the skin of the instep (its slope laid out flat) to the ball, along the plan beyond it."""
    steps = _dorsum_steps()
    if a <= steps[0][0]:
        return a - steps[0][0]
    for i in range(1, len(steps)):
        (a0, s0), (a1, s1) = steps[i - 1], steps[i]
        if a <= a1:
            return s0 + (s1 - s0) * (a - a0) / (a1 - a0)
    return steps[-1][1] + (a - steps[-1][0])


def foot_top_xy(a, w):
    """(x, y) on foot-top of a point of the dorsum (a, w): lateral on the viewer's left (a front
    view of the right foot), the toes down; distances along the foot are along the instep."""
    return (FOOT_TOP_X0 - FOOT_SCALE * w, FOOT_TOP_Y0 + FOOT_SCALE * dorsum_s(a))


def foot_top_front(w, h):
    """(x, y) on foot-top of a point of the ankle or leg above the ankle crease, seen from in
    front (w across, h its height above the sole), as body-front shows it."""
    return (FOOT_TOP_X0 - FOOT_SCALE * w, FOOT_TOP_Y0 - FOOT_SCALE * (h - FOOT_ANKLE[2]))


def foot_of_body_front(d, y):
    """(w, h) of a body-front point of the right leg or foot, (d, y)."""
    return (d - ANKLE_FRONT[0], foot_h(y))


# --- the trunk front (trunk-front) ---
# The chest, abdomen and front of the neck seen from in front (trunk-chest, trunk-abdomen), in
# body-front's (d, y) units, drawn at TRUNK_SCALE. Every level the body plates share is theirs:
# the suprasternal fossa Y_NOTCH, the xiphisternal junction Y_XIPHI (9 B-cun lower), the centre
# of the umbilicus Y_UMB (8 lower), the upper border of the pubic symphysis Y_PUBIS (5 lower),
# the nipple D_NIPPLE (4 B-cun) lateral of the midline, the acromion, the anterior axillary fold,
# the costal margin and the ASIS. The ribs are drawn to a man's chest: the second costal
# cartilage joins the sternum at the sternal angle, 2.5 B-cun (about 5 cm) below the fossa; the
# fourth intercostal space runs nearly level from the sternum to the nipple line, where the
# nipple lies in it (WHO counts the nipple line 4 B-cun lateral in men); the lower cartilages
# rise to the sternum and the seventh to the tenth form the costal margin. The neck is drawn at a
# real neck's length (the body plates' small neck is shorter): the cricoid 2 B-cun above the
# fossa, the laryngeal prominence 3.2, the upper border of the hyoid 4.2, the chin 4.8.

TRUNK_SCALE = 2.0
TRUNK_CUN = BODY_CUN * TRUNK_SCALE  # 36 plate units per B-cun
Y_CRICOID = Y_NOTCH - 2.0 * BODY_CUN
Y_LARYNX = Y_NOTCH - 3.2 * BODY_CUN  # the laryngeal prominence
Y_HYOID = Y_NOTCH - 4.2 * BODY_CUN  # upper border of the body of the hyoid
Y_CHIN = Y_NOTCH - 4.8 * BODY_CUN  # lowest point of the chin
Y_STERNAL_ANGLE = Y_NOTCH + 2.5 * BODY_CUN  # the manubriosternal joint, the 2nd costal cartilage

# the half silhouette of the close-ups: the neck under the jaw, the trapezius sloping over the
# clavicle and the acromion to the deltoid (where the arm's outline takes over), then BODY_HALF
# from the side of the chest to the crotch. The neck is about 5.3 B-cun (10-11 cm) across at the
# larynx, a man's
TRUNK_HALF = [(0, 120), (56, 120), (52.5, 150), (50, 166), (48.5, 184), (48, 202),
              (48.5, 218), (50, 230), (58, 239.5), (84, 242.5), (118, 245.5), (144, 251),
              (161, 262), (168, 275), *BODY_HALF[BODY_HALF.index((152, 302)):]]
# the lower border of the mandible from the angle to the chin
JAW_FRONT = [(56, 146), (49, 163), (36, 171), (18, 176), (0, Y_CHIN)]

# the clavicle seen from in front, its upper and lower borders from the sternal end to the
# acromial end (the same d at each pair). The sternal end is the thickest part (about 1.1 B-cun,
# 2 cm): its knob rises a little above the suprasternal notch and its lower border lies about 1
# B-cun below the notch; the shaft tapers to about 0.7 B-cun and rises to the acromion. WHO's
# notes for LU1/LU2 put ST13, KI27, CV21 and LU2 on one transverse line along the lower border
# (1 B-cun below the fossa), so the lower border runs nearly level out to the infraclavicular
# fossa.
CLAVICLE_UPPER = [(14, 259), (24, 260.5), (40, 264), (60, 266.5), (80, 267.5), (100, 265.5),
                  (118, 261), (135, 257), (146, 254.5)]
CLAVICLE_LOWER = [(14, 279), (24, 280.5), (40, 281), (60, 281.5), (80, 281), (100, 278.5),
                  (118, 272.5), (135, 267), (146, 264.5)]
# its centre line (the landmarks of its ends and midpoint lie on it)
CLAVICLE_FRONT = [(d, (y0 + y1) / 2) for (d, y0), (_d, y1) in zip(CLAVICLE_UPPER, CLAVICLE_LOWER,
                                                                   strict=True)]


def _on_run(pts, d):
    """y of a run of (d, y) points (straight between them) at d."""
    import itertools

    for (d0, y0), (d1, y1) in itertools.pairwise(pts):
        if d0 <= d <= d1:
            return y0 + (y1 - y0) * (d - d0) / (d1 - d0)
    raise ValueError(f"the clavicle is not drawn at d={d}")


def clavicle_upper(d):
    """y of the clavicle's upper border at d (as drawn)."""
    return _on_run(CLAVICLE_UPPER, d)


def clavicle_lower(d):
    """y of the clavicle's lower border at d (as drawn)."""
    return _on_run(CLAVICLE_LOWER, d)


# the costal margin (body-front's): the xiphisternal junction down the 7th to 10th cartilages
# (an infrasternal angle of about 90 degrees, a man's: the margin falls about 2 B-cun by 2 B-cun
# lateral, on or just above ST19, as WHO's note for it says)
COSTAL_MARGIN_FRONT = [(6, Y_XIPHI + 4), (24, 444), (40, 460), (60, 476), (74, 488), (98, 516),
                       (104, 528)]
RIB_HALF = 4.5  # half the height of a rib (or cartilage) band seen from in front
# the centre line of each rib and its cartilage from the sternum outward (d, y); the lower ribs
# end where they turn round the flank, inside the outline. Only the front end of the first rib
# shows, below the clavicle's medial third (RIBS_FRONT[1]); from there it runs up and out behind
# the clavicle, its lateral arc above it in the floor of the greater supraclavicular fossa
# (RIB1_BEHIND, drawn faint), so the first space laterally lies between the clavicle's lower
# border and the second rib. The second and third ribs run nearly level out to the 6 B-cun line,
# so that the first space keeps about CV20's level (WHO: ST14, KI26, CV20 and LU1 on the
# transverse line along the first space, LU1 1 B-cun below LU2).
RIBS_FRONT = {
    1: [(18, 288), (30, 287.5), (44, 286), (56, 281.5)],
    2: [(14, 307), (36, 306.5), (72, 306), (108, 306), (124, 307)],
    3: [(14, 333), (36, 332), (72, 329), (108, 324), (126, 323)],
    4: [(14, 358), (36, 358), (72, 357), (108, 343), (127, 340)],
    5: [(14, 382), (36, 383), (72, 384), (108, 367), (126, 362)],
    6: [(12, 403), (36, 409), (72, 410), (108, 391), (118, 387)],
    7: [(9, 421), (28, 433.5), (46, 443), (72, 440), (100, 424), (114, 413)],
    8: [(44, 447), (58, 459), (72, 466), (100, 447), (110, 439)],
    9: [(66, 473), (78, 478), (96, 472), (106, 465)],
    10: [(86, 498), (95, 507), (101, 505)],
}
RIB1_BEHIND = [(56, 281.5), (66, 274), (76, 265), (84, 256), (88, 250), (86, 246.5), (79, 246)]
STERNUM_EDGE = 14.0  # the sternum's lateral border at the levels of the 2nd to 5th spaces


def _drawn_y(points, d, what):
    """y of the Catmull-Rom curve the plates draw through points (running outward), at d."""
    import itertools

    from .geometry import bez, catmull

    pts = [bez(seg, k / 40) for seg in catmull(points) for k in range(41)]
    for (d0, y0), (d1, y1) in itertools.pairwise(pts):
        if d0 <= d <= d1 and d1 > d0:
            return y0 + (y1 - y0) * (d - d0) / (d1 - d0)
    raise ValueError(f"{what} is not drawn at d={d}")


def rib_y(n, d):
    """y of the centre line of rib n, as drawn, at the distance d from the midline."""
    return _drawn_y(RIBS_FRONT[n], d, f"rib {n}")


def costal_margin_y(d):
    """y of the costal margin (COSTAL_MARGIN_FRONT) as the trunk-front plates draw it, at d."""
    return _drawn_y(COSTAL_MARGIN_FRONT, d, "the costal margin")


def space_bounds(n, d):
    """(top, bottom) of the n-th intercostal space as drawn at the distance d from the midline:
    from rib n's lower border to rib n+1's upper border. The first space's top is the
    clavicle's lower border where the first rib runs behind the clavicle."""
    if n == 1:
        try:
            top = max(rib_y(1, d) + RIB_HALF, clavicle_lower(d))
        except ValueError:
            top = clavicle_lower(d)
    else:
        top = rib_y(n, d) + RIB_HALF
    return top, rib_y(n + 1, d) - RIB_HALF


def ics_y(n, d):
    """y of the middle of the n-th intercostal space at the distance d from the midline."""
    return sum(space_bounds(n, d)) / 2


def ics_midline_y(n):
    """The level of the n-th intercostal space where it meets the sternum's border."""
    return ics_y(n, 18.0 if n == 1 else STERNUM_EDGE)


Y_NIPPLE = ics_y(4, D_NIPPLE)  # the nipple lies in the 4th intercostal space

# the plates' windows on the body (d to TRUNK_D1 either side; y from _TOP to _BOTTOM)
CHEST_D1, CHEST_TOP, CHEST_BOTTOM = 180.0, 156.0, 466.0
ABDOMEN_D1, ABDOMEN_TOP, ABDOMEN_BOTTOM = 152.0, 372.0, 700.0

# --- the trunk side (trunk-side) ---
# The right flank and axilla from the right side, in body-side's (x, y) (x toward the front),
# the right arm raised (hand behind the head) so that the axilla opens; the trunk's outline,
# levels and unit are body-side's, so the umbilicus, the ASIS, the highest point of the iliac
# crest and the nipple's level are the body plates' own. WHO 2008's proportional bone cun of the
# lateral trunk: apex of the axillary fossa -> free extremity of the 11th rib 12 B-cun, drawn
# vertical on the mid-axillary line (the 11th rib ends on it). The ribs fall from back to front
# all the way round the flank, so a space crosses the mid-axillary line higher than it reaches
# the front: the 5th intercostal space crosses that line at the nipple's level (a man's, as the
# chest-drain rule "5th space, mid-axillary line, about level with the nipple" has it), so the
# 4th, in which the nipple lies at the front, crosses it one rib step higher, 3 B-cun below the
# apex (GB22's construction in the textbooks). Down that line the ribs are evenly spaced to the
# free end of the 11th, 9 B-cun below the 4th space (6.5 rib steps of 1.38 B-cun, 2.6-2.8 cm in
# an adult flank). In front, ribs 3-7 are trunk-chest's own (RIBS_FRONT, rib_y) from its 6
# B-cun line (TS_D_CHEST) to the nipple line: the side plate's x maps linearly onto trunk-chest's
# distance from the midline, the anterior axillary line onto TS_D_AAL and the nipple's profile
# onto D_NIPPLE, so the nipple lies in the 4th space on both plates; from the mid-axillary line
# to there each rib falls a little, on a smooth monotone curve (_pchip). Ribs 8-10 fall more
# steeply to their front ends, which lie on the costal margin (TS_RIB_FRONT_END). The 12th rib
# ends 1.8 B-cun behind the 11th (GB25 behind LR13 by 1.8 cun in the Chinese textbooks; WHO:
# posterior to the posterior axillary line), on its own rib's slope, 0.45 B-cun lower than the
# 11th's end.
TS_NIPPLE_Y = Y_NIPPLE  # the nipple level of body-front and trunk-chest (the 4th intercostal space)
TS_NIPPLE_X = 343.5  # the nipple on the front of the chest in profile
TS_X_MAL = 262.0  # the mid-axillary line: midway between body-side's chest front and back
TS_RIB_STEP = 9 * BODY_CUN / 6.5  # rib to rib on the mid-axillary line
TS_Y_ICS4 = TS_NIPPLE_Y - TS_RIB_STEP  # the 4th intercostal space on the mid-axillary line
TS_APEX = (TS_X_MAL, TS_Y_ICS4 - 3 * BODY_CUN)  # apex of the axillary fossa, arm raised
TS_RIB11_END = (TS_X_MAL, TS_APEX[1] + 12 * BODY_CUN)  # free extremity of the 11th rib
TS_X_AAL = TS_X_MAL + 2.0 * BODY_CUN  # the anterior axillary line
TS_X_PAL = TS_X_MAL - 1.5 * BODY_CUN  # the posterior axillary line
TS_RIB12_DX = -1.8 * BODY_CUN  # the 12th rib's free end, behind the mid-axillary line
TS_D_AAL = 130.0  # trunk-chest's distance from the midline of its anterior axillary fold
# trunk-side takes ribs 3-7 from trunk-chest from 6 B-cun lateral forward (trunk-chest's last
# few units, where the ribs turn round the flank and rise steeply in its front view, would put
# a kink into the side view)
TS_D_CHEST = 6 * BODY_CUN
# the front ends of ribs 8-10 (body-side x, y), on the costal margin: each a rib step (about
# 1.2 B-cun) below the one above, down and back from the front end of the 7th
TS_RIB_FRONT_END = {8: (320.0, 458.0), 9: (306.0, 480.0), 10: (292.0, 501.0)}


def ts_rib_slope(k):
    """Rise of rib k toward the back (units up per unit back) just behind the mid-axillary
    line: the lower ribs run more steeply."""
    return 0.15 + 0.03 * (k - 3)


def ts_d_of_x(x):
    """trunk-chest's distance from the midline of the point of the chest at body-side x, from
    the anterior axillary line (trunk-chest's anterior axillary fold, TS_D_AAL) forward to the
    nipple's profile (D_NIPPLE)."""
    return TS_D_AAL - (x - TS_X_AAL) * (TS_D_AAL - D_NIPPLE) / (TS_NIPPLE_X - TS_X_AAL)


def ts_x_of_d(d):
    return TS_X_AAL + (TS_D_AAL - d) * (TS_NIPPLE_X - TS_X_AAL) / (TS_D_AAL - D_NIPPLE)


def ts_rib_mal(k):
    """y of the centre of rib k where it crosses the mid-axillary line."""
    return TS_Y_ICS4 + (k - 4.5) * TS_RIB_STEP


def _ts_behind(k, dx):
    return ts_rib_mal(k) + ts_rib_slope(k) * dx - 0.003 * dx * dx


def _pchip(knots, x):
    """Monotone cubic (Fritsch-Carlson) through knots [(x, y), ...] sorted by x, at x."""
    xs, ys = [p[0] for p in knots], [p[1] for p in knots]
    n = len(xs)
    h = [xs[i + 1] - xs[i] for i in range(n - 1)]
    dl = [(ys[i + 1] - ys[i]) / h[i] for i in range(n - 1)]
    m = [dl[0]] + [0.0 if dl[i - 1] * dl[i] <= 0 else
                   (w1 + w2) / ((w1 + h[i]) / dl[i - 1] + (w2 + h[i - 1]) / dl[i])
                   for i in range(1, n - 1) for w1, w2 in ((2 * h[i], 2 * h[i - 1]),)] + [dl[-1]]
    i = max(0, min(n - 2, next((j for j in range(n - 1) if x <= xs[j + 1]), n - 2)))
    t = (x - xs[i]) / h[i]
    h00, h10 = 2 * t**3 - 3 * t**2 + 1, t**3 - 2 * t**2 + t
    h01, h11 = -2 * t**3 + 3 * t**2, t**3 - t**2
    return h00 * ys[i] + h10 * h[i] * m[i] + h01 * ys[i + 1] + h11 * h[i] * m[i + 1]


def _ts_front_knots(k):
    """Where rib k (3-10) runs in front of the mid-axillary line: a point behind it and its
    place on it (for a smooth join), then ribs 3-7 as trunk-chest draws them from TS_D_CHEST to
    the nipple line, 8-10 their front ends."""
    knots = [(TS_X_MAL - 24.0, _ts_behind(k, -24.0)), (TS_X_MAL, ts_rib_mal(k))]
    if k in TS_RIB_FRONT_END:
        return [*knots, TS_RIB_FRONT_END[k]]
    ds = [TS_D_CHEST - (TS_D_CHEST - D_NIPPLE) * i / 6 for i in range(7)]
    return knots + [(ts_x_of_d(d), rib_y(k, d)) for d in ds]


def ts_rib_y(k, x):
    """y of the centre of rib k (3-12) at body-side x on the side of the chest: through its
    place on the mid-axillary line, rising more steeply toward the back; in front of that line
    ribs 3-7 run smoothly into trunk-chest's ribs, 8-10 to their front ends on the costal
    margin (the 11th ends on the line, the 12th behind it)."""
    dx = x - TS_X_MAL
    if dx <= 0 or k > 10:
        return _ts_behind(k, dx)
    return _pchip(_ts_front_knots(k), x)


def ts_ics_y(k, x=TS_X_MAL):
    """y of the middle of the k-th intercostal space (between ribs k and k+1) at x."""
    return (ts_rib_y(k, x) + ts_rib_y(k + 1, x)) / 2


TS_RIB12_END = (TS_X_MAL + TS_RIB12_DX, ts_rib_y(12, TS_X_MAL + TS_RIB12_DX))

# the plate: body-side x from TS_X0 to TS_X1 and y from TS_Y0 to TS_Y1, TS_SCALE plate units per
# body unit
TS_SCALE = 2.0
TS_CUN = BODY_CUN * TS_SCALE  # 36 plate units per B-cun, as the arm and leg close-ups
TS_X0, TS_X1, TS_Y0, TS_Y1 = 150.0, 372.0, 226.0, 684.0
TS_W, TS_H = int(TS_SCALE * (TS_X1 - TS_X0)), int(TS_SCALE * (TS_Y1 - TS_Y0))


def ts_xy(p):
    """Plate (x, y) of a body-side (x, y) point on trunk-side (front toward the viewer's right)."""
    return (TS_SCALE * (p[0] - TS_X0), TS_SCALE * (p[1] - TS_Y0))

# --- the trunk back (trunk-back) ---
# The back from behind (trunk-back-upper: the nape, C7 to L1, both scapulae and acromia;
# trunk-back-lower: T10 to the coccyx, the iliac crests, the sacrum, the gluteal folds), in
# body-back's (d, y) units (d toward the figure's right, which the back views draw on the
# viewer's right), at BACK_SCALE. Levels the body plates share are theirs: the tip of the C7
# spinous process (body-back's c7), the highest point of the iliac crest (body-back's and
# body-front's, level with L4), the sacral hiatus (leg-back's, Y_SACRAL_HIATUS), the gluteal fold
# (Y_GLUTEAL_FOLD), the acromion's lateral end (ACROMION), the posterior axillary fold
# (AXILLA_BACK). WHO 2008's one proportional cun across the back: 6 B-cun between the medial
# borders of the scapulae (3 from the posterior median line to each). The acromial angle 8 B-cun
# from the posterior median line is ours, from the Chinese textbooks' table ("acromial border ->
# posterior median line 8 cun"), not WHO's: no mark on the back plates measures from it. Down
# the back WHO counts vertebrae, not B-cun, so the spinous processes are spaced as an adult
# man's spine: each step (one vertebral body and the disc below it) from a table of relative
# heights that grow down the column (the upper thoracic about 2 cm, the lumbar
# about 3.5-4 cm), scaled with a gentle taper so that the tip of T3 is level with the root of
# the scapular spine and the tip of L4 with the tops of the iliac crests; the tip of T7 then
# comes level with the inferior angle of the scapula, where the scapula is drawn. Below L4 the
# lumbosacral step, the posterior sacral foramina (1.05 -> 0.75 B-cun from the midline, a man's
# sacrum seen from behind, foreshortened by its tilt; the 4th level with the hiatus, as WHO's
# BL30, BL34 and BL54 notes have it) and the sacral hiatus fit between L4 and leg-back's hiatus;
# the coccyx's tip lies 2 B-cun below the hiatus (EX-B9 is 2 cun above it,
# between the sacral cornua).

BACK_SCALE = 2.0
BACK_CUN = BODY_CUN * BACK_SCALE  # 36 plate units per B-cun
Y_C7_TIP = 246.0  # body-back's c7
ILIAC_CREST_TOP = (104.0, 574.0)  # body-back's iliac-crest (its highest point)
D_MEDIAL_BORDER = 3 * BODY_CUN  # WHO: half the 6 B-cun between the medial borders of the scapulae
D_ACROMIAL_ANGLE = 8 * BODY_CUN  # ours (the Chinese textbooks' table, not WHO's): to the midline
Y_SPINE_ROOT = 294.0  # the root of the scapular spine: arm-back's spine, carried to the border
VERTEBRAE = ["c7", *[f"t{i}" for i in range(1, 13)], *[f"l{i}" for i in range(1, 6)]]
# relative step below each vertebra C7 ... L3 to the next (body + disc below, mm of an adult man)
_SPINE_STEPS = [19, 20, 21, 21.5, 22, 23, 23.5, 25, 25.5, 26.5, 28, 29.5, 32, 36, 38, 39]
SPINOUS_LOWER_CUN = 0.25  # the lower border of a spinous process below its tip's prominence


def _spine_fit():
    """(k, g): step i is k * s_i * (1 - g * i) body units, so that the tip of T3 lies at
    Y_SPINE_ROOT and that of L4 at the iliac crest's top."""
    lo, hi = -0.05, 0.05
    for _ in range(60):
        g = (lo + hi) / 2
        a = sum(s * (1 - g * i) for i, s in enumerate(_SPINE_STEPS[:3]))
        b = sum(s * (1 - g * i) for i, s in enumerate(_SPINE_STEPS))
        k = (Y_SPINE_ROOT - Y_C7_TIP) / a
        if k * b > ILIAC_CREST_TOP[1] - Y_C7_TIP:
            lo = g
        else:
            hi = g
    return k, g


def _spinous_tips():
    k, g = _spine_fit()
    ys = [Y_C7_TIP]
    for i, s in enumerate(_SPINE_STEPS):
        ys.append(ys[-1] + k * s * (1 - g * i))
    ys.append(ys[-1] + 22.0)  # L5: a shorter spinous process, set deeper, close above the sacrum
    return dict(zip(VERTEBRAE, ys, strict=True))


SPINOUS_TIP = _spinous_tips()  # y of the prominence of each spinous process C7 ... L5
SPINOUS_LOWER = {v: y + SPINOUS_LOWER_CUN * BODY_CUN for v, y in SPINOUS_TIP.items()}

# the sacrum: the posterior foramina (right side) and the median sacral crest level with them
# WHO's notes put the 4th foramen level with the sacral hiatus (BL30, BL34, BL54), so the four
# are evenly spaced from S1 (about 0.7 B-cun below L5's lower border) down to the hiatus
_S1_Y = SPINOUS_LOWER["l5"] + 12.5
SACRAL_FORAMINA = [(19.0 - 1.83 * i, _S1_Y + (Y_SACRAL_HIATUS - _S1_Y) * i / 3) for i in range(4)]
COCCYX_TIP_Y = Y_SACRAL_HIATUS + 2 * BODY_CUN
# the posterior superior iliac spine (the dimple over it), level with the 2nd foramen
PSIS = (34.0, SACRAL_FORAMINA[1][1])
# the iliac crest seen from behind: from the posterior superior iliac spine up and out over its
# highest point and on toward the side of the hip
ILIAC_CREST_BACK = [PSIS, (44.0, 604.0), (62.0, 590.0), (84.0, 578.5), ILIAC_CREST_TOP,
                    (114.0, 578.0), (120.0, 588.0)]

# the right scapula (arms hanging, at rest): its medial border 3 B-cun from the midline from the
# root of the spine down to the lower third, the inferior angle a little lateral and level with
# T7's tip; the spine rising from its root (level with T3) to the acromial angle 8 B-cun out (ours),
# its borders joining arm-back's from 2 B-cun lateral of the border outward
SCAPULA_SUPERIOR_ANGLE = (66.0, 272.0)  # between the levels of T1's lower border and T2's tip
SCAPULA_INFERIOR_ANGLE = (63.0, SPINOUS_TIP["t7"])
SCAPULA_SPINE_ROOT = (D_MEDIAL_BORDER, Y_SPINE_ROOT)
ACROMIAL_ANGLE = (D_ACROMIAL_ANGLE, 272.0)
# the medial border from the superior angle round the inferior angle and up the lateral border
SCAPULA_MEDIAL = [SCAPULA_SUPERIOR_ANGLE, (59.0, 282.0), SCAPULA_SPINE_ROOT,
                  (D_MEDIAL_BORDER, 312.0), (D_MEDIAL_BORDER + 0.5, 330.0), (56.0, 345.0),
                  (58.5, 357.0), (61.0, 363.0), SCAPULA_INFERIOR_ANGLE]
SCAPULA_LATERAL = [SCAPULA_INFERIOR_ANGLE, (66.5, 363.5), (74.0, 357.5), (86.0, 345.0),
                   (100.0, 328.0), (113.0, 311.0), (123.0, 298.0), (129.0, 291.0)]
# the superior border from the angle out to the suprascapular notch, under trapezius: the
# supraspinous fossa about 1 B-cun tall above the spine's midpoint (a man's is 2.5-3 cm)
SCAPULA_SUPERIOR = [SCAPULA_SUPERIOR_ANGLE, (74.0, 266.5), (86.0, 262.5), (99.0, 261.0),
                    (109.0, 262.0), (116.0, 265.5)]
# the spine's upper and lower borders from the root to the acromion (arm-back's from d 80 out)
# (at the root the spine widens into a small smooth triangle whose base is the medial border)
SPINE_UPPER = [(D_MEDIAL_BORDER + 0.5, 287.0), (66.0, 287.5), (80.0, 284.5), (100.0, 280.5),
               (120.0, 276.0), (134.0, 271.0)]
SPINE_LOWER = [(D_MEDIAL_BORDER + 0.5, 301.5), (66.0, 296.5), (90.0, 293.0), (120.0, 287.0),
               (AXILLA_BACK[0], 283.0), ACROMIAL_ANGLE]
# the acromion from the acromial angle round its lateral end to the clavicle's end
ACROMION_EDGE = [ACROMIAL_ANGLE, (148.5, 268.0), ACROMION, (147.0, 261.5)]
CLAVICLE_END_BACK = [(118.0, 261.0), (127.0, 263.0), (135.0, 264.5)]  # arm-back's

# the plates' windows on the body (d to D1 either side; y from TOP to BOTTOM)
BACK_UPPER_D1, BACK_UPPER_TOP, BACK_UPPER_BOTTOM = 172.0, 214.0, 512.0
BACK_LOWER_D1, BACK_LOWER_TOP, BACK_LOWER_BOTTOM = 150.0, 410.0, 772.0
