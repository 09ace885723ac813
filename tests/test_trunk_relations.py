"""The chest, abdomen and front-of-neck points where WHO 2008 puts them, measured on the drawn
landmarks of the trunk close-ups (issue 15): each channel's key relations and its points in order
along the channel. One section per channel group, each written by the helper who entered those
points. Plain pytest, no Qt."""

from __future__ import annotations

from itertools import pairwise

import pytest

from app.loader import load_atlas
from tools.figures import proportions

ATLAS = load_atlas()


# --- CV and the abdominal proportions ---

# WHO 2008's proportional B-cun down the front midline, landmark to landmark
CV_SEGMENTS = (("suprasternal-notch", "xiphisternal-junction", 9),
               ("xiphisternal-junction", "umbilicus", 8),
               ("umbilicus", "pubic-symphysis", 5))
CV_CLOSE_UPS = ("trunk-chest", "trunk-abdomen")
CV_WITH_ABDOMEN = ("trunk-abdomen", "body-front")   # the views that draw umbilicus and symphysis
NEAR = 0.1   # B-cun: a mark this close to where it is measured to is there


def cv_at(code: str, view_id: str) -> tuple[float, float]:
    spots = [m.at for m in ATLAS.points[code].marks if m.view == view_id]
    assert spots, f"{code} is not drawn on {view_id}"
    return spots[0]


def cv_views(code: str) -> list[str]:
    """The views with the umbilicus and the symphysis that draw the point: trunk-abdomen always,
    body-front for the few it has room for."""
    views = [v for v in CV_WITH_ABDOMEN if v in ATLAS.points[code].views]
    assert "trunk-abdomen" in views, code
    return views


def cv_lm(view_id: str, name: str) -> tuple[float, float]:
    return ATLAS.views[view_id].landmarks[name]


def cv_down(view_id: str, top: str, bottom: str, y: float) -> float:
    """How far y lies down the landmark segment top -> bottom, in WHO's B-cun of that segment."""
    span = next(n for a, b, n in CV_SEGMENTS if (a, b) == (top, bottom))
    y0, y1 = cv_lm(view_id, top)[1], cv_lm(view_id, bottom)[1]
    return (y - y0) / (y1 - y0) * span


@pytest.mark.parametrize("view_id", ["body-front", *CV_CLOSE_UPS])
def test_the_front_midline_keeps_who_s_9_8_5_and_8_between_the_nipples(view_id):
    """Notch -> xiphisternal junction 9 B-cun, -> umbilicus 8, -> upper border of the symphysis
    5, nipple to nipple 8: every drawn segment measures its B-cun in the view's unit."""
    view = ATLAS.views[view_id]
    held = 0
    for top, bottom, span in CV_SEGMENTS:
        if top in view.landmarks and bottom in view.landmarks:
            length = (cv_lm(view_id, bottom)[1] - cv_lm(view_id, top)[1]) / view.cun
            assert abs(length - span) < 0.15, (top, bottom, length)
            held += 1
    assert held >= 1
    if "nipple" in view.landmarks:
        assert abs(abs(cv_lm(view_id, "nipple")[0] - view.midline) / view.cun - 4) < 0.15


@pytest.mark.parametrize("view_id", ["trunk-abdomen", "body-side"])
def test_cv8_is_the_centre_of_the_umbilicus(view_id):
    assert cv_at("CV8", view_id) == pytest.approx(cv_lm(view_id, "umbilicus"))


@pytest.mark.parametrize("view_id", ["trunk-abdomen"])
def test_cv2_is_on_the_upper_border_of_the_symphysis_5_below_cv8(view_id):
    assert cv_at("CV2", view_id) == pytest.approx(cv_lm(view_id, "pubic-symphysis"))
    below = cv_down(view_id, "umbilicus", "pubic-symphysis", cv_at("CV2", view_id)[1])
    assert below == pytest.approx(5)
    assert below - cv_down(view_id, "umbilicus", "pubic-symphysis", cv_at("CV8", view_id)[1]) \
        == pytest.approx(5)


@pytest.mark.parametrize(("code", "below"), [("CV3", 4), ("CV4", 3), ("CV5", 2), ("CV6", 1.5),
                                             ("CV7", 1)])
def test_the_lower_abdominal_points_stand_their_b_cun_below_the_umbilicus(code, below):
    for view_id in cv_views(code):
        y = cv_at(code, view_id)[1]
        assert abs(cv_down(view_id, "umbilicus", "pubic-symphysis", y) - below) < NEAR


@pytest.mark.parametrize(("code", "above"), [(f"CV{n}", n - 8) for n in range(9, 15)]
                         + [("CV15", 7), ("CV16", 8)])
def test_the_upper_abdominal_points_count_up_the_8_b_cun_to_the_xiphisternal_junction(
        code, above):
    """CV9-CV14 1-6 B-cun above the umbilicus, CV15 1 below the xiphisternal junction (7
    above), CV16 on the junction: in the 8 B-cun of the segment between them."""
    for view_id in cv_views(code):
        y = cv_at(code, view_id)[1]
        assert abs(8 - cv_down(view_id, "xiphisternal-junction", "umbilicus", y) - above) < NEAR


def test_cv16_is_the_xiphisternal_junction_on_both_plates_and_cv15_one_cun_below():
    """CV16 is drawn on both plates (the junction is on both) at the same junction; CV15 is one
    B-cun below it on the abdomen."""
    for view_id in CV_CLOSE_UPS:
        assert cv_at("CV16", view_id) == pytest.approx(cv_lm(view_id, "xiphisternal-junction"))
    view = ATLAS.views["trunk-abdomen"]
    assert (cv_at("CV15", view.id)[1] - cv_at("CV16", view.id)[1]) / view.cun \
        == pytest.approx(1, abs=NEAR)


@pytest.mark.parametrize(("code", "space"), [("CV17", 4), ("CV18", 3), ("CV19", 2), ("CV20", 1)])
def test_the_chest_points_sit_in_their_intercostal_space_between_the_drawn_ribs(code, space):
    """Counted from the sternal angle: each mark lies in the gap between the two drawn rib bands
    that bound its space, where they meet the sternum."""
    y = cv_at(code, "trunk-chest")[1]
    art = proportions   # the drawn ribs, in body units (the plate is TRUNK_SCALE of them)
    edge = 18.0 if space == 1 else art.STERNUM_EDGE   # the 1st rib's cartilage starts further out
    upper, lower = (art.TRUNK_SCALE * (art.rib_y(n, edge) - art.CHEST_TOP)
                    for n in (space, space + 1))
    band = art.TRUNK_SCALE * art.RIB_HALF
    assert upper + band < y < lower - band, (code, upper, y, lower)
    assert cv_at(code, "trunk-chest")[0] == pytest.approx(ATLAS.views["trunk-chest"].midline)


def test_the_sternal_angle_at_the_2nd_rib_divides_cv20_from_cv19():
    """A student counts from the sternal angle: the 1st space (CV20) is above it, the 2nd (CV19)
    below it, and CV17 is level with the nipples (the 4th space, in a man)."""
    angle = cv_lm("trunk-chest", "sternal-angle")[1]
    assert cv_at("CV20", "trunk-chest")[1] < angle < cv_at("CV19", "trunk-chest")[1]
    view = ATLAS.views["trunk-chest"]
    assert abs(cv_at("CV17", view.id)[1] - cv_lm(view.id, "nipple")[1]) / view.cun < 0.25
    assert cv_at("CV17", "body-front")[1] == pytest.approx(cv_lm("body-front", "nipple")[1])


def test_cv22_cv21_and_cv23_at_the_root_and_front_of_the_neck():
    """CV22 in the suprasternal fossa, CV21 1 B-cun below it (a ninth of the notch to the
    xiphisternal junction), CV23 above the hyoid and so above the laryngeal prominence."""
    view = "trunk-chest"
    assert cv_at("CV22", view) == pytest.approx(cv_lm(view, "suprasternal-notch"))
    assert cv_at("CV22", "body-front") == pytest.approx(cv_lm("body-front", "suprasternal-notch"))
    assert cv_down(view, "suprasternal-notch", "xiphisternal-junction",
                   cv_at("CV21", view)[1]) == pytest.approx(1, abs=NEAR)
    y23 = cv_at("CV23", view)[1]
    assert y23 < cv_lm(view, "hyoid")[1] < cv_lm(view, "laryngeal-prominence")[1]
    assert (cv_lm(view, "hyoid")[1] - y23) / ATLAS.views[view].cun < 0.5   # just above it


@pytest.mark.parametrize("view_id", ["body-front", *CV_CLOSE_UPS])
def test_the_cv_points_run_in_order_up_the_front_midline(view_id):
    """CV2 on the symphysis up to CV23 above the hyoid: on each front view every CV mark is on
    the midline, each next point higher than the one before."""
    view = ATLAS.views[view_id]
    drawn = [(n, cv_at(f"CV{n}", view_id)) for n in range(1, 25)
             if view_id in ATLAS.points[f"CV{n}"].views]
    assert len(drawn) >= 4
    assert all(x == pytest.approx(view.midline) for _n, (x, _y) in drawn)
    ys = [y for _n, (_x, y) in drawn]
    assert all(b < a for a, b in pairwise(ys)), drawn
    if view_id == "trunk-abdomen":
        assert [n for n, _p in drawn] == list(range(2, 17))
    if view_id == "trunk-chest":
        assert [n for n, _p in drawn] == list(range(16, 24))


def test_exca1_zigong_is_level_with_cv3_and_3_cun_either_side():
    view = ATLAS.views["trunk-abdomen"]
    view_id = view.id
    spots = ATLAS.points["EX-CA1"].marks_on(view)
    assert len(spots) == 2   # both sides
    for x, y in spots:
        assert y == pytest.approx(cv_at("CV3", view_id)[1])
        assert abs(abs(x - view.midline) / view.cun - 3) < NEAR


def test_the_points_below_the_umbilicus_carry_the_pregnancy_cautions():
    """evidence.md N3: every CV point drawn between the umbilicus and the symphysis carries the
    traditional caution with the 2015 review and the NHS advice; CV8 and the points above it
    do not (the upper abdomen in WHO's regions)."""
    view = "trunk-abdomen"
    umbilicus = cv_lm(view, "umbilicus")[1]
    for n in range(2, 17):
        point = ATLAS.points[f"CV{n}"]
        sources = {c.source for c in point.cautions}
        lower = cv_at(point.code, view)[1] > umbilicus + 1
        assert ({"carr-2015-pregnancy", "nhs-acupuncture"} <= sources) == lower, point.code
        assert ("carr-2015-pregnancy" in sources) == lower, point.code
    assert "nhs-acupuncture" in {c.source for c in ATLAS.points["EX-CA1"].cautions}


@pytest.mark.parametrize("code", ["CV1", "EX-HN9", "EX-HN10", "EX-HN11", "EX-HN12", "EX-HN13"])
def test_the_points_no_figure_shows_say_why(code):
    """The perineum and the inside of the nose and mouth are on no plate: those points have no
    marks and a reason the card shows."""
    point = ATLAS.points[code]
    assert not point.marks
    assert point.unmarked and len(point.unmarked) > 20
