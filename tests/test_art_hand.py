"""The hand close-ups (hand-palm, hand-back): the relations a student checks on a real hand."""

from __future__ import annotations

import math

import pytest

from tools import figures
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
    """The points 0.1 B-cun beyond the two corners of the narrowest nail (HT9 and SI1 on the
    little finger) are more than 12 px apart when the plate is fitted into the diagram of a
    1280x800 window (about 672 x 715 px)."""
    lm, c = BACK.landmarks, BACK.cun
    scale = min(672 / HAND_W, 715 / HAND_H)
    width = lm["nail-little-radial"][0] - lm["nail-little-ulnar"][0] + 0.2 * c
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
