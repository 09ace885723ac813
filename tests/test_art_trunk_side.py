"""trunk-side (the right flank and axilla, arm raised): WHO's proportional cun of the lateral
trunk on the drawn landmarks, the agreement with the body overviews, the ribs as drawn (counted
in the rendered plate, as a student counts them), and WHO's constructions of a handful of points
carried out with app.placement on the view the app loads, checked against the drawn structures
they refer to. No points are entered: the constructions are written out here."""

from __future__ import annotations

import importlib
import itertools
from pathlib import Path

import pytest

from app.loader import load_atlas
from app.placement import NotOnView, place
from tests.plates import rendered
from tools import figures
from tools.figures import proportions as P
from tools.figures.geometry import bez
from tools.figures.proportions import BODY_CUN, TS_CUN, TS_SCALE, TS_X0, TS_Y0
from tools.figures.svg import BG

ROOT = Path(__file__).resolve().parent.parent
ATLAS = load_atlas()
VIEW = ATLAS.views["trunk-side"]
LM = VIEW.landmarks
C = VIEW.cun


def put(**spec):
    """Where a mark with this measurement lands on trunk-side (plate units)."""
    def anchor(name):
        if name not in LM:
            raise NotOnView(name)
        return LM[name]

    at, _steps = place(spec, VIEW, anchor)
    return at


def below(a, b) -> float:
    """B-cun by which point a lies below point b."""
    return (a[1] - b[1]) / C


def body_y(plate_y: float) -> float:
    """The body plates' level of a trunk-side plate level."""
    return plate_y / TS_SCALE + TS_Y0


@pytest.fixture(scope="module")
def plate(qapp):
    """The plate as Qt draws it, one pixel per plate unit."""
    fig = {f.id: f for f in figures.build()}["trunk-side"]
    return rendered(ROOT / fig.image)


def _green(image, x, y):
    from PySide6.QtGui import QColor

    return QColor(image.pixel(round(x), round(y))).green()


def on_rib(image, x, y) -> bool:
    """A rib is drawn as a band a little darker than the skin between the ribs (the faint
    dashed vertical lines, a unit wide, are looked past: the band is dark a few units either
    side)."""
    skin = 224  # green of the skin colour #f3e0d0
    return max(_green(image, x + dx, y) for dx in (-3, 0, 3)) <= skin - 4


def rib_runs(image, x, y0, y1):
    """The rib bands crossed going down the plate at x from y0 to y1: their (top, bottom)."""
    runs, start = [], None
    for y in range(int(y0), int(y1) + 1):
        if on_rib(image, x, y):
            start = y if start is None else start
        elif start is not None:
            runs.append((start, y - 1))
            start = None
    if start is not None:
        runs.append((start, int(y1)))
    return runs


# --- the view ----------------------------------------------------------------------------------

def test_the_view_is_the_right_flank():
    assert (VIEW.side, VIEW.region, VIEW.parent) == ("right", "trunk", "body-side")
    assert VIEW.midline is None
    assert C == TS_CUN == 2 * BODY_CUN
    assert VIEW.frame is not None


def test_front_is_toward_the_viewers_right():
    """side right: `front` moves toward the umbilicus, `back` toward the spine; `lateral` has no
    meaning on a side view."""
    apex = LM["axilla-apex"]
    assert put(**{"from": "axilla-apex", "front": 1})[0] == pytest.approx(apex[0] + C)
    assert LM["umbilicus"][0] > LM["axilla-apex"][0] > LM["rib-12-free-end"][0]
    with pytest.raises(NotOnView):
        put(**{"from": "axilla-apex", "lateral": 1})


def test_the_frame_covers_the_flank_on_body_side():
    x, y, w, h = VIEW.frame
    side = ATLAS.views["body-side"]
    bx, by = side.landmarks["umbilicus"]
    assert x <= bx <= x + w and y <= by <= y + h
    assert x >= 0 and y >= 0 and x + w <= side.viewbox[2] and y + h <= side.viewbox[3]
    # the frame is the plate's own extent on body-side, so what it encloses is what opens
    assert (w * TS_SCALE, h * TS_SCALE) == pytest.approx(tuple(VIEW.viewbox[2:]), abs=1)


# --- WHO's proportional cun ----------------------------------------------------------------------

def test_axilla_apex_to_the_11th_rib_is_twelve_cun():
    """WHO: apex of the axillary fossa -> free extremity of the 11th rib, 12 B-cun, measured down
    the mid-axillary line (both on it)."""
    apex, rib11 = LM["axilla-apex"], LM["rib-11-free-end"]
    assert rib11[0] == pytest.approx(apex[0])
    assert below(rib11, apex) == pytest.approx(12, abs=0.05)


def test_the_mid_axillary_line_is_one_vertical():
    apex = LM["axilla-apex"]
    names = [f"ics-{k}-midaxillary" for k in range(4, 11)] + ["rib-11-free-end",
                                                              "iliac-crest-midaxillary"]
    assert [LM[n][0] for n in names] == pytest.approx([apex[0]] * len(names))
    ys = [LM[n][1] for n in names]
    assert ys == sorted(ys)


# --- the body plates' levels ---------------------------------------------------------------------

@pytest.mark.parametrize(("name", "body_view"), [
    ("umbilicus", "body-side"), ("nipple", "body-front"), ("iliac-crest", "body-back"),
    ("asis", "body-front"), ("asis", "leg-lateral")])
def test_levels_agree_with_the_body_plates(name, body_view):
    other = ATLAS.views[body_view]
    y = other.landmarks[name][1]
    if body_view == "leg-lateral":  # twice the body's size, from its own top
        y = y / 2 + 572.0
    assert body_y(LM[name][1]) == pytest.approx(y, abs=0.1)


def test_the_umbilicus_is_body_sides():
    x, y = ATLAS.views["body-side"].landmarks["umbilicus"]
    assert LM["umbilicus"] == pytest.approx((TS_SCALE * (x - TS_X0), TS_SCALE * (y - TS_Y0)))


# --- the ribs as drawn ---------------------------------------------------------------------------

def test_the_intercostal_spaces_lie_between_drawn_ribs(plate):
    """Every intercostal-space landmark is on skin between two rib bands, with a rib band less
    than a space above and below it (sampled just behind the dashed mid-axillary line and just
    in front of the dashed anterior axillary line)."""
    step = 0.8 * C * 1.38  # a little less than the rib-to-rib step on the mid-axillary line
    names = [(f"ics-{k}-midaxillary", -4) for k in range(4, 11)]
    names += [(f"ics-{k}-anterior-axillary", 4) for k in range(4, 9)]
    for name, dx in names:
        x, y = LM[name][0] + dx, LM[name][1]
        assert not on_rib(plate, x, y), name
        assert any(on_rib(plate, x, y - d) for d in range(4, int(step))), name
        assert any(on_rib(plate, x, y + d) for d in range(4, int(step))), name


def test_counting_the_ribs_down_the_mid_axillary_line(plate):
    """From the 4th intercostal space down the mid-axillary line a student crosses ribs 5 to 11,
    seven ribs, the last one ending there; the k-th space has 10 - k + 1 ribs below it down to
    the 11th's end."""
    x = LM["axilla-apex"][0] - 4
    end = LM["rib-11-free-end"][1]
    for k in range(4, 11):
        runs = rib_runs(plate, x, LM[f"ics-{k}-midaxillary"][1], end + 0.3 * C)
        assert len(runs) == 11 - k, k
    # the 11th rib stops at the mid-axillary line: nothing of it a little in front
    assert not on_rib(plate, LM["rib-11-free-end"][0] + 0.4 * C, end)
    assert on_rib(plate, LM["rib-11-free-end"][0] - 4, end)


def test_the_12th_rib_ends_behind_the_posterior_axillary_line(plate):
    """WHO (GB25): the free end of the 12th rib lies behind the posterior axillary line, lower
    than the 11th's; drawn there, with no rib in front of its tip."""
    r11, r12 = LM["rib-11-free-end"], LM["rib-12-free-end"]
    assert (r11[0] - r12[0]) / C > 1.5  # the posterior axillary line is 1.5 B-cun behind
    assert r12[1] > r11[1]
    assert on_rib(plate, r12[0] - 4, r12[1])
    assert not on_rib(plate, r12[0] + 0.4 * C, r12[1])


# --- WHO's constructions -------------------------------------------------------------------------

def test_gb22_three_cun_below_the_apex_is_in_the_4th_space(plate):
    """GB22: on the mid-axillary line, in the 4th intercostal space, 3 B-cun below the apex of
    the axilla: the two constructions agree on the drawing."""
    by_cun = put(**{"from": "axilla-apex", "down": 3})
    along = put(along=["axilla-apex", "rib-11-free-end"], cun=3, span=12)
    ics = LM["ics-4-midaxillary"]
    assert by_cun == pytest.approx(ics, abs=0.1 * C)
    assert along == pytest.approx(ics, abs=0.1 * C)
    assert not on_rib(plate, by_cun[0] - 4, by_cun[1])


def test_sp21_in_the_6th_space_is_two_spaces_below_gb22(plate):
    gb22 = put(**{"from": "ics-4-midaxillary"})
    sp21 = put(**{"from": "ics-6-midaxillary"})
    assert sp21[0] == pytest.approx(gb22[0])
    runs = rib_runs(plate, gb22[0] - 4, gb22[1], sp21[1])
    assert len(runs) == 2  # the 5th and 6th ribs lie between them
    assert 2 <= below(sp21, gb22) <= 3.5


def test_gb23_one_cun_in_front_in_the_4th_space_above_the_nipple(plate):
    """GB23 1 B-cun in front of GB22 along the 4th space, which falls toward the front: a
    little lower than GB22, still above the nipple's level (the space reaches that level only
    at the front, where the nipple lies in it)."""
    gb23 = put(along=["ics-4-midaxillary", "ics-4-anterior-axillary"], cun=1, span=2)
    gb22 = LM["ics-4-midaxillary"]
    assert (gb23[0] - gb22[0]) / C == pytest.approx(1, abs=0.05)
    assert not on_rib(plate, gb23[0], gb23[1])
    assert 0 < below(gb23, gb22) < 0.5
    assert 0.5 < below(LM["nipple"], gb23) < 1.5


def test_lr13_and_gb26_below_the_11th_rib(plate):
    """LR13 just below the free end of the 11th rib; GB26 straight below it, level with the
    umbilicus; both on the flank, below the ribs and above the iliac crest."""
    lr13 = put(**{"from": "rib-11-free-end", "down": 0.4})
    gb26 = put(**{"from": ["rib-11-free-end", "umbilicus"]})
    assert gb26[1] == pytest.approx(LM["umbilicus"][1])
    assert gb26[0] == pytest.approx(lr13[0])
    assert 1.0 <= below(gb26, lr13) <= 4.5
    crest = LM["iliac-crest-midaxillary"]
    assert below(crest, gb26) > 0.3
    for p in (lr13, gb26):
        assert not on_rib(plate, *p)
        assert plate.pixel(int(p[0]), int(p[1])) != 0xFF000000 | int(BG[1:], 16)


def test_gb25_below_the_12th_rib_behind_lr13(plate):
    gb25 = put(**{"from": "rib-12-free-end", "down": 0.4})
    lr13 = put(**{"from": "rib-11-free-end", "down": 0.4})
    assert 1.5 <= (lr13[0] - gb25[0]) / C <= 2.2  # behind LR13
    assert not on_rib(plate, *gb25)
    assert below(LM["iliac-crest"], gb25) > 1


# --- the ribs in front: the costal margin and trunk-chest's ribs -------------------------------

# the plate's module (tools.figures exports its function of the same name)
trunk_side = importlib.import_module("tools.figures.trunk_side")

def _rib_front_end(k):
    """The plate point where rib k's band ends in front (its drawn centre line's last point)."""
    return P.ts_xy(trunk_side._rib(k)[-1])


def test_the_costal_margin_runs_through_the_front_ends_of_ribs_7_to_10():
    """The costal margin is the lower edge of the 7th-10th costal cartilages: the line drawn for
    it passes within 0.1 B-cun of the front end of each of those ribs as drawn, no rib runs on
    beyond it, and the free end of the 11th rib lies below its last point (WHO's notes for LR13
    and GB26: the tip is felt just below the costal arch)."""
    segs = trunk_side._segs(trunk_side.COSTAL_MARGIN)
    margin = [bez(seg, i / 40) for seg in segs for i in range(41)]
    for k in (7, 8, 9, 10):
        end = _rib_front_end(k)
        gap = min(((x - end[0]) ** 2 + (y - end[1]) ** 2) ** 0.5 for x, y in margin)
        assert gap / C < 0.1, k
    assert LM["rib-11-free-end"][1] > margin[-1][1]
    assert LM["rib-11-free-end"][0] < margin[-1][0]


def test_each_rib_falls_toward_the_front_on_the_flank():
    """Seen from the side the ribs fall from back to front: each of ribs 3-10 runs down all
    the way from the mid-axillary line to its front end, lower on the anterior axillary line
    than on the mid-axillary one."""
    for k in range(3, 11):
        x_end = _rib_front_end(k)[0] / TS_SCALE + TS_X0
        xs = [P.TS_X_MAL + (x_end - P.TS_X_MAL) * i / 20 for i in range(21)]
        ys = [P.ts_rib_y(k, x) for x in xs]
        assert all(b >= a for a, b in itertools.pairwise(ys)), k
        assert ys[0] < ys[-1], k
        if x_end > P.TS_X_AAL:  # the 10th ends behind the anterior axillary line
            assert ys[0] < P.ts_rib_y(k, P.TS_X_AAL) < ys[-1], k


def test_the_nipple_is_in_the_4th_space_as_on_trunk_chest():
    """A student counting the band ends at the front finds the nipple between the 4th and 5th
    ribs, as on trunk-chest (the nipple in the 4th space); on the mid-axillary line the nipple's
    level is the 5th space (the ribs fall toward the front by about one space)."""
    nipple = LM["nipple"]
    assert _rib_front_end(4)[1] < nipple[1] < _rib_front_end(5)[1]
    assert LM["ics-4-midaxillary"][1] < nipple[1]
    assert LM["ics-5-midaxillary"][1] == pytest.approx(nipple[1], abs=0.1 * C)


@pytest.mark.parametrize("space", [3, 4, 5, 6])
def test_the_spaces_in_front_are_trunk_chests(space):
    """From trunk-chest's 6 B-cun line to the nipple line, the k-th space on trunk-side (at the
    matching x) is within 0.3 B-cun of trunk-chest's drawn space (its landmarks, where it has
    them, else its ribs)."""
    chest = ATLAS.views["trunk-chest"]
    for d in (108.0, 90.0, 72.0):
        side_y = P.ts_ics_y(space, P.ts_x_of_d(d))
        chest_y = P.ics_y(space, d)
        name = f"ics{space}-{round(d / BODY_CUN)}cun"
        if name in chest.landmarks:
            chest_y = chest.landmarks[name][1] / P.TRUNK_SCALE + P.CHEST_TOP
        assert abs(side_y - chest_y) / BODY_CUN < 0.3, (space, d)


# --- the rib numbers ---------------------------------------------------------------------------

def test_the_ribs_are_numbered_on_their_bands_clear_of_the_marks():
    """The top band is the 3rd rib, so a student counting from it would miscount: every drawn
    rib (3-12) carries its number on its own band (the number's centre on the rib's line, no
    taller than the band, nearer it than any other rib), big enough to read at the default zoom
    (about 11 px at 1280x800: a third of a B-cun) and clear of every mark on the plate."""
    import re

    from tools.figures.trunk_side import RIB_HALF, RIB_SPAN

    svg = VIEW.image.read_text()
    marks = [m.at for p in ATLAS.points.values() for m in p.marks if m.view == "trunk-side"]
    assert set(RIB_SPAN) == set(range(3, 13))
    for k in RIB_SPAN:
        tag = re.search(rf'<path [^>]*id="rib-number-{k}"[^>]*/>', svg)
        assert tag, f"rib {k} has no number"
        nums = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?",
                                             re.search(r' d="([^"]*)"', tag.group(0)).group(1))]
        xs, ys = nums[0::2], nums[1::2]
        box = min(xs), min(ys), max(xs), max(ys)
        x = (box[0] + box[2]) / 2 / TS_SCALE + TS_X0
        y = body_y((box[1] + box[3]) / 2)
        x0, x1 = RIB_SPAN[k]
        assert x0 < x < x1, k
        assert abs(y - P.ts_rib_y(k, x)) < 0.5, k
        height = (box[3] - box[1]) / TS_SCALE
        assert 0.3 * BODY_CUN <= height <= 2 * RIB_HALF, k
        for other in RIB_SPAN:
            if other != k:
                assert abs(y - P.ts_rib_y(other, x)) > 2 * RIB_HALF, (k, other)
        for mx, my in marks:
            dx = max(box[0] - mx, 0, mx - box[2])
            dy = max(box[1] - my, 0, my - box[3])
            assert (dx * dx + dy * dy) ** 0.5 / C > 0.25, (k, (mx, my))
