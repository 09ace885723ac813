"""An overview links to its close-ups: each close-up's frame drawn where it lies, with its name
in a tag; a click on the tag (or a double-click in the frame) opens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from app.loader import load_atlas

ATLAS = load_atlas()


@pytest.fixture
def window(bundled_window):
    return bundled_window


def tag_centre(window, close_up: str) -> QPoint:
    _frame, tag = window.diagram._current.close_ups[close_up]
    return window.diagram.mapFromScene(tag.mapToScene(tag.boundingRect().center()))


def test_every_framed_close_up_lies_on_its_parent():
    framed = [v for v in ATLAS.views.values() if v.frame is not None]
    assert {v.id for v in framed} >= {"face-front", "head-back", "head-side"}
    for view in framed:
        x, y, w, h = view.frame
        parent = ATLAS.views[view.parent]
        assert parent.contains((x, y)) and parent.contains((x + w, y + h)), view.id


@pytest.mark.parametrize("overview", ["body-front", "body-back", "body-side"])
def test_clicking_a_close_up_tag_opens_it(qtbot, window, overview):
    window.show_view(overview)
    close_ups = [v.id for v in ATLAS.close_ups(overview)]
    assert close_ups, f"{overview} links to no close-up"
    for close_up in close_ups:
        window.show_view(overview)
        pos = tag_centre(window, close_up)
        assert window.diagram.viewport().rect().contains(pos)
        qtbot.mouseClick(window.diagram.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert window.diagram.current_view() == close_up
        assert window.view_switcher.current_view() == close_up


def test_double_click_inside_a_frame_opens_the_close_up(qtbot, window):
    window.show_view("body-back")
    frame, _tag = window.diagram._current.close_ups["head-back"]
    inside = window.diagram.mapFromScene(frame.rect().center() + QPointF(0, 40))
    assert window.diagram.mark_at(inside) is None
    qtbot.mouseDClick(window.diagram.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    assert window.diagram.current_view() == "head-back"


def test_a_single_click_beside_the_tag_does_not_switch(qtbot, window):
    window.show_view("body-back")
    frame, _tag = window.diagram._current.close_ups["head-back"]
    inside = window.diagram.mapFromScene(frame.rect().center() + QPointF(0, 40))
    qtbot.mouseClick(window.diagram.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    assert window.diagram.current_view() == "body-back"


def test_a_close_up_without_a_frame_draws_no_link():
    assert ATLAS.views["head-top"].frame is None
    assert "head-top" not in [v.id for v in ATLAS.close_ups("body-front")]


def test_a_limb_close_up_names_its_edges_not_the_bodys_sides():
    from app.ui.diagram_view import side_labels

    assert side_labels(ATLAS.views["body-front"]) == ("R", "L")
    assert side_labels(ATLAS.views["hand-back"]) == ("ulnar", "radial")   # thumb on the right
    assert side_labels(ATLAS.views["arm-front"]) == ("radial", "ulnar")   # palm forward
    # the labels agree with the drawing: the thumb's nail is on the radial side
    back = ATLAS.views["hand-back"]
    assert back.landmarks["nail-thumb-radial"][0] > back.landmarks["nail-little-ulnar"][0]


def test_the_scale_bar_is_never_under_a_close_up_frame(window):
    """arm-front's hand close-up covers the bottom left: the 1 B-cun bar moves to the right."""
    from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSimpleTextItem

    for view in ATLAS.views.values():
        window.show_view(view.id)
        scene = window.diagram._current
        overlay = scene.layers["overlays"].childItems()
        (bar,) = [i for i in overlay if isinstance(i, QGraphicsLineItem)]
        (words,) = [i for i in overlay if isinstance(i, QGraphicsSimpleTextItem)
                    and i.text() == "1 B-cun"]
        line = bar.line()
        for frame, _tag in scene.close_ups.values():
            assert not frame.rect().contains(line.p1()), view.id
            assert not frame.rect().contains(line.p2()), view.id
            assert not frame.rect().contains(words.pos()), view.id


@pytest.mark.parametrize("view_id", ["foot-lateral", "foot-medial", "body-side", "hand-back"])
def test_the_edge_words_stay_inside_the_diagram(window, view_id):
    """The words at the top corners are whole on screen, a plate as wide as the diagram too
    (the right-hand word was pushed past the edge by its width in view units)."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    window.show_view(view_id)
    diagram = window.diagram
    overlay = diagram._current.layers["overlays"]
    words = [item for item in overlay.childItems() if isinstance(item, QGraphicsSimpleTextItem)
             and item.text() in {"front", "back", "lateral", "medial", "radial", "ulnar"}]
    assert len(words) == 2
    for item in words:
        box = item.deviceTransform(diagram.viewportTransform()).mapRect(item.boundingRect())
        assert diagram.viewport().rect().contains(box.toAlignedRect()), (view_id, item.text())
