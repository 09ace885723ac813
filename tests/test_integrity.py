"""The real atlas and art together: every mark sits on the drawn figure, where anatomy puts it."""

from __future__ import annotations

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
    background = image.pixelColor(2, 2)     # the art's own backdrop, in a corner
    off = []
    for point in ATLAS.points.values():
        for x, y in point.marks_on(view):
            around = [image.pixelColor(int(x) + dx, int(y) + dy)
                      for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
            if all(c == background for c in around):
                off.append(f"{point.code} at ({x:.0f}, {y:.0f})")
    assert off == [], f"marks on the background of {view_id}: {off}"


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
    "hand-palm": "wrist-crease pisiform scaphoid-tubercle radial-styloid fcu-tendon-wrist "
                 "palmaris-tendon-wrist fcr-tendon-wrist fingertip-middle",
    "hand-back": "wrist-crease-dorsal radial-styloid anatomical-snuffbox ulnar-head "
                 "metacarpal2-base metacarpal2-head nail-thumb-radial nail-little-ulnar",
}


@pytest.mark.parametrize("view_id", list(REQUIRED_LANDMARKS))
def test_each_view_has_the_landmarks_locations_refer_to(view_id):
    missing = set(REQUIRED_LANDMARKS[view_id].split()) - set(ATLAS.views[view_id].landmarks)
    assert not missing
