"""The app survives PySide6's dropped references to None (see app/ui/none_guard.py)."""

from __future__ import annotations

import subprocess
import sys

MANY_VOID_CALLS = ("from PySide6.QtCore import QObject\n"
                   "o = QObject()\n"
                   "for _ in range(100_000):\n"
                   "    o.setObjectName('x')\n"
                   "print('alive')\n")


def test_many_void_calls_do_not_kill_none():
    # in a subprocess: without the guard the interpreter aborts, which would end the suite
    run = subprocess.run([sys.executable, "-c", "import app.ui\n" + MANY_VOID_CALLS],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-500:]
    assert run.stdout.strip() == "alive"
