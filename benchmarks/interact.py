"""In-process measures: load, search, and what a keystroke, a selection, a view switch and a
zoom step cost up to the painted frame. Run by benchmarks/run.py; prints one JSON object.

Each interaction is timed from the call to the end of ``QApplication.processEvents()``, which
delivers the repaint the call asked for (the diagram's and the panels' dirty regions), so every
figure includes painting. The window is built the way ``acupoints`` builds it.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

from queries import realistic_queries


def stats(samples_s: list[float]) -> dict:
    """Median, 95th percentile (nearest rank) and maximum in milliseconds."""
    ms = sorted(s * 1000.0 for s in samples_s)
    if not ms:
        return {"n": 0, "median_ms": None, "p95_ms": None, "max_ms": None}
    p95 = ms[max(0, math.ceil(0.95 * len(ms)) - 1)]
    return {"n": len(ms), "median_ms": round(statistics.median(ms), 3),
            "p95_ms": round(p95, 3), "max_ms": round(ms[-1], 3)}


def peak_rss_mb() -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return None


def measure_load(atlas_path: Path, repeats: int) -> dict:
    from app.loader import load_atlas

    load_atlas(atlas_path)   # imports and OS file cache warm
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        load_atlas(atlas_path)
        times.append(time.perf_counter() - start)
    result = {"validate_ms": round(statistics.median(times) * 1000, 1)}
    try:
        from app.atlas_cache import load_cached
    except ImportError:   # a version of the app without the startup cache
        return result
    from app import paths

    load_cached(atlas_path, paths.cache_dir())   # make sure the cache is there
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        load_cached(atlas_path, paths.cache_dir())
        times.append(time.perf_counter() - start)
    result["startup_ms"] = round(statistics.median(times) * 1000, 1)
    return result


def measure_search(atlas, queries: list[str], passes: int) -> tuple[dict, dict]:
    from app.search import index_for

    start = time.perf_counter()
    index = index_for(atlas)
    build_ms = (time.perf_counter() - start) * 1000
    samples = []
    hits = 0
    for _ in range(passes):
        for query in queries:
            t0 = time.perf_counter()
            found = index.search(query)
            samples.append(time.perf_counter() - t0)
            hits += bool(found)
    result = stats(samples)
    result["queries"] = len(queries)
    result["answered"] = round(hits / max(1, passes * len(queries)), 3)
    return result, {"index_build_ms": round(build_ms, 2)}


def build_window(atlas_path: Path, size: tuple[int, int]):
    """The window as ``acupoints --atlas FILE`` builds it (fonts, settings, theme)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app import __version__
    from app.fonts import register_bundled_fonts
    from app.ui import application, first_paint
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.theme import QT_ARGUMENTS

    QCoreApplication.setApplicationName("Acupoint Atlas")
    QCoreApplication.setOrganizationName("Acupoint Atlas")
    QCoreApplication.setApplicationVersion(__version__)
    qapp = QApplication.instance() or QApplication([*sys.argv[:1], *QT_ARGUMENTS])
    register_bundled_fonts()
    atlas = application._load(str(atlas_path), interactive=False)
    if atlas is None:
        raise SystemExit(f"the atlas {atlas_path} does not load")
    window = MainWindow(atlas, settings=Settings())
    window.restore_state()
    window.resize(*size)
    # as the app does once its first frame is up (the icon; the collector, start-up frozen)
    first_paint.after_first_paint(window, lambda: application._after_first_frame(qapp))
    window.show()
    settle(qapp, 0.5)   # nobody clicks within half a second of the window appearing
    return qapp, window, atlas


def settle(qapp, seconds: float) -> None:
    """Let the event loop run (idle work included) for a while."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        qapp.processEvents()
        time.sleep(0.002)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--atlas", required=True)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    quick = args.quick
    atlas_path = Path(args.atlas)
    out: dict = {}

    out["load"] = measure_load(atlas_path, 2 if quick else 5)
    qapp, window, atlas = build_window(atlas_path, (1280, 800))
    out["atlas"] = {"points": len(atlas.points), "views": len(atlas.views),
                    "marks": sum(len(p.marks_on(v)) for v in atlas.views.values()
                                 for p in atlas.points.values())}
    queries = realistic_queries(atlas, 500)
    out["search"], extra = measure_search(atlas, queries, 1 if quick else 3)
    out["search"].update(extra)

    def frame(action) -> float:
        t0 = time.perf_counter()
        action()
        qapp.processEvents()
        return time.perf_counter() - t0

    rng = random.Random(7)
    box = window.point_list.search_box
    typed = []
    for query in queries[: 15 if quick else 80]:
        typed.append(frame(lambda: box.setText("")))
        for end in range(1, len(query) + 1):
            typed.append(frame(lambda q=query[:end]: box.setText(q)))
    frame(lambda: box.setText(""))
    out["keystroke"] = stats(typed)

    codes = list(atlas.points)
    rng.shuffle(codes)
    picks = codes[: 25 if quick else 200]
    out["select"] = stats([frame(lambda c=code: window.select_point(c)) for code in picks])

    # through the window's public call (as the view chooser does), not a particular widget
    view_ids = list(atlas.views)
    switches = []
    for _ in range((2 if quick else 6) * len(view_ids)):
        current = window.diagram.current_view()
        after = view_ids[(view_ids.index(current) + 1) % len(view_ids)]
        switches.append(frame(lambda v=after: window.show_view(v)))
    out["view_switch"] = stats(switches)

    zooms = []
    for view_id in atlas.views:
        window.show_view(view_id)
        window.diagram.fit()
        qapp.processEvents()
        for _ in range(2 if quick else 5):
            zooms.append(frame(window.diagram.zoom_in))
        for _ in range(2 if quick else 5):
            zooms.append(frame(window.diagram.zoom_out))
    out["zoom"] = stats(zooms)
    out["session_peak_mb"] = peak_rss_mb()
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    os._exit(0)   # skip tearing the window down: not measured, and slow with 10x the marks


if __name__ == "__main__":
    sys.exit(main())
