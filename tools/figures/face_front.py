"""face-front: the face and forehead to the hairline, ears at the edges, upper neck.

One `cun` both ways: glabella to hairline is 3 B-cun, the pupil 2.25 B-cun and the hairline
corner 4.5 B-cun lateral to the midline.
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import (
    Half,
    arc_at_y,
    catmull,
    d_of,
    ellipse_d,
    line_seg,
    mirror_segs,
    point_at,
    reverse_segs,
    smooth,
    sub_curve,
    sym_run,
)
from .svg import (
    BROW,
    DETAIL,
    EYE_WHITE,
    HAIR,
    HAIR_LINE,
    HEAD_DETAIL_W,
    HEAD_OUTLINE_W,
    IRIS,
    LIP,
    NOSTRIL,
    PUPIL,
    Svg,
    background,
    fill,
    stroke,
)

# the lower border of the zygomatic bone at its lowest, directly below the outer canthus (d 140)
# and about level with the lower border of the nose wing (y 495)
ZYGOMA_LOW_D, Y_ZYGOMA_LOW = 139.0, 490.0


def face_front() -> Figure:
    W, H, MID, C = 600, 820, 300.0, 42.0
    h = Half(MID, "front")
    sw, dw = HEAD_OUTLINE_W, HEAD_DETAIL_W
    y_hair = 200.0
    y_glab = y_hair + 3 * C  # 326
    d_pupil = 2.25 * C  # 94.5
    y_pupil = 361.0
    svg = Svg(W, H, "Face, front view", "Acupoint Atlas plate: face and forehead, front view.")
    background(svg)

    # neck (behind the head)
    svg.open("neck")
    neck = h.across([(0, 640), (112, 630), (128, 680), (134, 740), (146, 790), (168, 820)])
    neck_segs = catmull(neck)
    fill(svg, d_of([*neck_segs, line_seg(neck[-1], neck[0])], True))
    stroke(svg, smooth(neck[:6]) + smooth(neck[-6:]), sw)
    # sternocleidomastoid hints and the throat shadow
    stroke(svg, h.both([(116, 700), (96, 760), (66, 818)]), dw, DETAIL, opacity=0.6)
    stroke(svg, smooth(h.pts([(60, 708), (0, 716)]) + h.pts([(-60, 708)])), dw, DETAIL,
           opacity=0.45)
    svg.close()

    # ears (drawn before the head so the head covers their attachment)
    svg.open("ears")
    ear = [(200, 330), (214, 318), (232, 322), (243, 345), (244, 385), (238, 425),
           (230, 458), (224, 478), (212, 484), (198, 474)]
    ear_in = [(212, 338), (226, 336), (233, 356), (232, 392), (225, 430), (218, 452)]
    for sgn in (-1, 1):  # the figure's right ear (the viewer's left) first
        def q(dys, sgn=sgn):
            return [(MID + sgn * d, y) for d, y in dys]
        fill(svg, d_of(catmull(q(ear), closed=True), True))
        stroke(svg, d_of(catmull(q(ear), closed=True), True), sw)
        stroke(svg, d_of(catmull(q(ear_in))), dw, DETAIL)
        stroke(svg, d_of(catmull(q([(212, 400), (219, 418), (214, 440)]))), dw, DETAIL)
    svg.close()

    # head silhouette (skin), then hair, then features, then the outline on top
    head = [(0, 24), (70, 29), (132, 52), (182, 94), (212, 152), (224, 222), (221, 290),
            (206, 360), (200, 420), (192, 480), (178, 545), (152, 604), (126, 640), (88, 670),
            (44, 688), (0, 693)]
    head_d = h.closed_sym(head)
    svg.open("head")
    fill(svg, head_d)
    svg.close()

    # hair: outline of the head down to the sideburn, temple hairline up to the corner,
    # frontal hairline in to the midline
    corner = (4.5 * C, 189.0)
    contour = sym_run(h.pts(head), MID)
    # the head contour from the vertex to the sideburn (y ~ 350)
    s_side = arc_at_y(contour, 352.0)
    hair_outer = sub_curve(contour, 0.0, s_side)
    temple = catmull(h.pts([(209, 352), (203, 312), (198, 262), (193, 220), corner]),
                     post=h.p(170, 194))
    front = catmull(h.pts([corner, (160, 196.5), (126, 199.5), (94.5, 200.5), (47, 200.2),
                           (0, 200)]), pre=h.p(196, 214), post=h.p(-47, 200.2))
    hair_half = [*hair_outer, line_seg(point_at(contour, s_side), h.p(209, 352)), *temple, *front]
    hair_d = d_of(hair_half + mirror_segs(hair_half, MID), True)
    svg.open("hair")
    fill(svg, hair_d, HAIR)
    stroke(svg, d_of(temple + front) + d_of(mirror_segs(temple + front, MID)), 1.1, HAIR_LINE)
    svg.close()

    svg.open("features")
    # eyebrows: tapered shapes. The inner ends are centred on the glabella's level (the glossary
    # defines the glabella as their midpoint); the tails reach out above GB1, 0.5 B-cun lateral
    # to the outer canthus (TE23 above GB1)
    brow = [(44, 322.5), (52, 319), (72, 315.5), (94.5, 314.5), (124, 316), (146, 321),
            (161, 327), (167, 332)]
    brow_low = [(167, 332), (152, 327.5), (126, 321.5), (94.5, 321.5), (70, 323.5), (52, 329.5),
                (45, 330.5)]
    brow_pts = h.pts(brow) + h.pts(brow_low[1:])
    brow_segs = catmull(brow_pts, closed=True)
    fill(svg, d_of(brow_segs, True) + d_of(mirror_segs(brow_segs, MID), True), BROW)
    # eyes
    inner = (49.0, 364.0)
    outer = (140.0, 358.0)
    upper = catmull(h.pts([inner, (62, 351), (92, 347), (122, 349), outer]))
    lower = catmull(h.pts([outer, (120, 370), (92, 373), (64, 371), inner]))
    eye_d = d_of(upper + lower, True)
    eye_md = d_of(mirror_segs(upper + lower, MID), True)
    fill(svg, eye_d + eye_md, EYE_WHITE)
    for side in (1, -1):
        cx = MID - side * d_pupil
        fill(svg, ellipse_d(cx, y_pupil, 11, 11), IRIS)
        fill(svg, ellipse_d(cx, y_pupil, 4.2, 4.2), PUPIL)
    stroke(svg, d_of(upper) + d_of(mirror_segs(upper, MID)), 1.5)
    stroke(svg, d_of(lower) + d_of(mirror_segs(lower, MID)), dw, DETAIL)
    # upper-lid crease and the lower orbital rim (subtle)
    stroke(svg, h.both([(58, 345), (92, 338), (128, 343)]), 0.9, DETAIL, opacity=0.55)
    stroke(svg, h.both([(56, 386), (94.5, 392), (138, 383)]), 0.9, DETAIL, opacity=0.35)
    # zygomatic arch / cheekbone (subtle), and the cheekbone's lower border: from the arch it
    # falls to its lowest point below the outer canthus, about level with the lower border of
    # the nose wing (SI18 in the hollow beneath), then rises toward the nose
    stroke(svg, h.both([(150, 404), (176, 396), (196, 386)]), 0.9, DETAIL, opacity=0.35)
    stroke(svg, h.both([(190, 428), (170, 462), (152, 484), (ZYGOMA_LOW_D, Y_ZYGOMA_LOW),
                        (124, 484)]), 0.9, DETAIL, opacity=0.4)
    # nose: bridge, alae, nostrils, tip
    stroke(svg, h.both([(30, 345), (26, 390), (28, 430), (36, 452)]), 0.9, DETAIL, opacity=0.5)
    ala = [(36, 452), (50, 460), (56, 476), (50, 492), (36, 497)]
    stroke(svg, h.both(ala), 1.4)
    nostril = [(34, 494), (24, 497), (13, 501), (9, 496), (16, 490), (28, 490)]
    fill(svg, h.both(nostril, closed=True), NOSTRIL)
    stroke(svg, h.both([(20, 480), (9, 487), (0, 489)]), 0.9, DETAIL, opacity=0.5)
    # nasolabial groove
    stroke(svg, h.both([(54, 458), (66, 470), (74, 492), (86, 524), (94, 552)]), 1.1, DETAIL,
           opacity=0.55)
    # lips: each lip is one closed shape, corner to corner
    upper_lip = h.across([(0, 540), (10, 535.5), (30, 538.5), (56, 548), (72, 557)])
    mouth = h.across([(0, 557.5), (24, 556.5), (50, 558), (72, 557)])
    lower_lip = h.across([(0, 581), (28, 579), (54, 570), (72, 557)])
    ul = catmull(upper_lip)
    mo = catmull(mouth)
    ll = catmull(lower_lip)
    fill(svg, d_of(ul + reverse_segs(mo), True), LIP)
    fill(svg, d_of(ll + reverse_segs(mo), True), LIP)
    stroke(svg, d_of(mo), 1.4)
    stroke(svg, d_of(ul), 1.0, DETAIL)
    stroke(svg, h.both([(12, 503), (9.5, 520), (10, 535.5)]), 0.9, DETAIL, opacity=0.5)
    # mentolabial groove and chin
    stroke(svg, smooth(h.pts([(30, 608), (0, 603)]) + h.pts([(-30, 608)])), 1.1, DETAIL)
    stroke(svg, smooth(h.pts([(26, 664), (0, 671)]) + h.pts([(-26, 664)])), 0.9, DETAIL,
           opacity=0.4)
    svg.close()

    svg.open("outline")
    stroke(svg, head_d, sw)
    svg.close()

    lm = {
        "hairline": (MID, y_hair),
        "hairline-corner": h.p(corner[0], corner[1] + 2),
        "glabella": (MID, y_glab),
        "eyebrow-inner": h.p(48, y_glab),
        "eyebrow-middle": h.p(d_pupil, 317.5),
        "eyebrow-outer": h.p(outer[0] - 1 + 0.5 * C, 329),
        "pupil": h.p(d_pupil, y_pupil),
        "inner-canthus": h.p(inner[0] + 1, inner[1]),
        "outer-canthus": h.p(outer[0] - 1, outer[1]),
        "infraorbital-margin": h.p(d_pupil, 392),
        "infraorbital-margin-medial": h.p(56, 386),
        "infraorbital-margin-lateral": h.p(138, 383),
        "infraorbital-foramen": h.p(d_pupil, 410),
        "zygoma-lower": h.p(ZYGOMA_LOW_D, Y_ZYGOMA_LOW),
        "nose-tip": (MID, 480),
        "nasolabial-top": h.p(38, 453),
        "nose-wing": h.p(55, 476),
        "nasolabial-ala": h.p(70, 476),
        "nose-wing-lower": h.p(d_pupil, 495),
        "nostril-lateral": h.p(33, 494),
        "philtrum-top": (MID, 502),
        "upper-lip-border": (MID, 540),
        "lip-tubercle": (MID, 548),
        "mouth-corner": h.p(72, 557),
        "chin-groove": (MID, 604),
        "chin": (MID, 660),
        "masseter-front": h.p(124, 638),
        "jaw-angle": h.p(148, 600),
    }
    return Figure("face-front", "Face", "assets/faces/face-front.svg", "front", "head",
                  "body-front", MID, C, rounded(lm), svg.text(),
                  frame=(182, 36, 136, 200))   # on body-front: the head and top of the neck

