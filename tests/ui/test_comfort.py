"""Themes, text size, keyboard access to marks and accessible names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
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

from app import pages
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
    window = make(qtbot, mini_atlas)
    window.show_view("front")
    window.diagram.setFocus()
    seen = []
    for _ in range(7):
        with qtbot.waitSignal(window.diagram.mark_focused) as signal:
            qtbot.keyClick(window.diagram, Qt.Key.Key_Right)
        seen.append(signal.args[0])
    assert seen[0] == "GB14"                       # reading order: top first
    assert set(seen) == {"GB14", "CV24", "ST36", "TE6"}
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
    assert window.details.palette_ is pages.DARK
    assert pages.DARK.caution_fg in window.details.toHtml()
    assert window.set_theme("high-contrast") == "high-contrast"
    assert window.details.palette_ is pages.HIGH_CONTRAST
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
    assert window.details.palette_ is pages.DARK
    window.set_theme("high-contrast")          # an explicit choice is not overridden
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window.details.palette_ is pages.HIGH_CONTRAST


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

    hand, leg = count("hand"), count("leg")
    assert "head (" in text and "arm (" in text and f"hand ({hand} points)" in text
    # the leg close-ups carry the points measured on them (ST36 so far), counted as a person reads
    assert f"leg ({leg} point{'' if leg == 1 else 's'})" in text and leg >= 1
    assert "trunk" not in text     # none drawn yet: not claimed
