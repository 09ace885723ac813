"""head-side: the right profile of the head and neck, face to the right, ear in full.

The outline arc glabella → external occipital protuberance is 13 B-cun (3 + 12 − 2); `cun` is
that arc / 13. head-back takes its scale and heights from here (`side_profile`, `head_side`).
"""

from __future__ import annotations

from itertools import pairwise

from .figure import Figure, rounded
from .geometry import (
    add,
    bez,
    catmull,
    d_of,
    ellipse_d,
    line_seg,
    normal_at,
    on_outline,
    point_at,
    seg_len,
    smooth,
    sub_curve,
)
from .svg import (
    BROW,
    DETAIL,
    EAR_CANAL,
    EYE_WHITE,
    HAIR,
    HAIR_LINE,
    HEAD_DETAIL_W,
    HEAD_OUTLINE_W,
    IRIS,
    LIP,
    NOSTRIL,
    SKIN_SHADE,
    Svg,
    background,
    fill,
    stroke,
)

SIDE_W, SIDE_H = 600, 780


def side_profile():
    """The right-profile silhouette as one smooth run from the upper back, over the scalp,
    down the face to the front of the neck; and the arc positions of the scalp landmarks."""
    back = [(104, 780), (132, 740), (160, 690), (171, 640), (167, 580), (160, 510),
            (150, 450), (138, 404), (120, 366), (102, 330), (91, 298), (84, 258), (88, 205),
            (107, 146), (144, 93), (198, 53), (262, 31), (330, 25), (400, 32), (458, 56),
            (500, 98), (524, 150), (534, 205)]
    k_eop = 10  # (91, 298): external occipital protuberance
    glabella = (536.0, 250.0)
    face = [(531, 272), (543, 292), (562, 328), (580, 362), (586, 383), (578, 397),
            (563, 402), (551, 406), (553, 420), (555, 438), (547, 455), (552, 470),
            (546, 486), (540, 492), (548, 506), (552, 525), (545, 548), (526, 562),
            (500, 575), (482, 606), (468, 660), (462, 720), (470, 780)]
    pts = [*back, glabella, *face]
    segs = catmull(pts)
    s_g = sum(seg_len(sg) for sg in segs[:len(back)])
    s_eop = sum(seg_len(sg) for sg in segs[:k_eop])
    cun = (s_g - s_eop) / 13.0  # glabella -> occipital protuberance = 3 + 12 - 2 B-cun
    s_a = s_g - 3 * cun  # anterior hairline
    s_p = s_a - 12 * cun  # posterior hairline
    return segs, s_g, s_p, s_a, cun


def _side_scalp(segs, s_a, cun):
    return {f"scalp-{i}": on_outline(segs, s_a - i * cun) for i in range(13)}


EAR_DX = -77.0  # the ear and jaw joint sit this far behind where they were first sketched
EAR_SIDE = [(338, 262), (328, 248), (305, 239), (282, 246), (267, 270), (262, 302),
            (266, 335), (279, 360), (296, 380), (314, 385), (330, 375), (340, 352),
            (348, 343), (356, 333), (358, 320), (351, 302), (345, 285), (341, 272)]


# the mandible in profile: condyle, ramus, angle (gonion), lower border to the chin
JAW_SIDE = [(296, 352), (294, 400), (292, 440), (292, 470), (310, 490), (362, 508),
            (430, 527), (480, 543), (520, 558)]
MASSETER_FRONT = JAW_SIDE[5]  # front edge of masseter at the lower border (about 1.3 B-cun)
# the zygomatic arch's upper border, drawn on into the zygomatic bone: the arch proper runs from
# just in front of the tragus (x 287) to where it joins the bone (x 425), so its midpoint is
# straight above the mandibular notch (ST7 below GB3)
ARCH = [(287, 312), (370, 309), (420, 310), (462, 322)]
ARCH_PROPER = (287.0, 425.0)
# the lower border of the zygomatic bone directly below the outer canthus (x 495.5), about
# level with the lower border of the nose wing (y 405)
ZYGOMA_LOW = (495.5, 397)
# the mastoid process in profile (in place, not shifted with `ex`): a cone behind the lobe and
# the lower concha, its base up at about tragus level (y 316-318, hidden in front by the
# auricle), its tip (index 3) just behind and below the lobe, its back border running up and
# back in front of the GB20 hollow
MASTOID = [(240, 316), (222, 352), (203, 389), (189, 414), (177, 390), (168, 366), (160, 342),
           (156, 318)]
MASTOID_TIP = 3
# the neck (trunk-front's neck at head-side's scale): the sternocleidomastoid's anterior border
# from the mastoid down and forward to the sternum, its posterior border to the clavicle's inner
# third; the hyoid, the laryngeal prominence and the cricoid on the front of the neck, 1 and 1.2
# B-cun apart as on trunk-chest
SCM_FRONT = [(223, 418), (310, 520), (390, 650), (446, 772)]
SCM_BACK = [(190, 422), (214, 500), (258, 600), (312, 700), (352, 770)]
Y_LARYNX_S, Y_CRICOID_S = 612.0, 684.0
LARYNX_S = (476.5, Y_LARYNX_S)  # just inside the front of the neck
CRICOID_S = (465.0, Y_CRICOID_S)
HYOID_S = (472.0, 574.0)
# GB12's hollow, behind and below the tip (in B-cun)
GB12_BEHIND, GB12_BELOW = 0.43, 0.17


def curve_points(segs, n=200):
    """Points along a curve, n per segment."""
    return [bez(seg, i / n) for seg in segs for i in range(n + 1)]


def x_at_y(pts, y):
    """x where a run of points (going one way in y) crosses height y."""
    for (x0, y0), (x1, y1) in pairwise(pts):
        if (y0 - y) * (y1 - y) <= 0 and y0 != y1:
            return x0 + (x1 - x0) * (y - y0) / (y1 - y0)
    raise ValueError(f"the curve does not reach y={y}")


def x_at_y_swap(pts, x):
    """y where a run of points crosses the vertical through x (the first crossing)."""
    return x_at_y([(q[1], q[0]) for q in pts], x)


def mastoid_curve():
    return catmull(MASTOID)


def ear_lobe():
    """The drawn lowest point of the ear lobe."""
    return max(curve_points(catmull(ex(EAR_SIDE), closed=True)), key=lambda p: p[1])


def mastoid_borders(y):
    """(front, back) x of the drawn mastoid at height y (both borders reach it)."""
    pts = curve_points(mastoid_curve())
    tip = max(range(len(pts)), key=lambda i: pts[i][1])
    return x_at_y(pts[:tip + 1], y), x_at_y(pts[tip:], y)


def ex(pts, dx=EAR_DX):
    """Shift points sketched around the ear to the ear's place."""
    if isinstance(pts[0], (int, float)):
        return (pts[0] + dx, pts[1])
    return [(x + dx, y) for x, y in pts]


# where the temple part of the hairline bends: the corner, then these two points (indices into
# the hairline's points), down to the front of the sideburn at the height of the ear apex
_TEMPLE = (2, 3, 4, 5)


def _hairline_points(segs, s_a, s_p):
    a = point_at(segs, s_a)
    corner = (a[0] - 50, a[1] + 24)
    p_post = point_at(segs, s_p)
    return [a, (a[0] - 22, a[1] + 10), corner, (426, 160), (398, 214),
            *ex([(404, 262), (394, 300), (394, 326), (382, 334), (370, 296), (358, 242),
                 (344, 226), (312, 220), (281, 227), (262, 252), (254, 300), (258, 350),
                 (266, 386)]),
            (180, 412), add(p_post, (14, 4)), p_post]


def hairline_curve(segs, s_a, s_p):
    """The drawn hairline: from the anterior hairline round the temple corner, down the temple
    and the sideburn, over the ear and along the nape to the posterior hairline."""
    pts = _hairline_points(segs, s_a, s_p)
    return catmull(pts, pre=(pts[0][0] + 12, pts[0][1] - 16))


def temple_line(segs, s_a, s_p, cun):
    """WHO's curved line from ST8 to GB7 for GB4-GB6: it follows the temple hairline at ST8's
    distance inside it (0.5 B-cun), from the corner down to the sideburn's front at the ear apex's
    height; the three points where the hairline bends, moved that far into the hair."""
    hairline = hairline_curve(segs, s_a, s_p)
    out = []
    for k in _TEMPLE[1:]:
        s = sum(seg_len(seg) for seg in hairline[:k])
        p, n = point_at(hairline, s), normal_at(hairline, s)
        out.append((p[0] - n[0] * 0.5 * cun, p[1] - n[1] * 0.5 * cun))
    return out


def scm_borders(y):
    """(anterior, posterior) x of the drawn sternocleidomastoid's borders at the level y."""
    return (x_at_y(curve_points(catmull(SCM_FRONT)), y),
            x_at_y(curve_points(catmull(SCM_BACK)), y))


CAROTID_IN_FRONT = 8.0  # the carotid's pulse in front of the SCM's anterior border (units)


def carotid_side():
    """The common carotid's surface line on head-side, from low in the neck up to its pulse at
    the laryngeal prominence's level: just in front of the SCM's anterior border, closing on it
    low down where the artery passes behind the sternoclavicular joint."""
    pts = []
    for y in (752.0, 730.0, 700.0, 670.0, 640.0, Y_LARYNX_S):
        t = (752.0 - y) / (752.0 - Y_LARYNX_S)
        pts.append((scm_borders(y)[0] + CAROTID_IN_FRONT * (0.4 + 0.6 * t), y))
    return pts


def _neck_landmarks():
    """The neck landmarks head-side shares with trunk-chest (and the SCM at the jaw's angle)."""
    out = {"hyoid": HYOID_S, "laryngeal-prominence": LARYNX_S, "cricoid": CRICOID_S}
    for name, y in (("laryngeal", Y_LARYNX_S), ("cricoid", Y_CRICOID_S),
                    ("angle", JAW_SIDE[3][1])):
        front, back = scm_borders(y)
        out[f"scm-anterior-{name}"] = (front, y)
        out[f"scm-posterior-{name}"] = (back, y)
    out["carotid-pulse"] = carotid_side()[-1]
    return out


def head_side() -> Figure:
    W, H = SIDE_W, SIDE_H
    sw, dw = HEAD_OUTLINE_W, HEAD_DETAIL_W
    segs, s_g, s_p, s_a, cun = side_profile()
    svg = Svg(W, H, "Head, right side view",
              "Acupoint Atlas plate: right profile of the head and neck, face to the right.")
    background(svg)
    silhouette = [*segs, line_seg(segs[-1][3], segs[0][0])]
    svg.open("head")
    fill(svg, d_of(silhouette, True))
    svg.close()

    # hair: the scalp outline from the posterior to the anterior hairline, then the hairline
    # back round the temple, the sideburn, over the ear and along the nape
    a = point_at(segs, s_a)
    corner = (a[0] - 50, a[1] + 24)
    scalp = sub_curve(segs, s_p, s_a)
    hairline = hairline_curve(segs, s_a, s_p)
    svg.open("hair")
    fill(svg, d_of(scalp + hairline, True), HAIR)
    stroke(svg, d_of(hairline), 1.1, HAIR_LINE)
    svg.close()

    svg.open("neck")
    # sternocleidomastoid, anterior border of trapezius, clavicle
    stroke(svg, smooth(SCM_FRONT), dw, DETAIL, opacity=0.6)
    stroke(svg, smooth(SCM_BACK), dw, DETAIL, opacity=0.5)
    stroke(svg, smooth([(172, 470), (200, 580), (252, 690), (296, 776)]), dw, DETAIL,
           opacity=0.45)
    stroke(svg, smooth([(318, 762), (380, 758), (446, 772)]), dw, DETAIL, opacity=0.6)
    # the common carotid artery (faint): up from behind the sternoclavicular joint, just in front
    # of the SCM's anterior border, to its bifurcation level with the upper border of the thyroid
    # cartilage, where its pulse (ST9) is felt
    stroke(svg, smooth(carotid_side()), 1.2, DETAIL, opacity=0.5)
    fork = carotid_side()[-1]
    for dx in (-7.0, 6.0):
        stroke(svg, smooth([fork, (fork[0] + dx / 2, fork[1] - 10), (fork[0] + dx, fork[1] - 20)]),
               1.0, DETAIL, opacity=0.4)
    # the larynx seen from the side: the hyoid, the thyroid cartilage's front edge rising to the
    # prominence, the cricoid below it
    stroke(svg, smooth([(448, 566), (462, 571), HYOID_S, (478, 578)]), 0.9, DETAIL, opacity=0.5)
    stroke(svg, smooth([(470, 588), (477, 602), (478.5, Y_LARYNX_S), (474, 630), (468, 646)]),
           0.9, DETAIL, opacity=0.5)
    stroke(svg, smooth([(452, 677), (462, 680), (467.5, Y_CRICOID_S), (467, 691)]), 0.9, DETAIL,
           opacity=0.5)
    svg.close()

    svg.open("face")
    # jaw: ramus (sloping a little back, its angle below and in front of the ear lobe) and
    # the lower border of the mandible rising from the chin to the angle
    stroke(svg, smooth(JAW_SIDE), dw, DETAIL)
    # zygomatic arch (subtle), and the lower border of the cheekbone (zygomatic bone): from the
    # arch it falls forward to its lowest point below the outer canthus, about level with the
    # lower border of the nose wing (SI18 in the hollow beneath), then rises toward the nose
    stroke(svg, d_of(catmull(ARCH)), 0.9, DETAIL, opacity=0.5)
    stroke(svg, smooth([(462, 322), (476, 350), (488, 380), ZYGOMA_LOW, (510, 388)]), 0.9,
           DETAIL, opacity=0.4)
    # masseter front edge (subtle)
    stroke(svg, smooth([(392, 372), (374, 450), MASSETER_FRONT]), 0.9, DETAIL, opacity=0.3)
    # eyebrow, its tail reaching back above GB1 (0.5 B-cun behind the outer canthus; TE23)
    brow = [(534, 258), (520, 254), (500, 255), (480, 259), (463, 266), (482, 264.5),
            (500, 262), (518, 262), (533, 265)]
    fill(svg, smooth(brow, closed=True), BROW)
    # eye
    upper = catmull([(494, 290), (506, 281), (524, 284)])
    lower = catmull([(524, 293), (510, 298), (494, 290)])
    fill(svg, d_of([*upper, line_seg((524, 284), (524, 293)), *lower], True), EYE_WHITE)
    fill(svg, ellipse_d(519.5, 288.5, 3.6, 6.2), IRIS)
    stroke(svg, d_of(upper), 1.4)
    stroke(svg, d_of(lower), 1.0, DETAIL)
    stroke(svg, smooth([(497, 282), (510, 275), (522, 277)]), 0.9, DETAIL, opacity=0.55)
    # nose wing, nostril, nasolabial groove
    stroke(svg, smooth([(548, 373), (532, 378), (528, 392), (537, 402), (550, 405)]), 1.4)
    fill(svg, smooth([(552, 400), (562, 397), (570, 399), (560, 403)], closed=True),
         NOSTRIL)
    stroke(svg, smooth([(527, 396), (516, 424), (509, 452), (509, 474)]), 1.0, DETAIL,
           opacity=0.6)
    # lips (vermilion from the profile back to the mouth corner) and the line of the mouth
    fill(svg, smooth([(554, 431), (549, 434), (536, 445), (522, 455), (536, 455),
                      (547, 455.5), (553, 445)], closed=True), LIP)
    fill(svg, smooth([(547, 457), (536, 457), (523, 458.5), (536, 465), (546, 472),
                      (551.5, 469), (550, 462)], closed=True), LIP)
    stroke(svg, smooth([(547, 456), (536, 456.3), (521, 457)]), 1.3)
    # mentolabial groove
    stroke(svg, smooth([(541, 490), (534, 492), (530, 498)]), 0.9, DETAIL, opacity=0.6)
    svg.close()

    # mastoid process (subtle, mostly under the hair), drawn before the ear so that the auricle
    # hides its front: TE17 in the hollow in front of its lower end, TE18 on it behind the helix,
    # EX-HN14 on its back border level with TE17, GB12 in the hollow behind and below its tip
    stroke(svg, d_of(mastoid_curve()), 0.9, DETAIL, opacity=0.5)

    # ear (on top of the hair)
    ear = ex(EAR_SIDE)
    svg.open("ear")
    fill(svg, smooth(ear, closed=True))
    fill(svg, smooth(ex([(334, 292), (320, 296), (312, 318), (318, 342), (334, 348),
                         (344, 336), (346, 312), (342, 296)]), closed=True), SKIN_SHADE)
    fill(svg, ellipse_d(*ex((340, 318)), 4.5, 6), EAR_CANAL)
    stroke(svg, smooth(ear, closed=True), sw)
    # helix rim, antihelix with its crura, antitragus, tragus
    stroke(svg, smooth(ex([(331, 258), (305, 250), (283, 258), (273, 282), (272, 312),
                           (280, 342), (296, 364)])), dw, DETAIL)
    stroke(svg, smooth(ex([(300, 360), (296, 334), (298, 300), (308, 276), (328, 266)])), dw,
           DETAIL)
    stroke(svg, smooth(ex([(299, 300), (318, 286), (336, 284)])), 0.9, DETAIL, opacity=0.7)
    stroke(svg, smooth(ex([(322, 356), (334, 350), (340, 352)])), dw, DETAIL)
    stroke(svg, smooth(ex([(350, 305), (352, 318), (349, 332)])), dw, DETAIL)
    svg.close()

    # external occipital protuberance (subtle, under the hair)
    s_eop = s_p + 2 * cun
    eop = point_at(segs, s_eop)
    n = normal_at(segs, s_eop)
    t = (n[1], -n[0])
    stroke(svg, smooth([add(eop, t, 16), add(add(eop, n, -6), t, 0), add(eop, t, -16)]), 0.9,
           HAIR_LINE, opacity=0.7)

    svg.open("outline")
    stroke(svg, d_of(segs), sw)
    svg.close()

    lm = _side_scalp(segs, s_a, cun)
    lm["hairline"] = lm["scalp-0"]
    lm["posterior-hairline"] = lm["scalp-12"]
    # GB20 fossa: at the height it has on head-back, a little in front of the nape outline
    y_gb20 = (lm["scalp-11"][1] + lm["scalp-12"][1]) / 2 - 6
    s_lo, s_hi = s_p, s_eop
    for _ in range(40):
        s_m = (s_lo + s_hi) / 2
        if point_at(segs, s_m)[1] > y_gb20:
            s_lo = s_m
        else:
            s_hi = s_m
    x_back = point_at(segs, s_lo)[0]
    lobe = ear_lobe()
    tip = MASTOID[MASTOID_TIP]
    front_x, back_x = mastoid_borders(lobe[1])
    x_mid = sum(ARCH_PROPER) / 2
    arch_mid = (x_mid, x_at_y_swap(curve_points(catmull(ARCH)), x_mid))
    # the hairline straight above the back border of the ear root (GB9 is 2 B-cun above it)
    root_back = ex((279, 254))
    over_ear = [p for p in curve_points(hairline) if p[1] < root_back[1]]
    x_at_y_hair = x_at_y_swap(over_ear, root_back[0])
    lm.update({
        "gb20-fossa": (x_back + 27, y_gb20),
        "glabella": on_outline(segs, s_g),
        "eyebrow-outer": (466, 265),
        "outer-canthus": (495.5, 290),
        "hairline-corner": (corner[0], corner[1] + 2),
        "hairline-temple": ex((392, 324)),
        "sideburn-back": ex((360, 242)),
        "zygomatic-arch": arch_mid,
        "condyle": ex((372, 336)),
        "mandibular-notch": (356, 342),
        "tragus": ex((354, 320)),
        "supratragic-notch": ex((348, 300)),
        "intertragic-notch": ex((343, 347)),
        "ear-apex": ex((304, 242)),
        "ear-root-top": ex((336, 263)),
        "ear-root-back": root_back,
        "ear-back": ex((264.5, 302)),
        "ear-lobe": lobe,
        "mastoid": tip,
        "mastoid-front": (front_x, lobe[1]),
        "mastoid-posterior": (back_x, lobe[1]),
        "mastoid-back": (tip[0] - GB12_BEHIND * cun, tip[1] + GB12_BELOW * cun),
        "hairline-ear-back": (root_back[0], x_at_y_hair),
        "occipital-protuberance": on_outline(segs, s_eop),
        "jaw-angle": JAW_SIDE[3],
        "masseter-front": MASSETER_FRONT,
        "mouth-corner": (521, 457),
        "nose-wing": (538, 390),
        "nose-tip": (583, 383),
        "chin-groove": (536, 491),
        "zygoma-lower": ZYGOMA_LOW,
        "ala-lower": (547, 405),
        **dict(zip(("temple-line-1", "temple-line-2", "temple-line-3"),
                   temple_line(segs, s_a, s_p, cun))),
        **_neck_landmarks(),
        "c2": on_outline(segs, s_p + 0.2 * cun, 4),   # top of the C2 spine, just below GV15
        "c7": on_outline(segs, s_p - 3 * cun, 4),
    })
    return Figure("head-side", "Head side", "assets/faces/head-side.svg", "right", "head",
                  "body-side", None, cun, rounded(lm), svg.text(),
                  frame=(168, 36, 186, 232))   # on body-side: the head and neck

