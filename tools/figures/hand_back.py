"""hand-back: the back of the right hand, anatomical position (fingers down, thumb on the
viewer's right): wrist, snuffbox, tendons, metacarpals, knuckles, finger joints and nails.

The mirror image of hand-palm's outline (proportions.hand_close, side 'back'); metacarpal2-base
and metacarpal2-head are body-back's numbers, so LI4 measures the same on both plates.
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import d_of, ellipse_d, smooth
from .hand_shape import (
    FINGERS,
    OnPlate,
    extensor_tendons,
    finger_at,
    finger_half,
    nail,
    on_border,
    outline_segs,
    radial_styloid,
    radial_styloid_run,
    thumb_axis,
    thumb_half,
    ulna_head,
    ulna_head_run,
    web,
)
from .proportions import (
    ARM_H,
    ARM_W,
    EXTENSOR_DIGITORUM,
    FINGER_AT,
    HAND_CUN,
    HAND_H,
    HAND_SCALE,
    HAND_W,
    HAND_WEBS,
    MCP_V,
    METACARPAL2_RADIAL,
    METACARPALS,
    THUMB_AT,
    arm_pose,
    arm_xy,
    frame_of,
    hand_outline,
)
from .svg import (
    DETAIL,
    HEAD_DETAIL_W,
    HEAD_OUTLINE_W,
    NAIL,
    SKIN_SHADE,
    Svg,
    background,
    fill,
    stroke,
)

SIDE = "back"
PARENT = "arm-back"  # the whole-limb view it zooms from
LISTER = (6.0, -8.0)
ULNAR_HEAD, ULNAR_HEAD_R = ulna_head()  # centre, half width and height (as on arm-back)
ULNAR_STYLOID = (-21.5, -4.0)
# the thumb's long tendons (hand frame): EPL round Lister's tubercle to the distal phalanx; EPB
# (to the proximal phalanx) and APL (to the base of the 1st metacarpal) together along the radial
# edge, just inside it; the snuffbox between EPL and EPB, distal to the radial styloid
THUMB_TENDONS = {
    "extensor-pollicis-longus": [(6.5, -40), (7.6, -12), (9.6, -3), (15, 4), (21, 12),
                                 (28.5, 26), (36, 44), (41.5, 62), (45, 76), (46.5, 86)],
    "extensor-pollicis-brevis": [(21.2, -40), (21.8, -12), (23.6, 0), (26.8, 10), (31.5, 22),
                                 (38.5, 40), (43, 56), (44.5, 64)],
    "abductor-pollicis-longus": [(22.6, -40), (23.4, -12), (25.3, 0), (28.6, 10), (31.5, 19)],
}
SNUFFBOX = [(18.5, 1), (22.8, 0.8), (25.2, 6), (26, 12.5), (24.2, 16), (21.5, 12), (18.8, 5.5)]


_PLATE = OnPlate(SIDE)
q, qs, _segs = _PLATE.q, _PLATE.qs, _PLATE.segs


def _mid(a, b):
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def space(a, b):
    """The gap between the heads of metacarpals a and b, at the level of their MCP joints."""
    return ((METACARPALS[a][1][0] + METACARPALS[b][1][0]) / 2, (MCP_V[a] + MCP_V[b]) / 2)


def space_at_wrist(a, b):
    """The line of the gap between metacarpals a and b carried up to the dorsal wrist crease."""
    base = _mid(METACARPALS[a][0], METACARPALS[b][0])
    head = _mid(METACARPALS[a][1], METACARPALS[b][1])
    k = -base[1] / (head[1] - base[1])
    return (base[0] + (head[0] - base[0]) * k, 0.0)


def _bone(base, head, hb, hm, hh):
    """The outline of a metacarpal (felt under the dorsum skin): base, shaft, rounded head."""
    (bu, bv), (hu, hv) = base, head
    mu, mv = (bu + hu) / 2, (bv + hv) / 2
    return [(bu - hb, bv), (mu - hm, mv), (hu - hh, hv - 1.5), (hu - hh * 0.7, hv + hh * 0.6),
            (hu, hv + hh * 0.85), (hu + hh * 0.7, hv + hh * 0.6), (hu + hh, hv - 1.5),
            (mu + hm, mv), (bu + hb, bv), (bu, bv - 3.0)]


def _wrinkles(c, v, half, n=2, gap=1.4):
    """Short skin folds across the back of a finger joint."""
    out = []
    for i in range(n):
        y = v + (i - (n - 1) / 2) * gap
        out.append([(c - half, y + 0.6), (c, y - 0.5), (c + half, y + 0.6)])
    return out


def hand_back() -> Figure:
    sw, dw = HEAD_OUTLINE_W, HEAD_DETAIL_W
    svg = Svg(HAND_W, HAND_H, "Hand, back view",
              "Acupoint Atlas plate: the back of the right hand, anatomical position (fingers "
              "down, thumb on the viewer's right).")
    background(svg)
    segs = _segs(outline_segs())
    svg.open("hand")
    fill(svg, d_of(segs, True))
    # the anatomical snuffbox: the hollow between the thumb's tendons, distal to the styloid
    fill(svg, smooth(qs(SNUFFBOX), closed=True), SKIN_SHADE, opacity=0.8)
    svg.close()

    svg.open("bones")
    # metacarpals 1-5, their bases and heads (the knuckles), the ulnar head and styloid,
    # Lister's tubercle, the radial styloid
    for n, (base, head) in METACARPALS.items():
        hb, hm, hh = (4.0, 3.0, 4.5) if n == 1 else (4.5, 2.8, 4.5)
        stroke(svg, smooth(qs(_bone(base, head, hb, hm, hh)), closed=True), 1.0, DETAIL,
               opacity=0.25)
    stroke(svg, smooth(qs(ulna_head_run())), dw, DETAIL, opacity=0.5)
    stroke(svg, ellipse_d(*q(*ULNAR_STYLOID), 1.6 * HAND_SCALE, 1.8 * HAND_SCALE), 1.0,
           DETAIL, opacity=0.5)
    stroke(svg, ellipse_d(*q(*LISTER), 1.8 * HAND_SCALE, 3.4 * HAND_SCALE), 1.0, DETAIL,
           opacity=0.45)
    rs = radial_styloid()
    stroke(svg, smooth(qs(radial_styloid_run())), 1.0, DETAIL, opacity=0.5)
    svg.close()

    svg.open("tendons")
    # extensor digitorum: four tendons from the wrist fanning to the knuckles
    ed_u, ed_r = EXTENSOR_DIGITORUM
    for u0, n in extensor_tendons():
        hu = METACARPALS[n][1][0]
        stroke(svg, smooth(qs([(u0 + 0.5, -62), (u0, 0), ((u0 + hu) / 2, 44),
                               (hu, MCP_V[n] - 3)])), 1.1, DETAIL, opacity=0.4)
    # the thumb's tendons: EPL round Lister's tubercle, EPB and APL along the radial edge
    for run in THUMB_TENDONS.values():
        stroke(svg, smooth(qs(run)), 1.1, DETAIL, opacity=0.45)
    # the dorsal wrist crease (faint)
    stroke(svg, smooth(qs([(-22.6, -1), (-11, 0.3), (0, 0), (11, 0.6), (23, 1.2)])), dw,
           DETAIL, opacity=0.6)
    svg.close()

    svg.open("joints")
    for n in (2, 3, 4, 5):  # a fold over each knuckle, just distal to the head
        hu = METACARPALS[n][1][0]
        for run in _wrinkles(hu, MCP_V[n] + 2.5, 3.2, 2):
            stroke(svg, smooth(qs(run)), 1.0, DETAIL, opacity=0.5)
    for name in FINGERS:
        for key, n, k in (("pip", 3, 0.6), ("dip", 2, 0.5)):
            c = finger_at(name, key)
            for run in _wrinkles(c[0], c[1], k * finger_half(name, FINGER_AT[key]), n):
                stroke(svg, smooth(qs(run)), 1.0, DETAIL, opacity=0.55)
    for key, n, k in (("mcp", 2, 0.5), ("ip", 3, 0.55)):
        v = THUMB_AT[key]
        c = (thumb_axis(v) if key == "ip" else METACARPALS[1][1][0] + 0.5)
        for run in _wrinkles(c, v, k * (thumb_half(v) if key == "ip" else 7), n):
            stroke(svg, smooth(qs(run)), 1.0, DETAIL, opacity=0.55)
    svg.close()

    svg.open("nails")
    corners = {}
    for name in ("thumb", *FINGERS):
        ulnar, radial, cb, cf, half = nail(name)
        def at(f, k, cb=cb, cf=cf, half=half):  # f of the way to the free margin, k across
            return (cb[0] + (cf[0] - cb[0]) * f + k * half, cb[1] + (cf[1] - cb[1]) * f)

        shape = [ulnar, at(0.55, -1.02), at(0.88, -0.82), cf, at(0.88, 0.82), at(0.55, 1.02),
                 radial, at(-0.08, 0)]
        fill(svg, smooth(qs(shape), closed=True), NAIL)
        stroke(svg, smooth(qs(shape), closed=True), 1.0, DETAIL)
        # the proximal nail fold, just above the base
        stroke(svg, smooth(qs([(ulnar[0] - 0.5, ulnar[1] - 0.8), (cb[0], cb[1] - 2.2),
                               (radial[0] + 0.5, radial[1] - 0.8)])), 0.9, DETAIL, opacity=0.5)
        corners[name] = (ulnar, radial, cf)
    svg.close()

    svg.open("border")
    # the red-white border (dorsum skin meets palm skin) along the ulnar and radial edges
    ulnar = [on_border(v, "ulnar") for v in range(-4, 128, 6)]
    radial = [on_border(v, "radial") for v in range(4, 104, 6)]
    index = [on_border(v, "radial", near=33) for v in range(92, 142, 6)]
    for run in (ulnar, radial, index):
        stroke(svg, smooth(qs(run)), 0.8, DETAIL, opacity=0.35)
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(segs), sw)
    svg.close()

    base2, head2 = METACARPAL2_RADIAL
    lm = {
        "wrist-crease-dorsal": (0.0, 0.0),
        "wrist-crease-dorsal-radial": (22.5, 1.1),
        "anatomical-snuffbox": (23.2, 8.5),
        "radial-styloid": rs,
        "lister-tubercle": LISTER,
        "ulna-head": ULNAR_HEAD,
        "ulna-head-radial": (ULNAR_HEAD[0] + ULNAR_HEAD_R[0], ULNAR_HEAD[1]),
        "ulna-styloid": ULNAR_STYLOID,
        "triquetrum": on_border(9, "ulnar"),
        "metacarpal5-base": on_border(20, "ulnar"),
        "extensor-digitorum-ulnar": (ed_u, 0.0),
        "extensor-digitorum-radial": (ed_r, 0.6 * ed_r / 11),
        "metacarpal2-base": base2,
        "metacarpal2-head": head2,
        "mcp2-radial": on_border(MCP_V[2] + 1, "radial", near=34),
        "mcp5-ulnar": on_border(MCP_V[5], "ulnar"),
    }
    for n in (2, 3, 4, 5):
        lm[f"mcp{n}"] = (METACARPALS[n][1][0], MCP_V[n])
    lm.update({
        "space-2-3": space(2, 3),
        "space-4-5": space(4, 5),
        "space-2-3-wrist": space_at_wrist(2, 3),
        "space-4-5-wrist": space_at_wrist(4, 5),
    })
    for key in HAND_WEBS:
        lm[f"web-{key}"] = web(key)
    for name in FINGERS:
        lm[f"pip-{name}-dorsal"] = finger_at(name, "pip")
    lm["ip-thumb-dorsal"] = (thumb_axis(THUMB_AT["ip"]), THUMB_AT["ip"])
    for name, (ulnar, radial, cf) in corners.items():
        lm[f"nail-{name}-radial"] = radial
        lm[f"nail-{name}-ulnar"] = ulnar
        lm[f"nail-{name}-free"] = cf
    frame = frame_of([arm_xy(arm_pose(p), back=True) for p in hand_outline()],
                     (ARM_W, ARM_H))   # on arm-back
    return Figure("hand-back", "Hand back", "assets/body/hand-back.svg", SIDE, "hand", PARENT,
                  None, HAND_CUN, rounded({k: q(*p) for k, p in lm.items()}), svg.text(),
                  frame=frame)
