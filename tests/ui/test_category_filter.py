"""The point list's category filter: it lists a category's points, says how many, and names
the category a search spells, with a link to its table."""

from __future__ import annotations

import pytest

from app.ui.point_list import PointList


@pytest.fixture
def plist(qtbot, mini_atlas):
    widget = PointList(mini_atlas)
    qtbot.addWidget(widget)
    return widget


def test_the_filter_offers_the_categories_the_points_have(plist):
    box = plist.category_box
    offered = [box.itemData(i) for i in range(box.count())]
    assert offered == [None, "five-shu", "lower-he-sea", "crossing"]   # textbook order


def test_choosing_a_category_lists_its_points_and_says_how_many(qtbot, plist):
    with qtbot.waitSignal(plist.category_chosen) as chosen:
        plist.set_category("five-shu")
    assert chosen.args == ["five-shu"]
    assert plist.visible_codes() == ["ST36", "TE6"]
    assert "Five transport (five-shu) points" in plist.status.text()
    assert "2 points in the atlas" in plist.status.text()
    plist.set_channel("TE")   # with the other filters
    assert plist.visible_codes() == ["TE6"]
    plist.set_category(None)
    assert plist.visible_codes() == ["TE6"]


def test_a_search_that_names_a_category_links_to_it(qtbot, plist):
    qtbot.keyClicks(plist.search_box, "lower he-sea")
    assert plist.visible_codes() == ["ST36"]
    assert 'href="category:lower-he-sea"' in plist.status.text()
    with qtbot.waitSignal(plist.category_chosen) as chosen:
        plist.status.linkActivated.emit("category:lower-he-sea")
    assert chosen.args == ["lower-he-sea"]
