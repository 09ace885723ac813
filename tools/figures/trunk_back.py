"""trunk-back-upper and trunk-back-lower: the back of a man's trunk in two close-ups of body-back,
the nape and upper back from below the hairline to L1 with both scapulae and acromia, and the
lower back from T10 to the coccyx with the iliac crests, the sacrum and the gluteal folds.

One plate from the nape to the coccyx was measured first: fitted into the diagram of a 1280x800
window (about 672x717 px) it would be about 22 px per B-cun, so the Jiaji points (EX-B2) 0.5
B-cun from the GV points would stand 11 px apart, under the 12 px rule. Split in two, each plate
is about 35 px per B-cun (0.5 B-cun about 17.5 px) and one vertebra (0.85-1.6 B-cun) about 30-57
px. The split falls where the two scapular and the lumbosacral constructions part: the upper
plate holds WHO's two transverse segments of the back, the lower the sacrum; T10 to L1 are on
both.

Both are `side: back` with `midline`, as body-back: the figure's right is on the viewer's RIGHT,
landmarks give the figure's right side and bilateral marks are mirrored across the posterior
midline; `lateral:` moves away from the posterior median line (toward the viewer's right on the
figure's right side), `medial:` toward it, `up` toward the head, `down` toward the feet. `cun`
is 36 plate units (twice body-back's) on both. WHO 2008's one proportional cun across the back
holds on the drawn landmarks: 6 B-cun between the medial borders of the scapulae (3 from the
posterior median line to each). The acromial angle 8 B-cun from the posterior median line
(trunk-back-upper) is our construction, taken from the Chinese textbooks' table, not WHO's.
WHO gives no B-cun down the back: the levels are the spinous processes, drawn countable (C7 the most
prominent) and spaced as an adult man's spine (tools/figures/proportions.py, "the trunk
back"): T3 level with the root of the scapular spine, T7 with the inferior angle, L4 with the
tops of the iliac crests. Every spinous process has one landmark on the midline, at its lower
border (`t3-spinous-lower`), where the depression below it lies. The posterior median line and
the lines 0.5, 1.5 and 3 B-cun lateral are drawn as faint dashes; the brief over the sacrum and
buttocks is drawn see-through (as on trunk-abdomen).
"""

from __future__ import annotations

from itertools import pairwise

from .figure import Figure, rounded
from .geometry import Half, d_of, ellipse_d, fmt, mirror_segs
from .leg_back import FOLD, GLUTEAL_FOLD
from .proportions import (
    ACROMIAL_ANGLE,
    ACROMION,
    ACROMION_EDGE,
    ARM,
    ARM_IN,
    AXILLA_BACK,
    BACK_CUN,
    BACK_LOWER_BOTTOM,
    BACK_LOWER_D1,
    BACK_LOWER_TOP,
    BACK_SCALE,
    BACK_UPPER_BOTTOM,
    BACK_UPPER_D1,
    BACK_UPPER_TOP,
    BODY_H,
    BODY_HALF,
    BODY_MID,
    CLAVICLE_END_BACK,
    COCCYX_TIP_Y,
    D_MEDIAL_BORDER,
    HAND,
    ILIAC_CREST_BACK,
    ILIAC_CREST_TOP,
    PSIS,
    SACRAL_FORAMINA,
    SCAPULA_INFERIOR_ANGLE,
    SCAPULA_LATERAL,
    SCAPULA_MEDIAL,
    SCAPULA_SPINE_ROOT,
    SCAPULA_SUPERIOR,
    SCAPULA_SUPERIOR_ANGLE,
    SPINE_LOWER,
    SPINE_UPPER,
    SPINOUS_LOWER,
    SPINOUS_TIP,
    TRUNK_HALF,
    TS_RIB11_END,
    TS_RIB12_END,
    VERTEBRAE,
    Y_SACRAL_HIATUS,
    hand_pt,
)
from .stroke_text import text_d
from .svg import (
    BG,
    BODY_DETAIL_W,
    BRIEF,
    BRIEF_LINE,
    DETAIL,
    LINE,
    SKIN,
    SKIN_SHADE,
    Svg,
    background,
    fill,
    over,
    stroke,
)
from .trunk_front_shape import OUTLINE_W, Plate, clip, clipped_shape

DW = BODY_DETAIL_W * 0.8
GUIDE_LINES = (0.0, 0.5, 1.5, 3.0)  # B-cun lateral of the posterior median line
C = 18.0  # body units per B-cun


class BackPlate(Plate):
    """Plate coordinates of body-back (d, y) points on one trunk-back close-up: the figure's
    right on the viewer's right."""

    def __init__(self, d1: float, top: float, bottom: float):
        super().__init__(d1, top, bottom)
        self.h_ = Half(self.mid, "back")


def _spine_mid():
    """The midpoint of the spine of the scapula, root -> acromial angle, on its centre line."""
    d = (SCAPULA_SPINE_ROOT[0] + ACROMIAL_ANGLE[0]) / 2
    return (d, (_y_on(SPINE_UPPER, d) + _y_on(SPINE_LOWER, d)) / 2)


def _y_on(pts, d):
    for (d0, y0), (d1, y1) in pairwise(pts):
        if d0 <= d <= d1:
            return y0 + (y1 - y0) * (d - d0) / (d1 - d0)
    raise ValueError(d)


def knob(v: str) -> tuple[float, float, float]:
    """The drawn knob of vertebra v's spinous process, body units: (centre y, half-width,
    half-height). Its lower edge is the landmark `<v>-spinous-lower`."""
    low = SPINOUS_LOWER[v]
    rx = 5.2 if v == "c7" else 4.4 if v.startswith("l") else 3.1
    ry = 5.0 if v == "c7" else 4.4 if v.startswith("l") else 3.8
    return low - ry, rx, ry


def landmarks() -> dict[str, tuple[float, float]]:
    """Every landmark of the trunk-back close-ups, body (d, y); each plate keeps its own list."""
    lm: dict[str, tuple[float, float]] = {
        "c7": (0.0, SPINOUS_TIP["c7"]),
        "c7-below": (0.0, SPINOUS_LOWER["c7"]),
        # the prominence of T2's spinous process, which WHO's SI13 note measures from
        "t2-spinous": (0.0, SPINOUS_TIP["t2"]),
    }
    for v in VERTEBRAE:
        lm[f"{v}-spinous-lower"] = (0.0, SPINOUS_LOWER[v])
    mid = _spine_mid()
    lm.update({
        "scapula-superior-angle": SCAPULA_SUPERIOR_ANGLE,
        "scapula-spine-root": SCAPULA_SPINE_ROOT,
        # the medial end of the supraspinous fossa, above the spine just lateral of its root
        # (where WHO's midpoint of SI10 and the T2 spinous process falls)
        "supraspinous-fossa-medial": (SPINE_UPPER[1][0] - 2.0, SPINE_UPPER[1][1] - 7.0),
        "scapula-spine-mid": mid,
        # the centre of the fossa: midway between the spine's upper edge and the superior border
        "supraspinous-fossa": (mid[0], (_y_on(SPINE_UPPER, mid[0])
                                        + _y_on(SCAPULA_SUPERIOR, mid[0])) / 2),
        "scapula-medial-border": (D_MEDIAL_BORDER, SPINOUS_LOWER["t5"]),
        "scapula-inferior-angle": SCAPULA_INFERIOR_ANGLE,
        "scapula-spine-lateral": (122.0, 276.0),
        "scapula-spine-lower": (AXILLA_BACK[0], 283.0),
        "axillary-fold-back": AXILLA_BACK,
        "clavicle-acromial-end": (133.0, 265.0),
        "acromial-angle": ACROMIAL_ANGLE,
        "acromion": ACROMION,
        "iliac-crest": ILIAC_CREST_TOP,
        "psis": PSIS,
    })
    for n, pt in enumerate(SACRAL_FORAMINA, 1):
        lm[f"sacral-foramen-{n}"] = pt
        lm[f"median-sacral-crest-{n}"] = (0.0, pt[1])
    lm.update({
        "sacral-hiatus": (0.0, Y_SACRAL_HIATUS),
        "coccyx-tip": (0.0, COCCYX_TIP_Y),
        "gluteal-fold": GLUTEAL_FOLD,
    })
    return lm


UPPER_NAMES = ["c7", "c7-below", *[f"{v}-spinous-lower" for v in VERTEBRAE[:14]], "t2-spinous",
               "scapula-superior-angle", "scapula-spine-root", "supraspinous-fossa-medial",
               "scapula-spine-mid", "supraspinous-fossa", "scapula-medial-border",
               "scapula-inferior-angle", "scapula-spine-lateral", "scapula-spine-lower",
               "axillary-fold-back", "clavicle-acromial-end", "acromial-angle", "acromion"]
LOWER_NAMES = [*[f"{v}-spinous-lower" for v in VERTEBRAE[10:]], "iliac-crest", "psis",
               *[f"sacral-foramen-{n}" for n in range(1, 5)],
               *[f"median-sacral-crest-{n}" for n in range(1, 5)],
               "sacral-hiatus", "coccyx-tip", "gluteal-fold"]

# the lower border of trapezius from the root of the scapular spine down and in to T12; the
# erector spinae's lateral edges down the lower back to the sacrum (the muscle about 3 B-cun
# wide each side, a man's 6-7 cm, so the inner Bladder line runs along its ridge and the outer
# near its lateral edge), coming in to the sacrum medial of the PSIS; latissimus dorsi's upper
# border from below the inferior angle out to the axilla
TRAPEZIUS_LOWER = [(58.0, 300.0), (48.0, 340.0), (34.0, 390.0), (18.0, 436.0), (6.0, 468.0)]
ERECTOR = [(42.0, 384.0), (48.5, 420.0), (52.5, 460.0), (54.5, 500.0), (54.5, 540.0),
           (50.0, 572.0), (41.0, 594.0), (30.0, 608.0)]
LATISSIMUS_UPPER = [(40.0, 372.0), (70.0, 372.0), (100.0, 362.0), (122.0, 346.0)]
# the back of the sacrum: its lateral borders (the sacroiliac joints, just medial of the PSIS)
# narrowing to the cornua beside the hiatus; the coccyx below
# (its apex, S5, just below the hiatus); the coccyx below as four shrinking segments
SACRUM_SIDE = [(37.0, 604.0), (30.0, 622.0), (26.0, 636.0), (22.0, 648.0), (15.0, 657.0),
               (6.0, 661.0)]
CORNU = [(6.5, 646.0), (6.0, 654.0), (3.5, 658.5)]
SACRUM_APEX_Y = 661.0
# the coccygeal segments, (top, bottom, half-width), the last ending at the tip
COCCYX_SEGMENTS = [(SACRUM_APEX_Y + 1.0, 668.5, 6.0), (669.5, 675.5, 4.4), (676.5, 681.0, 3.2),
                   (682.0, COCCYX_TIP_Y, 2.0)]
GLUTEAL_UPPER = [(20.0, 600.0), (60.0, 614.0), (98.0, 640.0), (124.0, 672.0)]
# the half silhouette: trunk-chest's (the same man from behind) down the outside of the thigh; from
# behind the thighs meet under the buttocks, so the gap between them (body-back's crotch, seen
# through from the front) is not drawn: the gluteal cleft runs down to the folds
# The neck and the top of the shoulders are body-back's (its outline and the arm's top), not
# trunk-chest's, so the skyline at GB21 is the parent's.
BACK_HALF = [*BODY_HALF[:BODY_HALF.index((118, 258)) + 1], (146.0, 262.0),
             *TRUNK_HALF[TRUNK_HALF.index((168, 275)):TRUNK_HALF.index((132, 800)) + 1],
             (60.0, 830.0), (0.0, 830.0)]
BRIEF_BACK = [(0, 624), (60, 622), (120, 620), (134, 627), (139, 676), (110, 712), (60, 724),
              (22, 716), (0, 706)]  # body-back's


# the 11th and 12th ribs seen from behind (centre lines, body units): each comes out from under
# the erector spinae's lateral edge (about 3 B-cun out) a little below the lower border of its
# own vertebra's spinous process and runs down and out
# to its free end at trunk-side's level (TS_RIB11_END, TS_RIB12_END): the 11th's on the
# mid-axillary line, which from behind is the flank's outline; the 12th's 1.8 B-cun further back
# round the flank, about half a B-cun inside the outline from behind. The 12th is the shorter;
# both are only felt through the muscle, so they are drawn faint.
RIB_11 = [(53.0, SPINOUS_LOWER["t11"] + 8.6), (62.0, 466.0), (80.0, 482.5), (94.0, 496.5),
          (103.0, TS_RIB11_END[1])]
RIB_12 = [(53.0, SPINOUS_LOWER["t12"] + 7.0), (60.0, 484.0), (74.0, 495.5), (86.0, 506.0),
          (95.0, TS_RIB12_END[1])]
RIB_HALF_W = 3.4  # half a rib's width (about 0.8 cm), tapering to its free end
# the posterior sacral foramina drawn a little larger than a point's mark (radius 5.5 px at
# 1280x800, about 5.6 plate units) so that a ring of the foramen shows round BL31-BL34: (rx, ry)
# in plate units, S1 the largest (a man's are about 1 cm across), S4 the smallest
FORAMEN_RADII = [(8.6, 7.2), (8.2, 6.9), (7.8, 6.6), (7.4, 6.3)]
# the vertebral level tags: small and faint, at the plate's left edge (outside every column of
# marks), each level with its own spinous process's knob (the sacral ones with their foramina)
TAG_X, TAG_SIZE = 8.0, 9.5  # plate units


def rib_band(centre):
    """A rib's edges about its centre line, tapering to its free end: one open line from the
    medial end of its upper edge round the free end and back along its lower edge (the medial
    end goes under the erector spinae, so it is not closed)."""
    left, right = [], []
    n = len(centre) - 1
    for i, (d, y) in enumerate(centre):
        a, b = centre[max(i - 1, 0)], centre[min(i + 1, n)]
        tx, ty = b[0] - a[0], b[1] - a[1]
        k = (tx * tx + ty * ty) ** 0.5
        w = RIB_HALF_W * (1 - 0.45 * i / n)
        nx, ny = -ty / k * w, tx / k * w
        left.append((d + nx, y + ny))
        right.append((d - nx, y - ny))
    (d0, y0), (d1, y1) = centre[-2], centre[-1]
    k = ((d1 - d0) ** 2 + (y1 - y0) ** 2) ** 0.5
    w = RIB_HALF_W * 0.55
    tip = (d1 + (d1 - d0) / k * w, y1 + (y1 - y0) / k * w)
    return [*left, tip, *right[::-1]]


def level_tags(pl) -> list[tuple[str, float]]:
    """(tag, plate y) of every level tag a plate draws: each drawn spinous process at its
    knob's centre, then S1-S4 at the foramina."""
    tags = []
    for v in VERTEBRAE:
        cy, _rx, _ry = knob(v)
        if pl.top + 2 < cy < pl.bottom - 2:
            tags.append((v.upper(), pl.p(0, cy)[1]))
    for n, (_d, y) in enumerate(SACRAL_FORAMINA, 1):
        if pl.top + 2 < y < pl.bottom - 2:
            tags.append((f"S{n}", pl.p(0, y)[1]))
    return tags


def cleft():
    """The gluteal cleft's crease, body (d, y), from just below the sacral hiatus (leg-back's)."""
    return [(0, Y_SACRAL_HIATUS + 7), (0.1, 690.0), (0.2, 700.0), (0.5, 718.0), (0.3, 735.0)]


def _draw(svg: Svg, pl: BackPlate):
    fill_segs, side = clipped_shape(pl, BACK_HALF, True)
    svg.open("body")
    fill(svg, d_of(fill_segs, True))
    svg.close()

    def line(pts, w=DW, op=None, color=DETAIL):
        for run in clip(pl, pts):
            stroke(svg, pl.both(run), w, color, opacity=op)

    def shape(pts, color=SKIN_SHADE, op=None, edge=None, w=DW):
        if not pl.shows(pts):
            return
        segs, outline = clipped_shape(pl, [*pts, pts[0]], False)
        for f, o in ((segs, outline), (mirror_segs(segs, pl.mid), mirror_segs(outline, pl.mid))):
            fill(svg, d_of(f, True), color, opacity=op)
            if edge is not None:
                stroke(svg, d_of(o), w, DETAIL, opacity=edge)

    def dot(pt, rx, ry, color, op=None, edge=None, mirror=True):
        if pl.shows([pt]):
            at = [pl.p(*pt)] + ([pl.h_.other(pl.p(*pt))] if mirror and pt[0] else [])
            for x, y in at:
                fill(svg, ellipse_d(x, y, rx, ry), color, opacity=op)
                if edge is not None:
                    stroke(svg, ellipse_d(x, y, rx, ry), 1.0, DETAIL, opacity=edge)

    svg.open("ribs")
    for rib in (RIB_11, RIB_12):
        line(rib, 2 * RIB_HALF_W * BACK_SCALE * 0.8, 0.6, SKIN_SHADE)
        line(rib_band(rib), 1.0, 0.32)
    svg.close()

    svg.open("muscles")
    line(TRAPEZIUS_LOWER, 1.1, 0.3)
    line(ERECTOR, 1.1, 0.3)
    line(LATISSIMUS_UPPER, 1.0, 0.22)
    line([(0, 214), (0, SPINOUS_TIP["c7"] - 8)], 1.1, 0.35)  # the nuchal furrow
    svg.close()

    svg.open("scapulae")
    scap = [*SCAPULA_MEDIAL, *SCAPULA_LATERAL[1:], *SCAPULA_SUPERIOR[::-1][:-1]]
    shape(scap, SKIN_SHADE, 0.45)
    line(SCAPULA_MEDIAL, DW, 0.8)
    line(SCAPULA_LATERAL, 1.1, 0.4)
    line(SCAPULA_SUPERIOR, 1.0, 0.35)
    # the spine and the acromion as one bony band, its edges stroked
    shape([*SPINE_UPPER, (141.0, 263.5), *ACROMION_EDGE[::-1], *SPINE_LOWER[::-1][1:]],
          SKIN_SHADE, 0.9, edge=0.7)
    line(CLAVICLE_END_BACK, 1.1, 0.55)
    svg.close()

    svg.open("spine")
    # each spinous process a knob on the midline, its lower border at its landmark; C7 (the
    # vertebra prominens) the largest, the lumbar ones broad and square
    for v in VERTEBRAE:
        cy, rx, ry = knob(v)
        if pl.top + 2 < cy < pl.bottom - 2:
            x, y = pl.p(0, cy)
            fill(svg, ellipse_d(x, y, rx * BACK_SCALE, ry * BACK_SCALE), SKIN_SHADE)
            stroke(svg, ellipse_d(x, y, rx * BACK_SCALE, ry * BACK_SCALE), DW, DETAIL,
                   opacity=0.8 if v == "c7" else 0.6)
    svg.close()

    svg.open("pelvis")
    if pl.shows([PSIS]):
        # the brief, seen through
        segs, _ = clipped_shape(pl, BRIEF_BACK, True)
        fill(svg, d_of(segs, True), BRIEF, opacity=0.35)
        line(BRIEF_BACK[:4], DW, 0.5, BRIEF_LINE)
        line(BRIEF_BACK[4:], DW, 0.5, BRIEF_LINE)
    line(ILIAC_CREST_BACK, DW, 0.75)
    dot(PSIS, 7, 5.5, SKIN_SHADE, edge=0.45)
    sacrum = [*SACRUM_SIDE, (0, SACRUM_APEX_Y), *[(-d, y) for d, y in SACRUM_SIDE[::-1]],
              (-22.0, 605.5), (0, 606.5), (22.0, 605.5)]
    shape(sacrum, SKIN_SHADE, 0.5)
    line(SACRUM_SIDE, DW, 0.6)
    for (d, y), (rx, ry) in zip(SACRAL_FORAMINA, FORAMEN_RADII, strict=True):
        dot((d, y), rx, ry, LINE, 0.22, edge=0.7)
    # the median sacral crest and its tubercles, the cornua either side of the hiatus
    # (the hiatus takes the place of the 4th tubercle)
    line([(0, 604.0), (0, Y_SACRAL_HIATUS - 5.0)], 1.1, 0.55)
    for _d, y in SACRAL_FORAMINA[:3]:
        dot((0, y - 3.0), 3.0, 2.2, SKIN_SHADE, edge=0.55, mirror=False)
    line(CORNU, DW, 0.7)
    dot((0, Y_SACRAL_HIATUS), 2.6, 3.2, LINE, 0.25, edge=0.6, mirror=False)
    # the coccyx, seen faintly in the cleft: four small segments tapering to the tip
    for top, bottom, hw in COCCYX_SEGMENTS:
        cy, ry = (top + bottom) / 2, (bottom - top) / 2
        seg = [(0, top), (hw * 0.8, top + ry * 0.15), (hw, cy), (hw * 0.6, bottom - ry * 0.1),
               (0, bottom), (-hw * 0.6, bottom - ry * 0.1), (-hw, cy), (-hw * 0.8, top + ry * 0.15)]
        shape(seg, SKIN_SHADE, 0.5, edge=0.4)
    # the gluteal cleft from just below the hiatus (WHO's GV2 note: the hiatus is immediately
    # above it; leg-back's), over the coccyx; the upper border of gluteus maximus; the gluteal
    # folds (leg-back's)
    line(cleft(), DW, 0.8)
    line([(0.3, 735.0), (0, 790.0)], 1.1, 0.45)  # where the thighs meet below the folds
    line(GLUTEAL_UPPER, 1.1, 0.3)
    line(FOLD, DW, 0.85)
    svg.close()

    svg.open("guides")
    for k in GUIDE_LINES:
        for sgn in ((1,) if k == 0 else (1, -1)):
            x = pl.mid + sgn * k * BACK_CUN
            # the lateral lines a little stronger; the midline's dashes stay faint over the knobs
            svg.path(f"M{fmt(x)} 0V{pl.h}", fill="none", stroke=over(LINE, 0.34 if k else 0.22),
                     stroke_width=0.8, stroke_dasharray="3 7")
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(side) + d_of(mirror_segs(side, pl.mid)), OUTLINE_W)
    svg.close()
    _draw_arms(svg, pl)

    svg.open("level-tags")
    for tag, y in level_tags(pl):
        # a thin halo of skin under the strokes, where a tag crosses the flank's outline
        svg.path(text_d(tag, TAG_X, y, TAG_SIZE), fill="none", stroke=SKIN, stroke_width=3.2,
                 stroke_linecap="round", stroke_linejoin="round")
        svg.path(text_d(tag, TAG_X, y, TAG_SIZE), id=f"level-{tag.lower()}", fill="none",
                 stroke=over(LINE, 0.75, BG), stroke_width=1.1, stroke_linecap="round",
                 stroke_linejoin="round")
    svg.close()


def _draw_arms(svg: Svg, pl: BackPlate):
    """Both arms hanging (body-back's), cut to the plate: the top under the shoulder's skin and
    the back of the axilla are not stroked; the deltoid's posterior border and the posterior
    axillary fold are drawn over the arm."""
    hand = [hand_pt(u, v) for u, v in HAND]
    top = [(140.0, 266.0), (156.0, 268.0), *ARM[2:]]
    back = [(127.0, 318.0), (130.0, 298.0), (134.0, 280.0)]
    run = top + list(reversed(hand))[1:-1] + ARM_IN + back
    fill_segs, outline = clipped_shape(pl, run, False)
    hidden = {tuple(round(v, 3) for v in pl.p(*q)) for q in [*top[:3], *back]}
    outline = [seg for seg in outline if tuple(round(v, 3) for v in seg[3]) not in hidden]
    svg.open("arms")
    for segs, lines in ((fill_segs, outline),
                        (mirror_segs(fill_segs, pl.mid), mirror_segs(outline, pl.mid))):
        fill(svg, d_of(segs, True))
        stroke(svg, d_of(lines), OUTLINE_W)
    for run in clip(pl, [(106.0, 287.0), (124.0, 300.0), (140.0, 313.0), (158.0, 332.0),
                         (172.0, 352.0)]):
        stroke(svg, pl.both(run), DW, DETAIL, opacity=0.55)
    for run in clip(pl, [AXILLA_BACK, (127.0, 348.0), (118.0, 360.0), (106.0, 368.0)]):
        stroke(svg, pl.both(run), DW, DETAIL, opacity=0.7)
    svg.close()


def _plate(view_id, title, desc, pl: BackPlate, names):
    svg = Svg(pl.w, pl.h, title, desc)
    background(svg)
    _draw(svg, pl)
    every = landmarks()
    lm = {name: pl.p(*every[name]) for name in names}
    top = max(pl.top, 200.0)
    frame = (round(BODY_MID - pl.d1, 1), round(top, 1), round(2 * pl.d1, 1),
             round(min(pl.bottom, BODY_H) - top, 1))
    return Figure(view_id, title, f"assets/body/{view_id}.svg", "back", "trunk", "body-back",
                  pl.mid, BACK_CUN, rounded(lm), svg.text(), frame=frame)


def trunk_back_upper() -> Figure:
    return _plate("trunk-back-upper", "Trunk back upper",
                  "Acupoint Atlas plate: the nape and the upper back from behind, C7 to L1, "
                  "the spinous processes and both scapulae.",
                  BackPlate(BACK_UPPER_D1, BACK_UPPER_TOP, BACK_UPPER_BOTTOM), UPPER_NAMES)


def trunk_back_lower() -> Figure:
    return _plate("trunk-back-lower", "Trunk back lower",
                  "Acupoint Atlas plate: the lower back from behind, T10 to the coccyx, the "
                  "iliac crests, the sacrum with its foramina and the gluteal folds.",
                  BackPlate(BACK_LOWER_D1, BACK_LOWER_TOP, BACK_LOWER_BOTTOM), LOWER_NAMES)


