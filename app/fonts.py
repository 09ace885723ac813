"""Bundled fonts: register assets/fonts/* with Qt so hanzi render on machines without CJK fonts."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from app.page_style import HANZI_FAMILY
from app.paths import assets_dir

__all__ = ["HANZI_FAMILY", "font_files", "fonts_dir", "register_bundled_fonts"]

FONT_SUFFIXES = frozenset({".otf", ".ttf", ".otc", ".ttc"})

_log = logging.getLogger(__name__)
# path -> families already registered in this process (addApplicationFont is not idempotent)
_registered: dict[Path, list[str]] = {}


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def font_files() -> list[Path]:
    """Every font file in the bundled fonts folder, sorted by name."""
    folder = fonts_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in FONT_SUFFIXES)


def register_bundled_fonts() -> list[str]:
    """Add every bundled font to Qt's font database and return the families they provide.

    Needs a QGuiApplication. Safe to call more than once: each file is added only once.
    """
    families: list[str] = []
    for path in font_files():
        if path not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                _log.warning("could not load bundled font %s", path)
                continue
            _registered[path] = list(QFontDatabase.applicationFontFamilies(font_id))
        for family in _registered[path]:
            if family not in families:
                families.append(family)
    return families
