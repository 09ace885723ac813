"""Every window shortcut works from every widget, text boxes included (issue 20: Ctrl+E did
nothing from the search box on X11, whose line edit takes Ctrl+E as "end of line")."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.main_window import MainWindow
from app.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def override(widget, key=Qt.Key.Key_E, modifiers=Qt.KeyboardModifier.ControlModifier) -> bool:
    """Send the ShortcutOverride Qt sends before a shortcut; True if the widget kept the key."""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
    event.ignore()
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


class X11LineEdit(QLineEdit):
    """A line edit that claims Ctrl+E as X11's does (this platform's may not)."""

    def event(self, event):
        if (event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
            event.accept()
            return True
        return super().event(event)


@pytest.fixture
def window(qtbot, mini_atlas):
    win = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_text_box_that_claims_ctrl_e_leaves_it_to_the_window(window):
    box = X11LineEdit(window.point_list)
    assert override(box), "the stand-in claims Ctrl+E as X11's line edit does"
    window.shortcut_guard.watch(box)
    assert not override(box)


def test_every_text_box_of_the_window_is_guarded(window):
    study = window.study   # the Study panel is made on demand; its boxes are guarded too
    boxes = [window.point_list.search_box, window.notes_panel.editor,
             *study.findChildren(QLineEdit)]
    assert len(boxes) > 2
    for box in boxes:
        for text in window.shortcut_guard.window_keys():
            combo = QKeySequence(text)[0]
            event = QKeyEvent(QEvent.Type.ShortcutOverride, combo.key(),
                              combo.keyboardModifiers())
            event.ignore()
            assert QApplication.sendEvent(box, event) is True, text   # filtered: the window's
    assert {"Ctrl+E", "Ctrl+F", "Ctrl+B", "Ctrl+P"} <= window.shortcut_guard.window_keys()


def test_plain_and_editing_keys_stay_the_text_boxs(window):
    box = window.point_list.search_box
    for key, mods in ((Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)):
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, mods)
        assert window.shortcut_guard.eventFilter(box, event) is False


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                    reason="needs Xvfb and xdotool for a real X11 window")
def test_ctrl_e_from_the_search_box_in_a_real_x11_window(tmp_path):
    """The real thing: Xvfb, the xcb platform, xdotool typing into the search box."""
    display = ":87"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1400x900x24"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "ACUPOINTS_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
        script = ROOT / "tests" / "ui" / "x11_ctrl_e.py"
        result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "exported-from-search-box" in result.stdout
    finally:
        server.terminate()
        server.wait()
