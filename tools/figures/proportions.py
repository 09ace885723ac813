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
