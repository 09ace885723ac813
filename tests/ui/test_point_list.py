"""The search box and list say what they cannot show (nothing matched, a condition named or
chosen that no point is linked to), and the keyboard moves from the box into the results."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.loader import load_atlas
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

ATLAS = load_atlas()


@pytest.fixture
def plist(qtbot):
    window = MainWindow(ATLAS, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window.point_list


def test_a_search_that_matches_nothing_says_so(qtbot, plist):
    qtbot.keyClicks(plist.search_box, "xyzzy")
    assert plist.visible_codes() == []
    assert plist.status.isVisible() and "No point matches" in plist.status.text()
    plist.search_box.clear()
    assert not plist.status.isVisible()


def test_a_condition_without_points_is_named_with_a_link(qtbot, plist):
    assert ATLAS.points_for_condition("facial-myokymia") == []
    qtbot.keyClicks(plist.search_box, "twitch")
    text = plist.status.text()
    assert "Facial twitching" in text and "no point in the atlas is linked" in text
    with qtbot.waitSignal(plist.condition_chosen) as chosen:
        plist.status.linkActivated.emit("condition:facial-myokymia")
    assert chosen.args == ["facial-myokymia"]


def test_choosing_a_condition_with_no_points_says_so(plist):
    plist.set_condition("tmd")
    assert plist.visible_codes() == []
    assert "no point in the atlas is linked" in plist.status.text()


def test_a_condition_with_points_lists_them_and_counts_them(qtbot, plist):
    qtbot.keyClicks(plist.search_box, "bell's palsy")
    linked = {p.code for p in ATLAS.points_for_condition("bells-palsy")}
    assert linked <= set(plist.visible_codes())
    assert f"{len(linked)} points in the atlas" in plist.status.text()


def test_down_moves_from_the_search_box_into_the_results_and_enter_opens(qtbot, plist):
    qtbot.keyClicks(plist.search_box, "gb1")
    with qtbot.waitSignal(plist.point_activated) as opened:
        qtbot.keyClick(plist.search_box, Qt.Key.Key_Down)
    assert opened.args == ["GB1"] and plist.list_view.hasFocus()
    with qtbot.waitSignal(plist.point_activated) as moved:
        qtbot.keyClick(plist.list_view, Qt.Key.Key_Down)
    second = moved.args[0]
    with qtbot.waitSignal(plist.point_activated) as entered:
        qtbot.keyClick(plist.list_view, Qt.Key.Key_Return)
    assert entered.args == [second]
