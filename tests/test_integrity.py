"""The real atlas and art together: every mark sits on the drawn figure, where anatomy puts it."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.loader import load_atlas

ATLAS = load_atlas()


def render(view):
    _x, _y, w, h = view.viewbox
    image = QImage(int(w), int(h), QImage.Format.Format_ARGB32)
    image.fill(QColor("#00ff00"))
    painter = QPainter(image)
    QSvgRenderer(str(view.image)).render(painter, QRectF(0, 0, w, h))
    painter.end()
    return image


@pytest.mark.parametrize("view_id", list(ATLAS.views))
def test_every_mark_lies_on_the_figure(qapp, view_id):
    view = ATLAS.views[view_id]
    image = render(view)
    # the art's own backdrop: the colour most of the four corners share (a figure cut at the
    # plate's edge, as leg-back's buttock at the midline, can fill one corner with skin)
    corners = [image.pixelColor(x, y).rgba() for x in (2, image.width() - 3)
               for y in (2, image.height() - 3)]
    background = QColor.fromRgba(max(set(corners), key=corners.count))
    off = []
    for point in ATLAS.points.values():
        for x, y in point.marks_on(view):
            around = [image.pixelColor(int(x) + dx, int(y) + dy)
                      for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
            if all(c == background for c in around):
                off.append(f"{point.code} at ({x:.0f}, {y:.0f})")
    assert off == [], f"marks on the background of {view_id}: {off}"


def render_fine(view, scale=4):
    """The view's art at ``scale`` pixels per viewBox unit."""
    _x, _y, w, h = view.viewbox
    image = QImage(int(w * scale), int(h * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("#00ff00"))
    painter = QPainter(image)
    QSvgRenderer(str(view.image)).render(painter, QRectF(0, 0, w * scale, h * scale))
    painter.end()
    return image


def to_edge(image, scale, at, directions, limit):
    """Viewbox units from ``at`` to the first background pixel (outside the drawn figure), the
    nearest over ``directions`` (unit vectors); ``limit`` when none is met within it."""
    background = image.pixelColor(2, 2)
    best = limit
    for dx, dy in directions:
        r = 0.0
        while r < best:
            px, py = int((at[0] + dx * r) * scale), int((at[1] + dy * r) * scale)
            if image.pixelColor(px, py) == background:
                best = r
                break
            r += 0.25
    return best


ALL_ROUND = [(math.cos(math.radians(a)), math.sin(math.radians(a))) for a in range(0, 360, 5)]


def test_shixuan_marks_sit_just_inside_each_fingertip(qapp):
    """GB/T: at the tip of each finger, about 0.1 F-cun from the free margin of the nail, so
    each of the five marks stands about 0.1 B-cun inside the drawn tip (not on its outline)."""
    marks = ATLAS.points["EX-UE11"].marks
    assert len(marks) == 5
    images = {}
    for mark in marks:
        view = ATLAS.views[mark.view]
        image = images.setdefault(view.id, render_fine(view))
        inside = to_edge(image, 4, mark.at, ALL_ROUND, view.cun) / view.cun
        assert 0.05 <= inside <= 0.15, (mark.view, mark.at, round(inside, 3))


def test_lu7_is_at_the_radial_edge_on_the_front_views(qapp):
    """WHO: on the radial aspect of the forearm, between the APL and EPB tendons. Seen from in
    front that aspect is the radial border (the viewer's left): LU7 within 0.2 B-cun of it,
    and nearer it than LU8, which is on the front face between the styloid and the artery."""
    for view_id in ("hand-palm", "arm-front"):
        view = ATLAS.views[view_id]
        image = render_fine(view)
        depth = {code: to_edge(image, 4, _mark(code, view_id), [(-1.0, 0.0)], view.cun)
                 / view.cun for code in ("LU7", "LU8")}
        assert depth["LU7"] <= 0.2, (view_id, depth)
        assert depth["LU7"] < depth["LU8"], (view_id, depth)


def test_gv20_is_on_the_line_joining_the_ear_apices_in_profile():
    side = ATLAS.views["head-side"]
    (gv20,) = [m.at for m in ATLAS.points["GV20"].marks if m.view == "head-side"]
    assert abs(gv20[0] - side.landmarks["ear-apex"][0]) <= 0.35 * side.cun


def test_gv15_and_bl10_lie_at_the_level_of_c2():
    back = ATLAS.views["head-back"]
    (gv15,) = [m.at for m in ATLAS.points["GV15"].marks if m.view == "head-back"]
    (bl10,) = [m.at for m in ATLAS.points["BL10"].marks if m.view == "head-back"]
    assert abs(gv15[1] - bl10[1]) <= 0.35 * back.cun
    assert gv15[1] < back.landmarks["c2"][1] <= gv15[1] + 0.5 * back.cun


REQUIRED_LANDMARKS = {   # the minimum the art issue asks of each view
    "face-front": "hairline glabella eyebrow-middle pupil inner-canthus outer-canthus nose-wing "
                  "mouth-corner chin-groove jaw-angle",
    "head-side": "hairline-temple outer-canthus tragus ear-apex zygomatic-arch mandibular-notch "
                 "jaw-angle mastoid",
    "head-back": "occipital-protuberance posterior-hairline mastoid c7",
    "head-top": "anterior-hairline posterior-hairline vertex ear-apex",
    "body-front": "suprasternal-notch xiphisternal-junction umbilicus pubic-symphysis nipple "
                  "cubital-crease wrist-crease knee-eye-lateral lateral-malleolus "
                  "medial-malleolus",
    "body-back": "c7 olecranon wrist-crease-dorsal popliteal-crease lateral-malleolus",
    "body-side": "acromion greater-trochanter knee-eye-lateral lateral-malleolus",
    "arm-front": "axillary-fold-front axillary-fossa biceps-tendon cubital-crease "
                 "cubital-crease-lateral cubital-crease-medial humerus-epicondyle-medial "
                 "palmaris-longus-tendon flexor-carpi-radialis-tendon radial-artery "
                 "radial-styloid pisiform wrist-crease",
    "arm-back": "acromion deltoid-insertion humerus-epicondyle-lateral olecranon ulna-head "
                "ulna-styloid wrist-crease-dorsal lister-tubercle",
    "hand-palm": "wrist-crease pisiform scaphoid-tubercle radial-styloid "
                 "flexor-carpi-ulnaris-tendon palmaris-longus-tendon "
                 "flexor-carpi-radialis-tendon fingertip-middle",
    "hand-back": "wrist-crease-dorsal radial-styloid anatomical-snuffbox ulna-head "
                 "metacarpal2-base metacarpal2-head nail-thumb-radial nail-little-ulnar",
    "trunk-side": "axilla-apex ics-4-midaxillary ics-6-midaxillary ics-4-anterior-axillary "
                  "rib-11-free-end rib-12-free-end umbilicus iliac-crest asis",
    "leg-front": "asis pubic-symphysis pubic-symphysis-lower rectus-femoris-hollow "
                 "patella-base-lateral patella-base-medial knee-eye-lateral knee-eye-medial "
                 "tibial-tuberosity femur-epicondyle-medial ankle-front "
                 "extensor-hallucis-longus-tendon extensor-digitorum-longus-tendon "
                 "lateral-malleolus",
    "leg-medial": "pubic-symphysis femur-epicondyle-medial tibia-medial-condyle-lower "
                  "tibia-medial-border-ankle popliteal-crease-medial semitendinosus-tendon "
                  "calcaneal-tendon medial-malleolus",
    "leg-lateral": "greater-trochanter asis iliotibial-tract-knee femur-epicondyle-lateral "
                   "biceps-femoris-tendon popliteal-crease-lateral fibula-head "
                   "lateral-malleolus",
    "leg-back": "sacral-hiatus greater-trochanter gluteal-fold popliteal-crease "
                "biceps-femoris-tendon semitendinosus-tendon gastrocnemius-tendon-junction "
                "lateral-malleolus",
    "foot-top": "ankle-front lateral-malleolus medial-malleolus tibialis-anterior-tendon "
                "extensor-hallucis-longus-tendon extensor-digitorum-longus-tendon "
                "dorsalis-pedis-artery metatarsal2-base metatarsal-1-2-bases metatarsal-4-5-bases "
                "extensor-digitorum-longus-tendon-5 metatarsal-space-2-3 metatarsal-space-4-5 "
                "toe-web-1-2 toe-web-2-3 toe-web-4-5 toenail-1-medial toenail-1-lateral "
                "toenail-2-lateral toenail-4-lateral toenail-5-lateral",
    "foot-medial": "medial-malleolus medial-malleolus-tip calcaneal-tendon "
                   "calcaneal-tendon-insertion calcaneal-tuberosity tibialis-anterior-tendon "
                   "navicular-tuberosity navicular-inferior metatarsal1-base mtp1-medial "
                   "toenail-1-medial",
    "foot-lateral": "lateral-malleolus lateral-malleolus-tip sole-below-lateral-malleolus "
                    "calcaneal-tendon calcaneus-lateral cuboid metatarsal5-tuberosity "
                    "mtp5-lateral toenail-5-lateral",
    "foot-sole": "heel toe-web-2-3 sole-depression toe-2-dip-plantar",
}


@pytest.mark.parametrize("view_id", list(REQUIRED_LANDMARKS))
def test_each_view_has_the_landmarks_locations_refer_to(view_id):
    missing = set(REQUIRED_LANDMARKS[view_id].split()) - set(ATLAS.views[view_id].landmarks)
    assert not missing


def _mark(code, view_id):
    (at,) = [m.at for m in ATLAS.points[code].marks if m.view == view_id]
    return at


@pytest.mark.parametrize("view_id", ["face-front", "head-side"])
def test_si18_is_below_the_cheekbone_about_level_with_the_nose_wing(view_id):
    """WHO: below the zygomatic bone, directly below the outer canthus; teaching texts put it
    about level with the lower border of the ala. Drawn on the cheekbone, a needle hits bone."""
    view = ATLAS.views[view_id]
    lm, cun = view.landmarks, view.cun
    si18 = _mark("SI18", view_id)
    ala_y = lm["ala-lower" if view_id == "head-side" else "nose-wing-lower"][1]
    assert abs(si18[0] - lm["outer-canthus"][0]) <= 0.1 * cun
    assert si18[1] - lm["outer-canthus"][1] >= 1.5 * cun
    assert abs(si18[1] - ala_y) <= 0.3 * cun
    if view_id == "head-side":
        assert si18[1] - _mark("ST7", view_id)[1] >= 0.5 * cun


def test_ex_hn14_lies_between_te17_and_gb12_in_profile():
    """Front to back in profile (+x is front on head-side): TE17 in the hollow behind the lobe
    and in front of the mastoid, EX-HN14 on the mastoid's back border level with TE17 (its 1
    B-cun runs over the curved skin, so it looks shorter from the side), GB12 in the hollow
    behind and below the mastoid's tip, and GB20 behind GB12 (on head-back GB20 is nearer the
    midline than GB12, and further round the head means further back in profile)."""
    from tools.figures.head_side import mastoid_borders

    side, back = ATLAS.views["head-side"], ATLAS.views["head-back"]
    lm, cun = side.landmarks, side.cun
    te17, yiming, gb12, gb20 = (_mark(c, "head-side") for c in ("TE17", "EX-HN14", "GB12",
                                                                  "GB20"))
    assert te17[0] > yiming[0] > gb12[0] > gb20[0]
    assert 0.4 * cun < te17[0] - yiming[0] < cun
    assert yiming[1] == pytest.approx(te17[1])
    # TE17: level with the drawn lowest point of the lobe, behind it, in front of the mastoid
    front, rear = mastoid_borders(te17[1])
    assert lm["ear-lobe"][1] == pytest.approx(te17[1])
    assert front + 0.1 * cun <= te17[0] <= lm["ear-lobe"][0] - 0.25 * cun
    assert yiming[0] == pytest.approx(rear, abs=0.5)
    # GB12: behind and below the tip, clearly in front of the GB20 hollow
    tip = lm["mastoid"]
    assert gb12[0] < tip[0] - 0.2 * cun and gb12[1] > tip[1]
    assert gb12[0] - lm["gb20-fossa"][0] >= 0.15 * cun
    mid = back.midline
    assert abs(_mark("GB20", "head-back")[0] - mid) < abs(_mark("GB12", "head-back")[0] - mid)


def test_the_mastoid_is_a_cone_behind_the_lobe_with_te18_on_it():
    """The head-side mastoid: its base up at about the tragus's level, its tip behind and below
    the lobe, its back border in front of the GB20 hollow; TE18 (WHO: the centre of the
    mastoid) lies between its borders."""
    from tools.figures.geometry import bez
    from tools.figures.head_side import mastoid_borders, mastoid_curve

    lm, cun = ATLAS.views["head-side"].landmarks, ATLAS.views["head-side"].cun
    top = min(bez(seg, t / 20)[1] for seg in mastoid_curve() for t in range(21))
    assert abs(top - lm["tragus"][1]) <= 0.15 * cun
    tip, lobe = lm["mastoid"], lm["ear-lobe"]
    assert tip[0] < lobe[0] and tip[1] > lobe[1]
    assert mastoid_borders(lm["gb20-fossa"][1])[1] > lm["gb20-fossa"][0] + 0.2 * cun
    te18 = _mark("TE18", "head-side")
    front, rear = mastoid_borders(te18[1])
    assert rear < te18[0] < front


def test_gb9_to_gb12_run_behind_the_ear():
    """GB9 2 B-cun above the hairline straight over the back of the ear root (and about 0.5
    B-cun behind GB8); GB10 and GB11 a third and two thirds of the way down to GB12, behind
    and above the mastoid (GB11 behind its back border)."""
    from tools.figures.head_side import mastoid_borders

    lm, cun = ATLAS.views["head-side"].landmarks, ATLAS.views["head-side"].cun
    gb8, gb9, gb10, gb11, gb12 = (_mark(f"GB{i}", "head-side") for i in range(8, 13))
    hair = lm["hairline-ear-back"]
    assert hair[0] == pytest.approx(lm["ear-root-back"][0]) and hair[1] < lm["ear-root-back"][1]
    assert gb9[0] == pytest.approx(hair[0]) and hair[1] - gb9[1] == pytest.approx(2 * cun)
    assert 0.3 * cun < gb8[0] - gb9[0] < 0.7 * cun
    assert gb9[1] < gb10[1] < gb11[1] < gb12[1]
    assert gb10[0] < lm["ear-apex"][0] and gb11[1] < lm["mastoid"][1]
    assert gb11[0] < mastoid_borders(gb11[1] + 5)[1]


def test_gb3_is_in_the_hollow_straight_above_st7_over_the_arch_midpoint():
    from tools.figures.head_side import ARCH_PROPER

    lm, cun = ATLAS.views["head-side"].landmarks, ATLAS.views["head-side"].cun
    gb3, st7, arch = _mark("GB3", "head-side"), _mark("ST7", "head-side"), lm["zygomatic-arch"]
    assert arch[0] == pytest.approx(sum(ARCH_PROPER) / 2)
    assert gb3[0] == pytest.approx(st7[0]) and abs(arch[0] - gb3[0]) <= 0.05 * cun
    assert 0.1 * cun <= arch[1] - gb3[1] <= 0.3 * cun     # above the arch's line, not on it
    assert st7[1] > arch[1]


@pytest.mark.parametrize("view_id", ["face-front", "head-side"])
def test_te23_is_above_gb1(view_id):
    """WHO: TE23 at the lateral end of the eyebrow, above GB1 (0.5 B-cun beyond the canthus)."""
    cun = ATLAS.views[view_id].cun
    te23, gb1 = _mark("TE23", view_id), _mark("GB1", view_id)
    assert abs(te23[0] - gb1[0]) <= 0.05 * cun and te23[1] < gb1[1]


def test_yintang_is_at_the_glabella_and_gv24_3_5_b_cun_above_it():
    """The glossary defines the glabella as the midpoint of the eyebrows' inner ends: the two
    landmarks agree, the hairline is 3 B-cun above, and GV24 3.5 B-cun above EX-HN3 (WHO)."""
    lm, cun = ATLAS.views["face-front"].landmarks, ATLAS.views["face-front"].cun
    assert lm["eyebrow-inner"][1] == pytest.approx(lm["glabella"][1])
    assert lm["glabella"][1] - lm["hairline"][1] == pytest.approx(3 * cun)
    yintang, gv24 = _mark("EX-HN3", "face-front"), _mark("GV24", "face-front")
    assert yintang == pytest.approx(lm["glabella"])
    assert yintang[1] - gv24[1] == pytest.approx(3.5 * cun)


def test_ex_hn15_counts_from_gv14s_hollow_below_c7():
    back = ATLAS.views["head-back"]
    lm, cun = back.landmarks, back.cun
    hollow = lm["c7-below"]
    assert hollow[0] == back.midline and 0.15 * cun <= hollow[1] - lm["c7"][1] <= 0.4 * cun
    ex15 = _mark("EX-HN15", "head-back")
    assert hollow[1] - ex15[1] == pytest.approx(2 * cun)
    assert abs(ex15[0] - back.midline) == pytest.approx(cun)


def test_st6_lies_on_the_bisector_of_the_drawn_jaw_angle():
    """WHO's note puts ST6 on the bisector of the angle of the mandible, about one
    finger-breadth (drawn as 0.75 B-cun) up and forward from it."""
    import math

    from tools.figures.head_side import JAW_SIDE

    lm, cun = ATLAS.views["head-side"].landmarks, ATLAS.views["head-side"].cun
    angle = lm["jaw-angle"]

    def unit(a, b):
        d = math.dist(a, b)
        return ((b[0] - a[0]) / d, (b[1] - a[1]) / d)

    ramus, border = unit(angle, JAW_SIDE[0]), unit(JAW_SIDE[4], JAW_SIDE[6])
    bisector = math.atan2(-(ramus[1] + border[1]), ramus[0] + border[0])
    st6 = _mark("ST6", "head-side")
    assert math.degrees(abs(math.atan2(angle[1] - st6[1], st6[0] - angle[0]) - bisector)) < 3
    assert math.dist(angle, st6) == pytest.approx(0.75 * cun, abs=0.05 * cun)


def test_gb4_gb5_gb6_follow_the_temple_hairline():
    """WHO's curved line from ST8 to GB7 follows the temple hairline: GB4-GB6 keep about ST8's
    distance (0.5 B-cun) inside the drawn hairline, not the straight chord."""
    import math

    from tools.figures.geometry import point_at, seg_len
    from tools.figures.head_side import hairline_curve, side_profile

    segs, _s_g, s_p, s_a, cun = side_profile()
    curve = hairline_curve(segs, s_a, s_p)
    length = sum(seg_len(seg) for seg in curve)
    samples = [point_at(curve, length * i / 2000) for i in range(2001)]
    st8, gb7 = _mark("ST8", "head-side"), _mark("GB7", "head-side")
    for code in ("GB4", "GB5", "GB6"):
        at = _mark(code, "head-side")
        inside = min(math.dist(at, p) for p in samples) / cun
        assert abs(inside - 0.5) <= 0.2, (code, inside)
    # and the chord would have left GB5 well inside the hair
    mid = ((st8[0] + gb7[0]) / 2, (st8[1] + gb7[1]) / 2)
    assert min(math.dist(mid, p) for p in samples) / cun > 0.7
