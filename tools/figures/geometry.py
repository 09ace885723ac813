"""Pure curve helpers: Catmull-Rom splines as cubic Bezier segments, arc length, mirroring.

A curve is a list of cubic segments (p0, c1, c2, p3). Nothing here knows about plates or SVG
elements; `d_of`, `smooth` and `ellipse_d` only turn curves into SVG path data.
"""

from __future__ import annotations

import math


def fmt(v: float) -> str:
    """A number as the art and the views data write it: one decimal, no trailing `.0`."""
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def rnd(v: float) -> float:
    """A coordinate rounded to the 0.1 unit that `fmt` writes (never -0.0)."""
    return round(v + 0.0, 1) + 0.0


def catmull(points, closed=False, pre=None, post=None, tension=1.0):
    """Cubic Bezier segments of a Catmull-Rom spline through points.

    pre/post are phantom neighbours for the open ends (they set the end tangents)."""
    pts = [tuple(p) for p in points]
    n = len(pts)
    segs = []
    count = n if closed else n - 1
    for i in range(count):
        p1 = pts[i]
        p2 = pts[(i + 1) % n]
        p0 = pts[i - 1] if closed or i > 0 else pre if pre is not None else p1
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else post if post is not None else p2
        k = tension / 6.0
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        segs.append((p1, c1, c2, p2))
    return segs


def sym_run(points, mid):
    """A half-outline starting and/or ending on the midline x=mid, smooth across it."""
    pre = post = None
    if abs(points[0][0] - mid) < 1e-6:
        pre = (2 * mid - points[1][0], points[1][1])
    if abs(points[-1][0] - mid) < 1e-6:
        post = (2 * mid - points[-2][0], points[-2][1])
    return catmull(points, pre=pre, post=post)


def mirror_segs(segs, mid):
    """The mirror image of a run of segments across x=mid, traversed in reverse."""
    out = []
    for p0, c1, c2, p3 in reversed(segs):
        out.append(tuple((2 * mid - p[0], p[1]) for p in (p3, c2, c1, p0)))
    return out


def reverse_segs(segs):
    """The same curve traversed the other way."""
    return [(s[3], s[2], s[1], s[0]) for s in reversed(segs)]


def line_seg(a, b):
    """The straight line a → b as one cubic segment."""
    return (a, (a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3),
            (a[0] + 2 * (b[0] - a[0]) / 3, a[1] + 2 * (b[1] - a[1]) / 3), b)


def add(p, q, k=1.0):
    """p + k·q."""
    return (p[0] + q[0] * k, p[1] + q[1] * k)


def bez(seg, t):
    """The point at parameter t of one cubic segment."""
    p0, c1, c2, p3 = seg
    u = 1 - t
    return (u ** 3 * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t ** 3 * p3[0],
            u ** 3 * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t ** 3 * p3[1])


def bez_split(seg, t):
    """One cubic segment split at parameter t into two (de Casteljau)."""
    p0, c1, c2, p3 = seg

    def lerp(a, b):
        return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)

    a, b, c = lerp(p0, c1), lerp(c1, c2), lerp(c2, p3)
    d, e = lerp(a, b), lerp(b, c)
    f = lerp(d, e)
    return (p0, a, d, f), (f, e, c, p3)


def seg_len(seg, n=64):
    """Arc length of one cubic segment (a 64-chord polyline)."""
    pts = [bez(seg, i / n) for i in range(n + 1)]
    return sum(math.dist(pts[i], pts[i + 1]) for i in range(n))


def curve_length(segs):
    return sum(seg_len(s) for s in segs)


def _locate(segs, s):
    """(segment index, t) at arc length s."""
    acc = 0.0
    for i, seg in enumerate(segs):
        n = 64
        pts = [bez(seg, k / n) for k in range(n + 1)]
        for k in range(n):
            d = math.dist(pts[k], pts[k + 1])
            if acc + d >= s:
                return i, (k + (s - acc) / d) / n if d else k / n
            acc += d
    return len(segs) - 1, 1.0


def point_at(segs, s):
    """The point at arc length s along a curve."""
    i, t = _locate(segs, s)
    return bez(segs[i], t)


def normal_at(segs, s):
    """Unit normal (left of the direction of travel) at arc length s."""
    a = point_at(segs, max(0.0, s - 0.5))
    b = point_at(segs, s + 0.5)
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy) or 1.0
    return (dy / n, -dx / n)


def on_outline(segs, s, inset=2.0):
    """The point at arc length s, moved inset units inside the figure (right of travel)."""
    p = point_at(segs, s)
    n = normal_at(segs, s)
    return (p[0] - n[0] * inset, p[1] - n[1] * inset)


def arc_at_y(segs, y):
    """Arc length at which a (downward-running) curve first reaches height y."""
    total = curve_length(segs)
    lo, hi = 0.0, total
    for _ in range(50):
        m = (lo + hi) / 2
        if point_at(segs, m)[1] < y:
            lo = m
        else:
            hi = m
    return lo


def sub_curve(segs, s0, s1):
    """The part of a curve between arc lengths s0 < s1, as segments."""
    i0, t0 = _locate(segs, s0)
    i1, t1 = _locate(segs, s1)
    if i0 == i1:
        _, rest = bez_split(segs[i0], t0)
        first, _ = bez_split(rest, (t1 - t0) / (1 - t0) if t0 < 1 else 0)
        return [first]
    out = [bez_split(segs[i0], t0)[1]]
    out.extend(segs[i0 + 1:i1])
    out.append(bez_split(segs[i1], t1)[0])
    return out


def d_of(segs, closed=False):
    """SVG path data for consecutive cubic segments (a new M wherever they do not join)."""
    out = []
    last = None
    for p0, c1, c2, p3 in segs:
        if last is None or math.dist(last, p0) > 0.05:
            out.append(f"M{fmt(p0[0])} {fmt(p0[1])}")
        out.append("C" + " ".join(f"{fmt(p[0])} {fmt(p[1])}" for p in (c1, c2, p3)))
        last = p3
    if closed:
        out.append("Z")
    return "".join(out)


def smooth(points, closed=False, mid=None):
    """SVG path data of the smooth curve through points (symmetric across x=mid if given)."""
    if mid is not None:
        return d_of(sym_run(points, mid), closed)
    return d_of(catmull(points, closed=closed), closed)


def ellipse_d(cx, cy, rx, ry):
    """SVG path data of an ellipse (four cubic quarters)."""
    k = 0.5523
    return (f"M{fmt(cx + rx)} {fmt(cy)}"
            f"C{fmt(cx + rx)} {fmt(cy + ry * k)} {fmt(cx + rx * k)} {fmt(cy + ry)} "
            f"{fmt(cx)} {fmt(cy + ry)}"
            f"C{fmt(cx - rx * k)} {fmt(cy + ry)} {fmt(cx - rx)} {fmt(cy + ry * k)} "
            f"{fmt(cx - rx)} {fmt(cy)}"
            f"C{fmt(cx - rx)} {fmt(cy - ry * k)} {fmt(cx - rx * k)} {fmt(cy - ry)} "
            f"{fmt(cx)} {fmt(cy - ry)}"
            f"C{fmt(cx + rx * k)} {fmt(cy - ry)} {fmt(cx + rx)} {fmt(cy - ry * k)} "
            f"{fmt(cx + rx)} {fmt(cy)}Z")


class Half:
    """Coordinates given as (d, y): d = distance from the midline toward the figure's right.

    side 'front': the figure's right is on the viewer's left (x = mid - d);
    side 'back' / 'top': on the viewer's right (x = mid + d)."""

    def __init__(self, mid: float, side: str):
        self.mid = mid
        self.sign = -1 if side == "front" else 1

    def p(self, d, y):
        return (self.mid + self.sign * d, y)

    def other(self, pt):
        """The mirror image of a point across the midline."""
        return (2 * self.mid - pt[0], pt[1])

    def pts(self, dys):
        return [self.p(d, y) for d, y in dys]

    def mirrored(self, dys):
        """The points of the figure's left side: the mirror images of `pts(dys)`."""
        return [self.other(q) for q in self.pts(dys)]

    def both(self, dys, closed=False):
        """Path data for a shape drawn on the right and mirrored to the left."""
        segs = catmull(self.pts(dys), closed=closed)
        return d_of(segs, closed) + d_of(mirror_segs(segs, self.mid), closed)

    def closed_sym(self, dys):
        """A closed shape symmetric about the midline from a half outline that starts and ends
        on the midline (d=0)."""
        segs = sym_run(self.pts(dys), self.mid)
        return d_of(segs + mirror_segs(segs, self.mid), True)

    def across(self, dys):
        """Points from the right-hand end across the midline to the left-hand end; dys runs
        from the midline (d=0) outward."""
        right = [self.p(d, y) for d, y in reversed(dys)]
        return right + [self.other(q) for q in right[-2::-1]]
