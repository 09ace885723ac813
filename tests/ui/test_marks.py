"""The marks' own drawing (app/ui/marks.py) where the window's tests do not reach: a screen
of two device pixels per pixel, and each state's disc as the data says it looks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from app.ui.marks import COLOURS, STATES, disc


@pytest.fixture
def diagram(mini_window):
    window = mini_window
    window.show_view("front")
    window.set_layer("how-to-find", False)   # nothing drawn across the selected marks
    window.select_point("GB14")
    return window.diagram


def rendered(diagram, ratio: float) -> QImage:
    """The diagram painted into an image of ``ratio`` device pixels per pixel."""
    size = diagram.viewport().size()
    image = QImage(round(size.width() * ratio), round(size.height() * ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    diagram.render(painter, QRectF(0, 0, size.width(), size.height()))   # in pixels, not dots
    painter.end()
    return image


def disc_area(image: QImage, x: int, y: int, reach: int) -> int:
    centre = image.pixelColor(x, y)
    return sum(image.pixelColor(x + dx, y + dy) == centre
               for dx in range(-reach, reach + 1) for dy in range(-reach, reach + 1))


def test_on_a_high_dpi_screen_every_mark_is_in_place_and_twice_as_many_pixels_wide(diagram):
    plain, sharp = rendered(diagram, 1.0), rendered(diagram, 2.0)
    marks = [m for m in diagram.shown_marks() if m.state in ("normal", "selected")]
    assert {m.state for m in marks} == {"normal", "selected"}
    for mark in marks:
        at = diagram.mapFromScene(mark.pos)
        assert plain.pixelColor(at) == COLOURS[mark.state], mark.code
        assert sharp.pixelColor(at.x() * 2, at.y() * 2) == COLOURS[mark.state], mark.code
        one = disc_area(plain, at.x(), at.y(), 12)
        two = disc_area(sharp, at.x() * 2, at.y() * 2, 24)
        assert one > 40 and 3.2 * one <= two <= 4.8 * one, mark.code   # 2x2 pixels for each


def test_each_state_stacks_and_looks_as_its_disc_says():
    """Selected and asked marks draw over plain ones, and stand out: larger, with a dark
    ring; dimmed marks are see-through; high contrast makes every mark larger."""
    assert STATES.index("selected") > STATES.index("normal") > STATES.index("dim")
    plain, selected, quiz, dim = (disc(s) for s in ("normal", "selected", "quiz", "dim"))
    assert selected.radius > plain.radius and quiz.radius > plain.radius
    assert selected.ring.lightness() < 60 and plain.ring.lightness() > 200
    assert dim.fill.alpha() < 128 and plain.fill.alpha() == 255
    assert all(disc(s, True).radius > disc(s).radius for s in STATES)
