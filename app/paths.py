"""Where the bundled data and art are, and where user data goes: the one module that knows."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _root() -> Path:
    """The folder holding data/ and assets/: inside an installed wheel, or the source checkout."""
    bundled = _PACKAGE / "_bundled"
    return bundled if bundled.is_dir() else _PACKAGE.parent


def data_dir() -> Path:
    return _root() / "data"


def assets_dir() -> Path:
    return _root() / "assets"


def atlas_file() -> Path:
    """The bundled atlas, data/points.yaml."""
    return data_dir() / "points.yaml"


def resolve_image(atlas_path: Path, image: str) -> Path:
    """A view's image: beside the atlas file, in the project above its folder, or bundled."""
    folder = atlas_path.resolve().parent
    for base in (folder, folder.parent, _root()):
        candidate = base / image
        if candidate.is_file():
            return candidate
    return folder.parent / image


def user_dir() -> Path:
    """The user's data folder: $ACUPOINTS_HOME, else Qt's AppDataLocation (resolved lazily)."""
    override = os.environ.get("ACUPOINTS_HOME")
    if override:
        return Path(override)
    from PySide6.QtCore import QStandardPaths  # only the UI side asks without the override

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def cache_dir() -> Path:
    """Rebuildable data (the prepared atlas): $ACUPOINTS_HOME/cache, else Qt's CacheLocation."""
    override = os.environ.get("ACUPOINTS_HOME")
    if override:
        return Path(override) / "cache"
    from PySide6.QtCore import QStandardPaths  # only the UI side asks without the override

    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
