"""The SVG art: valid for Qt, clean, in step with tools/figures, landmarks on the figure."""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.yaml_nodes import read_yaml
from tests.plates import rendered
from tools import figures
from tools.figures.proportions import ARM_SIDE, BODY_SIDE
from tools.figures.svg import BG

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FIGURES = {f.id: f for f in figures.build()}
IDS = list(FIGURES)


def _renderer(path: Path):
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(QByteArray(path.read_bytes()))


def test_all_views_built():
    assert set(IDS) == {"face-front", "head-side", "head-back", "head-top", "body-front",
                        "body-back", "body-side", "arm-front", "arm-back", "hand-palm",
                        "trunk-chest", "trunk-abdomen", "trunk-side", "trunk-back-upper",
                        "trunk-back-lower",
                        "hand-back", "leg-front", "knee-front", "leg-medial", "leg-lateral",
                        "leg-back", "foot-top", "foot-medial", "foot-lateral", "foot-sole"}


@pytest.mark.parametrize("vid", IDS)
def test_svg_loads_without_warnings(qapp, vid):
    from PySide6.QtCore import qInstallMessageHandler

    messages = []
    old = qInstallMessageHandler(lambda mode, ctx, msg: messages.append(msg))
    try:
        renderer = _renderer(ROOT / FIGURES[vid].image)
        valid = renderer.isValid()
        size = renderer.viewBoxF()
    finally:
        qInstallMessageHandler(old)
    assert valid
    assert messages == []
    assert size.x() == 0 and size.y() == 0


@pytest.mark.parametrize("vid", IDS)
def test_svg_is_clean_and_small(vid):
    path = ROOT / FIGURES[vid].image
    text = path.read_text(encoding="utf-8")
    assert path.stat().st_size < 150 * 1024
    for bad in ("<filter", "<mask", "<!-- ", "inkscape:", "sodipodi:", "<style", "<use",
                "<image", "<clipPath"):
        assert bad not in text, f"{path.name} contains {bad!r}"
    m = re.search(r'width="([\d.]+)" height="([\d.]+)" viewBox="0 0 ([\d.]+) ([\d.]+)"', text)
    assert m, "viewBox must start at 0 0 with width/height attributes"
    assert m.group(1) == m.group(3) and m.group(2) == m.group(4)
    assert "<title>" in text
    assert '<rect id="background"' in text


def test_check_mode_agrees():
    out = subprocess.run([sys.executable, "-m", "tools.figures", "--check"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr


def test_written_files_equal_build():
    """What `--check` proves: every SVG and every data/views file is what the code builds."""
    wanted = figures.files(list(FIGURES.values()))
    assert len(wanted) == 2 * len(FIGURES)
    differ = [rel for rel, text in wanted.items()
              if (ROOT / rel).read_text(encoding="utf-8") != text]
    assert differ == []


@pytest.mark.parametrize("vid", IDS)
def test_view_file_holds_the_view(vid):
    fig = FIGURES[vid]
    data = read_yaml(ROOT / "data" / "views" / f"{vid}.yaml")   # the app's own safe reader
    assert list(data) == ["view"]
    view = data["view"]
    keys = ["id", "title", "image", "side", "region", "parent", "frame", "cut", "midline",
            "cun", "landmarks"]
    assert list(view) == [k for k in keys if k in view]
    assert ("parent" in view) == (fig.parent is not None)
    assert ("midline" in view) == (fig.midline is not None)
    assert view["id"] == vid
    assert view["region"] == fig.region
    assert view.get("parent") == fig.parent
    assert (tuple(view["frame"]) if "frame" in view else None) == fig.frame
    assert view["cun"] == pytest.approx(fig.cun, abs=0.051)
    assert {k: tuple(v) for k, v in view["landmarks"].items()} == fig.landmarks


def test_regions_and_parents():
    regions = {vid: (f.region, f.parent) for vid, f in FIGURES.items()}
    assert regions == {
        "face-front": ("head", "body-front"), "head-side": ("head", "body-side"),
        "head-back": ("head", "body-back"), "head-top": ("head", "body-front"),
        "body-front": ("body", None), "body-back": ("body", None), "body-side": ("body", None),
        "trunk-side": ("trunk", "body-side"),
        "arm-front": ("arm", "body-front"), "arm-back": ("arm", "body-back"),
        "hand-palm": ("hand", "arm-front"), "hand-back": ("hand", "arm-back"),
        "leg-front": ("leg", "body-front"), "knee-front": ("leg", "leg-front"),
        "leg-medial": ("leg", "body-front"),
        "leg-lateral": ("leg", "body-side"), "leg-back": ("leg", "body-back"),
        "foot-top": ("foot", "leg-front"), "foot-medial": ("foot", "leg-medial"),
        "foot-lateral": ("foot", "leg-lateral"), "foot-sole": ("foot", "leg-back"),
        "trunk-chest": ("trunk", "body-front"), "trunk-abdomen": ("trunk", "body-front"),
        "trunk-back-upper": ("trunk", "body-back"), "trunk-back-lower": ("trunk", "body-back")}


@pytest.fixture(scope="module")
def atlas():
    from app.loader import load_atlas

    return load_atlas()


@pytest.mark.parametrize("vid", IDS)
def test_loaded_views_equal_build(atlas, vid):
    """The atlas the app loads shows the views the art was drawn with."""
    fig = FIGURES[vid]
    view = atlas.views[vid]
    assert view.title == fig.title
    assert view.image.resolve() == (ROOT / fig.image).resolve()
    assert view.side == fig.side
    assert (view.region, view.parent) == (fig.region, fig.parent)
    assert view.midline == fig.midline
    assert view.cun == pytest.approx(fig.cun, abs=0.051)
    assert set(view.landmarks) == set(fig.landmarks)
    for name, (x, y) in fig.landmarks.items():
        assert view.landmarks[name] == pytest.approx((x, y), abs=1e-9), name


@pytest.mark.parametrize("vid", IDS)
def test_landmarks_lie_on_the_figure(qapp, vid):
    from PySide6.QtGui import QColor

    fig = FIGURES[vid]
    image = rendered(ROOT / fig.image, ground="black")
    box = _renderer(ROOT / fig.image).viewBoxF()
    background = QColor(BG).rgb()
    off = []
    for name, (x, y) in fig.landmarks.items():
        assert 0 <= x < box.width() and 0 <= y < box.height(), name
        if image.pixel(int(x), int(y)) == background:
            off.append(name)
    assert off == [], f"{vid}: landmarks on the background: {off}"


def _dist(a, b):
    return math.dist(a, b)


def test_face_front_forehead_is_three_cun():
    f = FIGURES["face-front"]
    lm = f.landmarks
    assert _dist(lm["glabella"], lm["hairline"]) == pytest.approx(3 * f.cun, rel=0.03)
    # the eyebrow middle is directly above the pupil; the hairline corner 4.5 cun lateral
    assert lm["eyebrow-middle"][0] == pytest.approx(lm["pupil"][0], abs=0.5)
    assert abs(f.midline - lm["hairline-corner"][0]) == pytest.approx(4.5 * f.cun, rel=0.03)


def test_body_back_leg_is_sixteen_cun():
    f = FIGURES["body-back"]
    lm = f.landmarks
    dy = lm["lateral-malleolus"][1] - lm["popliteal-crease"][1]
    assert dy == pytest.approx(16 * f.cun, rel=0.03)
    forearm = _dist(lm["olecranon"], lm["wrist-crease-dorsal"])
    assert forearm == pytest.approx(12 * f.cun, rel=0.03)


def test_body_front_proportions():
    f = FIGURES["body-front"]
    lm = f.landmarks
    c = f.cun
    assert _dist(lm["cubital-crease"], lm["wrist-crease"]) == pytest.approx(12 * c, rel=0.03)
    assert _dist(lm["knee-eye-lateral"], lm["ankle-front"]) == pytest.approx(16 * c, rel=0.03)
    y = {k: lm[k][1] for k in ("suprasternal-notch", "xiphisternal-junction", "umbilicus",
                                "pubic-symphysis")}
    assert y["xiphisternal-junction"] - y["suprasternal-notch"] == pytest.approx(9 * c, rel=0.03)
    assert y["umbilicus"] - y["xiphisternal-junction"] == pytest.approx(8 * c, rel=0.03)
    assert y["pubic-symphysis"] - y["umbilicus"] == pytest.approx(5 * c, rel=0.03)
    assert abs(f.midline - lm["nipple"][0]) == pytest.approx(4 * c, rel=0.03)


def test_body_side_leg_line():
    f = FIGURES["body-side"]
    lm = f.landmarks
    assert _dist(lm["knee-eye-lateral"], lm["ankle-front"]) == pytest.approx(16 * f.cun,
                                                                              rel=0.03)


def test_head_top_scalp_line_is_twelve_cun():
    f = FIGURES["head-top"]
    lm = f.landmarks
    assert _dist(lm["scalp-0"], lm["scalp-12"]) == pytest.approx(12 * f.cun, rel=0.03)
    xs = {lm[f"scalp-{i}"][0] for i in range(13)}
    assert xs == {f.midline}
    for i in range(12):
        step = lm[f"scalp-{i + 1}"][1] - lm[f"scalp-{i}"][1]
        assert step == pytest.approx(f.cun, rel=0.1)


def test_head_side_scalp_arc_is_twelve_cun():
    f = FIGURES["head-side"]
    lm = f.landmarks
    arc = sum(_dist(lm[f"scalp-{i}"], lm[f"scalp-{i + 1}"]) for i in range(12))
    assert arc == pytest.approx(12 * f.cun, rel=0.05)
    # the occipital protuberance about 2 B-cun above the posterior hairline along the arc
    assert _dist(lm["occipital-protuberance"], lm["scalp-10"]) < 0.3 * f.cun


def test_head_back_shares_heights_with_head_side():
    side = FIGURES["head-side"].landmarks
    back = FIGURES["head-back"]
    for name in ("scalp-10", "scalp-11", "occipital-protuberance", "c2", "c7"):
        assert back.landmarks[name][1] == pytest.approx(side[name][1], abs=2)
    assert back.cun == FIGURES["head-side"].cun


def test_the_landmark_doc_lists_every_landmark():
    doc = (ROOT / "docs" / "landmarks.md").read_text(encoding="utf-8")
    missing = [f"{f.id}: {name}" for f in FIGURES.values() for name in f.landmarks
               if not re.match(r"scalp-\d+$", name) and name not in doc]
    assert missing == []


def test_head_side_anatomy():
    """The profile keeps real relations: the ear from brow level to the base of the nose,
    the jaw angle below and in front of the lobe, the mastoid behind it."""
    f = FIGURES["head-side"]
    lm = f.landmarks
    c = f.cun
    assert abs(lm["ear-apex"][1] - lm["glabella"][1]) < 0.5 * c
    assert lm["ear-lobe"][1] < lm["nose-wing"][1] + 0.5 * c
    angle, lobe = lm["jaw-angle"], lm["ear-lobe"]
    assert 0.8 * c < angle[1] - lobe[1] < 2.2 * c
    assert 0 < angle[0] - lobe[0] < 1.5 * c
    assert lm["mastoid"][0] < lobe[0] < lm["tragus"][0] < lm["condyle"][0]
    assert lm["mouth-corner"][0] < lm["nose-tip"][0] - 0.75 * c
    assert lm["masseter-front"][1] > angle[1]


def test_body_side_anatomy():
    """The arm hangs at the side behind the front of the chest; the lateral malleolus lies
    behind the front of the ankle; the patella above the knee eye."""
    f = FIGURES["body-side"]
    lm = f.landmarks
    chest = max(x for x, y in BODY_SIDE if 290 < y < 420)
    arm_front = max(x for x, y in ARM_SIDE)
    assert arm_front < chest - 2 * f.cun
    assert abs(lm["olecranon"][0] - lm["acromion"][0]) < 1.5 * f.cun
    assert lm["lateral-malleolus"][0] < lm["ankle-front"][0]
    assert lm["patella"][1] < lm["knee-eye-lateral"][1]
    assert lm["c7"][0] < lm["acromion"][0] < lm["umbilicus"][0]


def test_head_top_ear_apex_level_with_vertex():
    lm = FIGURES["head-top"].landmarks
    assert lm["ear-apex"][1] == pytest.approx(lm["vertex"][1], abs=0.5)
    assert lm["glabella"][1] < lm["anterior-hairline"][1] < lm["vertex"][1]


def test_faint_lines_are_drawn_in_solid_colours():
    """A translucent shape costs the renderer several times a solid one (every zoom step and
    view switch repaints the art): the plates mix a faint line's colour with the skin under
    it instead; only the guide lines and the see-through brief, which other lines must show
    through, stay translucent."""
    for fig in FIGURES.values():
        assert fig.svg.count(" opacity=") <= 12, fig.id


def test_a_faint_line_is_its_colour_mixed_with_the_ground():
    from tools.figures.svg import over

    assert over("#000000", 0.5, "#ffffff") == "#808080"
    assert over("#b48a74", 1.0) == "#b48a74"
