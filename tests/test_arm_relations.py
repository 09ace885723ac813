"""The arm and hand points where WHO 2008 puts them, measured on the drawn landmarks of the four
close-ups (issue 13): distances above the wrist creases, the elbow points, the points along each
channel in order. Plain pytest, no Qt."""

from __future__ import annotations

import math
import re
from itertools import pairwise

import pytest

from app.loader import load_atlas
from tools.figures.arm_base import RADIAL_STYLOID, Frame
from tools.figures.arm_front import SUPRACONDYLAR_RIDGE
from tools.figures.geometry import bez, catmull

ATLAS = load_atlas()
# each forearm: its wrist crease and elbow landmark (cubital crease, or the olecranon behind)
FOREARMS = {"arm-front": ("wrist-crease", "cubital-crease"),
            "arm-back": ("wrist-crease-dorsal", "olecranon")}


def at(code: str, view_id: str) -> tuple[float, float]:
    spots = [m.at for m in ATLAS.points[code].marks if m.view == view_id]
    assert spots, f"{code} is not drawn on {view_id}"
    return spots[0]


def above_wrist(code: str, view_id: str) -> float:
    """B-cun from the wrist crease toward the elbow, along the forearm (its proportional cun:
    crease to crease 12)."""
    return above_wrist_at(at(code, view_id), view_id)


def above_wrist_at(p, view_id: str) -> float:
    lm = ATLAS.views[view_id].landmarks
    wrist, elbow = (lm[name] for name in FOREARMS[view_id])
    length = math.dist(wrist, elbow)
    axis = ((elbow[0] - wrist[0]) / length, (elbow[1] - wrist[1]) / length)
    return ((p[0] - wrist[0]) * axis[0] + (p[1] - wrist[1]) * axis[1]) * 12 / length


@pytest.mark.parametrize("view_id", list(FOREARMS))
def test_elbow_to_wrist_crease_is_twelve_cun(view_id):
    view = ATLAS.views[view_id]
    wrist, elbow = (view.landmarks[name] for name in FOREARMS[view_id])
    assert math.dist(wrist, elbow) / view.cun == pytest.approx(12, abs=0.1)


@pytest.mark.parametrize(("code", "view_id", "cun"), [
    ("LU7", "arm-front", 1.5), ("LU8", "arm-front", 1), ("LU9", "arm-front", 0),
    ("LU6", "arm-front", 7), ("PC4", "arm-front", 5), ("PC5", "arm-front", 3),
    ("PC6", "arm-front", 2), ("PC7", "arm-front", 0), ("HT4", "arm-front", 1.5),
    ("HT5", "arm-front", 1), ("HT6", "arm-front", 0.5), ("HT7", "arm-front", 0),
    ("EX-UE2", "arm-front", 4),
    ("TE4", "arm-back", 0), ("TE5", "arm-back", 2), ("TE6", "arm-back", 3),
    ("TE7", "arm-back", 3), ("TE8", "arm-back", 4), ("TE9", "arm-back", 7),
    ("SI6", "arm-back", 1), ("SI7", "arm-back", 5), ("LI6", "arm-back", 3),
    ("LI7", "arm-back", 5), ("LI10", "arm-back", 10), ("LI9", "arm-back", 9),
    ("LI8", "arm-back", 8),
])
def test_forearm_points_stand_their_cun_above_the_wrist_crease(code, view_id, cun):
    assert above_wrist(code, view_id) == pytest.approx(cun, abs=0.15)


@pytest.mark.parametrize(("code", "cun"), [
    ("HT4", 1.5), ("HT5", 1), ("HT6", 0.5), ("HT7", 0), ("PC6", 2), ("PC7", 0),
    ("LU7", 1.5), ("LU8", 1), ("LU9", 0)])
def test_the_wrist_points_on_the_hand_close_up_agree(code, cun):
    view = ATLAS.views["hand-palm"]
    crease_y = view.landmarks["wrist-crease"][1]
    assert (crease_y - at(code, "hand-palm")[1]) / view.cun == pytest.approx(cun, abs=0.15)


def across(p, view_id: str, origin) -> float:
    """Signed B-cun of ``p`` across the forearm from the line through ``origin`` along it:
    positive toward the radial side."""
    view = ATLAS.views[view_id]
    if view_id == "hand-palm":      # the hand's axis is vertical, radial to the viewer's left
        return (origin[0] - p[0]) / view.cun
    wrist, elbow = (view.landmarks[name] for name in FOREARMS[view_id])
    length = math.dist(wrist, elbow)
    ax, ay = (elbow[0] - wrist[0]) / length, (elbow[1] - wrist[1]) / length
    # front view: radial is the viewer's left; the axis points up the forearm
    return ((p[0] - origin[0]) * ay - (p[1] - origin[1]) * ax) / view.cun


@pytest.mark.parametrize("view_id", ["arm-front", "hand-palm"])
def test_pericardium_points_lie_between_palmaris_longus_and_flexor_carpi_radialis(view_id):
    lm = ATLAS.views[view_id].landmarks
    pl, fcr = lm["palmaris-longus-tendon"], lm["flexor-carpi-radialis-tendon"]
    width = across(fcr, view_id, pl)
    assert width > 0   # FCR is radial to PL
    for code in ("PC5", "PC6", "PC7"):
        if view_id in ATLAS.points[code].views:
            assert 0 < across(at(code, view_id), view_id, pl) < width, code
    if view_id == "arm-front":   # WHO also puts PC4 on the PC3-PC7 line, which PC3 (ulnar of
        # the biceps tendon) draws a little ulnar: within 0.1 B-cun of the band
        assert -0.1 < across(at("PC4", view_id), view_id, pl) < width


@pytest.mark.parametrize("view_id", ["arm-front", "hand-palm"])
def test_ht4_to_ht7_are_on_the_radial_side_of_flexor_carpi_ulnaris(view_id):
    fcu = ATLAS.views[view_id].landmarks["flexor-carpi-ulnaris-tendon"]
    for code in ("HT4", "HT5", "HT6", "HT7"):
        assert 0 < across(at(code, view_id), view_id, fcu) < 0.6, code


def test_lu9_shows_the_hollow_radial_of_the_artery_the_same_on_both_views():
    """WHO: in the depression ulnar to the abductor pollicis longus tendon, over the radial artery
    (its note). The mark shows the hollow just radial of the pulse, between the artery and the
    tendon that runs over the radial styloid: the same B-cun from the artery on both views, and
    nearer the artery than the styloid is."""
    offsets = {}
    for view_id in ("hand-palm", "arm-front"):
        lm = ATLAS.views[view_id].landmarks
        artery, styloid = lm["radial-artery"], lm["radial-styloid"]
        offset = across(at("LU9", view_id), view_id, artery)
        assert 0.1 <= offset < across(styloid, view_id, artery), view_id
        offsets[view_id] = offset
    assert offsets["hand-palm"] == pytest.approx(offsets["arm-front"], abs=0.03)


def test_li11_is_midway_between_lu5_and_the_lateral_epicondyle():
    lm = ATLAS.views["arm-front"].landmarks
    lu5, epicondyle = at("LU5", "arm-front"), lm["humerus-epicondyle-lateral"]
    mid = ((lu5[0] + epicondyle[0]) / 2, (lu5[1] + epicondyle[1]) / 2)
    assert math.dist(at("LI11", "arm-front"), mid) < 0.05 * ATLAS.views["arm-front"].cun


def test_li10_is_two_cun_below_li11_on_the_li5_li11_line():
    view = ATLAS.views["arm-back"]
    li5, li10, li11 = (at(c, "arm-back") for c in ("LI5", "LI10", "LI11"))
    assert math.dist(li10, li11) * 12 / math.dist(li5, li11) == pytest.approx(2, abs=0.1)
    # on the line: LI10's distance from it
    (x1, y1), (x2, y2) = li5, li11
    off = abs((x2 - x1) * (y1 - li10[1]) - (x1 - li10[0]) * (y2 - y1)) / math.dist(li5, li11)
    assert off < 0.05 * view.cun


def test_ht3_is_midway_between_the_crease_end_and_the_medial_epicondyle():
    """WHO's note: with the elbow flexed, at the midpoint of the line from the medial end of the
    cubital crease to the medial epicondyle (just in front of the epicondyle)."""
    view = ATLAS.views["arm-front"]
    end, epicondyle = (view.landmarks[n]
                       for n in ("cubital-crease-medial", "humerus-epicondyle-medial"))
    mid = ((end[0] + epicondyle[0]) / 2, (end[1] + epicondyle[1]) / 2)
    assert math.dist(at("HT3", "arm-front"), mid) < 0.05 * view.cun


def test_si10_is_in_the_hollow_below_the_scapular_spine():
    """WHO: straight above the posterior axillary fold, in the depression below the spine of the
    scapula; scapula-spine-lower is the bone's lower border there, so the point is a little
    below it, not on it."""
    view = ATLAS.views["arm-back"]
    fold, border = (view.landmarks[n] for n in ("axillary-fold-back", "scapula-spine-lower"))
    si10 = at("SI10", "arm-back")
    assert abs(si10[0] - fold[0]) < 0.05 * view.cun            # straight above the fold
    assert 0.15 <= (si10[1] - border[1]) / view.cun <= 0.5     # just below the border


def test_li3_is_in_the_hollow_behind_the_second_metacarpal_head():
    """WHO: in the depression radial and proximal to the second MCP joint; the point's finding
    goes into the first hollow behind the head of the bone. On hand-back radial is +x and
    proximal is up (fingers point down)."""
    view = ATLAS.views["hand-back"]
    head, joint = (view.landmarks[n] for n in ("metacarpal2-head", "mcp2-radial"))
    li3 = at("LI3", "hand-back")
    assert 0.1 <= (head[1] - li3[1]) / view.cun <= 0.4         # proximal to the head's widest part
    assert li3[0] >= head[0]                                   # on the bone's radial side
    assert li3[1] < joint[1] and li3[1] < at("LI2", "hand-back")[1]


def test_nail_points_sit_off_the_right_corner():
    """WHO: 0.1 F-cun proximal-lateral (LU11, LI1, HT9) or proximal-medial (SI1) to the named
    corner of the nail, or proximal to it (TE1): 0.1 from the corner in that direction, on the
    named side (radial = lateral = +x on hand-back); F-cun and B-cun agree on this plate."""
    view = ATLAS.views["hand-back"]
    lm, cun = view.landmarks, view.cun
    for code, corner, side in (("LU11", "nail-thumb-radial", 1), ("LI1", "nail-index-radial", 1),
                               ("HT9", "nail-little-radial", 1), ("SI1", "nail-little-ulnar", -1),
                               ("TE1", "nail-ring-ulnar", 0)):
        p, c = at(code, "hand-back"), lm[corner]
        assert math.dist(p, c) / cun == pytest.approx(0.1, abs=0.01), code
        assert p[1] < c[1], code   # proximal: fingers point down
        across = (p[0] - c[0]) / cun
        assert across * side > 0.05 if side else abs(across) < 0.01, code
    # radial corners are on the thumb's side of the ulnar ones
    assert at("HT9", "hand-back")[0] > at("SI1", "hand-back")[0]


ON_A_CREASE = 0.25   # B-cun: a mark this close to a wrist or elbow crease is on it
BLEEDING_SOURCES = {"hsieh-2023-bleeding", "bacc-anticoagulants"}
HAND_CREASES = {"hand-palm": "wrist-crease", "hand-back": "wrist-crease-dorsal"}


def levels(code: str) -> list[float]:
    """B-cun above the wrist crease of each of the point's marks on the arm and hand views."""
    out = []
    for mark in ATLAS.points[code].marks:
        if mark.view in FOREARMS:
            out.append(above_wrist_at(mark.at, mark.view))
        elif mark.view in HAND_CREASES:
            view = ATLAS.views[mark.view]
            out.append((view.landmarks[HAND_CREASES[mark.view]][1] - mark.at[1]) / view.cun)
    return out


def on_the_forearm(code: str) -> bool:
    """A mark between the wrist crease and the elbow's crease line (12 B-cun up: the cubital
    crease, the olecranon behind), clear of both."""
    return any(ON_A_CREASE < v < 12 - ON_A_CREASE for v in levels(code))


def on_a_crease(code: str) -> bool:
    return any(abs(v) <= ON_A_CREASE or abs(v - 12) <= ON_A_CREASE for v in levels(code))


def test_every_forearm_point_carries_the_bleeding_cautions():
    """evidence.md N4 and README "Cautions": on anticoagulants a bleed in the forearm's closed
    muscle compartments can press on nerves and vessels, so every point whose mark lies on the
    forearm carries both cautions (hsieh-2023-bleeding, bacc-anticoagulants). Which points
    those are is read from the marks, not from a list; the points on the wrist and elbow creases
    themselves are left out, and "Forearm point" is said of no other point."""
    forearm = {code for code in ATLAS.points if on_the_forearm(code)}
    assert {"LU6", "LU7", "LU8", "LI6", "HT4", "HT6", "SI6", "PC6", "TE5", "EX-UE2"} <= forearm
    missing = sorted(code for code in forearm
                     if not {c.source for c in ATLAS.points[code].cautions} >= BLEEDING_SOURCES)
    assert not missing, f"forearm points without both bleeding cautions: {missing}"
    said = {code for code, p in ATLAS.points.items()
            if any(c.text.startswith("Forearm point") for c in p.cautions)}
    assert said <= forearm, sorted(said - forearm)


def test_the_forearm_by_position_is_the_forearm_by_whos_words():
    """The rule's line agrees with WHO's region words: a point whose mark is on the forearm is
    located on the forearm; one on a wrist or elbow crease is a point of the wrist or elbow."""
    for code, point in ATLAS.points.items():
        sentence = point.location.split(". ")[0].lower()
        if on_the_forearm(code):
            assert "forearm" in sentence, code
        elif on_a_crease(code):   # "side of the wrist", not "above the wrist crease"
            region = sentence.split(",")[0]
            assert re.search(r"\b(wrist|elbow)\b(?! crease)", region), code


CHANNELS = {"LU": range(3, 12), "LI": range(1, 17), "HT": range(1, 10), "SI": range(1, 11),
            "PC": range(2, 10), "TE": range(1, 15)}


@pytest.mark.parametrize("channel", list(CHANNELS))
def test_points_along_each_channel_run_in_order(channel):
    """On each view, a channel's points follow the limb: the yin channels (LU, HT, PC) from the
    chest toward the hand, the yang ones (LI, SI, TE) from the hand up; fingers point down, so
    "toward the hand" is larger y."""
    toward_hand = channel in ("LU", "HT", "PC")
    for view_id in ("arm-front", "arm-back", "hand-palm", "hand-back"):
        ys = [at(f"{channel}{n}", view_id)[1] for n in CHANNELS[channel]
              if view_id in ATLAS.points[f"{channel}{n}"].views]
        if len(ys) < 2:
            continue
        steps = [b - a for a, b in pairwise(ys)]
        wrong = [s for s in steps if (s < -2 if toward_hand else s > 2)]
        assert not wrong, (view_id, ys)


def _drawn(points, n=24):
    """Points along the smooth curve a plate draws through ``points`` (plate units)."""
    return [bez(seg, k / n) for seg in catmull(points) for k in range(n + 1)]


def _x_at(curve, y):
    """x where a curve first crosses the level y of the plate."""
    for p, q in pairwise(curve):
        if (p[1] - y) * (q[1] - y) <= 0 and p[1] != q[1]:
            return p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1])
    raise AssertionError(f"the curve does not reach y {y}")


@pytest.mark.parametrize("view_id", list(FOREARMS))
def test_radial_styloid_is_drawn_up_to_lu8s_level(view_id):
    """LU8 is measured against the radial styloid 1 B-cun above the crease, so the drawn process
    reaches that level (it stopped at 0.7 B-cun); on arm-front LU8 lies just ulnar of it,
    between it and the radial artery."""
    fr = Frame(back=view_id == "arm-back")
    styloid = _drawn([fr.f(*p) for p in RADIAL_STYLOID])
    lm = ATLAS.views[view_id].landmarks
    wrist, elbow = (lm[name] for name in FOREARMS[view_id])
    length = math.dist(wrist, elbow)
    axis = ((elbow[0] - wrist[0]) / length, (elbow[1] - wrist[1]) / length)
    top = max(((p[0] - wrist[0]) * axis[0] + (p[1] - wrist[1]) * axis[1]) * 12 / length
              for p in styloid)
    assert top >= 0.95
    if view_id == "arm-front":
        lu8 = at("LU8", view_id)
        # front view: radial is the viewer's left, so ulnar of the styloid is larger x
        gap = (lu8[0] - _x_at(styloid, lu8[1])) / ATLAS.views[view_id].cun
        assert 0 < gap < 0.4


def test_li12_is_just_in_front_of_the_lateral_supracondylar_ridge():
    """WHO: LI12 above the lateral epicondyle, anterior to the lateral supracondylar ridge. The
    drawn ridge rises from the epicondyle; seen from in front, LI12 lies just on its anterior
    (medial, viewer's right) side."""
    view = ATLAS.views["arm-front"]
    fr = Frame(back=False)
    ridge = _drawn([fr.up(*p) for p in SUPRACONDYLAR_RIDGE])
    epicondyle = view.landmarks["humerus-epicondyle-lateral"]
    assert min(math.dist(epicondyle, p) for p in ridge) < 0.3 * view.cun
    li12 = at("LI12", "arm-front")
    gap = (li12[0] - _x_at(ridge, li12[1])) / view.cun
    assert 0.05 < gap < 0.35


def _crease_y(curve, x):
    """y where a sampled curve running across the plate crosses the vertical x."""
    for p, q in pairwise(curve):
        if (p[0] - x) * (q[0] - x) <= 0 and p[0] != q[0]:
            return p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0])
    raise AssertionError(f"the curve does not reach x {x}")


def test_lu9_is_on_the_drawn_palmar_crease():
    """WHO: LU9 on the radial side of the palmar wrist crease. The crease is drawn bowing toward
    its ends, so the radial artery (which LU9 is measured from) is where the artery crosses the
    drawn line, not on the straight chord through its middle: LU9 sits on the line (it was 0.07
    B-cun distal of it on hand-palm)."""
    from tools.figures.arm_front import PALMAR_CREASE as FRONT_CREASE
    from tools.figures.hand_palm import PALMAR_CREASE as PALM_CREASE
    from tools.figures.hand_shape import OnPlate

    drawn = {"hand-palm": _drawn(OnPlate("front").qs(PALM_CREASE), 48),
             "arm-front": _drawn([Frame(back=False).f(*p) for p in FRONT_CREASE], 48)}
    for view_id, curve in drawn.items():
        view = ATLAS.views[view_id]
        for p in (at("LU9", view_id), view.landmarks["radial-artery"]):
            assert abs(p[1] - _crease_y(curve, p[0])) / view.cun < 0.04, (view_id, p)


def test_a_standard_is_credited_only_with_the_anatomy_it_states():
    """README "Cautions": WHO 2008 names what lies under a point (LU9: the radial artery), not
    where the pulse falls on the atlas's own mark; a caution credited to a location standard
    says nothing about the mark (the LU9 caution did)."""
    said = [f"{code}: {c.text}" for code, p in ATLAS.points.items() for c in p.cautions
            if c.source in ("who-2008", "gbt-40997-2021")
            and re.search(r"\bmark", c.text.lower())]
    assert not said, said


def test_the_radial_artery_runs_straight_and_lu6_lies_radial_of_it():
    """The radial artery's surface line runs straight from the lateral margin of the biceps
    tendon in the cubital fossa to the pulse at the wrist (Gray's Anatomy, 1918); drawn with a
    radial bow it passed 0.04 B-cun from LU6, which the atlas gives no vessel remark. Drawn
    straight, LU6 (on the LU5-LU9 line, which starts radial of the tendon) lies about 0.2 B-cun
    radial of it, and the artery still ends at the radial-artery landmark on the crease."""
    from tools.figures.arm_front import radial_artery

    view = ATLAS.views["arm-front"]
    fr = Frame(back=False)
    course = [fr.f(*p) for p in radial_artery()]
    artery = _drawn(course)
    a, b = course[0], course[-1]
    bow = max(abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1]))
              / math.dist(a, b) for p in artery)
    assert bow / view.cun < 0.02
    assert math.dist(b, view.landmarks["radial-artery"]) < 0.05 * view.cun
    lu6 = at("LU6", "arm-front")
    gap = (_x_at(artery, lu6[1]) - lu6[0]) / view.cun   # radial is the viewer's left
    assert 0.15 <= gap <= 0.3


@pytest.mark.parametrize("view_id", list(FOREARMS))
def test_radial_styloid_ends_at_the_wrist_crease(view_id):
    """WHO: LI5 at the radial end of the dorsal wrist crease, distal to the radial styloid; the
    crease lies on the line of the styloids' tips. The drawn process ends at its tip on that line
    (on arm-back it ran 0.28 B-cun past the crease, beside LI5), as on the hand close-ups."""
    fr = Frame(back=view_id == "arm-back")
    styloid = _drawn([fr.f(*p) for p in RADIAL_STYLOID])
    lowest = min(above_wrist_at(p, view_id) for p in styloid)
    assert -0.03 <= lowest <= 0.05
    tip = ATLAS.views[view_id].landmarks["radial-styloid"]
    assert min(math.dist(tip, p) for p in styloid) < 0.05 * ATLAS.views[view_id].cun
    if view_id == "arm-back":
        assert above_wrist("LI5", view_id) <= lowest + 0.01


def _outline_of(view_id):
    """Sample points of the drawn outline of the figure on an arm or hand view."""
    if view_id in FOREARMS:
        from tools.figures.arm_base import limb_run

        return _drawn(limb_run(Frame(back=view_id == "arm-back")), 12)
    from tools.figures.hand_shape import OnPlate, outline_segs

    side = "front" if view_id == "hand-palm" else "back"
    return [bez(seg, k / 24) for seg in OnPlate(side).segs(outline_segs()) for k in range(25)]


def _inside(curve, p):
    """Whether p lies inside the sampled outline, closed with a straight edge."""
    inside = False
    for a, b in pairwise([*curve, curve[0]]):
        if (a[1] > p[1]) != (b[1] > p[1]) and \
                a[0] + (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) > p[0]:
            inside = not inside
    return inside


@pytest.mark.parametrize(("code", "view_id", "low", "high"), [
    ("LU7", "arm-front", 0.1, 0.2), ("LU7", "hand-palm", 0.1, 0.2),
    ("LI2", "hand-back", 0.06, 0.11),
    ("HT9", "hand-back", 0.05, 0.2), ("SI1", "hand-back", 0.05, 0.2),
    ("LI1", "hand-back", 0.05, 0.2), ("LU11", "hand-back", 0.05, 0.2),
    ("TE1", "hand-back", 0.05, 0.2),
])
def test_marks_at_the_skin_edge_sit_just_inside_it(code, view_id, low, high):
    """Points on the radial aspect (LU7), on the red-white border (LI2: the border is drawn 0.08
    B-cun inside the outline) or on the side of a finger tip (the nail-corner points) are seen
    from in front or behind just inside the figure's edge: each mark's centre is that far
    inside the drawn outline, not on it (LU7 on arm-front, LI2, HT9 and SI1 were 0.03-0.04
    B-cun from it, half the mark off the figure)."""
    view = ATLAS.views[view_id]
    curve = _outline_of(view_id)
    p = at(code, view_id)
    assert _inside(curve, p), code
    depth = min(math.dist(p, q) for q in curve) / view.cun
    assert low <= depth <= high, (code, view_id, round(depth, 3))


def _back_across(p, view_id, origin):
    """Signed B-cun of p across the forearm from origin on a back view, radial positive."""
    if view_id == "hand-back":       # the hand's axis is vertical, radial to the viewer's right
        return (p[0] - origin[0]) / ATLAS.views[view_id].cun
    return -across(p, view_id, origin)   # across() reads a front view (radial on the left)


def test_the_two_back_views_agree_at_the_wrist():
    """hand-back and arm-back draw one wrist (the head of the ulna and the extensor digitorum
    band at one size), so the points measured from them stand the same B-cun from the middle
    of the dorsal crease on both: TE4 ulnar of the band (0.70 and 0.51 B-cun before), EX-UE3
    radial of it, SI6 in the hollow 0.1 B-cun radial of the head's radial edge."""
    offsets = {view_id: {code: _back_across(at(code, view_id), view_id,
                                            ATLAS.views[view_id].landmarks["wrist-crease-dorsal"])
                         for code in ("TE4", "EX-UE3", "SI6")}
               for view_id in ("hand-back", "arm-back")}
    for code in ("TE4", "EX-UE3", "SI6"):
        hand, arm = offsets["hand-back"][code], offsets["arm-back"][code]
        assert hand == pytest.approx(arm, abs=0.05), code
    assert offsets["hand-back"]["TE4"] < offsets["hand-back"]["SI6"] < 0 < \
        offsets["hand-back"]["EX-UE3"]
    for view_id in ("hand-back", "arm-back"):
        lm = ATLAS.views[view_id].landmarks
        centre = lm["wrist-crease-dorsal"]
        assert _back_across(lm["extensor-digitorum-ulnar"], view_id, centre) < 0 < \
            _back_across(lm["extensor-digitorum-radial"], view_id, centre)
        edge = lm["ulna-head-radial"]
        assert _back_across(at("SI6", view_id), view_id, edge) == pytest.approx(0.1, abs=0.02)


def test_te5s_finding_starts_where_its_marks_start():
    """TE5's "how to find it" and its marks (and the overlay that draws them) start from one
    place, the middle of the dorsal wrist crease: the text said "from TE4 go 2 B-cun up", and
    straight up from TE4 lands 0.5-0.7 B-cun ulnar of the mark."""
    point = ATLAS.points["TE5"]
    for mark in point.marks:
        assert mark.steps[0].label.split(" → ")[0] == "wrist-crease-dorsal", mark.view
    finding = point.finding.lower()
    assert "from the middle of the dorsal wrist crease" in finding
    assert "from te4 go" not in finding
