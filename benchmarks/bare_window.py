"""The baseline: a bare PySide6 QMainWindow, started, shown and painted the way the app is.

Run by benchmarks/run.py with ACUPOINTS_BENCH_EXIT_ON_PAINT set; it uses the app's own
first-paint hook (app/ui/first_paint.py, which imports nothing but PySide6), so both processes
are timed to the same moment: the end of the first paint of the whole window. The hook's file is
loaded on its own, without the ``app.ui`` package, so nothing of the app runs here.

    python benchmarks/bare_window.py WxH [qt-enums]

With ``qt-enums`` the same window also names one value of Qt's namespace of enums (as any real
window does to align a label or lay out a splitter): PySide6 then builds all of that namespace's
Python enum classes at once, and the difference between the two runs is that cost alone.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

HOOK = Path(__file__).resolve().parent.parent / "app" / "ui" / "first_paint.py"


def first_paint_hook():
    """app/ui/first_paint.py loaded on its own, without the app package (static_window.py
    uses it too)."""
    spec = importlib.util.spec_from_file_location("first_paint", HOOK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    width, height = (int(n) for n in (sys.argv[1] if len(sys.argv) > 1 else "900x560").split("x"))
    app = QApplication(sys.argv[:1])
    if "qt-enums" in sys.argv[2:]:
        from PySide6.QtCore import Qt

        Qt.AlignmentFlag.AlignLeft  # noqa: B018 (the access is the point)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.resize(width, height)
    window.show()
    first_paint_hook().exit_on_first_paint(window)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
