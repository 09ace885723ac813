"""The foot close-ups' shared shape, in the foot frame of proportions.py (a forward from the back
of the heel, w across it with + lateral, h up from the sole): the outline in plan (foot-top,
foot-sole) and in profile (foot-medial, foot-lateral), the toes and their nails, the metatarsals,
the red-white border (where the skin of the dorsum meets the skin of the sole).

Each plate maps these points onto itself (proportions.foot_top_xy, foot_sole_xy, foot_side_xy)
and draws smooth curves through the mapped points.
"""

from __future__ import annotations

import math
from itertools import pairwise

from .geometry import bez, catmull
from .proportions import (
    BODY_HALF,
    DORSUM,
    FOOT_ANKLE,
    HEEL_BACK,
    MEDIAL_ARCH,
    METATARSALS,
    MT_HALF,
    PLAN_LATERAL,
    PLAN_MEDIAL,
    PROFILE_FRONT,
    SOLE,
    TOE_HALF,
    TOE_WEBS,
    TOENAIL_AT,
    TOES,
    foot_of_body_front,
)

BORDER_PLAN = 1.5  # the red-white border: this far inside the plan outline (body units)
BORDER_SIDE = 3.0  # and this far above the sole's edge in profile (the sole wraps up the side)
TOP_DORSUM_A = 80.0  # foot-top: the plan outline from here forward; the ankle above it
# foot-top: the leg's edges above the malleoli (w, h), seen from in front; the leg narrows a
# little above the malleoli (body-front's outline, which swells into the calf sooner, is kept at
# the malleoli themselves)
LEG_LATERAL = [(27.0, 160.0), (24.0, 128.0), (21.2, 100.0), (20.6, 82.0), (22.0, 66.0)]
LEG_MEDIAL = [(-19.6, 84.0), (-21.2, 110.0), (-23.4, 136.0), (-25.4, 160.0)]


def lerp(p, q, t):
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def mid(p, q):
    return lerp(p, q, 0.5)


def samples(points, n=24, closed=False):
    """Points along the smooth curve through ``points``."""
    return [bez(seg, k / n) for seg in catmull(points, closed=closed) for k in range(n)]


# ---------------------------------------------------------------------------------------------
# the toes, in plan (a, w)

def toe_base(n):
    """The centre of a toe's base (between its web and its neighbour or the border) and its
    half-width there, across the foot."""
    medial, lateral, _tip = TOES[n]
    return mid(medial, lateral), abs(lateral[1] - medial[1]) / 2


def toe_axis(n, t):
    """The point at fraction t (0 = base, 1 = tip) of a toe's axis."""
    return lerp(toe_base(n)[0], TOES[n][2], t)


def toe_half(n, t):
    """A toe's half-width at fraction t of its length."""
    profile = TOE_HALF[1 if n == 1 else 0]
    half = toe_base(n)[1]
    for (t0, k0), (t1, k1) in pairwise(profile):
        if t <= t1:
            return half * (k0 + (k1 - k0) * (t - t0) / (t1 - t0))
    return half * profile[-1][1]


def toe_side(n, t, sign):
    """The edge of a toe at fraction t: sign -1 its medial side, +1 its lateral side. Each side
    runs from its own end of the base (a web may lie further forward than the other) to the tip."""
    medial, lateral, tip = TOES[n]
    end = medial if sign < 0 else lateral
    a = end[0] + (tip[0] - end[0]) * t
    return (a, toe_axis(n, t)[1] + sign * toe_half(n, t))


def toe_run(n):
    """A toe's outline from the medial end of its base round the tip to the lateral end."""
    ts = [t for t, _ in TOE_HALF[1 if n == 1 else 0]][1:]
    medial, lateral, tip = TOES[n]
    return ([medial] + [toe_side(n, t, -1) for t in ts] + [tip] +
            [toe_side(n, t, 1) for t in reversed(ts)] + [lateral])


def toenail(n):
    """A toenail in plan: its medial and lateral corners (at its base), the centre of its base
    and of its free margin, its half-width."""
    tb, tf, k = TOENAIL_AT[n]
    cb, cf = toe_axis(n, tb), toe_axis(n, tf)
    half = k * toe_half(n, tb)
    return (cb[0], cb[1] - half), (cb[0], cb[1] + half), cb, cf, half


def toenail_shape(n):
    """The nail's outline in plan, from its medial corner round the free margin."""
    medial, lateral, cb, cf, half = toenail(n)

    def at(f, k):  # f of the way to the free margin, k of the half-width across
        return (cb[0] + (cf[0] - cb[0]) * f, cb[1] + (cf[1] - cb[1]) * f + k * half)

    return [medial, at(0.5, -1.04), at(0.86, -0.86), cf, at(0.86, 0.86), at(0.5, 1.04), lateral,
            at(-0.07, 0.0)]


def web(key):
    """The margin of the web between two toes, just inside the skin (proximal to the cleft)."""
    a, w = TOE_WEBS[key]
    return (a - 1.2, w)


# ---------------------------------------------------------------------------------------------
# the outline in plan

def plan_outline():
    """The whole foot in plan (a, w), closed: the medial border from the heel, the toes from the
    great toe to the little toe, the lateral border back to the heel (foot-sole)."""
    run = list(PLAN_MEDIAL)
    for n in range(1, 6):
        tr = toe_run(n)
        run.extend(tr if n == 1 else tr[1:])
    run.extend(PLAN_LATERAL)
    return run


def plan_samples():
    return samples(plan_outline(), closed=True)


def plan_edge_w(a, side):
    """w where the plan outline crosses level a, on the medial ('medial') or lateral side."""
    hits = []
    for p, q in pairwise(plan_samples()):
        if (p[0] - a) * (q[0] - a) <= 0 and p[0] != q[0]:
            hits.append(p[1] + (q[1] - p[1]) * (a - p[0]) / (q[0] - p[0]))
    return min(hits) if side == "medial" else max(hits)


def plan_border(a, side):
    """A point of the red-white border in plan at level a: BORDER_PLAN inside that edge."""
    w = plan_edge_w(a, side)
    return (a, w + BORDER_PLAN if side == "medial" else w - BORDER_PLAN)


def top_outline():
    """foot-top's outline as two kinds of points: ('front', (w, h)) for the leg and ankle above
    the crease, as body-front draws them, and ('plan', (a, w)) for the dorsum: down the lateral
    side of the leg over the lateral malleolus, along the lateral border, round the toes from
    the little toe to the great toe, back along the medial border and up over the medial
    malleolus. Open across the top of the plate."""
    lateral_mall, medial_mall = (70, 1290), (24, 1276)  # BODY_HALF's, over the malleoli
    assert lateral_mall in BODY_HALF and medial_mall in BODY_HALF
    run = [("front", p) for p in LEG_LATERAL]
    run += [("front", foot_of_body_front(*lateral_mall)), ("front", (24.6, 45.0))]
    run += [("plan", p) for p in reversed(PLAN_LATERAL) if p[0] >= TOP_DORSUM_A]
    for n in range(5, 0, -1):
        tr = list(reversed(toe_run(n)))
        run += [("plan", p) for p in (tr if n == 5 else tr[1:])]
    run += [("plan", p) for p in reversed(PLAN_MEDIAL) if p[0] >= TOP_DORSUM_A]
    run += [("front", (-19.6, FOOT_ANKLE[2] - 2.0))]  # the inner ankle just below the malleolus
    run += [("front", foot_of_body_front(*medial_mall))]
    run += [("front", p) for p in LEG_MEDIAL]
    return run


# ---------------------------------------------------------------------------------------------
# the outline in profile

def profile_outline(side):
    """The foot and the lowest part of the leg in profile (a, h): from the front of the leg
    down over the instep to the tip of the great toe, along the sole (on the medial side the
    sole's edge rises under the arch), round the heel and up the calcaneal tendon. Open across
    the top of the plate."""
    front = PROFILE_FRONT + DORSUM[1:]
    if side == "lateral":
        sole = SOLE
    else:
        ball = SOLE.index((156.0, 0.0))
        heel = SOLE.index((9.5, 2.2))
        sole = SOLE[:ball + 1] + MEDIAL_ARCH[1:] + SOLE[heel:]
    return front + sole + HEEL_BACK


def profile_samples(side):
    return samples(profile_outline(side))


def sole_edge_h(a, side):
    """h of the lower edge of the profile (the sole's edge) at a."""
    hits = []
    pts = profile_samples(side)
    for p, q in pairwise(pts):
        if (p[0] - a) * (q[0] - a) <= 0 and p[0] != q[0] and max(p[1], q[1]) < 30:
            hits.append(p[1] + (q[1] - p[1]) * (a - p[0]) / (q[0] - p[0]))
    return min(hits)


def top_edge_h(a, side):
    """h of the upper edge of the profile (the instep or the toe's top) at a."""
    hits = []
    for p, q in pairwise(profile_samples(side)):
        if (p[0] - a) * (q[0] - a) <= 0 and p[0] != q[0]:
            hits.append(p[1] + (q[1] - p[1]) * (a - p[0]) / (q[0] - p[0]))
    return max(hits)


def side_border(a, side):
    """A point of the red-white border in profile: BORDER_SIDE above the sole's edge at a."""
    return (a, sole_edge_h(a, side) + BORDER_SIDE)


def metatarsal_outline(n):
    """A metatarsal in plan (felt under the dorsum skin): base, shaft, rounded head."""
    (ba, bw), (ha, hw) = METATARSALS[n]
    hb, hm, hh = MT_HALF[n]
    ma, mw = (ba + ha) / 2, (bw + hw) / 2
    return [(ba, bw - hb), (ma, mw - hm), (ha - 2.0, hw - hh), (ha + hh * 0.5, hw - hh * 0.7),
            (ha + hh * 0.8, hw), (ha + hh * 0.5, hw + hh * 0.7), (ha - 2.0, hw + hh),
            (ma, mw + hm), (ba, bw + hb), (ba - 2.5, bw)]


def mt_at(n, a):
    """The axis of metatarsal n at level a (w)."""
    (ba, bw), (ha, hw) = METATARSALS[n]
    return bw + (hw - bw) * (a - ba) / (ha - ba)


def space(m, n):
    """The gap between the heads of metatarsals m and n at the level of their MTP joints."""
    (_, hm), (_, hn) = METATARSALS[m], METATARSALS[n]
    return ((hm[0] + hn[0]) / 2, (hm[1] + hn[1]) / 2)


def dist_to_run(p, pts):
    return min(math.dist(p, q) for q in pts)


__all__ = [
    "BORDER_PLAN",
    "BORDER_SIDE",
    "dist_to_run",
    "lerp",
    "metatarsal_outline",
    "mid",
    "mt_at",
    "plan_border",
    "plan_edge_w",
    "plan_outline",
    "profile_outline",
    "samples",
    "side_border",
    "sole_edge_h",
    "space",
    "toe_axis",
    "toe_base",
    "toe_half",
    "toe_run",
    "toe_side",
    "toenail",
    "toenail_shape",
    "top_edge_h",
    "top_outline",
    "web",
]
