"""Test set-up: Qt offscreen, user data in a temporary folder, the small fixture atlas."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINI = FIXTURES / "mini.yaml"


@pytest.fixture(scope="session")
def qapp_args(pytestconfig):
    """The QApplication made as the app makes it (the style named on Qt's command line)."""
    from app.ui.theme import QT_ARGUMENTS

    return [pytestconfig.getini("qt_qapp_name"), *QT_ARGUMENTS]


@pytest.fixture(autouse=True)
def _user_home(tmp_path, monkeypatch):
    """Every test gets its own user data folder; the real one is never touched."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("ACUPOINTS_HOME", str(home))
    return home


@pytest.fixture
def mini_path() -> Path:
    return MINI


@pytest.fixture
def mini_atlas():
    from app.loader import load_atlas

    return load_atlas(MINI)


@pytest.fixture
def atlas_copy(tmp_path):
    """Write a variant of the fixture atlas: ``atlas_copy(old, new)`` -> (path, text)."""

    def make(*replacements: tuple[str, str]) -> tuple[Path, str]:
        text = MINI.read_text(encoding="utf-8")
        for old, new in replacements:
            assert old in text, f"fixture has no {old!r}"
            text = text.replace(old, new, 1)
        folder = tmp_path / "atlas"
        (folder / "assets").mkdir(parents=True, exist_ok=True)
        for svg in (FIXTURES / "assets").glob("*.svg"):
            (folder / "assets" / svg.name).write_bytes(svg.read_bytes())
        path = folder / "atlas.yaml"
        path.write_text(text, encoding="utf-8")
        return path, text

    return make


def line_of(text: str, needle: str) -> int:
    """1-based line number where ``needle`` (which may span lines) first starts."""
    assert needle in text, f"{needle!r} not in text"
    return text[: text.index(needle)].count("\n") + 1
