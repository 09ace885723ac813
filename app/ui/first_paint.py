"""Run something once a window's first frame is painted: start-up work the first frame does not
need (the window icon), and the benchmark hook that reports that moment and quits.

The hook is only active when ``ACUPOINTS_BENCH_EXIT_ON_PAINT`` is set (benchmarks/run.py sets
it; ``now`` ends the process there, without tearing the window down); the bare-window
baseline, benchmarks/bare_window.py, loads this file on its own, so both are timed alike.
Imports nothing beyond PySide6.QtCore and the standard library's basics.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

ENV = "ACUPOINTS_BENCH_EXIT_ON_PAINT"
MARKER = "ACUPOINTS_BENCH "


def wanted() -> bool:
    return bool(os.environ.get(ENV))


class _FirstPaint(QObject):
    """Waits for the window's first Paint event; once that whole paint pass has finished
    (a zero timer runs after it), calls back and removes itself."""

    def __init__(self, window, callback: Callable[[], None]):
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self._window.removeEventFilter(self)
        self._callback()


def after_first_paint(window, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, right after ``window``'s first frame has been painted."""
    _FirstPaint(window, callback)


def _peak_rss_kb() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def exit_on_first_paint(window) -> None:
    """Print ``ACUPOINTS_BENCH {"painted": monotonic seconds, ...}`` after the first frame and
    quit the event loop (the benchmark's cold-start measure)."""

    def report() -> None:
        painted = time.monotonic()
        rss = _peak_rss_kb()
        # written by hand: importing json here would slow the bare baseline down
        sys.stdout.write(f'{MARKER}{{"painted": {painted!r}, "peak_rss_kb": '
                         f'{"null" if rss is None else rss}, "size": '
                         f"[{window.width()}, {window.height()}]}}\n")
        sys.stdout.flush()
        if os.environ.get(ENV) == "now":   # no teardown either (benchmarks/instructions.py)
            os._exit(0)
        QCoreApplication.exit(0)

    after_first_paint(window, report)
