"""The hand close-ups' shared shape, in the hand frame of proportions.py (u toward the thumb, v
from the wrist crease toward the tips): the silhouette, the fingers' axes and widths, the
edges where palm and dorsum skin meet (the red-white border). hand-palm and hand-back draw it
as mirror images (`proportions.hand_close`).
"""

from __future__ import annotations

import math
from itertools import pairwise

from .geometry import bez, catmull
from .proportions import (
    ARM,
    ARM_IN,
    ARM_POINTS,
    EXTENSOR_DIGITORUM,
    FINGER_AT,
    FINGER_HALF,
    HAND,
    HAND_FINGERS,
    HAND_WEBS,
    NAIL_HALF,
    RADIAL_WRIST,
    THUMB_AT,
    THUMB_RADIAL,
    THUMB_TIP,
    THUMB_ULNAR,
    hand_close,
    hand_frame,
)

FINGERS = ("index", "middle", "ring", "little")  # radial to ulnar
STYLOID_V = (-18.0, 0.0)  # the styloid process drawn from 1 B-cun above the crease (LU8) to it
STYLOID_INSET = 3.5  # its tip lies this far inside the skin's outline (body units, about 4 mm)
# the palmar creases (hand frame, from the ulnar or radial border): the distal transverse crease
# runs from the ulnar border 0.3 B-cun proximal to the 5th MCP joint (where SI3 is: WHO's note
# puts SI3 at the crease's ulnar end) over the 5th and 4th heads, 0.3-0.35 B-cun (7 mm)
# proximal to their joints as on a real hand, to end between the index and middle fingers; the
# proximal crease from the radial border, with the thenar crease, obliquely across toward the
# hypothenar eminence; the thenar crease round the thenar eminence
DISTAL_PALMAR_CREASE = [(-31.4, 66.6), (-25, 66.7), (-17, 68.4), (-9, 70.6), (-1, 73.4),
                        (6, 76.4), (13, 79.5)]
PROXIMAL_PALMAR_CREASE = [(33.8, 70), (22, 63.5), (10, 58.5), (-4, 54.5), (-17, 51)]
THENAR_CREASE = [(33.8, 70), (27, 56), (21.5, 40), (17, 24), (13, 9)]
TOP_V = -62.0  # the forearm is cut off above the plate's top edge
INSET = 1.5  # landmarks on the red-white border: this far inside the outline (body units)
# the head of the ulna (both back views): half its width and half its height around ARM_POINTS'
# "ulna-head" (body units); WHO's HT4 and HT6 notes put its upper and lower borders level with
# 1.5 and 0.5 B-cun above the wrist crease
ULNA_HEAD_R = (6.0, 9.0)


class OnPlate:
    """Hand-frame points (u, v) on one hand close-up ("front": the palm, "back": the dorsum):
    a point, a list of them, or cubic segments (the map is affine: control points map
    exactly)."""

    def __init__(self, side: str):
        self.side = side

    def q(self, u, v):
        return hand_close(u, v, self.side)

    def qs(self, pts):
        return [self.q(*p) for p in pts]

    def segs(self, segs):
        return [tuple(self.q(*p) for p in seg) for seg in segs]


def _lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def finger_base(name):
    """The centre of a finger's base (between its webs) and its half-width there."""
    ulnar, radial, _tip = HAND_FINGERS[name]
    return _lerp(ulnar, radial, 0.5), math.dist(ulnar, radial) / 2


def finger_axis(name, t):
    """The point at fraction t (0 = base at the webs, 1 = tip) of a finger's axis."""
    base, _ = finger_base(name)
    return _lerp(base, HAND_FINGERS[name][2], t)


def finger_at(name, key):
    """The axis point of a finger's joint crease or nail level (FINGER_AT)."""
    return finger_axis(name, FINGER_AT[key])


def finger_half(name, t):
    """A finger's half-width at fraction t of its length (FINGER_HALF, interpolated)."""
    _, half = finger_base(name)
    for (t0, k0), (t1, k1) in pairwise(FINGER_HALF):
        if t <= t1:
            return half * (k0 + (k1 - k0) * (t - t0) / (t1 - t0))
    return half * FINGER_HALF[-1][1]


def finger_side(name, t, sign):
    """The edge of a finger at fraction t: sign +1 its radial side, -1 its ulnar side."""
    c = finger_axis(name, t)
    return (c[0] + sign * finger_half(name, t), c[1])


def _finger_run(name):
    """A finger's outline from its ulnar base round the tip to its radial base."""
    ts = [t for t, _ in FINGER_HALF][1:]
    ulnar, radial, tip = HAND_FINGERS[name]
    return ([ulnar] + [finger_side(name, t, -1) for t in ts] + [tip] +
            [finger_side(name, t, 1) for t in reversed(ts)] + [radial])


def thumb_axis(v):
    """The thumb's centre line at level v (midway between HAND's two thumb edges)."""
    return (_poly_u(THUMB_ULNAR, v) + _poly_u(THUMB_RADIAL, v)) / 2


def thumb_half(v):
    return (_poly_u(THUMB_RADIAL, v) - _poly_u(THUMB_ULNAR, v)) / 2


def _poly_u(poly, v):
    """u of a polyline (monotonic in v) at level v, held at its ends."""
    pts = sorted(poly, key=lambda p: p[1])
    if v <= pts[0][1]:
        return pts[0][0]
    for a, b in pairwise(pts):
        if v <= b[1]:
            return _lerp(a, b, (v - a[1]) / (b[1] - a[1]))[0]
    return pts[-1][0]


def forearm():
    """The forearm's ulnar and radial edges above the wrist, from the body plates' arm."""
    ulnar = sorted((hand_frame(*p) for p in ARM_IN), key=lambda p: p[1])
    radial = sorted((hand_frame(*p) for p in ARM), key=lambda p: p[1])
    ulnar = [p for p in ulnar if -75 < p[1] < 0]
    radial = [p for p in radial if -75 < p[1] < 0]
    return ulnar, radial


def outline():
    """The hand's closed outline in the hand frame, anticlockwise on the palm view: down the
    ulnar edge from above the wrist, round each finger, the thumb, up the radial edge."""
    ulnar_arm, radial_arm = forearm()
    little_base = HAND_FINGERS["little"][0]
    ulnar_hand = [p for p in HAND if p[0] < -20 and p[1] < little_base[1]]
    top_u = (ulnar_arm[0][0] + 0.4, TOP_V)
    run = [top_u, *ulnar_arm, (-23.5, -14.0), *ulnar_hand]
    for name in reversed(FINGERS):  # little to index
        fr = _finger_run(name)
        run.extend(fr if name == "little" else fr[1:])  # each web is shared
    run.extend(THUMB_ULNAR)
    run.append(THUMB_TIP)
    run.extend(THUMB_RADIAL)
    run.extend([*RADIAL_WRIST, *reversed(radial_arm), (radial_arm[0][0] + 0.4, TOP_V)])
    return run


def outline_segs():
    """The outline as smooth cubic segments (hand frame), open across the top of the plate."""
    return catmull(outline())


def level_on(points, u, n=48):
    """v where the smooth curve drawn through ``points`` (a crease running across the hand or
    the limb, in its frame) crosses u: so that a landmark said to be on the crease is on the
    line the plate draws, not on a straight chord."""
    pts = [*_samples(catmull(points), n), tuple(points[-1])]
    for a, b in pairwise(pts):
        if (a[0] - u) * (b[0] - u) <= 0 and a[0] != b[0]:
            return a[1] + (b[1] - a[1]) * (u - a[0]) / (b[0] - a[0])
    raise ValueError(f"the curve does not reach u {u}")


def _samples(segs, n=24):
    pts = []
    for seg in segs:
        pts.extend(bez(seg, k / n) for k in range(n))
    return pts


def edge_u(v, side, near=None):
    """u where the drawn outline crosses level v on the ulnar ('ulnar') or radial side: the
    outermost crossing, or the one nearest `near` when given."""
    pts = _samples(outline_segs())
    hits = []
    for a, b in pairwise(pts):
        if (a[1] - v) * (b[1] - v) <= 0 and a[1] != b[1]:
            hits.append(a[0] + (b[0] - a[0]) * (v - a[1]) / (b[1] - a[1]))
    if near is not None:
        return min(hits, key=lambda u: abs(u - near))
    return min(hits) if side == "ulnar" else max(hits)


def on_border(v, side, near=None):
    """A point of the red-white border at level v: INSET inside the outline on that side."""
    u = edge_u(v, side, near)
    return (u + INSET if side == "ulnar" else u - INSET, v)


def nail(name):
    """A nail's corners at its base (ulnar, radial), the centre of its base and of its free
    margin, for a finger or the thumb."""
    if name == "thumb":
        vb, vf = THUMB_AT["nail-base"], THUMB_AT["nail-free"]
        cb, cf = (thumb_axis(vb), vb), (thumb_axis(vf), vf)
        half = NAIL_HALF * thumb_half(vb)
    else:
        cb, cf = finger_at(name, "nail-base"), finger_at(name, "nail-free")
        half = NAIL_HALF * finger_half(name, FINGER_AT["nail-base"])
    return (cb[0] - half, cb[1]), (cb[0] + half, cb[1]), cb, cf, half


def radial_styloid():
    """The tip of the radial styloid process (the landmark): at the radial edge of the wrist,
    STYLOID_INSET inside the skin's outline, a little above the crease."""
    return (edge_u(-5.5, "radial") - STYLOID_INSET, -5.5)


def radial_styloid_run():
    """The styloid process's palmar (ulnar-facing) contour, from 1 B-cun above the wrist crease
    down to the crease (hand frame); the process lies between it and the skin."""
    top, bottom = STYLOID_V
    rs = radial_styloid()[0]
    return [(rs - 2.3, top), (rs - 1.2, -11.0), (rs - 0.3, -5.5), (rs - 1.2, bottom)]


def web(key):
    """The bottom of the cleft between two digits, just inside the skin."""
    u, v = HAND_WEBS[key]
    return (u, v - 1.2)


def ulna_head():
    """Centre of the head of the ulna (hand frame) and its half width and height: one size on
    hand-back and arm-back, from 0.5 to 1.5 B-cun above the dorsal wrist crease."""
    return hand_frame(*ARM_POINTS["ulna-head"]), ULNA_HEAD_R


def ulna_head_run():
    """The head's contour as the back views draw it (hand frame): its radial side, from the top
    round to the bottom (its ulnar side is the skin's edge)."""
    (cu, cv), (ru, rv) = ulna_head()
    return [(cu - ru * 0.4, cv - rv), (cu + ru * 0.75, cv - rv * 0.65), (cu + ru, cv),
            (cu + ru * 0.7, cv + rv * 0.7), (cu - ru * 0.2, cv + rv),
            (cu - ru * 0.85, cv + rv * 0.45)]


def extensor_tendons():
    """The four extensor digitorum tendons where they cross the dorsal wrist crease (hand frame
    u), with the metacarpal each runs to: little finger's first, inset from the band's edges
    (EXTENSOR_DIGITORUM); one band on hand-back and arm-back."""
    ed_u, ed_r = EXTENSOR_DIGITORUM
    return [(ed_u + 1.2 + k * (ed_r - ed_u - 2.4) / 3, n) for k, n in enumerate((5, 4, 3, 2))]
