"""The hand close-ups (hand-palm, hand-back): the relations a student checks on a real hand."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from tools import figures
from tools.figures.geometry import bez, catmull
from tools.figures.hand_back import SNUFFBOX, THUMB_TENDONS
from tools.figures.hand_shape import DISTAL_PALMAR_CREASE, OnPlate, outline_segs, radial_styloid_run
from tools.figures.proportions import BODY_CUN, HAND, HAND_H, HAND_W, hand_frame

FIGURES = {f.id: f for f in figures.build()}
PALM, BACK = FIGURES["hand-palm"], FIGURES["hand-back"]
FINGERS = ("index", "middle", "ring", "little")


def _radial_x(fig):
    """+1 when radial (the thumb side) is toward larger x on this view, else -1."""
    return -1 if fig.side == "front" else 1


@pytest.mark.parametrize("fig", [PALM, BACK], ids=["hand-palm", "hand-back"])
def test_thumb_is_radial(fig):
    """Palm: the thumb on the viewer's left; back: on the viewer's right (anatomical
    position). Every finger lies ulnar of the thumb, in order index → little."""
    lm = fig.landmarks
    s = _radial_x(fig)
    thumb = lm["fingertip-thumb"] if fig is PALM else lm["nail-thumb-free"]
    tips = ([lm[f"fingertip-{n}"] for n in FINGERS] if fig is PALM
            else [lm[f"nail-{n}-free"] for n in FINGERS])
    xs = [s * thumb[0]] + [s * p[0] for p in tips]
    assert xs == sorted(xs, reverse=True)
    assert fig.side == ("front" if fig is PALM else "back")


def test_nail_corners_radial_lateral_of_ulnar():
    lm = BACK.landmarks
    for name in ("thumb", *FINGERS):
        radial, ulnar = lm[f"nail-{name}-radial"], lm[f"nail-{name}-ulnar"]
        assert radial[0] > ulnar[0], name  # back view: radial = lateral = viewer's right
        assert radial[1] == pytest.approx(ulnar[1], abs=0.5)  # both at the base of the nail
        free = lm[f"nail-{name}-free"]
        assert ulnar[0] < free[0] < radial[0] and free[1] > radial[1], name


def test_nail_corner_points_are_told_apart():
    """The points 0.1 F-cun proximal-lateral and proximal-medial of the two corners of the
    narrowest nail (HT9 and SI1 on the little finger: 0.07 B-cun out to each side) are more
    than 12 px apart when the plate is fitted into the diagram of a 1280x800 window (about
    672 x 715 px)."""
    lm, c = BACK.landmarks, BACK.cun
    scale = min(672 / HAND_W, 715 / HAND_H)
    width = lm["nail-little-radial"][0] - lm["nail-little-ulnar"][0] + 2 * 0.07 * c
    assert width * scale > 12


def test_mcp_joints_proximal_to_the_webs():
    """Each knuckle lies proximal to the webs on either side of its finger."""
    lm = BACK.landmarks
    for n, webs in ((2, ("2-3",)), (3, ("2-3", "3-4")), (4, ("3-4", "4-5")), (5, ("4-5",))):
        for w in webs:
            assert lm[f"mcp{n}"][1] < lm[f"web-{w}"][1], (n, w)
    assert lm["mcp2-radial"][1] < lm["web-2-3"][1]
    assert lm["mcp5-ulnar"][1] < lm["web-4-5"][1]
    assert lm["space-2-3"][1] < lm["web-2-3"][1] and lm["space-4-5"][1] < lm["web-4-5"][1]
    assert PALM.landmarks["space-2-3"][1] < PALM.landmarks["pip-index-palmar"][1]


@pytest.mark.parametrize("name", FINGERS)
def test_finger_creases_in_order(name):
    """Palm side: MCP level (the gap between the heads) < PIP crease < DIP crease < tip;
    back: PIP joint above the nail."""
    lm = PALM.landmarks
    mcp = lm["space-2-3" if name in ("index", "middle") else "space-4-5"][1]
    pip, dip = lm[f"pip-{name}-palmar"][1], lm[f"dip-{name}-palmar"][1]
    assert mcp < pip < dip < lm[f"fingertip-{name}"][1]
    back = BACK.landmarks
    assert back[f"pip-{name}-dorsal"][1] < back[f"nail-{name}-radial"][1]


def test_hand_length_agrees_with_the_body_plates():
    """Wrist crease → tip of the middle finger, in B-cun, is the body plates' hand's."""
    body = max(v for _u, v in HAND) / BODY_CUN
    lm = PALM.landmarks
    palm = math.dist(lm["wrist-crease"], lm["fingertip-middle"]) / PALM.cun
    assert palm == pytest.approx(body, abs=0.15)
    assert PALM.cun == BACK.cun


def test_li4_lands_where_body_back_puts_it():
    """metacarpal2-base and -head are body-back's numbers, so LI4 (their midpoint) falls on
    the same place of the hand on both plates."""
    body = FIGURES["body-back"].landmarks
    lm = BACK.landmarks
    for name in ("metacarpal2-base", "metacarpal2-head"):
        d, y = body[name]
        u, v = hand_frame(d - FIGURES["body-back"].midline, y)
        x0, y0 = lm["wrist-crease-dorsal"]
        assert lm[name][0] == pytest.approx(x0 + u * BACK.cun / BODY_CUN, abs=1.2), name
        assert lm[name][1] == pytest.approx(y0 + v * BACK.cun / BODY_CUN, abs=1.2), name


def test_snuffbox_distal_to_the_radial_styloid():
    lm = BACK.landmarks
    box, styloid = lm["anatomical-snuffbox"], lm["radial-styloid"]
    assert box[1] > styloid[1]  # distal (fingers point down)
    assert lm["wrist-crease-dorsal-radial"][1] > styloid[1]
    assert abs(box[0] - styloid[0]) < 0.5 * BACK.cun
    # on the radial side of the wrist, radial to the extensor tendons and Lister's tubercle
    assert lm["extensor-digitorum-radial"][0] < lm["lister-tubercle"][0] < box[0]


def test_wrist_tendons_in_order():
    """Palm: radial (viewer's left) to ulnar: FCR, palmaris longus, FCU, then the pisiform;
    the scaphoid tubercle on the radial side. Back: the ulnar head ulnar of the tendons."""
    lm = PALM.landmarks
    xs = [lm[k][0] for k in ("scaphoid-tubercle", "flexor-carpi-radialis-tendon",
                             "palmaris-longus-tendon", "flexor-carpi-ulnaris-tendon", "pisiform")]
    assert xs == sorted(xs)
    for k in ("flexor-carpi-radialis-tendon", "palmaris-longus-tendon",
              "flexor-carpi-ulnaris-tendon"):
        assert lm[k][1] == pytest.approx(lm["wrist-crease"][1], abs=0.1 * PALM.cun)
    back = BACK.landmarks
    assert back["ulna-head"][0] < back["extensor-digitorum-ulnar"][0]
    assert back["ulna-head"][1] < back["wrist-crease-dorsal"][1]  # proximal to the crease
    assert back["ulna-styloid"][1] < back["triquetrum"][1] < back["metacarpal5-base"][1]


# ---------------------------------------------------------------------------------------------
# proportions and drawn details of a real hand (arm/hand audit, findings 5, 6, 8, 14, 17)

def _outline(side):
    """Sample points of the drawn hand outline on one close-up (plate units)."""
    return [bez(seg, k / 24) for seg in OnPlate(side).segs(outline_segs()) for k in range(25)]


def _crossings_at(curve, y):
    return sorted(p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1])
                  for p, q in pairwise(curve) if (p[1] - y) * (q[1] - y) < 0)


def _width_around(curve, x, y):
    """Width of the drawn digit at level y that contains x (the crossings either side)."""
    xs = _crossings_at(curve, y)
    left = max(v for v in xs if v < x)
    right = min(v for v in xs if v > x)
    return right - left


def _inside(curve, p):
    """Whether p lies inside the drawn outline (closed across the plate's top)."""
    poly = [*curve, (curve[-1][0], -200.0), (curve[0][0], -200.0)]
    inside = False
    for a, b in pairwise([*poly, poly[0]]):
        if (a[1] > p[1]) != (b[1] > p[1]) and \
                a[0] + (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) > p[0]:
            inside = not inside
    return inside


def test_palm_and_fingers_in_proportion():
    """The MCP joints about 4.3 B-cun from the wrist crease (they were 5); the middle finger
    from its knuckle nearly as long as the palm from the crease to the knuckle (0.68 before)."""
    back, palm, c = BACK.landmarks, PALM.landmarks, BACK.cun
    crease = back["wrist-crease-dorsal"][1]
    palm_len = (back["mcp3"][1] - crease) / c
    finger = (palm["fingertip-middle"][1] - back["mcp3"][1]) / c
    assert 4.1 <= palm_len <= 4.5
    assert finger / palm_len >= 0.9
    for n in (2, 4, 5):
        assert abs(back[f"mcp{n}"][1] - back["mcp3"][1]) < 0.5 * c  # an arc across the hand


def test_little_finger_is_about_four_fifths_of_the_middle():
    """From its web to its tip the little finger is about 0.78 of the middle finger (0.57
    before) and its tip reaches about the ring finger's DIP crease."""
    back, palm, c = BACK.landmarks, PALM.landmarks, BACK.cun
    little = palm["fingertip-little"][1] - back["web-4-5"][1]
    middle = palm["fingertip-middle"][1] - back["web-3-4"][1]
    assert 0.74 <= little / middle <= 0.82
    assert abs(palm["fingertip-little"][1] - palm["dip-ring-palmar"][1]) < 0.3 * c


def test_finger_widths_and_the_thumb():
    """Across the PIP joints the middle and index fingers are the widest, the ring finger
    narrower than the middle one (it was the widest), the little finger the narrowest; the
    thumb is 1 B-cun (WHO's F-cun) across its IP joint and has the broadest nail."""
    lm, c = BACK.landmarks, BACK.cun
    curve = _outline("back")
    width = {name: _width_around(curve, *lm[f"pip-{name}-dorsal"]) for name in FINGERS}
    assert width["ring"] < width["middle"]
    assert width["little"] < width["ring"]
    assert max(width, key=width.get) in ("middle", "index")
    thumb = _width_around(curve, *lm["ip-thumb-dorsal"])
    assert 0.9 * c <= thumb <= 1.1 * c
    nails = {name: lm[f"nail-{name}-radial"][0] - lm[f"nail-{name}-ulnar"][0]
             for name in ("thumb", *FINGERS)}
    assert max(nails, key=nails.get) == "thumb"


def test_distal_palmar_crease_ends_at_si3():
    """WHO's note: with the hand a little flexed SI3 is at the ulnar end of the distal
    transverse palmar crease. The drawn crease ends on the ulnar border within 0.15 B-cun of
    SI3 (it ended 0.55 B-cun short) and crosses the 5th and 4th metacarpal heads 0.25-0.5
    B-cun proximal to their joints (on a real hand about 7-10 mm)."""
    from app.loader import load_atlas

    c = PALM.cun
    on = OnPlate("front")
    crease = [bez(seg, k / 24) for seg in catmull(on.qs(DISTAL_PALMAR_CREASE))
              for k in range(25)]
    end = on.q(*DISTAL_PALMAR_CREASE[0])
    si3 = next(m.at for m in load_atlas().points["SI3"].marks if m.view == "hand-back")
    si3_palm = (HAND_W - si3[0], si3[1])   # the two plates are mirror images
    assert math.dist(end, si3_palm) < 0.15 * c
    assert min(math.dist(end, p) for p in _outline("front")) < 0.15 * c
    back = BACK.landmarks
    for n in (4, 5):
        x, y = HAND_W - back[f"mcp{n}"][0], back[f"mcp{n}"][1]
        ys = [p[1] for p in crease if abs(p[0] - x) < 1.0]
        assert ys, n
        assert 0.25 * c <= y - sum(ys) / len(ys) <= 0.5 * c, n


def test_thumb_tendons_run_inside_the_hand():
    """On hand-back the tendons of APL, EPB and EPL and the snuffbox between them are drawn
    inside the outline (APL and EPB ran outside it at the wrist), and the radial edge of the
    wrist widens steadily from 1 B-cun above the crease into the thumb: no pinch."""
    on, c = OnPlate("back"), BACK.cun
    curve = _outline("back")
    for name, run in THUMB_TENDONS.items():
        for p in (bez(seg, k / 12) for seg in catmull(on.qs(run)) for k in range(13)):
            assert _inside(curve, p), name
            assert min(math.dist(p, q) for q in curve) > 0.05 * c, name
    for p in on.qs(SNUFFBOX):
        assert _inside(curve, p)
    crease = BACK.landmarks["wrist-crease-dorsal"][1]
    edge = [max(_crossings_at(curve, crease + k * c / 6)) for k in range(-6, 7)]
    assert all(b >= a - 0.2 for a, b in pairwise(edge))  # back view: radial is larger x


@pytest.mark.parametrize("name", ["thumb", *FINGERS])
def test_shixuan_lands_inside_each_fingertip(name):
    """EX-UE11's rule, 0.1 F-cun distal to the free margin of the nail, lands inside the tip on
    every digit (on the little finger it was on the outline)."""
    c = BACK.cun
    x, y = BACK.landmarks[f"nail-{name}-free"]
    p = (x, y + 0.1 * c)
    curve = _outline("back")
    assert _inside(curve, p)
    assert 0.05 * c < min(math.dist(p, q) for q in curve) < 0.35 * c


@pytest.mark.parametrize("fig", [PALM, BACK], ids=["hand-palm", "hand-back"])
def test_radial_styloid_is_drawn_up_to_lu8s_level(fig):
    """The styloid process is drawn from 1 B-cun above the wrist crease (LU8's level) down to
    the crease (it stopped at 0.67 B-cun)."""
    on = OnPlate(fig.side)
    crease = fig.landmarks["wrist-crease" if fig is PALM else "wrist-crease-dorsal"][1]
    top = min(p[1] for seg in catmull(on.qs(radial_styloid_run())) for p in (seg[0], seg[3]))
    assert (crease - top) / fig.cun >= 0.95


def test_thumbnail_begins_a_centimetre_beyond_the_ip_joint():
    """On a real thumb the nail's base is about 1 cm distal of the IP joint's crease and its free
    margin a few millimetres short of the tip; with the thumb 1 B-cun (about 2 cm) across its
    IP joint, that is 0.35-0.5 B-cun and 0.15-0.3 B-cun (the base was 0.22 B-cun, about 5 mm,
    from the joint, so EX-UE5 at the joint sat on the nail fold)."""
    from tools.figures.proportions import THUMB_TIP

    lm, c = BACK.landmarks, BACK.cun
    ip = lm["ip-thumb-dorsal"][1]
    base = lm["nail-thumb-radial"][1]
    assert 0.35 <= (base - ip) / c <= 0.5
    tip = OnPlate("back").q(*THUMB_TIP)[1]
    assert 0.15 <= (tip - lm["nail-thumb-free"][1]) / c <= 0.3
