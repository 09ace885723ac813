"""What the two trunk-front close-ups (trunk-chest, trunk-abdomen) share: the frame that puts a
body-front (d, y) point on a plate, the silhouette with the arms, the ribs, and every landmark
with the body point it is drawn at.

Both plates are `side: front`, as body-front: the figure's right is on the viewer's left, a
landmark is given for the figure's right side and bilateral marks are mirrored across the
midline; `lateral:` moves away from the midline (toward the viewer's left on the figure's right
side), `medial:` toward it, `up` toward the head. Every number comes from tools/figures/
proportions.py (its "trunk front" section and the body levels), scaled by TRUNK_SCALE.
"""

from __future__ import annotations

from itertools import pairwise

from .geometry import Half, catmull, d_of, line_seg, mirror_segs, smooth
from .leg_front import FEMORAL_ARTERY, FEMORAL_ARTERY_INGUINAL
from .proportions import (
    ACROMION,
    ARM,
    ARM_IN,
    AXILLA_FRONT,
    BODY_CUN,
    CLAVICLE_FRONT,
    D_NIPPLE,
    HAND,
    TRUNK_HALF,
    TRUNK_SCALE,
    Y_CRICOID,
    Y_HYOID,
    Y_LARYNX,
    Y_NIPPLE,
    Y_NOTCH,
    Y_PUBIS,
    Y_STERNAL_ANGLE,
    Y_UMB,
    Y_XIPHI,
    clavicle_lower,
    clavicle_upper,
    costal_margin_y,
    hand_pt,
    ics_midline_y,
    ics_y,
    rib_y,
)
from .svg import BODY_OUTLINE_W, Svg, fill, stroke

OUTLINE_W = BODY_OUTLINE_W * 0.9
ASIS = (102.0, 618.0)  # body-front's
ASIS_KNOB = (6.0, 7.5)  # plate units: the half width and half height of its drawn knob
B = 4 * 18.0  # the nipple line, 4 B-cun (body units)


def clavicle_y(d):
    """y of the clavicle's centre line (straight pieces between its points) at d."""
    pts = CLAVICLE_FRONT
    for (d0, y0), (d1, y1) in pairwise(pts):
        if d0 <= d <= d1:
            return y0 + (y1 - y0) * (d - d0) / (d1 - d0)
    raise ValueError(d)


# the sternocleidomastoid seen from in front: its anterior border from behind the angle of the
# jaw down and in to the sternal head beside the fossa, its posterior border down the side of the
# neck to the clavicular head on the inner third of the clavicle
SCM_ANTERIOR = [(50, 150), (40.5, 178), (31.5, 198), (24.5, 214), (18.5, 230), (11, 250),
                (7, 258)]
# (the posterior border lies a little inside the neck's outline: the side of the neck, where SI16
# and LI17 lie behind it, is foreshortened from in front but not to nothing)
SCM_POSTERIOR = [(53, 150), (45.5, 178), (42, 204), (42, 226), (45, 244), (49, 255),
                 (52, 265.5)]
# the notch between the sternal and clavicular heads, the clavicular head reaching the clavicle's
# upper border: a low hollow (the lesser supraclavicular fossa) about 0.7 B-cun tall over the
# clavicle's sternal end, ST11 in its floor just above the bone
SCM_HEADS = [(9.5, 255), (14, 249.5), (22, 247.5), (31, 250.5), (36.5, 256.5), (39, 263.5)]
# ST11's spot in that hollow: on the upper border of the clavicle's sternal end, a quarter of a
# B-cun above the bone as drawn
D_ST11 = 22.0
LESSER_SUPRACLAVICULAR = (D_ST11, clavicle_upper(D_ST11) - 0.25 * BODY_CUN)
# the common carotid artery's surface line: from behind the sternoclavicular joint up under the
# SCM's anterior border to its bifurcation at the upper border of the thyroid cartilage, where
# its pulse (ST9) is felt just in front of the border
CAROTID = [(12, 262), (14.5, 250), (18, 236), (21.5, 222), (24.3, 211), (25.7, Y_LARYNX)]
CAROTID_FORKS = ([(25.7, Y_LARYNX), (26.5, Y_LARYNX - 6), (27.5, Y_LARYNX - 12)],
                 [(25.7, Y_LARYNX), (24, Y_LARYNX - 6), (22.5, Y_LARYNX - 11)])
# the greater supraclavicular fossa: the hollow above the clavicle's middle third, between the
# SCM's posterior border and the trapezius (the shoulder's outline)
GREATER_SUPRACLAVICULAR = [(50, 254), (49, 246), (56, 242.5), (72, 243.5), (90, 247),
                           (102, 256), (96, 263), (80, 265.5), (62, 264.5), (53, 262)]


def _x_on(points, y):
    """d where the straight run through points (going down) reaches the level y."""
    for (d0, y0), (d1, y1) in pairwise(points):
        if y0 <= y <= y1 and y1 > y0:
            return d0 + (d1 - d0) * (y - y0) / (y1 - y0)
    raise ValueError(y)


def scm_at(y):
    """(anterior, posterior) d of the sternocleidomastoid's borders at the level y (on the
    drawn curves: they are drawn through enough points to be straight between them)."""
    return _x_on(SCM_ANTERIOR, y), _x_on(SCM_POSTERIOR, y)


# the infraclavicular fossa (the deltopectoral triangle) below the clavicle's outer third, LU2 at
# its centre on the line of the clavicle's lower border at CV21's level; the tip of the coracoid
# process in its lateral part, under the deltoid's anterior border
INFRACLAVICULAR_FOSSA = (108.0, 279.0)
CORACOID = (116.0, 283.0)

# each rib's number, small and faint, on its band on the figure's right halfway between the 2
# and 4 B-cun lines (the KI and ST columns on the chest, the ST and SP columns on the abdomen),
# so that the spaces the points are counted in can be read off: ribs 1-8 (the 1st to 7th
# spaces); the first rib's just inside its short front end
RIB_NUMBER_D = {1: 50.0, **{n: 54.0 for n in range(2, 9)}}
RIB_NUMBER_H = 6.0  # body units tall (about 11 px at trunk-chest's default zoom at 1280x800)


def rib_number_spots() -> dict[int, tuple[float, float]]:
    """{rib: body (d, y)} of the centre of each rib's number, on the rib's centre line."""
    return {n: (d, rib_y(n, d)) for n, d in RIB_NUMBER_D.items()}


def landmarks() -> dict[str, tuple[float, float]]:
    """Every landmark of the trunk-front close-ups, body (d, y); each plate keeps those it
    shows."""
    a_lar, p_lar = scm_at(Y_LARYNX)
    a_cri, p_cri = scm_at(Y_CRICOID)
    lm = {
        "hyoid": (0.0, Y_HYOID),
        "laryngeal-prominence": (0.0, Y_LARYNX),
        "cricoid": (0.0, Y_CRICOID),
        "scm-anterior-laryngeal": (a_lar, Y_LARYNX),
        "scm-posterior-laryngeal": (p_lar, Y_LARYNX),
        "scm-anterior-cricoid": (a_cri, Y_CRICOID),
        "scm-posterior-cricoid": (p_cri, Y_CRICOID),
        "carotid-pulse": (a_lar - 3.0, Y_LARYNX),
        "lesser-supraclavicular-fossa": LESSER_SUPRACLAVICULAR,
        "greater-supraclavicular-fossa": (B, clavicle_upper(B) - 10.0),
        "suprasternal-notch": (0.0, Y_NOTCH),
        "clavicle-sternal-end": (CLAVICLE_FRONT[0][0] + 2, CLAVICLE_FRONT[0][1]),
        "clavicle-midpoint": ((CLAVICLE_FRONT[0][0] + CLAVICLE_FRONT[-1][0]) / 2,
                              clavicle_y((CLAVICLE_FRONT[0][0] + CLAVICLE_FRONT[-1][0]) / 2)),
        "clavicle-acromial-end": CLAVICLE_FRONT[-1],
        "clavicle-lower-2cun": (36.0, clavicle_lower(36.0)),
        "clavicle-lower-4cun": (B, clavicle_lower(B)),
        "acromion": ACROMION,
        "coracoid": CORACOID,
        "infraclavicular-fossa": INFRACLAVICULAR_FOSSA,
        "axillary-fold-front": AXILLA_FRONT,
        "sternal-angle": (0.0, Y_STERNAL_ANGLE),
        "xiphisternal-junction": (0.0, Y_XIPHI),
        "nipple": (D_NIPPLE, Y_NIPPLE),
    }
    for n in range(1, 6):
        lm[f"ics{n}-midline"] = (0.0, ics_midline_y(n))
    for n in range(1, 6):
        lm[f"ics{n}-2cun"] = (36.0, ics_y(n, 36.0))
    for n in range(1, 8):
        lm[f"ics{n}-4cun"] = (B, ics_y(n, B))
    lm["ics4-5cun"] = (90.0, ics_y(4, 90.0))
    for n in range(1, 6):
        lm[f"ics{n}-6cun"] = (108.0, ics_y(n, 108.0))
    # out where the first rib runs behind the clavicle the first space is all the gap between the
    # clavicle and the second rib; its level there is WHO's transverse line along the space
    # (ST14, KI26, CV20 and LU1 on one line), carried out from the 2 B-cun line, where the first
    # rib still bounds it
    for name, d in (("ics1-4cun", B), ("ics1-6cun", 108.0)):
        lm[name] = (d, ics_y(1, 36.0))
    lm.update({
        "costal-margin-4cun": (B, costal_margin_y(B)),   # on the drawn margin
        "umbilicus": (0.0, Y_UMB),
        "pubic-symphysis": (0.0, Y_PUBIS),
        "asis": ASIS,
        "femoral-artery-inguinal": FEMORAL_ARTERY_INGUINAL,
    })
    return lm


class Plate:
    """Plate coordinates of body-front (d, y) points on one trunk close-up."""

    def __init__(self, d1: float, top: float, bottom: float):
        self.d1, self.top, self.bottom = d1, top, bottom
        self.w = round(TRUNK_SCALE * 2 * d1)
        self.h = round(TRUNK_SCALE * (bottom - top))
        self.mid = TRUNK_SCALE * d1
        self.h_ = Half(self.mid, "front")

    def q(self, d, y):
        """(d, y) in plate units measured from the midline (for Half)."""
        return (TRUNK_SCALE * d, TRUNK_SCALE * (y - self.top))

    def p(self, d, y):
        return self.h_.p(*self.q(d, y))

    def qs(self, pts):
        return [self.q(*pt) for pt in pts]

    def both(self, pts, closed=False):
        """Path data of a curve through body points, on the figure's right and mirrored."""
        return self.h_.both(self.qs(pts), closed)

    def across(self, pts):
        """Path data of a symmetric curve from the right-hand end across the midline."""
        return smooth(self.h_.across(self.qs(pts)))

    def shows(self, pts):
        """Whether any of the body points lies on the plate (within its cut band)."""
        return any(self.top - 3 < y < self.bottom + 3 for _d, y in pts)

    def in_view(self, pt, margin=2.0):
        d, y = pt
        return abs(d) < self.d1 - margin and self.top + margin < y < self.bottom - margin


def band_runs(points, y0, y1, closed=False):
    """The parts of a run of points inside the band y0 < y < y1, each with its ends cut where
    the run's straight pieces cross the band's edges. A closed run is started outside the band
    (if it leaves it) so that no part is split at its start."""
    pts = list(points)
    if closed:
        out = [i for i, p in enumerate(pts) if not y0 < p[1] < y1]
        if not out:
            return [pts]
        pts = pts[out[0]:] + pts[:out[0] + 1]
    runs, cur = [], []
    for i, p in enumerate(pts):
        inside = y0 < p[1] < y1
        if i and inside != (y0 < pts[i - 1][1] < y1):
            q = pts[i - 1]
            edge = y0 if min(p[1], q[1]) <= y0 else y1
            t = (edge - q[1]) / (p[1] - q[1])
            cut = (q[0] + (p[0] - q[0]) * t, edge)
            if inside:
                cur = [cut]
            else:
                cur.append(cut)
                runs.append(cur)
                cur = []
        if inside:
            cur.append(p)
    if cur:
        runs.append(cur)
    return runs


def _band(pl: Plate):
    return pl.top - 0.5, pl.bottom + 0.5


def clipped_shape(pl: Plate, points, closed_on_midline: bool):
    """(fill segments, outline segments) of a shape cut to the plate: a half outline running
    from the midline to the midline (closed_on_midline), or a closed run (an arm). Cut edges are
    straight and are not stroked."""
    y0, y1 = _band(pl)
    runs = band_runs(points, y0, y1, closed=not closed_on_midline)
    if closed_on_midline:
        runs = [r for r in runs if len(r) > 1]
        run = [pt for r in runs for pt in r]
        side = catmull(pl.h_.pts(pl.qs(run)))
        ends = []
        if run[0][0] > 0:
            ends.append(line_seg(pl.p(0, run[0][1]), side[0][0]))
        fill_segs = [*ends, *side]
        if run[-1][0] > 0:
            fill_segs.append(line_seg(side[-1][3], pl.p(0, run[-1][1])))
        return fill_segs + mirror_segs(fill_segs, pl.mid), side
    if len(runs) == 1 and runs[0][0] == runs[0][-1] and all(y0 < p[1] < y1 for p in points):
        segs = catmull(pl.h_.pts(pl.qs(points)), closed=True)
        return segs, segs
    fill_segs, outline = [], []
    for r in runs:
        segs = catmull(pl.h_.pts(pl.qs(r)))
        if fill_segs:
            fill_segs.append(line_seg(fill_segs[-1][3], segs[0][0]))
        fill_segs.extend(segs)
        outline.extend(segs)
    fill_segs.append(line_seg(fill_segs[-1][3], fill_segs[0][0]))
    return fill_segs, outline


def draw_body_fill(svg: Svg, pl: Plate):
    """The trunk's fill; returns its outline (segments of the figure's right side)."""
    fill_segs, side = clipped_shape(pl, TRUNK_HALF, True)
    svg.open("body")
    fill(svg, d_of(fill_segs, True))
    svg.close()
    return side


def draw_arms(svg: Svg, pl: Plate):
    """Both arms (body-front's), cut to the plate, over the trunk."""
    hand = [hand_pt(u, v) for u, v in HAND]
    # the close-ups start the arm's fill below the clavicle (subcutaneous along its whole length)
    # and close it up the deltopectoral groove, lateral of the coracoid's tip
    top = [(150, 267), *ARM[2:]]
    groove = [(126, 312), (121.5, 292), (120, 281), (124, 273), (136, 268.5)]
    run = top + list(reversed(hand))[1:-1] + ARM_IN + groove
    fill_segs, outline = clipped_shape(pl, run, False)
    # the arm's top edge lies under the shoulder's skin: not stroked (the trunk's outline, the
    # clavicle and the deltopectoral groove take its place)
    hidden = {tuple(round(v, 3) for v in pl.p(*q)) for q in [*top[:2], *groove]}
    outline = [seg for seg in outline if tuple(round(v, 3) for v in seg[3]) not in hidden]
    svg.open("arms")
    for segs, lines in ((fill_segs, outline),
                        (mirror_segs(fill_segs, pl.mid), mirror_segs(outline, pl.mid))):
        fill(svg, d_of(segs, True))
        stroke(svg, d_of(lines), OUTLINE_W)
    svg.close()


def clip(pl: Plate, pts):
    """The parts of an open run of body points that the plate shows."""
    return [r for r in band_runs(pts, *_band(pl)) if len(r) > 1]


def femoral_artery():
    return [FEMORAL_ARTERY_INGUINAL, *FEMORAL_ARTERY[1:]]
