"""Themes, text size, keyboard access to marks and accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app import page_style
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGraphicsView,
               QLineEdit, QPlainTextEdit, QTabBar, QTextEdit)


def make(qtbot, atlas):
    window = MainWindow(atlas, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_control_has_an_accessible_name(qtbot, mini_atlas):
    window = make(qtbot, mini_atlas)
    missing = [f"{type(w).__name__} {w.objectName()!r}"
               for w in window.findChildren(QWidget)
               if isinstance(w, INTERACTIVE) and w.isVisibleTo(window)
               and not w.accessibleName()
               and not (isinstance(w, QAbstractButton) and w.text())]
    assert missing == []


def test_arrow_keys_walk_the_marks_and_enter_opens(qtbot, mini_atlas):
    """Each arrow moves to the nearest mark that way (a bilateral point's two marks are one
    stop); the first press starts at the top; Enter opens the focused point."""
    window = make(qtbot, mini_atlas)
    window.show_view("front")
    window.diagram.setFocus()
    keys = {Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Down: (0, 1),
            Qt.Key.Key_Up: (0, -1)}
    seen = []
    for key in [Qt.Key.Key_Down] * 4 + [Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Left]:
        before = window.diagram._focused
        with qtbot.waitSignal(window.diagram.mark_focused) as signal:
            qtbot.keyClick(window.diagram, key)
        after = window.diagram._focused
        seen.append(signal.args[0])
        if before is not None and after.pos != before.pos:   # moved: that way, to another point
            (dx, dy), a, b = keys[key], before.pos, after.pos
            assert (b.x() - a.x()) * dx + (b.y() - a.y()) * dy > 0
            assert after.code != before.code
    assert seen[0] == "GB14"                       # the top mark first
    assert len(set(seen[:4])) >= 3                 # down the face: brow, mouth, chin …
    assert "Enter opens it" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.diagram.point_clicked):
        qtbot.keyClick(window.diagram, Qt.Key.Key_Return)
    assert window.current_point() == seen[-1]
    assert window.current_point() in window.statusBar().currentMessage()


def test_dark_and_high_contrast_themes_apply_and_persist(qtbot, mini_atlas):
    window = make(qtbot, mini_atlas)
    window.select_point("GB14")
    assert window.set_theme("dark") == "dark"
    base = QApplication.instance().palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 60
    assert window.details.palette_ is page_style.DARK
    assert page_style.DARK.caution_fg in window.details.toHtml()
    assert window.set_theme("high-contrast") == "high-contrast"
    assert window.details.palette_ is page_style.HIGH_CONTRAST
    assert Settings().get("view/theme") == "high-contrast"
    assert window.set_theme("light") == "light"
    assert QApplication.instance().palette().color(QPalette.ColorRole.Base).lightness() > 200


def test_text_size_steps_and_is_remembered(qtbot, mini_atlas):
    window = make(qtbot, mini_atlas)
    assert window.step_text_size(1) == 11
    assert window.step_text_size(1) == 12
    assert QApplication.instance().font().pointSize() == 12
    assert Settings().get("view/text_size") == 12
    again = make(qtbot, mini_atlas)
    assert again._text_size == 12
    again.step_text_size(-2)
    assert QApplication.instance().font().pointSize() == 10


def test_opening_the_window_shows_the_stored_look_without_writing_it_again(qtbot, mini_atlas):
    from app import paths

    stored = Settings()
    stored.set("view/theme", "dark")
    stored.set("view/labels", True)
    stored.sync()
    ini = paths.user_dir() / "settings.ini"
    before = (ini.read_bytes(), ini.stat().st_mtime_ns)
    window = make(qtbot, mini_atlas)
    assert window._theme == "dark" and window.layer_actions["labels"].isChecked()
    window.settings.sync()
    assert (ini.read_bytes(), ini.stat().st_mtime_ns) == before   # nothing written at start
    window.set_theme("light")   # a choice is still remembered
    window.settings.sync()
    assert Settings().get("view/theme") == "light"


def test_about_names_version_atlas_counts_and_licences(qtbot, mini_atlas):
    from app import __version__

    window = make(qtbot, mini_atlas)
    text = window.about_text()
    for expected in (__version__, "mini.yaml", "4 points", "3 sources", "MIT", "Open Font"):
        assert expected in text
    assert window.minimumWidth() >= 800 and window.minimumHeight() >= 500


def test_the_system_theme_is_followed_while_running(qtbot, mini_atlas, monkeypatch):
    from app.ui import theme

    hints = QApplication.styleHints()   # offscreen Qt cannot switch its scheme: stand in for it
    window = make(qtbot, mini_atlas)
    window.set_theme("system")
    monkeypatch.setattr(theme, "effective",
                        lambda name: "dark" if name == "system" else name)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.details.palette_ is page_style.DARK
    window.set_theme("high-contrast")          # an explicit choice is not overridden
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window.details.palette_ is page_style.HIGH_CONTRAST


def test_every_theme_uses_fusion_and_greys_out_disabled_text(qtbot, mini_atlas):
    window, app = make(qtbot, mini_atlas), QApplication.instance()
    assert app.style().name() == "fusion"
    roles, groups = QPalette.ColorRole, QPalette.ColorGroup
    for name in ("light", "dark", "high-contrast"):
        window.set_theme(name)
        palette = app.palette()
        text, base = palette.color(roles.Text), palette.color(roles.Base)
        disabled = palette.color(groups.Disabled, roles.Text)
        assert disabled not in (text, base), name   # disabled controls look disabled
        assert abs(disabled.lightness() - base.lightness()) > 60, name   # and still readable
        assert palette.color(roles.Highlight) != palette.color(roles.Window), name


def test_high_contrast_draws_the_edges_of_fields(qtbot, mini_atlas):
    window = make(qtbot, mini_atlas)
    window.set_theme("high-contrast")
    for field in (window.point_list.search_box, window.point_list.channel_box,
                  window.point_list.list_view):
        image = field.grab().toImage()
        assert image.pixelColor(0, image.height() // 2).lightness() > 200   # its left edge
    box = window.point_list.bookmark_box.grab().toImage()   # the check box's square
    assert any(box.pixelColor(x, y).lightness() > 200 for x in range(16)
               for y in range(box.height()))
    window.set_theme("light")
    assert QApplication.instance().styleSheet() == ""   # the other themes keep Fusion's look


def test_about_says_which_regions_the_bundled_atlas_covers(qtbot):
    from app.loader import load_atlas

    atlas = load_atlas()
    window = make(qtbot, atlas)
    text = window.about_text()
    def count(region):
        return sum(1 for p in atlas.points.values()
                   if any(atlas.views[v].region == region for v in p.views))

    hand, leg, trunk = count("hand"), count("leg"), count("trunk")
    assert "head (" in text and "arm (" in text and f"hand ({hand} points)" in text
    # the leg close-ups carry the points measured on them (ST36 so far), counted as a person reads
    assert f"leg ({leg} point{'' if leg == 1 else 's'})" in text and leg >= 1
    # the trunk close-ups carry the chest, abdomen and neck points measured on them
    assert f"trunk ({trunk} point{'' if trunk == 1 else 's'})" in text and trunk >= 1
    # every WHO 2008 point is in, and About says so (no "not in the atlas yet")
    assert "Every one of the 361 channel points of WHO 2008 is in the atlas." in text
    assert "not in the atlas yet" not in text


def test_about_says_how_many_channel_points_a_smaller_atlas_lacks(qtbot, mini_atlas):
    window = make(qtbot, mini_atlas)
    want = sum(c.who_points or 0 for c in mini_atlas.channels.values())
    held = sum(1 for p in mini_atlas.points.values() if mini_atlas.channels[p.channel].who_points)
    assert f"{want - held} of the {want} channel points of WHO 2008 are not in the atlas yet." in (
        window.about_text())


def test_the_focus_ring_goes_after_a_click_and_never_shows_in_a_name_quiz(qtbot, mini_atlas):
    window = make(qtbot, mini_atlas)
    window.show()
    window.show_view("front")
    diagram = window.diagram
    diagram.setFocus()
    qtbot.keyClick(diagram, Qt.Key.Key_Down)
    ring = diagram._focus_ring
    assert ring.isVisible()
    (mark,) = diagram.marks_of("CV24")[:1]
    qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton,
                     pos=diagram.mapFromScene(mark.pos))
    assert window.current_point() == "CV24" and not ring.isVisible()
    diagram.set_highlight("ST36")   # a name quiz: one mark stands out, its name hidden
    qtbot.keyClick(diagram, Qt.Key.Key_Right)
    assert not ring.isVisible() and diagram.focused_mark() is None
    diagram.set_highlight(None)
    qtbot.keyClick(diagram, Qt.Key.Key_Right)   # back to browsing: the keys work again
    assert ring.isVisible() and diagram.focused_mark() == "CV24"   # from the selected point


def test_zooming_keeps_the_selected_point_in_sight_and_zoom_to_point_centres_it(qtbot,
                                                                                  mini_atlas):
    window = make(qtbot, mini_atlas)
    window.resize(1280, 800)
    window.show()
    window.show_view("front")
    diagram = window.diagram
    window.select_point("CV24")
    (mark,) = diagram.marks_of("CV24")
    port = diagram.viewport().rect()
    diagram.centerOn(diagram.sceneRect().topLeft())   # look far from it, then zoom in hard
    for _ in range(8):
        diagram.zoom_in()
        assert port.contains(diagram.mapFromScene(mark.pos))
    diagram.fit()
    (act,) = [a for a in window.findChildren(QAction) if a.text() == "Zoom to point"]
    act.trigger()
    at = diagram.mapFromScene(mark.pos)
    assert abs(at.x() - port.center().x()) <= 2 and abs(at.y() - port.center().y()) <= 2
    assert diagram.zoom_level() == pytest.approx(3.0, rel=0.05)
    window.show_view("side")
    if not diagram.marks_of("CV24"):
        act.trigger()
        assert "not drawn on this view" in window.statusBar().currentMessage()


def test_high_contrast_and_larger_text_reach_the_diagram_at_once(qtbot, mini_atlas):
    """Marks a third larger with a black ring in high contrast; the R/L, scale bar and
    measurement words follow the text size; back to normal when the theme goes back."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    window = make(qtbot, mini_atlas)
    window.show_view("front")
    window.select_point("GB14")

    def look():
        diagram = window.diagram
        (normal,) = diagram.marks_of("ST36")[:1]
        words = [i for i in diagram.layer("overlays").childItems()
                 if isinstance(i, QGraphicsSimpleTextItem)]
        return (2 * normal.disc.radius, normal.disc.ring.lightness(),
                max(w.font().pointSize() for w in words))

    width, ring, text = look()
    window.set_theme("high-contrast")
    bigger, dark_ring, same_text = look()
    assert bigger > width * 1.3 and dark_ring < 60 and ring > 200 and same_text == text
    window.step_text_size(2)
    assert look()[2] > text
    window.set_theme("light", 10)
    assert look() == (width, ring, text)


def test_a_shortcut_goes_straight_to_the_note_box(qtbot, mini_atlas):
    """From the search box, past the card's links, Ctrl+Shift+N puts the cursor in the note
    (the window's shortcuts reach it from text boxes too: test_shortcuts_everywhere)."""
    window = make(qtbot, mini_atlas)
    window.show()
    (act,) = [a for a in window.findChildren(QAction) if a.text() == "Write in my note"]
    assert act.shortcut().toString() == "Ctrl+Shift+N"
    box = window.point_list.search_box
    box.setFocus()
    act.trigger()
    assert window.focusWidget() is box   # no point yet: it says so
    assert "Select a point first" in window.statusBar().currentMessage()
    window.select_point("GB14")
    box.setFocus()
    act.trigger()
    assert window.focusWidget() is window.notes_panel.editor
