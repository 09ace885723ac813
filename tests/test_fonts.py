"""The bundled hanzi font covers the atlas, registers with Qt and draws real glyphs."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QImage, QPainter, QRawFont

from app import fonts
from app.paths import assets_dir, atlas_file

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "make_font_subset.py"
FONT_FILE = assets_dir() / "fonts" / "NotoSansSC-AtlasSubset.otf"
REGENERATE = "re-run `python3 tools/make_font_subset.py` to rebuild the font subset"


def _load_tool():
    spec = importlib.util.spec_from_file_location("make_font_subset", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return _load_tool()


def _missing(raw: QRawFont, chars: set[str]) -> list[str]:
    return sorted(ch for ch in chars if not raw.supportsCharacter(ord(ch)))


def test_font_files_present():
    assert FONT_FILE.is_file(), f"{FONT_FILE} is missing; {REGENERATE}"
    assert (FONT_FILE.parent / "OFL.txt").is_file()
    assert FONT_FILE.stat().st_size < 1_000_000


def test_every_hanzi_in_the_atlas_is_in_the_font(qapp, tool):
    chars = tool.data_chars(atlas_file())
    raw = QRawFont(str(FONT_FILE), 16)
    assert raw.isValid()
    missing = _missing(raw, chars)
    assert not missing, (
        f"{len(missing)} character(s) in data/points.yaml are not in {FONT_FILE.name}: "
        f"{''.join(missing)} — {REGENERATE}"
    )


def test_built_in_point_names_are_in_the_font(qapp, tool):
    raw = QRawFont(str(FONT_FILE), 16)
    missing = _missing(raw, tool.extra_chars() | set(tool.BASIC_LATIN))
    assert not missing, f"missing {''.join(missing)} — {REGENERATE}"


def test_walks_every_string_including_hangul(tool):
    tree = {"points": [{"names": {"zh": "足三里", "ko": "족삼리"}, "note": "ST36（外侧）。"}]}
    chars = tool.tracked_chars(tool.iter_strings(tree))
    assert chars == set("足三里족삼리外侧（）。")


def test_register_returns_the_family(qapp):
    families = fonts.register_bundled_fonts()
    assert fonts.HANZI_FAMILY in families
    assert fonts.HANZI_FAMILY in QFontDatabase.families()
    # a second call does not add the files again and reports the same families
    assert fonts.register_bundled_fonts() == families


def _render(text: str) -> QImage:
    font = QFont(fonts.HANZI_FAMILY)
    font.setPixelSize(48)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # no fallback to system fonts
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    finally:
        painter.end()
    return image


def _ink(image: QImage) -> int:
    white = QColor("white").rgb()
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) != white
    )


def test_hanzi_render_as_real_glyphs(qapp):
    fonts.register_bundled_fonts()
    probe = QFont(fonts.HANZI_FAMILY)
    assert QFontInfo(probe).family() == fonts.HANZI_FAMILY

    zu, li = _render("足"), _render("里")
    assert _ink(zu) > 50 and _ink(li) > 50, "hanzi drew (almost) nothing"
    assert zu != li, "two different hanzi drew the same image (missing-glyph boxes?)"

    # Characters outside the subset all draw the same missing-glyph box; ours must not.
    raw = QRawFont(str(FONT_FILE), 16)
    assert not raw.supportsCharacter(ord("龘")) and not raw.supportsCharacter(ord("鑫"))
    box_a, box_b = _render("龘"), _render("鑫")
    assert box_a == box_b, "unknown characters should share one missing-glyph image"
    assert zu != box_a and li != box_a


def test_subset_is_deterministic(tool, tmp_path):
    pytest.importorskip("fontTools", reason="fonttools builds the subset; it is not a runtime need")
    source = tool.default_source()
    if source is None:
        pytest.skip("NotoSansCJK-Regular.ttc (fonts-noto-cjk) is not installed")
    first, second = tmp_path / "first.otf", tmp_path / "second.otf"
    for out in (first, second):
        assert tool.main(["--source", str(source), "--output", str(out)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_size < 1_000_000
