"""The trunk-front close-ups (trunk-chest, trunk-abdomen) and head-side's neck: WHO's proportional
cun on the drawn landmarks, the agreement with body-front, and WHO's constructions of a handful of
points carried out with app.placement on the views the app loads, checked against the drawn ribs,
clavicle, sternocleidomastoid and larynx (a misdrawn landmark fails here). No points are entered:
the constructions are written out in the tests."""

from __future__ import annotations

import contextlib
from itertools import pairwise

import pytest

from app.loader import load_atlas
from app.placement import NotOnView, place
from tests.plates import rendered
from tools.figures.proportions import (
    BODY_CUN,
    RIB_HALF,
    RIBS_FRONT,
    STERNUM_EDGE,
    TRUNK_CUN,
    TRUNK_SCALE,
    Y_XIPHI,
    clavicle_lower,
    clavicle_upper,
    rib_y,
    space_bounds,
)

ATLAS = load_atlas()
TRUNK = ("trunk-chest", "trunk-abdomen")


def put(view_id: str, **spec):
    """Where a mark with this measurement lands on the view (plate units)."""
    view = ATLAS.views[view_id]

    def anchor(name):
        if name not in view.landmarks:
            raise NotOnView(name)
        return view.landmarks[name]

    at, _steps = place(spec, view, anchor)
    return at


def lm(view_id: str, name: str):
    return ATLAS.views[view_id].landmarks[name]


def body(view_id: str, pt):
    """A plate point of a trunk view back in body-front's (d, y): d toward the figure's right."""
    view = ATLAS.views[view_id]
    top = view.landmarks["xiphisternal-junction"][1] / TRUNK_SCALE
    y0 = Y_XIPHI - top
    return ((view.midline - pt[0]) / TRUNK_SCALE, pt[1] / TRUNK_SCALE + y0)


def cun_between(view_id, a, b):
    """B-cun from landmark a down to landmark b (levels)."""
    return (lm(view_id, b)[1] - lm(view_id, a)[1]) / ATLAS.views[view_id].cun


def lateral_cun(view_id, pt):
    view = ATLAS.views[view_id]
    return (view.midline - pt[0]) / view.cun


def between_ribs(view_id, pt, n):
    """The point lies in the n-th intercostal space as drawn: below rib n's lower border (for
    the first space, below the clavicle's too, where the first rib runs behind it) and above
    rib n+1's upper border at its distance from the midline."""
    d, y = body(view_id, pt)
    top, bottom = space_bounds(n, d)
    return top < y < bottom


# --- the views ----------------------------------------------------------------------------------

def test_the_two_views_are_front_close_ups_of_body_front():
    for v in TRUNK:
        view = ATLAS.views[v]
        assert (view.side, view.region, view.parent) == ("front", "trunk", "body-front")
        assert view.midline is not None and view.frame is not None
        assert view.cun == TRUNK_CUN == TRUNK_SCALE * BODY_CUN


def test_lateral_means_away_from_the_midline_on_the_figures_right():
    at = put("trunk-chest", **{"from": "suprasternal-notch", "lateral": 2})
    assert at[0] < ATLAS.views["trunk-chest"].midline  # a front view: the right on the left
    assert lateral_cun("trunk-chest", at) == pytest.approx(2)


# --- WHO's proportional cun on the drawn landmarks ------------------------------------------------

def test_suprasternal_fossa_to_xiphisternal_junction_is_nine_cun():
    assert cun_between("trunk-chest", "suprasternal-notch", "xiphisternal-junction") == \
        pytest.approx(9, abs=0.02)


def test_between_the_nipples_is_eight_cun():
    assert 2 * lateral_cun("trunk-chest", lm("trunk-chest", "nipple")) == pytest.approx(8, abs=0.02)


def test_xiphisternal_junction_to_umbilicus_is_eight_cun():
    assert cun_between("trunk-abdomen", "xiphisternal-junction", "umbilicus") == \
        pytest.approx(8, abs=0.02)


def test_umbilicus_to_pubic_symphysis_is_five_cun():
    assert cun_between("trunk-abdomen", "umbilicus", "pubic-symphysis") == \
        pytest.approx(5, abs=0.02)


def test_shared_landmarks_agree_with_the_body_and_leg_plates_in_cun():
    """The ASIS and the groin's femoral pulse measure from the umbilicus and the symphysis as on
    body-front and leg-front; the nipple is body-front's distance lateral."""
    for name, other in (("asis", "body-front"), ("asis", "leg-front"),
                        ("femoral-artery-inguinal", "leg-front")):
        ours, theirs = lm("trunk-abdomen", name), lm(other, name)
        down = (ours[1] - lm("trunk-abdomen", "pubic-symphysis")[1]) / TRUNK_CUN
        their_down = (theirs[1] - lm(other, "pubic-symphysis")[1]) / ATLAS.views[other].cun
        assert down == pytest.approx(their_down, abs=0.06), (name, other)
        if other == "body-front":
            assert lateral_cun("trunk-abdomen", ours) == pytest.approx(
                (ATLAS.views[other].midline - theirs[0]) / ATLAS.views[other].cun, abs=0.06)
    bf = ATLAS.views["body-front"]
    assert lateral_cun("trunk-chest", lm("trunk-chest", "nipple")) == pytest.approx(
        (bf.midline - bf.landmarks["nipple"][0]) / bf.cun, abs=0.02)


def test_the_ribs_count_down_from_the_sternal_angle():
    """The second costal cartilage meets the sternum at the sternal angle; every space landmark
    lies in its own space, the spaces in order down the chest."""
    angle = body("trunk-chest", lm("trunk-chest", "sternal-angle"))
    assert abs(rib_y(2, STERNUM_EDGE) - angle[1]) < RIB_HALF
    for view_id in TRUNK:
        names = [n for n in ATLAS.views[view_id].landmarks if n.startswith("ics")]
        for name in names:
            n = int(name[3])
            pt = lm(view_id, name)
            if name.endswith("-midline"):
                d = 18.0 if n == 1 else STERNUM_EDGE
                pt = (ATLAS.views[view_id].midline - d * TRUNK_SCALE, pt[1])
            assert between_ribs(view_id, pt, n), (view_id, name)
    ys = [lm("trunk-chest", f"ics{n}-4cun")[1] for n in range(1, 8)]
    assert ys == sorted(ys)


# --- WHO's constructions on the drawn anatomy -----------------------------------------------------

def test_cv17_on_the_midline_level_with_the_fourth_space():
    cv17 = put("trunk-chest", **{"from": "ics4-midline"})
    assert cv17[0] == ATLAS.views["trunk-chest"].midline
    assert between_ribs("trunk-chest", (cv17[0] - STERNUM_EDGE * TRUNK_SCALE, cv17[1]), 4)
    # in a man the nipples lie in the same space, about level with it
    assert abs(cv17[1] - lm("trunk-chest", "nipple")[1]) < 0.3 * TRUNK_CUN


def test_st17_the_nipple_in_the_fourth_space_four_cun_lateral():
    st17 = put("trunk-chest", **{"from": "nipple"})
    assert lateral_cun("trunk-chest", st17) == pytest.approx(4)
    assert between_ribs("trunk-chest", st17, 4)
    st18 = put("trunk-chest", **{"from": "ics5-4cun"})
    assert st18[0] == pytest.approx(st17[0]) and between_ribs("trunk-chest", st18, 5)


def test_ki26_in_the_first_space_two_cun_lateral_below_ki27():
    ki26 = put("trunk-chest", **{"from": "ics1-2cun"})
    ki27 = put("trunk-chest", **{"from": "clavicle-lower-2cun"})
    assert lateral_cun("trunk-chest", ki26) == pytest.approx(2)
    assert between_ribs("trunk-chest", ki26, 1)
    d, y = body("trunk-chest", ki27)
    assert y == pytest.approx(clavicle_lower(d), abs=0.1)  # on the lower border
    assert ki27[1] < ki26[1]
    assert y < rib_y(1, d) - RIB_HALF  # the first rib's front end shows below the clavicle


def test_the_clavicle_lower_border_points_lie_on_cv21s_line():
    """WHO (LU2, note 2): ST13, KI27, CV21 and LU2 lie on one transverse line along the lower
    border of the clavicle, 1 B-cun below the suprasternal fossa; the clavicle's sternal end is
    its thickest part (about 1 B-cun), its shaft thinner."""
    cv21 = put("trunk-chest", **{"along": ["suprasternal-notch", "xiphisternal-junction"],
                                 "cun": 1, "span": 9})
    for name in ("clavicle-lower-2cun", "clavicle-lower-4cun", "infraclavicular-fossa"):
        assert abs(lm("trunk-chest", name)[1] - cv21[1]) / TRUNK_CUN < 0.25, name
    end = (clavicle_lower(14) - clavicle_upper(14)) / BODY_CUN
    shaft = (clavicle_lower(80) - clavicle_upper(80)) / BODY_CUN
    assert 0.9 < end < 1.3 and 0.6 < shaft < 0.8
    notch = body("trunk-chest", lm("trunk-chest", "suprasternal-notch"))[1]
    assert clavicle_upper(14) < notch < clavicle_lower(14)   # the knob rises above the notch


def test_the_first_rib_shows_only_under_the_clavicles_medial_third():
    """Its front end (with its cartilage) below the clavicle's medial part; beyond that it runs
    behind the clavicle (so the first space on the 4 and 6 B-cun lines lies between the clavicle
    and the second rib), and its drawn centre line ends under the clavicle."""
    d_end, y_end = RIBS_FRONT[1][-1]
    assert d_end < 0.4 * 146   # the clavicle's medial ~third (the acromial end at d 146)
    assert clavicle_upper(d_end) < y_end < clavicle_lower(d_end) + RIB_HALF
    for d in (72.0, 108.0):
        with pytest.raises(ValueError):
            rib_y(1, d)
        assert space_bounds(1, d)[0] == clavicle_lower(d)


def test_the_first_space_points_lie_on_cv20s_line():
    """WHO (LU1, note 2): ST14, KI26, CV20 and LU1 on one transverse line along the first
    space; LU1 1 B-cun below LU2 (note 1)."""
    cv20 = put("trunk-chest", **{"from": "ics1-midline"})
    for name in ("ics1-2cun", "ics1-4cun", "ics1-6cun"):
        assert abs(lm("trunk-chest", name)[1] - cv20[1]) / TRUNK_CUN < 0.2, name
    lu1, lu2 = lm("trunk-chest", "ics1-6cun"), lm("trunk-chest", "infraclavicular-fossa")
    assert (lu1[1] - lu2[1]) / TRUNK_CUN == pytest.approx(1, abs=0.1)


def test_cv12_four_cun_above_the_umbilicus_halfway_to_the_xiphisternal_junction():
    cv12 = put("trunk-abdomen", **{"from": "umbilicus", "up": 4})
    xs, umb = lm("trunk-abdomen", "xiphisternal-junction"), lm("trunk-abdomen", "umbilicus")
    assert cv12 == pytest.approx(((xs[0] + umb[0]) / 2, (xs[1] + umb[1]) / 2), abs=0.2)


def test_cv2_five_cun_below_the_umbilicus_is_on_the_symphysis():
    cv2 = put("trunk-abdomen", **{"from": "umbilicus", "down": 5})
    assert cv2 == pytest.approx(lm("trunk-abdomen", "pubic-symphysis"), abs=0.2)


def test_lu1_six_cun_lateral_in_the_first_space_one_cun_below_lu2():
    lu1 = put("trunk-chest", **{"from": "ics1-6cun"})
    lu2 = put("trunk-chest", **{"from": "infraclavicular-fossa"})
    assert lateral_cun("trunk-chest", lu1) == pytest.approx(6)
    assert lateral_cun("trunk-chest", lu2) == pytest.approx(6)
    assert (lu1[1] - lu2[1]) / TRUNK_CUN == pytest.approx(1, abs=0.25)
    d, y = body("trunk-chest", lu2)
    assert y > clavicle_lower(d)  # below the clavicle
    assert lateral_cun("trunk-chest", lm("trunk-chest", "coracoid")) > 6  # LU2 medial to it
    assert between_ribs("trunk-chest", lu1, 1)


def test_the_coracoid_is_drawn_over_the_arm_in_the_fossas_lateral_part():
    """The coracoid's tip, from which LU2 is measured, is drawn after (over) the arm's fill,
    within a B-cun lateral of the infraclavicular fossa's centre and below the clavicle."""
    svg = ATLAS.views["trunk-chest"].image.read_text()
    assert svg.index('id="arms"') < svg.index('id="coracoid"')
    cor, fossa = lm("trunk-chest", "coracoid"), lm("trunk-chest", "infraclavicular-fossa")
    assert 0 < (fossa[0] - cor[0]) / TRUNK_CUN < 1
    d, y = body("trunk-chest", cor)
    assert y > clavicle_lower(d)


def test_st9_level_with_the_prominence_in_front_of_the_scm():
    for view_id in ("trunk-chest", "head-side"):
        st9 = put(view_id, **{"from": "carotid-pulse"})
        prom = lm(view_id, "laryngeal-prominence")
        front, back = lm(view_id, "scm-anterior-laryngeal"), lm(view_id, "scm-posterior-laryngeal")
        assert st9[1] == prom[1] == front[1] == back[1]
        if view_id == "head-side":  # the throat toward +x: in front of the anterior border
            assert back[0] < front[0] < st9[0] < prom[0]
        else:  # front view, right side on the left: between the midline and the SCM
            assert back[0] < front[0] < st9[0] < prom[0] == ATLAS.views[view_id].midline


def test_the_neck_levels_on_both_views():
    """The cricoid 1.2 B-cun below the prominence on trunk-chest and on head-side (each in its
    own cun); ST10's level crosses the SCM lower than ST9's; on head-side SI17's place, behind
    the angle of the jaw and in front of the SCM, exists."""
    for view_id in ("trunk-chest", "head-side"):
        c = ATLAS.views[view_id].cun
        drop = (lm(view_id, "cricoid")[1] - lm(view_id, "laryngeal-prominence")[1]) / c
        assert drop == pytest.approx(1.2, abs=0.05)
        assert lm(view_id, "scm-anterior-cricoid")[1] == lm(view_id, "cricoid")[1]
    angle, front = lm("head-side", "jaw-angle"), lm("head-side", "scm-anterior-angle")
    assert front[1] == angle[1] and lm("head-side", "scm-posterior-angle")[0] < front[0] < angle[0]


def _dist_to_run(pt, run):
    """Shortest distance from pt to a polyline."""
    best = float("inf")
    for (x0, y0), (x1, y1) in pairwise(run):
        dx, dy = x1 - x0, y1 - y0
        t = max(0.0, min(1.0, ((pt[0] - x0) * dx + (pt[1] - y0) * dy) / (dx * dx + dy * dy)))
        best = min(best, ((pt[0] - x0 - t * dx) ** 2 + (pt[1] - y0 - t * dy) ** 2) ** 0.5)
    return best


def test_st9_lies_on_the_drawn_common_carotid_on_both_neck_views():
    """ST9's caution names the common carotid: both views draw its surface line, along the
    SCM's anterior border up to the pulse at the prominence's level, where ST9 is measured."""
    from tools.figures.head_side import carotid_side, scm_borders
    from tools.figures.trunk_front_shape import CAROTID

    st9 = body("trunk-chest", put("trunk-chest", **{"from": "carotid-pulse"}))
    assert _dist_to_run(st9, CAROTID) / BODY_CUN < 0.15
    assert CAROTID[0][1] > body("trunk-chest", lm("trunk-chest", "suprasternal-notch"))[1] - 2
    hs = ATLAS.views["head-side"]
    st9 = put("head-side", **{"from": "carotid-pulse"})
    assert _dist_to_run(st9, carotid_side()) / hs.cun < 0.15
    for y in (640.0, 700.0):   # in front of the SCM's anterior border, close to it
        x = next(p[0] for p in carotid_side() if p[1] == y)
        assert 0 < (x - scm_borders(y)[0]) / hs.cun < 0.3


def test_si16_and_li17_lie_on_the_skin_inside_the_necks_outline():
    from tools.figures.proportions import TRUNK_HALF
    from tools.figures.trunk_front_shape import _x_on

    neck = TRUNK_HALF[1:8]
    for code_spec in ({"from": "scm-posterior-laryngeal", "lateral": 0.2},
                      {"from": "scm-posterior-cricoid", "lateral": 0.2}):
        d, y = body("trunk-chest", put("trunk-chest", **code_spec))
        assert _x_on(neck, y) - d > 1.5   # body units inside the outline


def _inside(pt, poly):
    """Whether pt is inside the closed polygon (even-odd rule)."""
    x, y, inside = pt[0], pt[1], False
    for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (x1 - x0) * (y - y0) / (y1 - y0):
            inside = not inside
    return inside


def test_st12s_hollow_is_drawn_above_the_clavicle_behind_the_scm():
    """The greater supraclavicular fossa is shaded; ST12 lies in it, above the clavicle's
    upper border, behind (lateral of) the SCM's posterior border, with at least 0.5 B-cun of
    hollow between the shoulder's outline and the clavicle on its line."""
    from tools.figures.proportions import TRUNK_HALF
    from tools.figures.trunk_front_shape import GREATER_SUPRACLAVICULAR, SCM_POSTERIOR

    d, y = body("trunk-chest", lm("trunk-chest", "greater-supraclavicular-fossa"))
    assert _inside((d, y), GREATER_SUPRACLAVICULAR)
    assert y < clavicle_upper(d) and d > SCM_POSTERIOR[-1][0]
    outline_y = next(y0 + (y1 - y0) * (d - d0) / (d1 - d0)
                     for (d0, y0), (d1, y1) in pairwise(TRUNK_HALF)
                     if d0 <= d <= d1 and d1 > d0 and y0 > 200)
    assert (clavicle_upper(d) - outline_y) / BODY_CUN > 1.0


# --- the rib numbers and the ASIS -----------------------------------------------------------------

def _path_box(svg: str, path_id: str):
    """(x0, y0, x1, y1) of the points of the path with this id in the plate's SVG."""
    import re

    m = re.search(rf'<path [^>]*id="{path_id}"[^>]*/>', svg) or re.search(
        rf'<path d="([^"]*)"[^>]*id="{path_id}"', svg)
    assert m, f"{path_id} is not drawn"
    d = re.search(r'd="([^"]*)"', m.group(0)).group(1)
    nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", d)]
    xs, ys = nums[0::2], nums[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def _marks(view_id):
    """Every mark drawn on the view, both sides of the midline."""
    view = ATLAS.views[view_id]
    out = []
    for point in ATLAS.points.values():
        for m in point.marks:
            if m.view == view_id:
                out.append(m.at)
                if point.bilateral and abs(m.at[0] - view.midline) > 0.1:
                    out.append((2 * view.midline - m.at[0], m.at[1]))
    return out


def _box_gap(box, pt) -> float:
    x0, y0, x1, y1 = box
    dx, dy = max(x0 - pt[0], 0, pt[0] - x1), max(y0 - pt[1], 0, pt[1] - y1)
    return (dx * dx + dy * dy) ** 0.5


@pytest.mark.parametrize("view_id", TRUNK)
def test_the_ribs_are_numbered_on_their_bands_clear_of_the_marks(view_id):
    """A student counts the spaces from the numbers: on trunk-chest ribs 1-8 (the 1st to 7th
    spaces the points are counted in), on trunk-abdomen those it shows; each number sits on its
    own rib's band (its centre on the rib's line, no taller than the band), is big enough to
    read at the default zoom (about 11 px at 1280x800: a third of a B-cun) and lies clear of
    every mark (a mark's dot is about 0.15 B-cun across)."""
    view = ATLAS.views[view_id]
    svg = view.image.read_text()
    wanted = range(1, 9) if view_id == "trunk-chest" else range(5, 9)
    marks = _marks(view_id)
    for n in wanted:
        box = _path_box(svg, f"rib-number-{n}")
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        d, y = body(view_id, (cx, cy))
        assert d > 0, n   # on the figure's right (the viewer's left)
        assert abs(y - rib_y(n, d)) < 0.5, n
        height = (box[3] - box[1]) / TRUNK_SCALE
        assert 0.3 * BODY_CUN <= height <= 2 * RIB_HALF, n
        for other in RIBS_FRONT:
            if other != n:
                with contextlib.suppress(ValueError):   # that rib is not drawn at this d
                    assert abs(y - rib_y(other, d)) > 2 * RIB_HALF, (n, other)
        gap = min(_box_gap(box, pt) for pt in marks) / view.cun
        assert gap > 0.25, (n, gap)


def _rendered(view_id):
    return rendered(ATLAS.views[view_id].image)


@pytest.mark.parametrize("view_id", ["trunk-abdomen", "trunk-side"])
def test_the_asis_is_drawn_as_a_bony_knob_at_its_landmark(qapp, view_id):
    """Not only the end of the crest's line: a shaded knob, darker than the skin around it, with
    its edge a few units from the landmark, GB27 measured from it just inside."""
    from PySide6.QtGui import QColor

    image = _rendered(view_id)
    x, y = ATLAS.views[view_id].landmarks["asis"]
    skin_green = 224   # the skin colour #f3e0d0
    for dx, dy in ((0, 0), (2, 2), (-2, 2)):
        assert QColor(image.pixel(round(x + dx), round(y + dy))).green() < skin_green - 6
    ring = [QColor(image.pixel(round(x + 6 * c), round(y + 6 * s))).green()
            for c, s in ((1, 0), (-1, 0), (0, -1), (0.7, 0.7), (-0.7, -0.7))]
    assert min(ring) < skin_green - 10   # its edge drawn round it
