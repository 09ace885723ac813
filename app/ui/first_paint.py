"""Benchmark hook: note when a window's first frame is painted, print it and quit.

Only active when ``ACUPOINTS_BENCH_EXIT_ON_PAINT`` is set (benchmarks/run.py sets it); the
bare-window baseline in benchmarks/bare_window.py uses the same hook, so both are measured alike.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "ACUPOINTS_BENCH_EXIT_ON_PAINT"
MARKER = "ACUPOINTS_BENCH "


def wanted() -> bool:
    return bool(os.environ.get(ENV))


def _peak_rss_kb() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class _FirstPaint(QObject):
    """Waits for the window's first Paint event; once that whole paint pass has finished
    (a zero timer runs after it), prints the time and quits the event loop."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        painted = time.monotonic()
        rss = _peak_rss_kb()
        # written by hand: importing json here would slow the bare baseline down
        sys.stdout.write(f'{MARKER}{{"painted": {painted!r}, "peak_rss_kb": '
                         f'{"null" if rss is None else rss}, "size": '
                         f'[{self._window.width()}, {self._window.height()}]}}\n')
        sys.stdout.flush()
        QCoreApplication.exit(0)


def exit_on_first_paint(window: QWidget) -> None:
    """Print ``ACUPOINTS_BENCH {"painted": monotonic seconds, ...}`` after the first frame."""
    _FirstPaint(window)
