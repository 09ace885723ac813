"""The loader: a valid atlas loads; every kind of problem is reported with its line."""

from __future__ import annotations

import pytest

from app.loader import AtlasError, load_atlas
from tests.conftest import line_of


def problems(path):
    with pytest.raises(AtlasError) as info:
        load_atlas(path)
    return info.value.problems


def test_valid_fixture_loads(mini_atlas):
    assert list(mini_atlas.points) == ["ST36", "TE6", "GB14", "CV24"]   # channel order
    assert mini_atlas.point("GB14").hanzi == "阳白"
    assert mini_atlas.view("front").viewbox == (0, 0, 200, 300)
    assert mini_atlas.sources["lay-article"].author == "A. Writer"
    assert mini_atlas.conditions["twitch"].evidence.certainty == "very-low"


def test_marks_are_computed_from_landmarks(mini_atlas):
    gb14 = mini_atlas.point("GB14")
    assert gb14.marks[0].at == (70, 70)          # 1 B-cun (10 units) above the brow
    assert gb14.marks[1].at == (130, 80)         # side view: front 3, up 4
    st36 = mini_atlas.point("ST36")
    assert st36.marks[0].at == (70, 230)         # 3 of 6 B-cun from knee to ankle
    te6 = mini_atlas.point("TE6")
    assert te6.marks[0].at == (50, 230)          # lateral on a front view is toward -x


def test_bilateral_marks_mirror_across_the_midline(mini_atlas):
    front = mini_atlas.view("front")
    assert sorted(mini_atlas.point("GB14").marks_on(front)) == [(70, 70), (130, 70)]
    assert mini_atlas.point("CV24").marks_on(front) == [(100, 250)]
    assert mini_atlas.point("GB14").marks_on(mini_atlas.view("side")) == [(130, 80)]


@pytest.mark.parametrize(("old", "new", "needle", "message"), [
    ("    indications:\n      - text: twitching", "    indicatons:\n      - text: twitching",
     "indicatons:", "unknown key 'indicatons'"),
    ("    english: Yang White\n", "", "code: GB14", "missing key 'english'"),
    ("  - code: CV24", "  - code: GB14", "code: GB14\n    pinyin: Chéngjiāng",
     "duplicate point code 'GB14'"),
    ("  - id: big-review", "  - id: lay-article", "id: lay-article\n    title: A review",
     "duplicate source id"),
    ("        source: lay-article\n        condition: twitch",
     "        source: nowhere\n        condition: twitch", "source: nowhere",
     "unknown source 'nowhere'"),
    ("condition: twitch", "condition: sneezing", "condition: sneezing",
     "unknown condition 'sneezing'"),
    ("{view: front, from: chin}", "{view: back, from: chin}", "view: back",
     "unknown view 'back'"),
    ("{view: front, from: chin}", "{view: front, at: [100, 400]}", "at: [100, 400]",
     "outside view front"),
    ("image: assets/mini-side.svg", "image: assets/missing.svg", "missing.svg",
     "not found"),
    ("certainty: very-low", "certainty: weak", "certainty: weak", "certainty 'weak'"),
    ("studied_points: [GB14, SP6]", "studied_points: [GB14, Spleen6]", "studied_points:",
     "'Spleen6', which is not a point code"),
    ("red_flag_refs: [big-review]", "red_flag_refs: [nobody]", "red_flag_refs:",
     "unknown source 'nobody'"),
    ("direction: unclear", "direction: upward", "direction: upward", "direction 'upward'"),
    ("certainty: very-low", "certainty: none", "direction: unclear", "goes with certainty 'none'"),
    ("      verdict: unclear, the trials are poor\n", "", "direction: unclear", "needs a verdict"),
    ("channel: CV", "channel: XX", "channel: XX", "channel 'XX'"),
    ("bilateral: false", "bilateral: maybe", "bilateral: maybe", "'bilateral' must be"),
    ("    cun: 10\n    landmarks:\n      brow", "    cun: ten\n    landmarks:\n      brow",
     "cun: ten", "'cun' must be a number"),
    ("{view: front, from: chin}", "{view: front, from: belly}", "from: belly",
     "'belly' is neither a landmark"),
    ("{view: front, from: brow, up: 1}", "{view: front, from: brow, front: 1}",
     "from: brow, front: 1", "'front' has no meaning on a front view"),
    ("{view: front, from: ST36, lateral: 2}", "{view: front, from: TE6, lateral: 2}",
     "from: TE6", "depends on itself"),
    ("    location_source: who-2008\n    cautions:",
     "    location_source: who-2008\n    location_also: [nowhere]\n    cautions:",
     "location_also: [nowhere]", "unknown source 'nowhere'"),
    ("    marks:\n      - {view: front, from: chin}\n", "    marks: []\n",
     "marks: []", "says why in 'unmarked'"),
    ("    marks:\n      - {view: front, from: chin}\n",
     "    unmarked: Inside the mouth, so no view shows it.\n    marks:\n"
     "      - {view: front, from: chin}\n", "unmarked:", "this one has marks"),
])
def test_each_problem_names_its_line(atlas_copy, old, new, needle, message):
    path, text = atlas_copy((old, new))
    found = problems(path)
    assert any(message in p.message for p in found), found
    hit = next(p for p in found if message in p.message)
    assert hit.line == line_of(text, needle), (hit, text.splitlines()[hit.line - 1])
    assert str(hit).startswith(f"{path}:{hit.line}: ")


@pytest.mark.parametrize(("value", "message"), [
    ("阳白", "the same as hanzi"),
    ("陽白穴", "has 3 characters"),
    ("Yang Bai", "not a hanzi"),
    ("''", "is empty"),
    ("[陽, 白]", "'hanzi_traditional' must be text"),
])
def test_a_wrong_traditional_name_is_reported_at_its_line(atlas_copy, value, message):
    path, text = atlas_copy(("hanzi_traditional: 陽白", f"hanzi_traditional: {value}"))
    found = [p for p in problems(path) if message in p.message]
    assert found, problems(path)
    assert found[0].line == line_of(text, f"hanzi_traditional: {value}")
    assert str(found[0]).startswith(f"{path}:{found[0].line}: ")


def test_unknown_schema(atlas_copy):
    path, _ = atlas_copy(("schema: 1", "schema: 7"))
    (hit,) = problems(path)
    assert hit.line == 2 and "schema 7 is not known" in hit.message


def test_image_that_does_not_parse(atlas_copy):
    path, text = atlas_copy()
    (path.parent / "assets" / "mini-side.svg").write_text("<svg this is not xml")
    found = problems(path)
    assert [p.line for p in found if "does not parse" in p.message] == [
        line_of(text, "mini-side.svg")]


def test_every_problem_is_reported_at_once(atlas_copy):
    path, _ = atlas_copy(("channel: CV", "channel: XX"), ("bilateral: false", "bilateral: 3"),
                         ("certainty: very-low", "certainty: meh"))
    assert len(problems(path)) == 3


def test_yaml_syntax_error_has_a_line(atlas_copy):
    path, text = atlas_copy(("    english: Sauce Receptacle", "    english: [Sauce"))
    (hit,) = problems(path)
    assert "not valid YAML" in hit.message
    assert hit.line >= line_of(text, "[Sauce")


def test_python_tags_are_refused_not_run(atlas_copy, tmp_path):
    marker = tmp_path / "pwned"
    path, text = atlas_copy(("english: Yang White",
                             f"english: !!python/object/apply:os.system ['touch {marker}']"))
    (hit,) = problems(path)
    assert "unsupported tag" in hit.message and hit.line == line_of(text, "python/object")
    assert not marker.exists()


def test_aliases_are_refused(atlas_copy):
    path, _ = atlas_copy(("aliases: [eyelid twitch]", "aliases: &a [eyelid twitch]"),
                         ("care_refs: [big-review]", "care_refs: *a"))
    assert any("aliases" in p.message for p in problems(path))


def test_not_a_mapping(tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- just\n- a list\n")
    (hit,) = problems(path)
    assert hit.line == 1 and "expected a mapping" in hit.message


def test_missing_file(tmp_path):
    (hit,) = problems(tmp_path / "nope.yaml")
    assert "cannot read" in hit.message


def test_a_close_up_frame_lies_on_its_parent(atlas_copy):
    """A frame says where a close-up lies on its parent: it needs a parent, a positive size and
    to fit inside the parent's image."""
    side = "  - id: side\n    title: Side\n    image: assets/mini-side.svg\n    side: right\n"
    path, text = atlas_copy((side, side + "    parent: front\n    frame: [10, 10, 50, 60]\n"))
    atlas = load_atlas(path)
    assert atlas.views["side"].frame == (10, 10, 50, 60)
    assert [v.id for v in atlas.close_ups("front")] == ["side"]
    for frame, words in (("[10, 10, 5000, 60]", "outside"), ("[10, 10, 0, 60]", "positive"),
                         ("[10, 10]", "[x, y, width, height]")):
        path, text = atlas_copy((side, side + f"    parent: front\n    frame: {frame}\n"))
        found = problems(path)
        assert [p.line for p in found] == [line_of(text, "    frame:")], found
        assert words in found[0].message
    path, text = atlas_copy((side, side + "    frame: [10, 10, 50, 60]\n"))
    found = problems(path)
    assert [p.line for p in found] == [line_of(text, "    frame:")] and "parent" in found[0].message


def test_a_cut_shows_its_parents_marks_and_takes_none_of_its_own(atlas_copy):
    """A cut (`cut: true`) is its parent seen through its frame: the marks placed on the parent
    inside the frame appear on it, moved with the frame; a mark written for it is refused at
    its line, and a cut without a frame at the `cut` line."""
    side = "  - id: side\n    title: Side\n    image: assets/mini-side.svg\n    side: right\n"
    cut = side + "    parent: front\n    frame: [10, 10, 150, 200]\n    cut: true\n"
    own = "      - {view: side, from: ear, front: 3, up: 4}\n"
    path, text = atlas_copy((side, cut), (own, ""))
    atlas = load_atlas(path)
    front = {c: [m.at for m in p.marks if m.view == "front"] for c, p in atlas.points.items()}
    shown = {c: [m.at for m in p.marks if m.view == "side"] for c, p in atlas.points.items()}
    for code, spots in front.items():
        assert shown[code] == [(x - 10, y - 10) for x, y in spots
                               if 10 <= x <= 160 and 10 <= y <= 210], code
    assert shown["GB14"] and not shown["CV24"]   # the chin, (100, 250), lies below the frame
    path, text = atlas_copy((side, cut))
    (hit,) = problems(path)
    assert hit.line == line_of(text, "{view: side") and "cut from front" in hit.message
    path, text = atlas_copy((side, side + "    cut: true\n"), (own, ""))
    (hit,) = problems(path)
    assert hit.line == line_of(text, "    cut: true") and "frame" in hit.message
