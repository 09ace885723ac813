"""trunk-chest and trunk-abdomen: the front of the trunk in two close-ups of body-front (a man's
figure), the front of the neck and the chest from the chin to just below the xiphisternal
junction, and the abdomen from the 5th intercostal space to the groin.

One plate from the neck to the pubic symphysis was measured first: fitted into the diagram of a
1280x800 window (672x717 px) it would be about 24 px per B-cun, so the KI points 0.5 B-cun from
the CV points (and CV5-CV7, ST30-LR12) would stand 12.2 px apart, on the rule's edge; split in
two, the chest plate is about 34 px per B-cun and the abdomen about 39.

Both are `side: front` with `midline` (as body-front): landmarks and marks give the figure's
right side, on the viewer's left, and bilateral marks are mirrored; `lateral:` moves away from the
anterior median line, `medial:` toward it, `up` toward the head, `down` toward the feet. `cun` is
the trunk's B-cun (TRUNK_CUN, 36 plate units) on both. WHO 2008 proportional cun on the drawn
landmarks: suprasternal fossa (CV22's centre) -> midpoint of the xiphisternal junction 9 B-cun
(trunk-chest), xiphisternal junction -> centre of the umbilicus 8, centre of the umbilicus ->
upper border of the pubic symphysis 5 (trunk-abdomen), between the nipples 8 (trunk-chest: each
nipple 4 lateral of the midline). The anterior median line and the lines 0.5, 2, 4 and 6 B-cun
lateral to it are drawn as faint dashes. WHO's nipple line is 4 B-cun lateral in men (in women
the midclavicular line is used); the figure is a man's.
"""

from __future__ import annotations

from .figure import Figure, rounded
from .geometry import d_of, ellipse_d, fmt, mirror_segs
from .leg_front import INGUINAL_CREASE
from .proportions import (
    ABDOMEN_BOTTOM,
    ABDOMEN_D1,
    ABDOMEN_TOP,
    BODY_H,
    BODY_MID,
    BODY_W,
    CHEST_BOTTOM,
    CHEST_D1,
    CHEST_TOP,
    CLAVICLE_LOWER,
    CLAVICLE_UPPER,
    COSTAL_MARGIN_FRONT,
    D_NIPPLE,
    JAW_FRONT,
    RIB1_BEHIND,
    RIB_HALF,
    RIBS_FRONT,
    TRUNK_CUN,
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
)
from .stroke_text import centred_d
from .svg import (
    BODY_DETAIL_W,
    BRIEF,
    BRIEF_LINE,
    DETAIL,
    LINE,
    SKIN_SHADE,
    Svg,
    background,
    fill,
    stroke,
)
from .trunk_front_shape import (
    ASIS,
    ASIS_KNOB,
    CAROTID,
    CAROTID_FORKS,
    CORACOID,
    GREATER_SUPRACLAVICULAR,
    INFRACLAVICULAR_FOSSA,
    OUTLINE_W,
    RIB_NUMBER_H,
    SCM_ANTERIOR,
    SCM_HEADS,
    SCM_POSTERIOR,
    Plate,
    clip,
    clipped_shape,
    draw_arms,
    draw_body_fill,
    femoral_artery,
    landmarks,
    rib_number_spots,
)

DW = BODY_DETAIL_W * 0.8
GUIDE_LINES = (0.0, 0.5, 2.0, 4.0, 6.0)  # B-cun lateral of the anterior median line


def _draw(svg: Svg, pl: Plate):
    side = draw_body_fill(svg, pl)

    def line(pts, w=DW, op=None, color=DETAIL):
        for run in clip(pl, pts):
            stroke(svg, pl.both(run), w, color, opacity=op)

    def shape(pts, color=SKIN_SHADE, op=None, edge=None):
        """A closed shape on both sides, cut to the plate (edge: its outline's opacity)."""
        if not pl.shows(pts):
            return
        segs, outline = clipped_shape(pl, [*pts, pts[0]], False)
        for f, o in ((segs, outline), (mirror_segs(segs, pl.mid), mirror_segs(outline, pl.mid))):
            fill(svg, d_of(f, True), color, opacity=op)
            if edge is not None:
                stroke(svg, d_of(o), DW, DETAIL, opacity=edge)

    def across(pts, w=DW, op=None, color=DETAIL):
        if pl.shows(pts):
            stroke(svg, pl.across(pts), w, color, opacity=op)

    def dot(pt, rx, ry, color, op=None, edge=None):
        if pl.shows([pt]):
            for x, y in (pl.p(*pt), pl.h_.other(pl.p(*pt))):
                fill(svg, ellipse_d(x, y, rx, ry), color, opacity=op)
                if edge is not None:
                    stroke(svg, ellipse_d(x, y, rx, ry), 0.9, DETAIL, opacity=edge)

    svg.open("neck")
    line(JAW_FRONT, DW, 0.6)
    across([(0, JAW_FRONT[-1][1]), (18, 176)], DW, 0.6)
    # hyoid: the body and the greater horns
    across([(0, Y_HYOID + 1.5), (8, Y_HYOID + 1.5), (14, Y_HYOID), (22, Y_HYOID - 5)], DW, 0.55)
    across([(0, Y_HYOID + 5), (8, Y_HYOID + 5), (13, Y_HYOID + 4)], 1.0, 0.4)
    # thyroid cartilage: the shield, the notch above the laryngeal prominence (its superior
    # border's front)
    line([(0, Y_LARYNX - 2.5), (3, Y_LARYNX - 5), (10, Y_LARYNX - 6), (17, Y_LARYNX - 3),
          (16, Y_LARYNX + 6), (10, Y_LARYNX + 11), (4, Y_LARYNX + 14), (0, Y_LARYNX + 14.5)],
         DW, 0.6)
    line([(0, Y_LARYNX), (2.5, Y_LARYNX - 2), (3, Y_LARYNX - 5)], 1.0, 0.6)
    # cricoid arch and the trachea's rings down to the fossa
    for y0 in (Y_CRICOID - 3.5, Y_CRICOID + 3.5):
        across([(0, y0), (6, y0 - 0.3), (11, y0 - 1.2)], DW, 0.55)
    for k in range(4):
        y0 = Y_CRICOID + 9 + 6.5 * k
        across([(0, y0), (5, y0 - 0.3), (8, y0 - 1)], 1.0, 0.3)
    line([(9, Y_CRICOID + 6), (8.5, Y_NOTCH - 12)], 1.0, 0.3)
    # sternocleidomastoid: the two borders, the sternal and clavicular heads
    shape(SCM_ANTERIOR + SCM_POSTERIOR[::-1], SKIN_SHADE, 0.35)
    line(SCM_ANTERIOR, DW, 0.7)
    line(SCM_POSTERIOR, DW, 0.6)
    line(SCM_HEADS, 1.1, 0.55)
    # the greater supraclavicular fossa (ST12's hollow) behind the SCM, above the clavicle
    shape(GREATER_SUPRACLAVICULAR, SKIN_SHADE, 0.8, edge=0.18)
    # the common carotid artery along the SCM's anterior border (faint, as the femoral artery)
    line(CAROTID, 1.2, 0.5)
    for fork in CAROTID_FORKS:
        line(fork, 1.0, 0.4)
    # the suprasternal fossa between the sternal heads
    across([(0, Y_NOTCH + 4), (5, Y_NOTCH + 2), (8, Y_NOTCH - 3), (9, Y_NOTCH - 9)], DW, 0.7)
    svg.close()

    svg.open("thorax")
    # the ribs and their cartilages, each a band between two faint borders, ending under the
    # side of the chest (the arm hides their lateral ends); the first shows only its front end
    # below the clavicle, its lateral arc behind and above the clavicle drawn fainter
    def band(pts, op_fill, op_line):
        a = [(d, y - RIB_HALF) for d, y in pts]
        b = [(d, y + RIB_HALF) for d, y in pts]
        shape(a + b[::-1], SKIN_SHADE, op_fill)
        line(a, 1.0, op_line)
        line(b, 1.0, op_line)

    for n, pts in RIBS_FRONT.items():
        band(pts, 0.5, 0.4 if n > 1 else 0.3)
    band(RIB1_BEHIND, 0.25, 0.18)
    # the sternum: manubrium (the notch, the clavicular notches), the sternal angle, the body,
    # the xiphisternal junction and the xiphoid process
    sternum = [(0, Y_NOTCH + 4), (8, Y_NOTCH + 3), (11, 270), (17, 282), (18, 296),
               (13.5, Y_STERNAL_ANGLE), (14.5, 330), (15, 360), (13.5, 392), (9, Y_XIPHI - 2),
               (5, Y_XIPHI + 4), (4, Y_XIPHI + 24), (0, Y_XIPHI + 30)]
    shape([*sternum, *[(-d, y) for d, y in sternum[::-1]]], SKIN_SHADE, 0.6)
    line(sternum, DW, 0.6)
    across([(0, Y_STERNAL_ANGLE), (13.5, Y_STERNAL_ANGLE)], DW, 0.6)
    across([(0, Y_XIPHI), (8, Y_XIPHI - 1)], DW, 0.6)
    # the costal margin (body-front's)
    line(COSTAL_MARGIN_FRONT, DW, 0.75)
    svg.close()

    svg.open("shoulder")
    # clavicles: upper and lower borders, the sternal end's knob and the acromial end
    clav = [(11, 263), *CLAVICLE_UPPER, (149, 259.5), *CLAVICLE_LOWER[::-1], (10.5, 274)]
    shape(clav, SKIN_SHADE, 0.55, edge=0.75)
    # the infraclavicular fossa below the clavicle's outer third
    dot(INFRACLAVICULAR_FOSSA, 9, 7, SKIN_SHADE, 0.9)
    # the lower border of pectoralis major from the anterior axillary fold to the sternum
    line([(130, 337), (118, 368), (100, 390), (72, 402), (44, 400), (20, 392)], 1.1, 0.4)
    svg.close()

    svg.open("chest")
    dot((D_NIPPLE, Y_NIPPLE), 7, 7, SKIN_SHADE, edge=0.5)
    dot((D_NIPPLE, Y_NIPPLE), 2.4, 2.4, DETAIL, 0.7)
    svg.close()

    svg.open("abdomen")
    line([(0, Y_XIPHI + 32), (0, Y_UMB - 8)], 1.1, 0.35)
    line([(0, Y_UMB + 8), (0, Y_PUBIS - 6)], 0.9, 0.2)
    if pl.shows([(0, Y_UMB)]):
        u = pl.p(0, Y_UMB)
        fill(svg, ellipse_d(*u, 5.5, 7.5), SKIN_SHADE)
        stroke(svg, ellipse_d(*u, 5.5, 7.5), DW, DETAIL)
    # rectus abdominis: its lateral borders and the tendinous intersections (faint)
    line([(74, 482), (80, 520), (79, 560), (72, 600), (56, 636), (28, 656)], 1.1, 0.4)
    for y0, d0 in ((462, 70), (512, 78), (Y_UMB - 2, 79)):
        line([(4, y0 + 2), (d0 / 2, y0), (d0, y0 + 3)], 1.0, 0.18)
    # iliac crest to the ASIS, which stands out at its front end as a small bony knob under the
    # skin (GB27 and GB28 are measured from it)
    dot(ASIS, ASIS_KNOB[0], ASIS_KNOB[1], SKIN_SHADE, 0.9, edge=0.7)
    line([(106, 566), (114, 590), (109, 608), ASIS], DW, 0.6)
    # the brief, seen through, with the groin's lines drawn over it
    brief = [(0, 632), (60, 629), (120, 623), (134, 627), (137.5, 664), (104, 676), (52, 690),
             (18, 700), (0, 704)]
    if pl.shows(brief):
        segs, _ = clipped_shape(pl, brief, True)
        fill(svg, d_of(segs, True), BRIEF, opacity=0.45, ground=None)   # see-through
    across(brief[:4], DW, 0.5, BRIEF_LINE)
    line(brief[4:], DW, 0.5, BRIEF_LINE)
    line(INGUINAL_CREASE, DW, 0.75)
    line(femoral_artery(), 1.2, 0.55)
    # the pubic symphysis: its upper border and the pubic crests to the tubercles
    across([(0, Y_PUBIS), (10, Y_PUBIS - 0.5), (20, Y_PUBIS + 1), (25, Y_PUBIS + 4)], DW, 0.75)
    line([(0, Y_PUBIS), (0, Y_PUBIS + 14)], 1.1, 0.5)
    svg.close()

    svg.open("guides")
    for k in GUIDE_LINES:
        for sgn in ((1,) if k == 0 else (1, -1)):
            x = pl.mid - sgn * k * TRUNK_CUN
            svg.path(f"M{fmt(x)} 0V{pl.h}", fill="none", stroke=LINE, stroke_width=0.8,
                     stroke_dasharray="3 7", opacity=0.22)
    svg.close()

    svg.open("rib-numbers")
    for n, (d, y) in rib_number_spots().items():
        if pl.in_view((d, y), margin=RIB_NUMBER_H):
            stroke(svg, centred_d(str(n), *pl.p(d, y), TRUNK_SCALE * RIB_NUMBER_H), 1.2, LINE,
                   opacity=0.75, id=f"rib-number-{n}")
    svg.close()

    svg.open("outline")
    stroke(svg, d_of(side) + d_of(mirror_segs(side, pl.mid)), OUTLINE_W)
    svg.close()
    draw_arms(svg, pl)
    # over the arm's fill: the tip of the coracoid process in the lateral part of the
    # infraclavicular fossa, and the deltopectoral groove from the clavicle down between the
    # deltoid and pectoralis major
    svg.open("coracoid")
    dot(CORACOID, 6, 5, SKIN_SHADE, 0.8, edge=0.6)
    line([(113, 270), (118, 286), (124, 304), (130, 322), (134, 334)], DW, 0.55)
    svg.close()


def _plate(view_id, title, desc, pl: Plate, frame):
    svg = Svg(pl.w, pl.h, title, desc)
    background(svg)
    _draw(svg, pl)
    lm = {name: pl.p(*pt) for name, pt in landmarks().items() if pl.in_view(pt)}
    return Figure(view_id, title, f"assets/body/{view_id}.svg", "front", "trunk", "body-front",
                  pl.mid, TRUNK_CUN, rounded(lm), svg.text(), frame=frame)


def _frame(d1, top, bottom):
    return (round(BODY_MID - d1, 1), round(max(top, 200.0), 1), round(2 * d1, 1),
            round(min(bottom, BODY_H) - max(top, 200.0), 1))


def trunk_chest() -> Figure:
    pl = Plate(CHEST_D1, CHEST_TOP, CHEST_BOTTOM)
    assert pl.w <= 2 * BODY_W
    return _plate("trunk-chest", "Trunk chest",
                  "Acupoint Atlas plate: the front of the neck and the chest, from the chin to "
                  "the xiphoid process, ribs and intercostal spaces on both sides.", pl,
                  _frame(CHEST_D1, CHEST_TOP, CHEST_BOTTOM))


def trunk_abdomen() -> Figure:
    pl = Plate(ABDOMEN_D1, ABDOMEN_TOP, ABDOMEN_BOTTOM)
    return _plate("trunk-abdomen", "Trunk abdomen",
                  "Acupoint Atlas plate: the front of the abdomen from the lower chest to the "
                  "groin and the pubic symphysis.", pl,
                  _frame(ABDOMEN_D1, ABDOMEN_TOP, ABDOMEN_BOTTOM))
