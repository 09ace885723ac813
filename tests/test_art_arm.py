"""The arm plates (arm-front, arm-back): WHO proportional cun and the anatomy a student would
check, measured on the landmarks of the views as the app loads them."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from tools import figures
from tools.figures.arm_back import deltoid_back_border
from tools.figures.arm_base import Frame, limb_run
from tools.figures.arm_front import BICEPS_LATERAL, BICEPS_MEDIAL
from tools.figures.geometry import bez, catmull
from tools.figures.proportions import ARM_CUN, BICEPS_TENDON_U, LU5_LATERAL

FIGURES = {f.id: f for f in figures.build()}
FRONT = FIGURES["arm-front"]
BACK = FIGURES["arm-back"]


def _dist_to_line(p, a, b):
    """Distance from p to the line through a and b."""
    (ax, ay), (bx, by) = a, b
    return abs((bx - ax) * (ay - p[1]) - (ax - p[0]) * (by - ay)) / math.dist(a, b)


def _samples(points, n=24):
    """Points along the smooth curve the plates draw through ``points``."""
    return [bez(seg, k / n) for seg in catmull(points) for k in range(n + 1)]


def _crossings(curve, a, b):
    """Where a sampled curve crosses the line a → b, as fractions of a → b from a."""
    out = []
    for p, q in pairwise(curve):
        s1 = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
        s2 = (b[0] - a[0]) * (q[1] - a[1]) - (b[1] - a[1]) * (q[0] - a[0])
        if s1 * s2 <= 0 and s1 != s2:
            k = s1 / (s1 - s2)
            x = (p[0] + (q[0] - p[0]) * k, p[1] + (q[1] - p[1]) * k)
            out.append(((x[0] - a[0]) * (b[0] - a[0]) + (x[1] - a[1]) * (b[1] - a[1]))
                       / math.dist(a, b) ** 2)
    return out


def _widths(curve, y):
    """Widths of the drawn limb where the level y cuts it (pairs of crossings)."""
    xs = sorted(p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1])
                for p, q in pairwise(curve) if (p[1] - y) * (q[1] - y) < 0)
    return [xs[i + 1] - xs[i] for i in range(0, len(xs) - 1, 2)]


def _mid(a, b):
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def _lateral(view, p, cun):
    """p moved cun B-cun to the limb's lateral side, as the marks' `lateral:` moves it."""
    sgn = 1 if view.side == "back" else -1
    return (p[0] + sgn * cun * view.cun, p[1])


def test_views_are_the_right_limb_without_midline():
    for f in (FRONT, BACK):
        assert f.region == "arm"
        assert f.midline is None
        assert f.cun == ARM_CUN
    assert (FRONT.side, FRONT.parent) == ("front", "body-front")
    assert (BACK.side, BACK.parent) == ("back", "body-back")


def test_upper_arm_is_nine_cun():
    """Anterior axillary fold → cubital crease: 9 B-cun, from the fold to the crease's line."""
    lm = FRONT.landmarks
    crease = (lm["cubital-crease-lateral"], lm["cubital-crease-medial"])
    assert _dist_to_line(lm["axillary-fold-front"], *crease) == pytest.approx(9 * FRONT.cun,
                                                                              rel=0.02)
    # the biceps landmarks that LU3, LU4, PC2 and HT2 measure from are level with the fold
    for name in ("biceps-groove-lateral", "biceps-heads-groove", "biceps-groove-medial"):
        assert _dist_to_line(lm[name], *crease) == pytest.approx(9 * FRONT.cun, rel=0.02)


def test_posterior_fold_is_nine_cun_level_with_the_anterior():
    """WHO's proportional bone table: anterior or posterior axillary fold -> cubital crease 9
    B-cun. On arm-back the fold's end is 9 B-cun above the line of the elbow (epicondyles and
    olecranon), level with the front's fold (SI9 is 1 B-cun above it)."""
    lm = BACK.landmarks
    elbow = (lm["humerus-epicondyle-medial"], lm["humerus-epicondyle-lateral"])
    assert _dist_to_line(lm["axillary-fold-back"], *elbow) / BACK.cun == pytest.approx(9, abs=0.1)
    assert lm["axillary-fold-back"][1] == pytest.approx(FRONT.landmarks["axillary-fold-front"][1],
                                                        abs=0.5)


def test_forearm_is_twelve_cun_front_and_back():
    f, b = FRONT.landmarks, BACK.landmarks
    assert math.dist(f["cubital-crease"], f["wrist-crease"]) == pytest.approx(12 * FRONT.cun,
                                                                               rel=0.01)
    assert math.dist(b["olecranon"], b["wrist-crease-dorsal"]) == pytest.approx(
        12 * BACK.cun, rel=0.01)


def test_body_front_fold_is_nine_cun_above_the_crease():
    """The whole-body view agrees with the close-up on the fold (9 B-cun above the crease)."""
    body = FIGURES["body-front"]
    fold, crease = body.landmarks["axillary-fold-front"], body.landmarks["cubital-crease"]
    assert crease[1] - fold[1] == pytest.approx(9 * body.cun, rel=0.04)


def test_elbow_front_anatomy():
    """Lateral epicondyle, crease's lateral end, biceps tendon, crease's medial end, medial
    epicondyle in that order from the lateral side (viewer's left on a front view)."""
    lm = FRONT.landmarks
    xs = [lm[n][0] for n in ("humerus-epicondyle-lateral", "cubital-crease-lateral",
                             "biceps-tendon", "cubital-crease-medial",
                             "humerus-epicondyle-medial")]
    assert xs == sorted(xs)
    # LU5 and PC3 either side of the tendon stay between the crease's ends
    tendon = lm["biceps-tendon"]
    lu5 = _lateral(FRONT, tendon, LU5_LATERAL)
    pc3 = _lateral(FRONT, tendon, -LU5_LATERAL)
    assert lm["cubital-crease-lateral"][0] < lu5[0] < tendon[0] < pc3[0] < \
        lm["cubital-crease-medial"][0]
    assert BICEPS_TENDON_U < 0  # the tendon a little to the ulnar side of the crease's middle


def test_wrist_front_anatomy():
    """At the palmar crease from the radial side: styloid, radial artery, FCR, PL, FCU; the
    pisiform on the ulnar side just distal to the crease."""
    lm = FRONT.landmarks
    names = ("radial-styloid", "radial-artery", "flexor-carpi-radialis-tendon",
             "palmaris-longus-tendon", "flexor-carpi-ulnaris-tendon")
    xs = [lm[n][0] for n in names]
    assert xs == sorted(xs)
    crease = lm["wrist-crease"]
    for n in names:
        assert abs(lm[n][1] - crease[1]) < 0.5 * FRONT.cun, n
    assert lm["pisiform"][1] > lm["flexor-carpi-ulnaris-tendon"][1]
    assert abs(lm["pisiform"][0] - lm["flexor-carpi-ulnaris-tendon"][0]) < 0.5 * FRONT.cun
    # the palmar crease centre lies between PL and FCU, PC7 (PL-FCR) to its radial side
    assert lm["flexor-carpi-radialis-tendon"][0] < crease[0] < \
        lm["flexor-carpi-ulnaris-tendon"][0]


def test_shoulder_front_anatomy():
    lm = FRONT.landmarks
    c = FRONT.cun
    # the greater tubercle below and lateral to the acromion; the fossa beside the fold
    assert lm["greater-tubercle"][1] > lm["acromion"][1]
    assert lm["greater-tubercle"][0] < lm["acromion"][0]
    assert abs(lm["axillary-fossa"][0] - lm["axillary-fold-front"][0]) < c
    assert lm["axillary-fossa"][1] > lm["axillary-fold-front"][1]
    # the biceps grooves: lateral, between the heads, medial, at one level
    xs = [lm[n][0] for n in ("biceps-groove-lateral", "biceps-heads-groove",
                             "biceps-groove-medial")]
    assert xs == sorted(xs)


def test_deltoid_insertion_is_seven_cun_up_the_li11_li15_line():
    """LI14: on the LI11-LI15 line, 7 B-cun above LI11, at the deltoid's insertion."""
    lm = FRONT.landmarks
    lu5 = _lateral(FRONT, lm["biceps-tendon"], LU5_LATERAL)
    li11 = _mid(lu5, lm["humerus-epicondyle-lateral"])
    li15 = _mid(lm["acromion-anterior"], lm["greater-tubercle"])
    ins = lm["deltoid-insertion"]
    assert _dist_to_line(ins, li11, li15) < 0.05 * FRONT.cun
    assert math.dist(li11, ins) == pytest.approx(7 * FRONT.cun, rel=0.01)
    assert math.dist(li11, li15) > 10 * FRONT.cun
    # on the lateral half of the arm, lateral to LU3's line (the lateral biceps groove)
    assert ins[0] < lm["biceps-groove-lateral"][0]


def test_elbow_back_anatomy():
    """The olecranon between the epicondyles on Hueter's line; the ulnar groove medial."""
    lm = BACK.landmarks
    c = BACK.cun
    med, olec, lat = (lm["humerus-epicondyle-medial"], lm["olecranon"],
                      lm["humerus-epicondyle-lateral"])
    assert med[0] < olec[0] < lat[0]  # back view: medial on the viewer's left
    assert _dist_to_line(olec, med, lat) < 0.2 * c


def test_acromial_angle_line():
    """TE11-TE13 measure along olecranon → acromial angle, drawn 12.5 B-cun long; the angle
    is a little below and medial to the acromion's lateral edge."""
    lm = BACK.landmarks
    assert math.dist(lm["olecranon"], lm["acromial-angle"]) == pytest.approx(12.5 * BACK.cun,
                                                                              rel=0.01)
    assert lm["acromial-angle"][1] > lm["acromion"][1]
    assert lm["acromial-angle"][0] < lm["acromion"][0]


def test_shoulder_back_anatomy():
    lm = BACK.landmarks
    # SI10's landmark directly above the posterior fold, well above SI9 (1 B-cun above it)
    assert lm["scapula-spine-lower"][0] == pytest.approx(lm["axillary-fold-back"][0], abs=0.2)
    assert lm["scapula-spine-lower"][1] < lm["axillary-fold-back"][1] - 2 * BACK.cun
    # LI16's hollow: medial to the acromion, between clavicle end (above) and spine (below)
    assert lm["clavicle-acromial-end"][0] < lm["acromion"][0]
    assert lm["clavicle-acromial-end"][1] < lm["scapula-spine-lateral"][1]
    # the deltoid insertion is the same point on both views (mirror images)
    assert lm["deltoid-insertion"][1] == FRONT.landmarks["deltoid-insertion"][1]


def test_wrist_back_anatomy():
    """Dorsal wrist from the ulnar side: ulnar styloid, ulna head, ED tendons, Lister's
    tubercle, snuffbox, radial styloid; the ulna head 1 B-cun above the crease."""
    lm = BACK.landmarks
    c = BACK.cun
    crease = lm["wrist-crease-dorsal"]
    xs = [lm[n][0] for n in ("ulna-head", "extensor-digitorum-tendon", "lister-tubercle",
                             "anatomical-snuffbox")]
    assert xs == sorted(xs)
    assert lm["ulna-styloid"][0] < lm["extensor-digitorum-tendon"][0]
    assert lm["radial-styloid"][0] > lm["lister-tubercle"][0]
    axis = (crease[0] - lm["olecranon"][0], crease[1] - lm["olecranon"][1])
    n = math.hypot(*axis)
    above = ((crease[0] - lm["ulna-head"][0]) * axis[0] +
             (crease[1] - lm["ulna-head"][1]) * axis[1]) / n
    assert above == pytest.approx(1 * c, abs=0.1 * c)
    assert lm["lister-tubercle"][1] < crease[1] < lm["anatomical-snuffbox"][1]
    # SI5 and SI4 in order down the ulnar edge: styloid, triquetrum, base of the 5th metacarpal
    ys = [lm[n][1] for n in ("ulna-styloid", "triquetrum", "metacarpal5-base")]
    assert ys == sorted(ys)
    # LI4's metacarpal runs from the wrist toward the index knuckle
    assert lm["metacarpal2-base"][1] < lm["metacarpal2-head"][1]


def test_front_and_back_share_the_limb():
    """One silhouette seen from both sides: a bone point mirrors across the plate."""
    w = 470
    for name in ("humerus-epicondyle-lateral", "humerus-epicondyle-medial", "radial-styloid",
                 "greater-tubercle", "acromion"):
        f, b = FRONT.landmarks[name], BACK.landmarks[name]
        assert f[1] == b[1], name
        assert f[0] + b[0] == pytest.approx(w, abs=0.11), name
    assert FRONT.landmarks["cubital-crease"][1] == BACK.landmarks["olecranon"][1]


def test_posterior_deltoid_border_crosses_the_te13_line_at_three_cun():
    """WHO: TE13 is 3 B-cun below the acromial angle, just behind and below the deltoid's
    posterior border; the drawn border crosses the acromial angle → olecranon line (TE11-TE13,
    12.5 B-cun as drawn) once, a little above TE13."""
    lm = BACK.landmarks
    angle, olec = lm["acromial-angle"], lm["olecranon"]
    border = _samples(deltoid_back_border(Frame(back=True), angle, olec))
    cuts = [t * 12.5 for t in _crossings(border, angle, olec)]
    assert len(cuts) == 1
    assert 2.7 <= cuts[0] <= 3.1


def test_upper_arm_is_wider_than_the_forearm():
    """A real upper arm, seen from in front, is about 8-9 cm (3.8-4 B-cun) across at mid-arm,
    wider than the forearm anywhere below the elbow; the biceps belly is a good part of it."""
    lm = FRONT.landmarks
    c = FRONT.cun
    outline = _samples(limb_run(Frame(back=False)), 12)
    fold_y, elbow_y = lm["axillary-fold-front"][1], lm["cubital-crease"][1]
    mid = _widths(outline, (fold_y + elbow_y) / 2)
    assert len(mid) == 1
    assert 3.75 * c <= mid[0] <= 4.1 * c
    wrist_y = lm["wrist-crease"][1]
    forearm = [w for y in range(int(elbow_y) + 10, int(wrist_y), 10) for w in _widths(outline, y)]
    assert mid[0] > max(forearm) + 0.15 * c
    # the biceps between its drawn borders at mid-arm (upper-arm frame, body units, x2 on the
    # plate)
    v = 81.0

    def u_at(border):
        pts = sorted(border, key=lambda p: p[1])
        for (u0, v0), (u1, v1) in pairwise(pts):
            if v0 <= v <= v1:
                return u0 + (u1 - u0) * (v - v0) / (v1 - v0)
        raise AssertionError("border does not reach mid-arm")

    assert (u_at(BICEPS_LATERAL) - u_at(BICEPS_MEDIAL)) * 2 >= 1.3 * c  # it was 1.1


def test_ulna_head_is_one_size_on_both_back_views():
    """WHO's notes put HT4 level with the upper border of the head of the ulna (1.5 B-cun above
    the wrist crease) and HT6 with its lower border (0.5 B-cun). hand-back and arm-back draw the
    head alike, between those levels (arm-back drew it 0.8-1.2 B-cun, half the size); the
    point SI6 measures from is its radial edge at the middle level, 1 B-cun up."""
    from tools.figures.hand_shape import OnPlate, ulna_head_run

    hand = FIGURES["hand-back"]
    fr = Frame(back=True)
    lm = BACK.landmarks
    olec, crease = lm["olecranon"], lm["wrist-crease-dorsal"]
    n = math.dist(olec, crease)
    axis = ((olec[0] - crease[0]) / n, (olec[1] - crease[1]) / n)

    def up_arm(p):
        return ((p[0] - crease[0]) * axis[0] + (p[1] - crease[1]) * axis[1]) / BACK.cun

    def up_hand(p):
        return (hand.landmarks["wrist-crease-dorsal"][1] - p[1]) / hand.cun

    for levels in ([up_arm(p) for p in _samples([fr.h(*q) for q in ulna_head_run()])],
                   [up_hand(p) for p in _samples(OnPlate("back").qs(ulna_head_run()))]):
        assert min(levels) == pytest.approx(0.5, abs=0.05)
        assert max(levels) == pytest.approx(1.5, abs=0.05)
    assert up_arm(lm["ulna-head-radial"]) == pytest.approx(1, abs=0.05)
    assert up_hand(hand.landmarks["ulna-head-radial"]) == pytest.approx(1, abs=0.05)
