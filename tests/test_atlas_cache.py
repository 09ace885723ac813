"""The start-up cache gives exactly what a full load gives, and never a stale or broken atlas."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import atlas_cache
from app.loader import AtlasError, load_atlas
from tests.conftest import MINI


@pytest.fixture
def cache_dir(tmp_path):
    return tmp_path / "cache"


def _no_full_load(monkeypatch):
    def refuse(path):
        raise AssertionError(f"{path} was parsed again")

    monkeypatch.setattr("app.loader.load_atlas", refuse)


@pytest.mark.parametrize("path", [MINI, None], ids=["fixture", "bundled"])
def test_a_cached_atlas_equals_a_full_load(path, cache_dir, monkeypatch):
    full = load_atlas(path)
    assert atlas_cache.load_cached(path, cache_dir) == full   # written
    _no_full_load(monkeypatch)
    cached = atlas_cache.load_cached(path, cache_dir)          # read back
    assert cached == full
    assert cached.points["GB14"].marks == full.points["GB14"].marks
    assert [type(v.image) for v in cached.views.values()] == [
        type(v.image) for v in full.views.values()]


def test_an_edited_atlas_is_read_again(atlas_copy, cache_dir):
    path, _ = atlas_copy()
    assert atlas_cache.load_cached(path, cache_dir).points["GB14"].english == "Yang White"
    text = path.read_text(encoding="utf-8").replace("english: Yang White",
                                                    "english: Yang Whites")
    path.write_text(text, encoding="utf-8")
    assert atlas_cache.load_cached(path, cache_dir).points["GB14"].english == "Yang Whites"


def test_changed_art_is_noticed(atlas_copy, cache_dir, monkeypatch):
    path, _ = atlas_copy()
    atlas_cache.load_cached(path, cache_dir)
    svg = path.parent / "assets" / "mini-front.svg"
    svg.write_text(svg.read_text(encoding="utf-8") + "\n<!-- redrawn -->\n", encoding="utf-8")
    calls = []
    monkeypatch.setattr("app.loader.load_atlas",
                        lambda p, real=load_atlas: calls.append(p) or real(p))
    assert atlas_cache.load_cached(path, cache_dir) == load_atlas(path)
    assert calls, "the changed image should have meant a full load"


def test_a_bad_atlas_raises_as_before_and_is_not_cached(atlas_copy, cache_dir):
    path, _ = atlas_copy(("english: Yang White", "englsh: Yang White"))
    with pytest.raises(AtlasError) as full:
        load_atlas(path)
    with pytest.raises(AtlasError) as cached:
        atlas_cache.load_cached(path, cache_dir)
    assert [str(p) for p in cached.value.problems] == [str(p) for p in full.value.problems]
    assert not atlas_cache.cache_file(path.resolve(), cache_dir).exists()


@pytest.mark.parametrize("garbage", [b"", b"not marshal", b"\xe3\x00\x00junk"])
def test_a_broken_cache_file_means_a_full_load(garbage, cache_dir):
    atlas_cache.load_cached(MINI, cache_dir)
    atlas_cache.cache_file(MINI.resolve(), cache_dir).write_bytes(garbage)
    assert atlas_cache.load_cached(MINI, cache_dir) == load_atlas(MINI)


def test_an_unwritable_cache_folder_is_no_problem(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert atlas_cache.load_cached(MINI, blocker / "cache") == load_atlas(MINI)


def test_a_cached_start_imports_neither_yaml_nor_qt(cache_dir):
    code = ("import sys\nfrom app.atlas_cache import load_cached\n"
            f"load_cached({str(MINI)!r}, __import__('pathlib').Path({str(cache_dir)!r}))\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('yaml', 'app', 'PySide6', 'shiboken6') and m != 'app.model' and "
            "m not in ('app', 'app.paths', 'app.atlas_cache')))")
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout
    assert "yaml" in first   # the first start reads the YAML
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True).stdout
    assert second.strip() == "[]"


@pytest.fixture
def bundled_copy(tmp_path):
    """A copy of the bundled atlas (its data files and art) to edit."""
    import shutil

    from app import paths

    root = tmp_path / "copy"
    shutil.copytree(paths.data_dir(), root / "data")
    shutil.copytree(paths.assets_dir(), root / "assets")
    return root / "data" / "points.yaml"


def test_an_edited_included_file_is_read_again(bundled_copy, cache_dir):
    assert atlas_cache.load_cached(bundled_copy, cache_dir).points["GB14"].english == "Yang White"
    channel = bundled_copy.parent / "channels" / "GB.yaml"
    channel.write_text(channel.read_text(encoding="utf-8").replace(
        "english: Yang White", "english: Yang Whites"), encoding="utf-8")
    assert atlas_cache.load_cached(bundled_copy, cache_dir).points["GB14"].english == (
        "Yang Whites")


def test_a_new_file_matching_an_include_is_read(bundled_copy, cache_dir):
    before = atlas_cache.load_cached(bundled_copy, cache_dir)
    conditions = bundled_copy.parent / "conditions"
    text = (conditions / "tmd.yaml").read_text(encoding="utf-8")
    (conditions / "tmd-copy.yaml").write_text(text.replace("id: tmd", "id: tmd-copy"),
                                              encoding="utf-8")
    after = atlas_cache.load_cached(bundled_copy, cache_dir)
    assert "tmd-copy" in after.conditions and "tmd-copy" not in before.conditions


def test_the_cached_points_are_the_points_in_order_made_when_asked(cache_dir, monkeypatch):
    full = load_atlas(None)
    atlas_cache.load_cached(None, cache_dir)
    made = []
    real = atlas_cache._point
    monkeypatch.setattr(atlas_cache, "_point", lambda values: made.append(1) or real(values))
    cached = atlas_cache.load_cached(None, cache_dir)
    assert list(cached.points) == list(full.points) and len(cached.points) == len(full.points)
    assert "GB14" in cached.points and "GB99" not in cached.points
    assert cached.points.get("GB99") is None
    with pytest.raises(KeyError):
        cached.points["GB99"]
    assert not made   # nothing read yet
    assert cached.points["ST36"] == full.points["ST36"]
    assert cached.points["ST36"] is cached.points["ST36"] and len(made) == 1   # made once
    assert list(cached.points.values()) == list(full.points.values())   # all, in atlas order
    assert len(made) == len(full.points)
    assert dict(cached.points.items()) == dict(full.points) and cached.points == full.points


def test_the_cache_keeps_the_roster_a_full_load_makes(cache_dir):
    from app.model import roster

    full = roster(load_atlas(None))
    atlas_cache.load_cached(None, cache_dir)
    cached = atlas_cache.load_cached(None, cache_dir)
    assert roster(cached) == full
    assert roster(cached) is roster(cached)
