"""The command line, run as a user runs it: in a subprocess, with real exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINI

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ACUPOINTS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_check_ok(_user_home):
    result = run("check", str(MINI), home=_user_home)
    assert result.returncode == 0
    assert result.stdout.strip() == "ok: 4 points, 2 views, 3 sources, 1 conditions"


def test_check_bundled_atlas(_user_home):
    result = run("check", home=_user_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")


def test_check_failing_file_gives_lines_and_no_traceback(atlas_copy, _user_home):
    path, _ = atlas_copy(("indications: []", "indicatons: []"), ("channel: GB", "channel: QQ"))
    result = run("check", str(path), home=_user_home)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith(str(path))]
    assert len(lines) >= 2
    assert any("unknown key 'indicatons'" in line for line in lines)
    assert all(line.split(":")[1].isdigit() for line in lines)


def test_check_garbage_file(tmp_path, _user_home):
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"\xff\xfe\x00garbage: [")
    result = run("check", str(bad), home=_user_home)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(bad) in result.stderr


def test_show_prints_the_card(_user_home):
    result = run("--atlas", str(MINI), "show", "gb 14", home=_user_home)
    assert result.returncode == 0
    out = result.stdout
    for expected in ("GB14", "Yángbái", "阳白", "Yang White", "One B-cun above", "CAUTION",
                     "twitching eyelid", "A lay article", "Very low certainty",
                     "See a doctor", "not medical advice"):
        assert expected in out, expected


def test_show_unknown_code_suggests(_user_home):
    result = run("--atlas", str(MINI), "show", "yangbia", home=_user_home)
    assert result.returncode == 2
    assert "no point 'yangbia'" in result.stderr and "GB14" in result.stderr


def test_search_puts_best_first(_user_home):
    result = run("--atlas", str(MINI), "search", "triple", "warmer", "6", home=_user_home)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("TE6\t")


@pytest.mark.parametrize("size", ["1280x800", "900x600"])
def test_shot_writes_a_png_of_the_requested_size(tmp_path, _user_home, size):
    from PySide6.QtGui import QImage

    out = tmp_path / "x.png"
    result = run("--atlas", str(MINI), "shot", "--point", "GB14", "--size", size,
                 "--out", str(out), home=_user_home)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    width, height = (int(n) for n in size.split("x"))
    assert (image.width(), image.height()) == (width, height)
    colours = {image.pixel(x, y) for x in range(0, width, 17) for y in range(0, height, 13)}
    assert len(colours) > 20   # not blank


def test_shot_unknown_point(tmp_path, _user_home):
    result = run("--atlas", str(MINI), "shot", "--point", "XX99", "--out",
                 str(tmp_path / "x.png"), home=_user_home)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_shot_in_the_dark_theme(tmp_path, _user_home):
    from PySide6.QtGui import QImage

    out = tmp_path / "dark.png"
    result = run("--atlas", str(MINI), "shot", "--theme", "dark", "--point", "GB14",
                 "--out", str(out), home=_user_home)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    list_area = image.pixelColor(60, image.height() - 60)   # the point list's empty space
    assert list_area.lightness() < 80


def test_search_that_finds_nothing_says_so(_user_home):
    result = run("--atlas", str(MINI), "search", "xyzzy", home=_user_home)
    assert result.returncode == 1
    assert result.stdout == "" and "no point matches 'xyzzy'" in result.stderr


def test_no_arguments_means_what_the_parser_would_make_of_none():
    from app import cli

    assert cli._parser().parse_args([]) == cli.NO_ARGUMENTS   # the start's shortcut


def test_collection_is_back_on_once_the_window_is_up(_user_home):
    """The collector is off while starting; after the first frame it runs again."""
    code = ("import gc, os; os.environ['ACUPOINTS_BENCH_EXIT_ON_PAINT'] = '1'; "
            "from app.cli import main; main([]); "
            "print('gc', gc.isenabled(), gc.get_freeze_count())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "ACUPOINTS_HOME": str(_user_home),
                                 "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    enabled, frozen = result.stdout.split("gc ")[-1].split()
    assert enabled == "True" and int(frozen) > 10_000   # start-up's objects set aside


@pytest.mark.parametrize("code", ["GV16", "GB20"])
def test_show_prints_the_nape_caution(code, _user_home):
    result = run("show", code, home=_user_home)
    assert result.returncode == 0
    assert "CAUTION" in result.stdout and "vertebral artery" in result.stdout


def test_shot_of_a_point_on_a_view_that_does_not_draw_it_says_so(tmp_path, _user_home):
    result = run("shot", "--point", "GB14", "--view", "body-back", "--out",
                 str(tmp_path / "x.png"), home=_user_home)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "GB14" in result.stderr and "body-back" in result.stderr
    assert "face-front" in result.stderr            # where it is drawn
    assert not (tmp_path / "x.png").exists()


def test_shot_smaller_than_the_window_can_be_says_so(tmp_path, _user_home):
    result = run("shot", "--size", "300x200", "--out", str(tmp_path / "x.png"), home=_user_home)
    assert result.returncode == 2 and "900x560" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_export_of_a_point_on_a_view_that_does_not_draw_it_says_so(tmp_path, _user_home):
    result = run("export", "GB14", "--view", "body-back", "--out", str(tmp_path / "c.pdf"),
                 home=_user_home)
    assert result.returncode == 2 and "GB14" in result.stderr and "face-front" in result.stderr
    assert not (tmp_path / "c.pdf").exists()


def test_export_takes_the_study_decks(tmp_path, _user_home):
    result = run("export", "--deck", "face", "--out", str(tmp_path / "f.pdf"), home=_user_home)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "f.pdf").stat().st_size > 0
    result = run("export", "--deck", "due", "--out", str(tmp_path / "d.pdf"), home=_user_home)
    assert result.returncode == 2 and "due" in result.stderr   # no answers yet: nothing due
    assert not (tmp_path / "d.pdf").exists()


def test_show_says_which_views_draw_the_point(_user_home):
    result = run("show", "GB20", home=_user_home)
    assert "Drawn on: Head back, Head side" in result.stdout


def test_shot_layers_are_checked(tmp_path, _user_home):
    result = run("shot", "--layers", "no-such-layer", "--out", str(tmp_path / "x.png"),
                 home=_user_home)
    assert result.returncode == 2 and "how-to-find" in result.stderr
    result = run("shot", "--point", "GB14", "--layers", "how-to-find", "--out",
                 str(tmp_path / "y.png"), home=_user_home)
    assert result.returncode == 0 and (tmp_path / "y.png").stat().st_size > 0
