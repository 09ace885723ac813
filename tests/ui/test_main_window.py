"""The window on the small fixture atlas: real clicks on the canvas, widget APIs elsewhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QToolButton, QToolTip

from app.ui.main_window import MainWindow
from app.ui.marks import COLOURS, MarksItem
from app.ui.settings import Settings


@pytest.fixture
def window(mini_window):
    return mini_window


def click_scene(qtbot, window, scene_pos):
    diagram = window.diagram
    pos = diagram.mapFromScene(scene_pos)
    qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_object_names_are_stable(window):
    for name in ("searchBox", "pointList", "diagramView", "viewSwitcher", "detailsPanel"):
        assert window.findChild(object, name) is not None, name


def test_clicking_every_mark_opens_that_point(qtbot, window, mini_atlas):
    clicked = 0
    for view in mini_atlas.views.values():
        window.show_view(view.id)
        for point in mini_atlas.points.values():
            for item in window.diagram.marks_of(point.code):
                with qtbot.waitSignal(window.diagram.point_clicked) as signal:
                    click_scene(qtbot, window, item.pos)
                assert signal.args == [point.code]
                assert window.current_point() == point.code
                text = window.details.toPlainText()
                assert point.code in text and point.pinyin in text and point.english in text
                clicked += 1
    assert clicked == 8   # GB14 x2 + side, CV24, ST36 x2, TE6 x2


def test_clicking_the_background_selects_nothing(qtbot, window):
    window.select_point("CV24")
    with qtbot.assertNotEmitted(window.diagram.point_clicked):
        click_scene(qtbot, window, window.diagram.sceneRect().center())
    assert window.current_point() == "CV24"


def test_list_selection_highlights_the_mark_and_switches_view(qtbot, window):
    window.show_view("side")
    window.point_list.set_channel("CV")
    assert window.point_list.visible_codes() == ["CV24"]
    window.point_list.list_view.setCurrentIndex(window.point_list.proxy.index(0, 0))
    assert window.current_point() == "CV24"
    assert window.diagram.current_view() == "front"
    assert window.view_switcher.current_view() == "front"
    (item,) = window.diagram.marks_of("CV24")
    assert item.disc.fill == COLOURS["selected"]
    others = window.diagram.marks_of("ST36")
    assert all(i.disc.fill == COLOURS["dim"] for i in others)


def test_enter_in_the_search_box_selects_the_best_hit(qtbot, window):
    box = window.point_list.search_box
    box.setFocus()
    qtbot.keyClicks(box, "triple warmer 6")
    assert window.point_list.visible_codes()[0] == "TE6"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.current_point() == "TE6"
    assert "Zhīgōu" in window.details.toPlainText()


def test_details_show_caution_indications_sources_and_caveat(window):
    window.select_point("GB14")
    text = window.details.toPlainText()
    for expected in ("CAUTION", "Bruises easily", "twitching eyelid", "A lay article",
                     "Very low certainty", "See a doctor instead", "not medical advice"):
        assert expected in text, expected


def test_links_open_conditions_and_sources(window):
    window.details.link_activated.emit("condition", "twitch")
    assert "Facial twitching" in window.details.toPlainText()
    assert window.point_list.visible_codes() == ["GB14"]
    window.details.link_activated.emit("source", "lay-article")
    text = window.details.toPlainText()
    assert "Consumer article; weak." in text and "GB14" in text
    window.details.link_activated.emit("point", "ST36")
    assert window.current_point() == "ST36"


def painted_disc(diagram, mark) -> tuple[QColor, int]:
    """The colour at a mark's centre in the frame on screen (what the window last painted,
    not painted again for the test), and how many pixels around it have that colour (its
    disc's area)."""
    QApplication.processEvents()
    window = diagram.window()
    image = QApplication.primaryScreen().grabWindow(window.winId()).toImage()
    at = diagram.viewport().mapTo(window, diagram.mapFromScene(mark.pos))
    centre = image.pixelColor(at)
    area = sum(image.pixelColor(at.x() + dx, at.y() + dy) == centre
               for dx in range(-15, 16) for dy in range(-15, 16))
    return centre, area


def test_marks_are_painted_where_they_are_in_their_states_colour(window):
    window.show_view("front")
    (cv24,) = window.diagram.marks_of("CV24")
    assert cv24.state == "normal" and painted_disc(window.diagram, cv24)[0] == COLOURS["normal"]
    window.select_point("CV24")
    (cv24,) = window.diagram.marks_of("CV24")
    colour, area = painted_disc(window.diagram, cv24)   # its measurement drawn across it
    assert cv24.state == "selected" and colour == COLOURS["selected"] and area > 40
    for st36 in window.diagram.marks_of("ST36"):   # both sides, still plain
        assert painted_disc(window.diagram, st36)[0] == COLOURS["normal"]


def test_marks_keep_their_screen_size_under_zoom(window):
    diagram = window.diagram
    (item,) = diagram.marks_of("CV24")
    before = diagram.transform().m11()
    colour, area = painted_disc(diagram, item)
    diagram.zoom_in()
    diagram.zoom_in()
    assert diagram.transform().m11() > before * 1.5
    diagram.centerOn(item.pos)
    zoomed = painted_disc(diagram, item)
    assert zoomed[0] == colour and abs(zoomed[1] - area) <= area * 0.15
    diagram.fit()
    assert diagram.zoom_level() == pytest.approx(1.0, rel=0.01)


def test_a_few_marks_changing_are_repainted_on_screen(window):
    """One point changing its look repaints only where its marks are: the frame on screen
    must then show each mark as a fresh paint of the whole view does."""
    diagram = window.diagram
    window.show_view("front")
    codes = {m.code for m in diagram.shown_marks()}
    diagram.set_filter(codes)   # every point a match
    for left_out in sorted(codes):   # then one at a time back to dim, and to match again
        for shown in (codes - {left_out}, codes):
            diagram.set_filter(shown)
            fresh = diagram.viewport().grab().toImage()
            for mark in diagram.shown_marks():
                on_screen = painted_disc(diagram, mark)[0]
                assert on_screen == fresh.pixelColor(diagram.mapFromScene(mark.pos)), mark.code


def test_the_marks_item_holds_every_disc_at_every_zoom(window):
    """Qt repaints an item only inside its bounds: every disc must be in them at every zoom,
    or a mark near the plate's edge would not be redrawn when its point changes."""
    diagram = window.diagram
    window.select_point("GB14")
    (item,) = diagram.layer("marks").childItems()
    for step in [diagram.zoom_out] * 3 + [diagram.zoom_in] * 12:
        step()
        scale = diagram.transform().m11()
        for mark in diagram.shown_marks():
            reach = (mark.disc.radius + mark.disc.ring_width / 2) / scale
            disc = QRectF(mark.pos.x() - reach, mark.pos.y() - reach, 2 * reach, 2 * reach)
            assert item.boundingRect().contains(disc), (mark.code, scale)


def test_zoom_is_clamped(window):
    for _ in range(40):
        window.diagram.zoom_in()
    assert window.diagram.zoom_level() == pytest.approx(12.0, rel=0.01)


def test_keyboard_switches_views_and_finds(qtbot, window):
    window.diagram.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.diagram.current_view() == "side"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.point_list.search_box.hasFocus()


def test_last_point_and_geometry_persist(qtbot, mini_atlas):
    first = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([200, 500, 300])
    sizes = first.splitter.sizes()
    first.select_point("ST36")
    first.close()
    settings = Settings()   # a fresh reader of the same user folder
    assert settings.get("last/point") == "ST36"
    second = MainWindow(mini_atlas, settings)
    qtbot.addWidget(second)
    assert second.restore_state()
    second.show()
    assert second.splitter.sizes() == sizes


@pytest.mark.qt_log_ignore("raise")   # the offscreen platform cannot raise the tip's window
def test_hover_tooltip_names_the_point(window):
    diagram = window.diagram
    (item,) = diagram.marks_of("CV24")
    assert item.tip == "CV24 Chéngjiāng — Sauce Receptacle"
    pos = diagram.mapFromScene(item.pos) + QPoint(3, 2)   # on the disc, not at its centre
    hover = QHelpEvent(QEvent.Type.ToolTip, pos, diagram.viewport().mapToGlobal(pos))
    QApplication.sendEvent(diagram.viewport(), hover)
    assert QToolTip.text() == item.tip
    QToolTip.hideText()


def test_clicking_near_but_outside_a_mark_misses(qtbot, window):
    (item,) = window.diagram.marks_of("CV24")
    pos = window.diagram.mapFromScene(item.pos) + QPoint(25, 0)
    assert window.diagram.mark_at(pos) is None


def test_first_start_opens_at_a_comfortable_size(qtbot, mini_atlas):
    window = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(window)
    assert window.restore_state() is False          # nothing saved yet
    screen = window.screen().availableGeometry()
    assert window.width() == max(window.minimumWidth(), min(1280, screen.width() * 9 // 10))
    assert window.height() == max(window.minimumHeight(), min(800, screen.height() * 9 // 10))
    assert window.width() >= 900 and window.height() >= 560


def test_the_search_box_offers_to_clear_what_was_typed(qtbot, window):
    box = window.point_list.search_box
    qtbot.waitUntil(box.isClearButtonEnabled)   # set once the first frame is up
    qtbot.keyClicks(box, "gb14")
    assert window.point_list.visible_codes() == ["GB14"]
    clear = box.findChild(QToolButton)
    qtbot.waitUntil(clear.isVisible)
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert box.text() == "" and len(window.point_list.visible_codes()) > 1


def test_a_point_selected_on_the_diagram_is_in_view_in_the_list(qtbot):
    from app.loader import load_atlas

    win = MainWindow(load_atlas(), Settings())   # the bundled atlas: a list that scrolls
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(50)                               # the first layout settled, as for a user
    view = win.point_list.list_view
    for code in ("GV20", "ST1", "LI4", "EX-HN15", "GB14"):
        win.select_point(code)
        qtbot.wait(20)                           # let a relayout, if any, happen
        row, port = view.visualRect(view.currentIndex()), view.viewport().rect()
        assert port.top() <= row.top() and row.bottom() <= port.bottom(), code


def test_the_diagram_is_drawn_in_named_layers_in_order(window):
    diagram = window.diagram
    z = [diagram.layer(name).zValue() for name in ("art", "channels", "marks", "overlays")]
    assert z == sorted(z) and len(set(z)) == 4          # art under courses under marks …
    (item,) = diagram.marks_of("CV24")
    assert [type(i) for i in diagram.layer("marks").childItems()] == [MarksItem]
    before = set(diagram.scene().items())
    diagram.show_answer(QPointF(10, 10), item.pos, "CV24  1.0 B-cun", QColor("#d0312d"))
    answer = [i for i in diagram.scene().items() if i not in before]
    assert len(answer) >= 5                              # rings, line, marks, cross, label
    assert all(i.topLevelItem() is diagram.layer("overlays") and i.isVisible() for i in answer)
    diagram.clear_answer()
    assert set(diagram.scene().items()) == before


@pytest.mark.parametrize("name", ["channels", "how-to-find"])
def test_set_layer_hides_and_shows_a_layer_on_every_view(window, name):
    drawn = QGraphicsLineItem(0, 0, 50, 50, window.diagram.layer(name))   # as a course would be
    window.set_layer(name, False)
    (mark,) = window.diagram.marks_of("CV24")
    assert not drawn.isVisible() and mark.visible   # only that layer goes
    window.show_view("side")
    assert not window.diagram.layer(name).isVisible()   # and stays off on the next view
    window.set_layer(name, True)
    assert window.diagram.layer(name).isVisible()
    window.show_view("front")
    assert drawn.isVisible()


def test_set_layer_refuses_an_unknown_layer(window):
    with pytest.raises((KeyError, ValueError)):
        window.set_layer("no-such-layer", True)
    assert window.diagram.layer("marks").isVisible()


def test_the_card_says_where_the_point_is_drawn_and_links_there(window):
    window.select_point("GB14")
    assert "Drawn on:" in window.details.toPlainText()
    other = next(v for v in window.atlas.views if v != window.diagram.current_view())
    window.details.link_activated.emit("view", other)
    assert window.diagram.current_view() == other


def test_back_and_forward_walk_points_conditions_and_sources(qtbot, window):
    window.select_point("GB14")
    cond = next(iter(window.atlas.conditions))
    source = next(iter(window.atlas.sources))
    window.details.link_activated.emit("condition", cond)
    window.details.link_activated.emit("source", source)
    assert window.forward_action.isEnabled() is False
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.details.current == ("condition", cond)
    window.back_action.trigger()
    assert window.details.current == ("point", "GB14")
    assert not window.back_action.isEnabled()
    qtbot.mouseClick(window.findChild(QToolButton, "forwardButton"), Qt.MouseButton.LeftButton)
    assert window.details.current == ("condition", cond)


def test_a_view_shown_after_a_search_shows_that_search(qtbot, window):
    """Marks on a view that was not on screen while the user typed show the search's result
    once it is shown, and the plain look again once the search is cleared."""
    window.show_view("side")   # both views' scenes exist before the search
    window.show_view("front")
    box = window.point_list.search_box

    def side_colour():
        window.show_view("side")
        (item,) = window.diagram.marks_of("GB14")
        colour = item.disc.fill
        window.show_view("front")
        return colour

    box.setText("GB14")
    assert all(i.disc.fill == COLOURS["dim"] for i in window.diagram.marks_of("ST36"))
    assert side_colour() == COLOURS["match"]
    box.setText("")
    assert side_colour() == COLOURS["normal"]
    window.select_point("GB14")   # selected on the front view: also selected on the side view
    box.setText("ST36")
    assert side_colour() == COLOURS["selected"]


def test_a_bookmark_star_stays_on_its_row_through_searches(window):
    """A point bookmarked while it is not listed shows its star when a search lists it, and
    loses it when the bookmark goes."""
    points = window.point_list
    points.search_box.setText("ST36")
    points.set_bookmarks({"GB14"})   # GB14 is not listed now
    points.search_box.setText("GB14")
    rows = points.model.stringList()
    assert rows[0].startswith("★ GB14")
    points.set_bookmarks(set())
    points.search_box.setText("")
    assert not any(row.startswith("★") for row in points.model.stringList())
