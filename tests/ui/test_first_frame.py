"""What the window's first frame costs in code: the page renderer, the measurement overlays,
the label layout and the channel courses are imported when first used, not at start (each
import is work the first frame would wait for; benchmarks/run.py measures the time), and no
point's record is made from the start-up cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LATER = ("app.pages", "app.card", "app.chart_layout", "app.courses", "app.mark_steps",
         "app.ui.measure_overlay", "app.ui.study_panel", "app.loader", "yaml")

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
qapp = QApplication([])
from app import atlas_cache, paths
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
made = []   # the point records made (atlas_cache._point): from the cache, only when asked for
point = atlas_cache._point
atlas_cache._point = lambda values: made.append(1) or point(values)
window = MainWindow(atlas_cache.load_cached(None, paths.cache_dir()), Settings())
window.resize(1280, 800)
window.show()
qapp.processEvents()
print(" ".join(sorted(sys.modules)))
print(len(made), "records")
"""


def test_the_first_frame_leaves_the_page_and_overlay_code_for_later(tmp_path):
    env = dict(os.environ, ACUPOINTS_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    for _run in ("the first writes the start-up cache", "the second starts from it"):
        done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
    modules, records = done.stdout.splitlines()[-2:]
    loaded = set(modules.split())
    assert "app.ui.main_window" in loaded and "app.ui.diagram_view" in loaded
    assert not loaded & set(LATER), sorted(loaded & set(LATER))
    # the list's rows and the first view's marks come from the roster: no point is read whole
    assert records == "0 records"
