"""hand-palm: the right hand from the palm side, anatomical position (fingers down, thumb on the
viewer's left), from just above the wrist to the fingertips.

Drawn in the hand frame of proportions.py (hand_close, side 'front'), so its landmarks are the
body plates' hand scaled and shifted; hand-back is its mirror image seen from behind.
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import d_of, ellipse_d, smooth
from .hand_shape import (
    DISTAL_PALMAR_CREASE,
    FINGERS,
    PROXIMAL_PALMAR_CREASE,
    THENAR_CREASE,
    OnPlate,
    finger_at,
    finger_axis,
    finger_half,
    level_on,
    on_border,
    outline_segs,
    radial_styloid,
    radial_styloid_run,
    thumb_axis,
    thumb_half,
)
from .proportions import (
    ARM_H,
    ARM_W,
    FINGER_AT,
    HAND_CUN,
    HAND_FINGERS,
    HAND_H,
    HAND_SCALE,
    HAND_W,
    MCP_V,
    METACARPALS,
    THUMB_AT,
    THUMB_TIP,
    WRIST_TENDONS_U,
    arm_pose,
    arm_xy,
    frame_of,
    hand_outline,
)
from .svg import DETAIL, HEAD_DETAIL_W, HEAD_OUTLINE_W, SKIN_SHADE, Svg, background, fill, stroke

SIDE = "front"
PARENT = "arm-front"  # the whole-limb view it zooms from


# the palmar wrist crease (hand frame), bowing a little proximally toward both ends
PALMAR_CREASE = [(-22.8, -2), (-11, -0.3), (0, 0), (11, -0.3), (23, -2)]

_PLATE = OnPlate(SIDE)
q, qs, _segs = _PLATE.q, _PLATE.qs, _PLATE.segs


def space(a, b):
    """The gap between the heads of metacarpals a and b, at the level of their MCP joints."""
    (_, ha), (_, hb) = METACARPALS[a], METACARPALS[b]
    return ((ha[0] + hb[0]) / 2, (MCP_V[a] + MCP_V[b]) / 2)


def _across(name, t, inset=1.6, bow=0.6):
    """A crease across a finger at fraction t, from side to side, bowed slightly distally."""
    c = finger_axis(name, t)
    h = finger_half(name, t) - inset
    return [(c[0] - h, c[1] - bow), (c[0], c[1] + bow * 0.6), (c[0] + h, c[1] - bow)]


def hand_palm() -> Figure:
    sw, dw = HEAD_OUTLINE_W, HEAD_DETAIL_W
    svg = Svg(HAND_W, HAND_H, "Hand, palm view",
              "Acupoint Atlas plate: the right hand from the palm side, anatomical position "
              "(fingers down, thumb on the viewer's left).")
    background(svg)
    segs = _segs(outline_segs())
    svg.open("hand")
    fill(svg, d_of(segs, True))
    # thenar and hypothenar eminences: a hair darker, bounded by the thenar crease
    thenar = [*THENAR_CREASE, (17, 3)]
    thenar += [on_border(v, "radial") for v in (6, 20, 36, 50, 62)]
    hypo = [(-15, 8), (-14.5, 28), (-16.5, 48), (-21.5, 62)]
    hypo += [on_border(v, "ulnar") for v in (63, 48, 28, 12)]
    for shape in (thenar, hypo):
        fill(svg, smooth(qs(shape), closed=True), SKIN_SHADE, opacity=0.55)
    svg.close()

    svg.open("wrist")
    # the flexor tendons above the crease (pairs of faint lines), pisiform, scaphoid tubercle
    for key, half in (("flexor-carpi-radialis-tendon", 1.6), ("palmaris-longus-tendon", 1.0),
                      ("flexor-carpi-ulnaris-tendon", 2.2)):
        u = WRIST_TENDONS_U[key]
        for s in (-1, 1):
            stroke(svg, smooth(qs([(u + s * half, -1.5), (u + s * half - 0.4, -26),
                                   (u + s * half - 0.9, -62)])), 1.0, DETAIL, opacity=0.45)
    # the radial artery's pulse line on the radial side of flexor carpi radialis (faint)
    u = WRIST_TENDONS_U["radial-artery"]
    stroke(svg, smooth(qs([(u, -1.5), (u - 0.6, -30), (u - 1.6, -62)])), 1.6, DETAIL,
           opacity=0.25)
    for centre, (rx, ry) in (((-17, 5), (3.2, 3.6)), ((15, 5.5), (2.6, 2.8))):
        stroke(svg, ellipse_d(*q(*centre), rx * HAND_SCALE, ry * HAND_SCALE), 1.0, DETAIL,
               opacity=0.4)
    rs = radial_styloid()
    stroke(svg, smooth(qs(radial_styloid_run())), 1.0, DETAIL, opacity=0.5)
    # the palmar wrist crease, through the wrist-crease landmark
    stroke(svg, smooth(qs(PALMAR_CREASE)), dw, DETAIL)
    svg.close()

    svg.open("palm")
    # the spaces between the metacarpals and their heads (felt under the palm skin)
    for a, b in ((2, 3), (3, 4), (4, 5)):
        ba, bb = METACARPALS[a][0], METACARPALS[b][0]
        base = ((ba[0] + bb[0]) / 2, (ba[1] + bb[1]) / 2 + 14)
        stroke(svg, smooth(qs([base, space(a, b)])), 1.0, DETAIL, opacity=0.22)
    for n in (2, 3, 4, 5):
        _, head = METACARPALS[n]
        stroke(svg, ellipse_d(*q(head[0], MCP_V[n] - 3), 4 * HAND_SCALE, 3.5 * HAND_SCALE), 1.0,
               DETAIL, opacity=0.2)
    # palmar creases: distal and proximal palmar creases, the thenar crease
    for crease in (DISTAL_PALMAR_CREASE, PROXIMAL_PALMAR_CREASE, THENAR_CREASE):
        stroke(svg, smooth(qs(crease)), dw, DETAIL, opacity=0.85)
    svg.close()

    svg.open("fingers")
    for name in FINGERS:
        # the finger's base (MCP) crease at the webs, double PIP crease, DIP crease, pad
        stroke(svg, smooth(qs(_across(name, 0.05, bow=0.8))), dw, DETAIL, opacity=0.8)
        for t in (FINGER_AT["pip"] - 0.018, FINGER_AT["pip"] + 0.018):
            stroke(svg, smooth(qs(_across(name, t))), dw, DETAIL, opacity=0.85)
        stroke(svg, smooth(qs(_across(name, FINGER_AT["dip"]))), dw, DETAIL, opacity=0.85)
        stroke(svg, smooth(qs(_across(name, 0.86, inset=2.6, bow=-0.8))), 1.0, DETAIL,
               opacity=0.35)
    # the thumb: its interphalangeal crease and pad
    v_ip = THUMB_AT["ip"]
    c, h = thumb_axis(v_ip), thumb_half(v_ip) - 1.6
    stroke(svg, smooth(qs([(c - h, v_ip - 0.6), (c, v_ip + 0.4), (c + h, v_ip - 0.6)])), dw,
           DETAIL, opacity=0.85)
    # the red-white border (palm skin meets dorsum skin) along the ulnar and radial edges
    ulnar = [on_border(v, "ulnar") for v in range(4, 128, 6)]
    radial = [on_border(v, "radial") for v in range(4, 104, 6)]
    index = [on_border(v, "radial", near=33) for v in range(92, 142, 6)]
    for run in (ulnar, radial, index):
        stroke(svg, smooth(qs(run)), 0.8, DETAIL, opacity=0.35)
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(segs), sw)
    svg.close()

    lm = {
        "wrist-crease": (0.0, 0.0),
        **{name: (WRIST_TENDONS_U[name], dv) for name, dv in (
            ("palmaris-longus-tendon", 0.0), ("flexor-carpi-radialis-tendon", -0.3),
            ("flexor-carpi-ulnaris-tendon", -0.6))},
        # the pulse where the artery crosses the drawn crease (LU9 is measured from it)
        "radial-artery": (WRIST_TENDONS_U["radial-artery"],
                          level_on(PALMAR_CREASE, WRIST_TENDONS_U["radial-artery"])),
        "pisiform": (-17.0, 5.0),
        "scaphoid-tubercle": (15.0, 5.5),
        "radial-styloid": rs,
        "metacarpal1-base": on_border(20, "radial"),
        "metacarpal1-head": on_border(METACARPALS[1][1][1], "radial"),
        "space-2-3": space(2, 3),
        "space-4-5": space(4, 5),
    }
    for name in FINGERS:
        lm[f"pip-{name}-palmar"] = finger_at(name, "pip")
        lm[f"dip-{name}-palmar"] = finger_at(name, "dip")
    for name in FINGERS:
        tip = HAND_FINGERS[name][2]
        lm[f"fingertip-{name}"] = (tip[0], tip[1] - 1.6)
    lm["fingertip-thumb"] = (THUMB_TIP[0] - 0.6, THUMB_TIP[1] - 1.6)
    frame = frame_of([arm_xy(arm_pose(p), back=False) for p in hand_outline()],
                     (ARM_W, ARM_H))   # on arm-front
    return Figure("hand-palm", "Hand palm", "assets/body/hand-palm.svg", SIDE, "hand", PARENT,
                  None, HAND_CUN, rounded({k: q(*p) for k, p in lm.items()}), svg.text(),
                  frame=frame)

