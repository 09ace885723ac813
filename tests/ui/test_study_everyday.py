"""Study mode and export in everyday use (issue 20): what a first-time user tripped over."""

from __future__ import annotations

import pytest

from tests.ui.test_study import make_window


@pytest.fixture
def window(qtbot, mini_atlas):
    return make_window(qtbot, mini_atlas)


def choose(box, data) -> None:
    """Pick an entry of a combo box as the user would (by its data)."""
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def has_colour(widget, colour, tolerance: int = 12) -> bool:
    image, want = widget.grab().toImage(), (colour.red(), colour.green(), colour.blue())
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if all(abs(a - b) <= tolerance for a, b in zip((c.red(), c.green(), c.blue()), want)):
                return True
    return False


# --- 1. the quiz's kind, deck and length are remembered ------------------------------------
def test_quiz_kind_deck_and_length_are_remembered_between_sessions(qtbot, mini_atlas):
    first = make_window(qtbot, mini_atlas)
    first.left_tabs.setCurrentWidget(first.study_page)
    panel = first.study
    choose(panel.kind_box, "name")
    choose(panel.deck_box, "channel:GB")
    panel.length_box.setValue(3)
    panel.start_button.click()
    assert panel.running() and panel.session.kind == "name"
    panel.leave()
    first.close()

    again = make_window(qtbot, mini_atlas)                 # the app started again
    again.left_tabs.setCurrentWidget(again.study_page)
    shown = again.study
    assert shown.kind_box.currentText() == "Name the point"
    assert shown.deck_box.currentData() == "channel:GB"
    assert shown.length_box.value() == 3


