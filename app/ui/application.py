"""Start the Qt application: load the atlas first, then build and show (or shoot) the window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__, paths
from app.atlas_cache import load_cached
from app.model import Atlas, AtlasError
from app.search import index_for

# Qt's pixmap cache, where each view's art is kept as painted (about 2 MB a plate in a
# 1280x800 window, four times that on a 2x screen): room for every view at once, then the
# least recently shown go first
ART_CACHE_MB = 96


def ask_use_bundled(problems: list[str]) -> bool:
    """Tell the user the atlas is broken; True when they want the bundled atlas instead."""
    from PySide6.QtWidgets import QMessageBox  # only ever needed here: not loaded to start

    shown = "\n".join(problems[:30]) + ("\n…" if len(problems) > 30 else "")
    box = QMessageBox(QMessageBox.Icon.Warning, "Acupoint Atlas",
                      f"The atlas file has {len(problems)} problem(s) and cannot be opened.")
    box.setDetailedText(shown)
    box.setInformativeText("Open the bundled atlas instead?")
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
    return box.exec() == QMessageBox.StandardButton.Open


def _load(atlas_path: str | None, interactive: bool) -> Atlas | None:
    """The atlas, validated; an unchanged one comes from the start-up cache (atlas_cache)."""
    try:
        return load_cached(atlas_path, paths.cache_dir())
    except AtlasError as exc:
        lines = [str(p) for p in exc.problems]
        print("\n".join(lines), file=sys.stderr)
        if interactive and atlas_path is not None and ask_use_bundled(lines):
            return load_cached(None, paths.cache_dir())
        return None


def run(atlas_path: str | None, point: str | None, view: str | None,
        shot: Path | None = None, size: tuple[int, int] | None = None,
        theme: str | None = None, layers: list[str] | None = None) -> int:
    from app.cli import not_on_view
    from app.fonts import register_bundled_fonts
    from app.ui import first_paint
    from app.ui.main_window import MIN_SIZE, MainWindow
    from app.ui.settings import Settings
    from app.ui.theme import QT_ARGUMENTS

    QCoreApplication.setApplicationName("Acupoint Atlas")
    QCoreApplication.setOrganizationName("Acupoint Atlas")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication([*sys.argv[:1], *QT_ARGUMENTS])
    app.setDesktopFileName("acupoint-atlas")
    register_bundled_fonts()
    atlas = _load(atlas_path, interactive=shot is None)
    if atlas is None:
        return 1
    code = None
    if point:
        code = index_for(atlas).resolve(point)
        if code is None:
            print(f"acupoints: no point '{point}'", file=sys.stderr)
            return 2
    if view and view not in atlas.views:
        print(f"acupoints: no view '{view}' (views: {', '.join(atlas.views)})", file=sys.stderr)
        return 2
    if code and view and (why := not_on_view(atlas, code, view)):
        print(f"acupoints: {why}", file=sys.stderr)
        return 2
    if size and (size[0] < MIN_SIZE[0] or size[1] < MIN_SIZE[1]):
        print(f"acupoints: --size must be at least {MIN_SIZE[0]}x{MIN_SIZE[1]} (the window's "
              f"smallest), not {size[0]}x{size[1]}", file=sys.stderr)
        return 2

    from app.ui.diagram_view import TOGGLES

    unknown = [name for name in layers or () if name not in TOGGLES]
    if unknown:
        print(f"acupoints: no layer {unknown[0]!r} (layers: {', '.join(TOGGLES)})",
              file=sys.stderr)
        return 2
    settings = Settings()
    window = MainWindow(atlas, settings=None if shot else settings)
    if shot is None:
        window.restore_state()
        if code is None and settings.get("last/point") in atlas.points:
            code = settings.get("last/point")
    if theme:
        window.set_theme(theme)
    for name in TOGGLES if layers is not None else ():
        window.set_layer(name, name in layers)
    if size:
        window.resize(*size)
    if code:
        window.select_point(code)
    if view:
        window.show_view(view)
    window.show()
    if shot is not None:
        for _ in range(3):
            app.processEvents()
        window.diagram.fit()
        app.processEvents()
        if not window.grab().save(str(shot)):
            print(f"acupoints: could not write {shot}", file=sys.stderr)
            return 1
        print(f"wrote {shot}")
        return 0
    # Once the first frame is up, or after a second if none comes (a window opened minimised
    # is not painted): the collector must never stay off for a whole session.
    after_start = _once(lambda: _after_first_frame(app))
    first_paint.after_first_paint(window, after_start)
    QTimer.singleShot(1000, after_start)
    if first_paint.wanted():   # installed last, so it reports before any work done after
        first_paint.exit_on_first_paint(window)
    return app.exec()


def _once(action):
    """``action``, made to run only the first time it is called."""
    done = []

    def run_once() -> None:
        if not done:
            done.append(True)
            action()
    return run_once


def _after_first_frame(app: QApplication) -> None:
    """What the first frame does not need: the task bar icon (loading the SVG icon engine
    costs a few ms); room in Qt's pixmap cache for every view's painted art (ART_CACHE_MB:
    Qt's default 10 MB holds three or four plates, so going back to a view painted its whole
    SVG again); and the garbage collector, off while starting (cli._run_gui). What start-up
    made is kept out of its way from now on (gc.freeze), so later collections stay short."""
    from PySide6.QtGui import QIcon, QPixmapCache

    app.setWindowIcon(QIcon(str(paths.assets_dir() / "icon.svg")))
    QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), ART_CACHE_MB * 1024))
    gc.freeze()
    gc.enable()
