"""trunk-side: the right flank and axilla from the right side, the right arm raised.

`side: right`, as body-side and head-side: the figure's right profile, the front of the body
toward the viewer's right. `front:` moves toward the viewer's right, `back:` toward the left,
`up` toward the head; `lateral` and `medial` have no meaning on this view (every point drawn is
on the right side of the trunk, seen face-on).

The pose differs from the parent: body-side shows the arm hanging at the side, this plate shows
it raised (abducted, hand behind the head, as WHO's notes for LR13, GB25 and SP21 ask: lying on
the side, the shoulder flexed or the arm abducted), so that the axilla opens and the side of the
chest can be seen. The trunk is body-side's own outline at twice its size (tools/figures/
proportions.py "the trunk side" section, `ts_xy`, `cun` 36), so the umbilicus, the ASIS, the
highest point of the iliac crest and the nipple's level are the body plates'; the frame on
body-side is drawn over the flank it zooms into, although body-side's arm hangs there.

WHO proportional cun on the drawn landmarks (the segment this view holds): apex of the axillary
fossa (`axilla-apex`) -> free extremity of the 11th rib (`rib-11-free-end`) 12 B-cun, vertical
on the mid-axillary line. The ribs 3-12 are drawn (countable from the 4th intercostal space, 3
B-cun below the apex on the mid-axillary line; the ribs fall toward the front, so the 5th space
is level with the nipple there, and in front ribs 3-7 are trunk-chest's, the nipple between the
ends of the 4th and 5th; the costal margin through the front ends of 7-10) with the landmarks where
the 4th-10th intercostal spaces cross the mid-axillary line and the 4th-8th the anterior
axillary line (2 B-cun in front of it), so that a point "in the k-th space" is measured there
(and `along` a space from one line to the other). The 12th rib ends 1.8 B-cun behind the 11th,
behind the posterior axillary line (WHO's note for GB25). Each rib carries its number, small and
faint on its band between the posterior and the mid-axillary lines, since the top band is the
3rd rib; the ASIS is drawn as a small knob where the iliac crest ends in front.
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import arc_at_y, catmull, d_of, ellipse_d, point_at, reverse_segs, sub_curve
from .leg_lateral import ASIS_S
from .proportions import (
    BODY_SIDE,
    TS_APEX,
    TS_CUN,
    TS_H,
    TS_NIPPLE_X,
    TS_NIPPLE_Y,
    TS_RIB11_END,
    TS_RIB12_END,
    TS_RIB_FRONT_END,
    TS_SCALE,
    TS_W,
    TS_X0,
    TS_X1,
    TS_X_AAL,
    TS_X_MAL,
    TS_X_PAL,
    TS_Y0,
    TS_Y1,
    Y_UMB,
    ts_ics_y,
    ts_rib_y,
    ts_xy,
)
from .stroke_text import centred_d
from .svg import (
    BRIEF,
    BRIEF_LINE,
    DETAIL,
    LIMB_DETAIL_W,
    LIMB_OUTLINE_W,
    LINE,
    SKIN_SHADE,
    Svg,
    background,
    fill,
    stroke,
)

# the highest point of the iliac crest: body-back's level (about L4), over the mid-axillary
# region; the crest runs forward and down to the ASIS (leg-lateral's, at body-front's level)
ILIAC_CREST_TOP = (250.0, 574.0)
ILIAC_CREST = [(204.0, 590.0), (226.0, 579.0), ILIAC_CREST_TOP, (276.0, 577.0), (297.0, 586.0),
               (312.0, 600.0), ASIS_S]
UMBILICUS_S = (336.0, Y_UMB)  # body-side's
ASIS_KNOB = (7.5, 6.0)  # plate units: the half width and half height of the ASIS's drawn knob
NIPPLE_S = (TS_NIPPLE_X, TS_NIPPLE_Y)  # on the front of the chest in profile
# the arm and the hollow of the axilla are drawn about the apex: AX_DY moves them with it (the
# numbers below were drawn for an apex at y 314.5)
AX_DY = TS_APEX[1] - 314.5


def _up(points):
    """Points drawn about the apex, moved with it."""
    return [(x, y + AX_DY) for x, y in points]


def _fold(points):
    """A fold from the arm (moved with the apex) to the chest wall (where it stays)."""
    n = len(points) - 1
    return [(x, y + AX_DY * (1 - i / n)) for i, (x, y) in enumerate(points)]


# the raised arm (hand behind the head, so the upper arm leans back as it rises): its front
# (biceps) and back (triceps) borders rising out of the plate, the lower border of pectoralis
# major (the anterior axillary fold) and of latissimus dorsi and teres major (the posterior fold)
# running from the arm down to the chest wall
ARM_FRONT = _up([(262.0, 208.0), (274.0, 236.0), (286.0, 262.0), (296.0, 284.0)])
FOLD_FRONT = _fold([(296.0, 284.0), (304.0, 304.0), (317.0, 328.0), (333.0, 347.0),
                    (345.0, 358.0)])
ARM_BACK = _up([(190.0, 210.0), (203.0, 238.0), (215.0, 263.0), (228.0, 286.0)])
FOLD_BACK = _fold([(228.0, 286.0), (222.0, 308.0), (211.0, 338.0), (198.0, 368.0),
                   (185.0, 392.0)])
# the anterior border of latissimus dorsi down the flank to the iliac crest: the ribs run on
# under it toward the spine
LATISSIMUS = [FOLD_BACK[2], (207.0, 400.0), (209.0, 470.0), (216.0, 535.0), (224.0, 578.0)]
# where each rib is drawn (body-side x from, to): behind, the ribs run on under latissimus toward
# the spine; in front ribs 3-7 reach the sternum beyond the profile, 8-10 end on the costal
# margin, 11 and 12 are free
RIB_SPAN = {3: (244.0, 326.0), 4: (232.0, 334.0), 5: (222.0, 338.0), 6: (214.0, 340.0),
            7: (212.0, 334.0), **{k: (212.0, TS_RIB_FRONT_END[k][0]) for k in (8, 9, 10)},
            11: (214.0, TS_RIB11_END[0]), 12: (205.0, TS_RIB12_END[0])}
RIB_HALF = 5.0  # half the height of a rib (body units; the spaces between are about 15)
# the costal margin, the lower edge of the 7th-10th costal cartilages: through the front ends
# of ribs 7-10 (where each rib turns into its cartilage, foreshortened from the side), down and
# back to the 10th's, in front of and a little above the free end of the 11th
COSTAL_MARGIN = [(RIB_SPAN[k][1], ts_rib_y(k, RIB_SPAN[k][1])) for k in (7, 8, 9, 10)]
# each rib's number, small and faint, on its band in a column between the posterior and the
# mid-axillary lines (clear of both, and of the marks on them), the 12th's on its short band
# behind the posterior axillary line: the top band is the 3rd rib, so a student counting the
# spaces from it needs the numbers (body-side x of each numeral's centre, on the rib's line)
RIB_NUMBER_X = {**{k: 245.0 for k in range(3, 12)}, 12: 220.0}
RIB_NUMBER_H = 7.0  # body units tall (about 11 px at the default zoom in a 1280x800 window)


def rib_number_spots():
    """{rib: body-side (x, y)} of the centre of each rib's number (on its centre line)."""
    return {k: (x, ts_rib_y(k, x)) for k, x in RIB_NUMBER_X.items()}


def _segs(points, pre=None, post=None):
    """Plate segments of the smooth curve through body-side points."""
    return catmull([ts_xy(p) for p in points], pre=pre and ts_xy(pre), post=post and ts_xy(post))


def _line(svg, points, w=LIMB_DETAIL_W, op=None, color=DETAIL, **kw):
    stroke(svg, d_of(_segs(points)), w, color, opacity=op, **kw)


def _tr(segs):
    """Body-side segments as plate segments (the map is a scale and a shift)."""
    return [tuple(ts_xy(p) for p in seg) for seg in segs]


def _brief():
    """body-side's brief (its top edge, and its whole outline), in body-side units: its front
    and back edges follow the body's outline, as body-side draws them."""
    body = catmull(BODY_SIDE, closed=True)
    k_front, k_back = BODY_SIDE.index((334, 492)), BODY_SIDE.index((207, 820))
    front = body[k_front:k_front + 6]
    back = reverse_segs(body[k_back:k_back + 8])

    def piece(segs, y0, y1):
        return sub_curve(segs, arc_at_y(segs, y0), arc_at_y(segs, y1))

    y_top_b, y_top_f, y_leg_f, y_leg_b = 612.0, 622.0, 662.0, 726.0
    top = catmull([point_at(back, arc_at_y(back, y_top_b)), (262, 616),
                   point_at(front, arc_at_y(front, y_top_f))])
    leg = catmull([point_at(front, arc_at_y(front, y_leg_f)), (300, 684), (250, 706),
                   point_at(back, arc_at_y(back, y_leg_b))])
    return top, [*top, *piece(front, y_top_f, y_leg_f), *leg,
                 *reverse_segs(piece(back, y_top_b, y_leg_b))]


def _rib_band(k, n=10):
    """The outline of rib k's band (body-side points, clockwise): its upper border forward, its
    lower border back. Where a rib goes on under a muscle or into its cartilage the band tapers
    to its centre line; the free ends of the 11th and 12th ribs are rounded knobs."""
    rib = _rib(k, n)
    free = k in (11, 12)

    def half(i):
        t = i / n
        behind = min(1.0, t / 0.15) ** 0.6
        ahead = 1.0 if free else min(1.0, (1 - t) / 0.12) ** 0.6
        return RIB_HALF * max(0.25, min(behind, ahead))

    upper = [(x, y - half(i)) for i, (x, y) in enumerate(rib)]
    lower = [(x, y + half(i)) for i, (x, y) in enumerate(rib)]
    if free:
        x, y = rib[-1]
        upper.append((x + 0.8 * RIB_HALF, y))
    return upper + lower[::-1]


def _rib(k, n=8):
    """The centre line of rib k, body-side points across its drawn span."""
    x0, x1 = RIB_SPAN[k]
    return [(x0 + (x1 - x0) * i / n, ts_rib_y(k, x0 + (x1 - x0) * i / n)) for i in range(n + 1)]


def trunk_side() -> Figure:
    svg = Svg(TS_W, TS_H, "Trunk, right side view",
              "Acupoint Atlas plate: the right flank and axilla from the right side, the right "
              "arm raised, from the shoulder to the hip.")
    background(svg)
    body = _tr(catmull(BODY_SIDE, closed=True))
    svg.open("body")
    fill(svg, d_of(body, True))
    svg.close()

    svg.open("brief")
    top, brief = _brief()
    fill(svg, d_of(_tr(brief), True), BRIEF)
    stroke(svg, d_of(_tr(top)), LIMB_DETAIL_W, BRIEF_LINE)
    svg.close()

    svg.open("ribs")
    for k in RIB_SPAN:
        band = _rib_band(k)
        fill(svg, d_of(_segs(band + band[:1]), True), SKIN_SHADE, opacity=0.55)
        stroke(svg, d_of(_segs(band + band[:1]), True), 1.0, DETAIL, opacity=0.3)
    _line(svg, COSTAL_MARGIN, LIMB_DETAIL_W, 0.6)
    svg.close()

    svg.open("lines")
    # the mid-axillary, anterior and posterior axillary lines, faint and dashed
    for x, y0, y1 in ((TS_X_MAL, TS_APEX[1] + 6, 576.0), (TS_X_AAL, 352.0, 586.0),
                      (TS_X_PAL, 330.0, 578.0)):
        a, b = ts_xy((x, y0)), ts_xy((x, y1))
        stroke(svg, f"M{a[0]:.1f} {a[1]:.1f}V{b[1]:.1f}", 1.0, DETAIL, opacity=0.4,
               stroke_dasharray="5 6")
    svg.close()

    svg.open("rib-numbers")
    for k, spot in rib_number_spots().items():
        stroke(svg, centred_d(str(k), *ts_xy(spot), TS_SCALE * RIB_NUMBER_H), 1.3, LINE,
               opacity=0.75, id=f"rib-number-{k}")
    svg.close()

    svg.open("trunk")
    # latissimus's border, the iliac crest to the ASIS, the umbilicus, the nipple
    _line(svg, LATISSIMUS, 1.2, 0.4)
    # the ASIS, where the crest ends in front: a small bony knob under the skin
    fill(svg, ellipse_d(*ts_xy(ASIS_S), *ASIS_KNOB), SKIN_SHADE, opacity=0.9)
    stroke(svg, ellipse_d(*ts_xy(ASIS_S), *ASIS_KNOB), 0.9, DETAIL, opacity=0.7)
    _line(svg, ILIAC_CREST, LIMB_DETAIL_W, 0.65)
    _line(svg, [(337.0, 564.0), (333.5, 568.0), (337.0, 572.0)], 1.4, 0.9)
    fill(svg, ellipse_d(*ts_xy(NIPPLE_S), 3.2, 3.2), DETAIL, opacity=0.7)
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(body), LIMB_OUTLINE_W)
    svg.close()

    svg.open("arm")
    arm = [*_up([(185.0, 196.0)]), *ARM_BACK, *_up([(262.0, 281.0)]), *ARM_FRONT[::-1],
           *_up([(258.0, 196.0)])]
    fill(svg, d_of(_segs(arm + arm[:1]), True))
    stroke(svg, d_of(_segs(ARM_FRONT, pre=_up([(256.0, 190.0)])[0], post=FOLD_FRONT[1])),
           LIMB_OUTLINE_W)
    stroke(svg, d_of(_segs(ARM_BACK, pre=_up([(184.0, 192.0)])[0], post=FOLD_BACK[1])),
           LIMB_OUTLINE_W)
    _line(svg, FOLD_FRONT, LIMB_DETAIL_W, 0.7)
    _line(svg, FOLD_BACK, LIMB_DETAIL_W, 0.7)
    # beside the arm's root: the clavicle rising from the front of the neck to the shoulder in
    # front of it, the upper border of trapezius from the nape to the shoulder behind it
    _line(svg, [(318.0, 276.0), (304.0, 266.0), (288.0, 259.0)], LIMB_DETAIL_W, 0.55)
    # the groove between biceps and triceps up the inner side of the arm from the axilla
    _line(svg, _up([(250.0, 284.0), (238.0, 258.0), (226.0, 232.0), (216.0, 208.0)]), 1.2, 0.35)
    svg.close()

    svg.open("axilla")
    # the hollow of the axilla between the folds, its apex at the top
    hollow = [TS_APEX, *_up([(270.0, 287.0), (276.0, 298.0), (277.0, 312.0), (272.0, 326.0),
                             (262.0, 334.0), (252.0, 326.0), (247.0, 312.0), (248.0, 298.0),
                             (254.0, 287.0)])]
    fill(svg, d_of(_segs(hollow + hollow[:1]), True), SKIN_SHADE, opacity=0.35)
    _line(svg, [*_up([(249.0, 289.0)]), TS_APEX, *_up([(275.0, 289.0)])], 1.3, 0.55)
    svg.close()

    lm = {"axilla-apex": ts_xy(TS_APEX)}
    for k in range(4, 11):
        lm[f"ics-{k}-midaxillary"] = ts_xy((TS_X_MAL, ts_ics_y(k)))
    for k in range(4, 9):
        lm[f"ics-{k}-anterior-axillary"] = ts_xy((TS_X_AAL, ts_ics_y(k, TS_X_AAL)))
    lm.update({
        "rib-11-free-end": ts_xy(TS_RIB11_END),
        "rib-12-free-end": ts_xy(TS_RIB12_END),
        "nipple": ts_xy(NIPPLE_S),
        "umbilicus": ts_xy(UMBILICUS_S),
        "iliac-crest": ts_xy(ILIAC_CREST_TOP),
        "iliac-crest-midaxillary": ts_xy((TS_X_MAL, 575.5)),
        "asis": ts_xy(ASIS_S),
    })
    frame = (TS_X0, TS_Y0, TS_X1 - TS_X0, TS_Y1 - TS_Y0)
    return Figure("trunk-side", "Trunk side", "assets/body/trunk-side.svg", "right", "trunk",
                  "body-side", None, TS_CUN, rounded(lm), svg.text(), frame=frame)
