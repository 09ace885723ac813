"""Run under a real X11 server by test_shortcuts_everywhere: types into the search box with
xdotool, presses Ctrl+E there and reports whether the card export was asked for."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.loader import load_atlas
from app.ui import dialogs
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

app = QApplication(sys.argv)
asked = []
dialogs.ask_save_path = lambda *args: asked.append(args) or None   # no real dialog
window = MainWindow(load_atlas(), Settings())
window.resize(1280, 800)
window.show()
window.select_point("GB14")


def type_and_export() -> None:
    window.activateWindow()
    window.point_list.search_box.setFocus()
    wid = str(int(window.winId()))
    subprocess.run(["xdotool", "windowactivate", "--sync", wid], check=False)
    subprocess.run(["xdotool", "type", "--delay", "30", "gb14"], check=True)
    subprocess.run(["xdotool", "key", "ctrl+e"], check=True)
    QTimer.singleShot(700, finish)


def finish() -> None:
    focus = QApplication.focusWidget()
    print("focus:", focus.objectName() if focus else None, "text:",
          window.point_list.search_box.text())
    if asked and focus is window.point_list.search_box:
        print("exported-from-search-box")
    app.quit()


QTimer.singleShot(800, type_and_export)
QTimer.singleShot(15000, app.quit)
app.exec()
