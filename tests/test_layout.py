"""Schema 2: an atlas in several files (include), measurements written once for every view that
can carry them, their steps kept, the code grammar with EX-B codes, and the bundled atlas read
the same whether split or in one file (plain pytest, no Qt)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from app.loader import AtlasError, atlas_data, load_atlas
from app.search import index_for
from tests.conftest import FIXTURES, line_of

ROOT = Path(__file__).resolve().parent.parent


def problems(path):
    with pytest.raises(AtlasError) as info:
        load_atlas(path)
    return info.value.problems


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def split_atlas(tmp_path):
    """The fixture atlas split as the bundled one is: a root, sources, a condition, views, a
    channel file per channel, extra points; returns (folder, root path)."""
    data = atlas_data(FIXTURES / "mini.yaml")
    (tmp_path / "assets").mkdir()
    for svg in (FIXTURES / "assets").glob("*.svg"):
        (tmp_path / "assets" / svg.name).write_bytes(svg.read_bytes())

    def dump(value) -> str:
        return yaml.safe_dump(value, sort_keys=False, allow_unicode=True)

    write(tmp_path, "sources.yaml", dump({"sources": data["sources"]}))
    for condition in data["conditions"]:
        write(tmp_path, f"conditions/{condition['id']}.yaml", dump({"condition": condition}))
    for view in data["views"]:
        write(tmp_path, f"views/{view['id']}.yaml", dump({"view": view}))
    for channel in data["channels"]:
        points = [p for p in data["points"] if p["channel"] == channel["code"]]
        write(tmp_path, f"channels/{channel['code']}.yaml",
              dump({"channel": channel, "points": points}))
    root = write(tmp_path, "atlas.yaml", "schema: 2\ninclude:\n  - sources.yaml\n"
                 "  - conditions/*.yaml\n  - views/front.yaml\n  - views/side.yaml\n"
                 "  - channels/*.yaml\n")
    return tmp_path, root


def test_a_split_atlas_equals_the_whole_file(split_atlas, mini_atlas):
    _folder, root = split_atlas
    split = load_atlas(root)
    assert split.points == mini_atlas.points
    assert {k: v._replace(image=v.image.name) for k, v in split.views.items()} == {
        k: v._replace(image=v.image.name) for k, v in mini_atlas.views.items()}
    assert split.sources == mini_atlas.sources and split.conditions == mini_atlas.conditions
    assert list(split.channels) == ["CV", "GB", "HT", "ST", "TE"]   # no channel_order: as read
    assert len(split.files) == 1 + 1 + 1 + 2 + 5


def test_a_problem_names_the_included_file_and_its_line(split_atlas):
    folder, root = split_atlas
    channel_file = folder / "channels" / "GB.yaml"
    text = channel_file.read_text().replace("english: Yang White", "englsh: Yang White")
    channel_file.write_text(text)
    found = problems(root)
    hit = next(p for p in found if "englsh" in p.message)
    assert hit.path == channel_file and hit.line == line_of(text, "englsh")
    assert "did you mean 'english'" in hit.message


def test_an_include_that_matches_nothing_is_reported_at_its_line(split_atlas):
    _folder, root = split_atlas
    text = root.read_text() + "  - extra/*.yaml\n"
    root.write_text(text)
    (hit,) = problems(root)
    assert hit.path == root and hit.line == line_of(text, "extra/*.yaml")


def test_channel_order_orders_channels_and_points(split_atlas):
    _folder, root = split_atlas
    root.write_text(root.read_text() + "channel_order: [HT, CV, GB, TE, ST]\n")
    atlas = load_atlas(root)
    assert list(atlas.channels) == ["HT", "CV", "GB", "TE", "ST"]
    assert list(atlas.points) == ["CV24", "GB14", "TE6", "ST36"]


def test_channel_order_must_name_every_channel(split_atlas):
    _folder, root = split_atlas
    text = root.read_text() + "channel_order: [HT, CV, GB, TE, XX]\n"
    root.write_text(text)
    found = problems(root)
    assert {p.line for p in found} == {line_of(text, "channel_order")}
    assert len(found) == 2   # XX is unknown, ST is missing


def test_a_view_landmark_must_be_in_the_glossary(split_atlas):
    folder, root = split_atlas
    names = ["brow", "chin", "knee", "ankle"]   # 'ear' (the side view's) is left out
    write(folder, "landmarks.yaml", "landmarks:\n" + "".join(
        f"  {name}: the {name}\n" for name in names))
    root.write_text(root.read_text() + "  - landmarks.yaml\n")
    side = folder / "views" / "side.yaml"
    (hit,) = problems(root)
    assert hit.path == side and hit.line == line_of(side.read_text(), "ear:")
    assert "glossary" in hit.message


@pytest.mark.parametrize("pattern", ["/etc/*.conf", "../elsewhere.yaml"])
def test_includes_stay_inside_the_atlas_folder(split_atlas, pattern):
    _folder, root = split_atlas
    text = root.read_text() + f"  - {pattern}\n"
    root.write_text(text)
    (hit,) = problems(root)
    assert hit.path == root and hit.line == line_of(text, pattern)


def test_include_needs_schema_2(tmp_path):
    path = write(tmp_path, "atlas.yaml", "schema: 1\ninclude: [a.yaml]\n")
    (hit,) = problems(path)
    assert hit.line == 2


def test_a_point_on_the_wrong_channel_is_reported(atlas_copy):
    path, text = atlas_copy(("    channel: GB\n", "    channel: ST\n"))
    (hit,) = problems(path)
    assert hit.line == line_of(text, "channel: ST\n    bilateral: true\n    location: One")


# --- measurements written once ----------------------------------------------------------------
TWO_VIEWS = """\
  - id: back
    title: Back
    image: assets/mini-front.svg
    side: back
    midline: 100
    cun: 10
    landmarks:
      brow: [130, 80]
      knee: [130, 200]
      ankle: [130, 260]
"""


def test_a_measurement_without_view_lands_on_every_view_that_can_carry_it(atlas_copy):
    # a third view has brow, knee and ankle but no chin; the side view has none of them
    path, _ = atlas_copy(("  - id: side\n", TWO_VIEWS + "  - id: side\n"),
                         ("{view: front, from: brow, up: 1}", "{from: brow, up: 1}"),
                         ("{view: front, along: [knee, ankle], cun: 3, span: 6}",
                          "{along: [knee, ankle], cun: 3, span: 6}"),
                         ("{view: front, from: chin}", "{from: chin}"))
    atlas = load_atlas(path)
    gb14 = atlas.points["GB14"]
    assert [(m.view, m.at) for m in gb14.marks] == [
        ("front", (70, 70)), ("back", (130, 70)), ("side", (130, 80))]
    assert atlas.points["ST36"].views == ("front", "back")
    assert atlas.points["CV24"].views == ("front",)      # no chin on the back view


def test_views_restricts_and_a_view_entry_overrides(atlas_copy):
    path, _ = atlas_copy(("  - id: side\n", TWO_VIEWS + "  - id: side\n"),
                         ("{view: front, along: [knee, ankle], cun: 3, span: 6}",
                          "{views: [front], along: [knee, ankle], cun: 3, span: 6}"),
                         ("{view: front, from: brow, up: 1}",
                          "{from: brow, up: 1}\n      - {view: back, from: brow, up: 2}"))
    atlas = load_atlas(path)
    assert atlas.points["ST36"].views == ("front",)    # the back view has knee and ankle too
    gb14 = {m.view: m.at for m in atlas.points["GB14"].marks}
    assert gb14 == {"front": (70, 70), "back": (130, 60), "side": (130, 80)}


def test_a_listed_view_that_lacks_the_landmark_is_a_problem(atlas_copy):
    path, text = atlas_copy(("{view: front, from: chin}", "{views: [front, side], from: chin}"))
    (hit,) = problems(path)
    assert hit.line == line_of(text, "views: [front, side]") and "side" in hit.message


def test_a_point_that_no_view_can_carry_is_reported(atlas_copy):
    path, text = atlas_copy(("{view: front, from: chin}", "{from: elbow}"))
    (hit,) = problems(path)
    assert hit.line == line_of(text, "marks:\n      - {from: elbow}")


def test_a_mark_keeps_the_steps_of_its_measurement(mini_atlas):
    (front, side) = mini_atlas.points["GB14"].marks
    assert [(s.kind, s.label) for s in front.steps] == [("anchor", "brow"), ("offset", "up")]
    assert front.steps[0].points == ((70, 80),)
    assert front.steps[1].points == ((70, 80), (70, 70)) and front.steps[1].amount == 1
    assert [s.kind for s in side.steps] == ["anchor", "offset", "offset"]
    (st36,) = mini_atlas.points["ST36"].marks
    (path_step,) = st36.steps
    assert path_step.kind == "path" and path_step.amount == 3 and path_step.span == 6
    assert path_step.points[-1] == st36.at


# --- the code grammar --------------------------------------------------------------------------
EX_B2 = """\
  - code: EX-B2
    pinyin: Jiájǐ
    hanzi: 夹脊
    english: Spine-Pinching Points
    channel: EX
    bilateral: true
    location: Beside the spinous processes, 0.5 B-cun lateral to the midline.
    location_source: who-2008
    marks:
      - {view: front, from: chin, lateral: 0.5}
    indications: []
"""


def test_ex_b2_loads_and_search_finds_it(atlas_copy):
    path, _ = atlas_copy(("points:\n", "points:\n" + EX_B2),
                         ("  - {code: HT,", "  - {code: EX, name: Extra points, colour: "
                          "\"#777777\"}\n  - {code: HT,"))
    atlas = load_atlas(path)
    assert "EX-B2" in atlas.points
    index = index_for(atlas)
    for query in ("exb2", "EX-B2", "ex b 2", "Jiaji"):
        assert index.search(query)[0] == "EX-B2", query


@pytest.mark.parametrize("code", ["EX-Q2", "EX-HNA", "GB0", "gb14", "EX-B100"])
def test_malformed_codes_are_refused(atlas_copy, code):
    path, text = atlas_copy(("code: CV24", f"code: {code}"))
    found = problems(path)
    assert any(p.line == line_of(text, f"code: {code}") for p in found)


# --- the bundled atlas -------------------------------------------------------------------------
def test_the_bundled_atlas_checks_the_same_in_one_file(tmp_path):
    """Everything merged into one file (as schema 1 held it) loads to the same atlas."""
    whole = tmp_path / "data" / "points.yaml"
    whole.parent.mkdir()
    whole.write_text(yaml.safe_dump(atlas_data(), sort_keys=False, allow_unicode=True),
                     encoding="utf-8")
    one, split = load_atlas(whole), load_atlas()
    assert one.points == split.points and one.views == split.views
    assert one.channels == split.channels and one.glossary == split.glossary
    result = subprocess.run([sys.executable, "-m", "app", "check", str(whole)],
                            capture_output=True, text=True, cwd=ROOT)
    counts = f"ok: {len(split.points)} points, {len(split.views)} views"
    assert result.returncode == 0 and result.stdout.startswith(counts)


def test_no_tool_test_or_benchmark_parses_the_atlas_itself():
    """Everything reads the atlas through app.loader (atlas_data or load_atlas)."""
    # (this test names the calls it looks for through f-strings, so it does not find itself)
    offenders = []
    for folder in ("tools", "tests", "benchmarks", "app"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if path.name != "yaml_nodes.py" and any(
                    f"yaml.{name}" in text for name in ("safe_load", "load(", "parse(")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_landmark_docs_are_generated_from_the_glossary():
    from tools import landmark_docs

    assert landmark_docs.main(["--check"]) == 0
    atlas = load_atlas()
    drawn = {name for view in atlas.views.values() for name in view.landmarks}
    assert set(atlas.glossary) == drawn   # every drawn landmark defined, none defined in vain
