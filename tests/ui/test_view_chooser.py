"""The view chooser on an atlas of 22 views: every view reachable by mouse API and keyboard,
nothing wider than the window at 900×600 and 1280×800, and the view shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.loader import load_atlas
from app.model import REGIONS
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.conftest import FIXTURES, MINI

# The whole-body atlas's views (DESIGN.md), as (id, title, region); the fixture's own two
# views stay first as body overviews, so atlas order crosses regions.
EXTRA_VIEWS = [
    ("face-front", "Face, front", "head"), ("head-side", "Head, side", "head"),
    ("head-back", "Head, back", "head"), ("head-top", "Head, top", "head"),
    ("trunk-front", "Chest and abdomen", "trunk"), ("trunk-back", "Back and nape", "trunk"),
    ("trunk-side", "Flank and axilla", "trunk"),
    ("arm-front", "Arm, flexor side", "arm"), ("arm-back", "Arm, extensor side", "arm"),
    ("hand-palm", "Hand, palm", "hand"), ("hand-back", "Hand, back", "hand"),
    ("leg-front", "Leg, front", "leg"), ("leg-medial", "Leg, medial side", "leg"),
    ("leg-lateral", "Leg, lateral side", "leg"), ("leg-back", "Leg, back", "leg"),
    ("foot-top", "Foot, top", "foot"), ("foot-medial", "Foot, medial side", "foot"),
    ("foot-lateral", "Foot, lateral side", "foot"), ("foot-sole", "Foot, sole", "foot"),
    ("body-back", "Whole body, back", "body"),
]
SIZES = [(900, 600), (1280, 800)]


@pytest.fixture(scope="module")
def big_atlas(tmp_path_factory):
    """The fixture atlas with 22 views: its two, then 20 copies of them across the regions
    (same images; close-ups name the front view as their parent)."""
    folder = tmp_path_factory.mktemp("atlas22")
    (folder / "assets").mkdir()
    for svg in (FIXTURES / "assets").glob("*.svg"):
        (folder / "assets" / svg.name).write_bytes(svg.read_bytes())
    entries = []
    for number, (view_id, title, region) in enumerate(EXTRA_VIEWS):
        image, side = ("mini-front.svg", "front") if number % 2 == 0 else ("mini-side.svg",
                                                                            "right")
        parent = "" if region == "body" else "    parent: front\n"
        entries.append(f"  - id: {view_id}\n    title: {title}\n    image: assets/{image}\n"
                       f"    side: {side}\n    region: {region}\n{parent}    cun: 10\n"
                       f"    landmarks: {{}}\n")
    text = MINI.read_text(encoding="utf-8")
    marker = "points:\n"
    assert marker in text
    text = text.replace(marker, "".join(entries) + marker, 1)
    path = folder / "atlas.yaml"
    path.write_text(text, encoding="utf-8")
    atlas = load_atlas(path)
    assert len(atlas.views) == 22
    return atlas


def make_window(qtbot, atlas, size) -> MainWindow:
    window = MainWindow(atlas, Settings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)   # for the shortcuts
    assert (window.width(), window.height()) == size
    return window


def regions_in_order(atlas) -> list[str]:
    present = {v.region for v in atlas.views.values()}
    return [r for r in REGIONS if r in present]


@pytest.mark.parametrize("size", SIZES)
def test_the_chooser_fits_the_window_and_shows_whole_titles(qtbot, big_atlas, size):
    window = make_window(qtbot, big_atlas, size)
    chooser = window.view_switcher
    assert window.findChild(QWidget, "viewSwitcher") is chooser
    left = chooser.mapTo(window, QPoint(0, 0)).x()
    assert left >= 0 and left + chooser.width() <= window.width()
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            assert widget.width() <= window.width(), widget.objectName()
    # every region's and every view's title fits in its list, whichever region is shown
    for box, titles in ((chooser.region_box, [chooser.region_box.itemText(i) for i in
                                              range(chooser.region_box.count())]),
                        (chooser.view_box, [v.title for v in big_atlas.views.values()])):
        room = box.width() - box.style().pixelMetric(box.style().PixelMetric.PM_ScrollBarExtent)
        assert box.isVisible() and box.accessibleName()
        assert all(box.fontMetrics().horizontalAdvance(t) < room for t in titles), box
    # the zoom buttons beside it are not pushed out
    for name in ("zoominButton", "zoomoutButton", "fitButton"):
        button = window.findChild(QWidget, name)
        right = button.mapTo(window, QPoint(button.width(), 0)).x()
        assert button.isVisible() and right <= window.width(), name


@pytest.mark.parametrize("size", SIZES)
def test_every_view_can_be_chosen_through_the_chooser(qtbot, big_atlas, size):
    window = make_window(qtbot, big_atlas, size)
    chooser = window.view_switcher
    for view_id, view in big_atlas.views.items():
        with qtbot.waitSignal(chooser.view_chosen) as chosen:
            chooser.choose(view_id)
        assert chosen.args == [view_id]
        assert window.diagram.current_view() == view_id
        assert chooser.region_box.currentData() == view.region
        assert chooser.view_box.currentText() == view.title


@pytest.mark.parametrize("size", SIZES)
def test_every_view_can_be_reached_by_keyboard(qtbot, big_atlas, size):
    window = make_window(qtbot, big_atlas, size)
    chooser = window.view_switcher
    seen = []
    regions = regions_in_order(big_atlas)
    chooser.region_box.setFocus()
    qtbot.keyClick(chooser.region_box, Qt.Key.Key_Home)
    for number, region in enumerate(regions):
        if number:
            qtbot.keyClick(chooser.region_box, Qt.Key.Key_Down)   # the next region
        assert chooser.region_box.currentData() == region
        qtbot.keyClick(chooser.region_box, Qt.Key.Key_Tab)        # on to its views
        assert chooser.view_box.hasFocus()
        seen.append(window.diagram.current_view())                # a region opens its first
        for _ in range(len(chooser.views_in(region)) - 1):
            qtbot.keyClick(chooser.view_box, Qt.Key.Key_Down)
            seen.append(window.diagram.current_view())
        qtbot.keyClick(chooser.view_box, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert chooser.region_box.hasFocus()
    assert sorted(seen) == sorted(big_atlas.views)
    assert seen == [v for r in regions for v in big_atlas.views
                    if big_atlas.views[v].region == r]


def test_ctrl_page_down_and_up_step_through_all_22_views_in_atlas_order(qtbot, big_atlas):
    window = make_window(qtbot, big_atlas, (900, 600))
    order = list(big_atlas.views)
    assert window.diagram.current_view() == order[0]
    seen = []
    for _ in range(len(order)):
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        seen.append(window.diagram.current_view())
    assert seen == order[1:] + order[:1]   # every view once, back to the first
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.diagram.current_view() == order[-1]
    assert window.view_switcher.current_view() == order[-1]


def test_region_shortcuts_open_the_first_view_of_each_region(qtbot, big_atlas):
    window = make_window(qtbot, big_atlas, (1280, 800))
    regions = regions_in_order(big_atlas)
    assert regions == ["head", "trunk", "arm", "hand", "leg", "foot", "body"]
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
            Qt.Key.Key_6, Qt.Key.Key_7]
    window.show_view("foot-sole")
    for key, region in zip(keys, regions):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        first = next(v for v in big_atlas.views if big_atlas.views[v].region == region)
        assert window.diagram.current_view() == first, region
        assert window.view_switcher.current_region() == region
    menu = [a.text() for a in window.menuBar().actions()[1].menu().actions()]
    assert "Head views" in menu and "Whole body views" in menu


def test_show_view_updates_the_chooser_without_choosing(qtbot, big_atlas):
    window = make_window(qtbot, big_atlas, (900, 600))
    with qtbot.assertNotEmitted(window.view_switcher.view_chosen):
        window.show_view("leg-medial")
    assert window.view_switcher.region_box.currentText() == "Leg"
    assert window.view_switcher.view_box.currentText() == "Leg, medial side"
    window.select_point("GB14")                  # the best view of a point is shown too
    assert window.view_switcher.current_view() == window.diagram.current_view()
