"""Point categories: the vocabulary, the loader's checks (every problem at its line) and the
words a card gives them."""

from __future__ import annotations

import pytest

from app import categories
from app.loader import AtlasError, load_atlas
from app.model import AltName, Category
from tests.conftest import line_of

NAMES = {"LI": "Large Intestine", "ST": "Stomach", "TE": "Triple Energizer",
         "CV": "Conception Vessel", "PC": "Pericardium"}.get


def test_the_fixture_reads_categories_and_alternative_names(mini_atlas):
    st36 = mini_atlas.point("ST36")
    assert st36.categories == (
        Category("five-shu", "big-review", kind="he-sea", element="earth"),
        Category("lower-he-sea", "big-review", of="ST"))
    assert mini_atlas.point("CV24").categories[0].meets == ("ST", "yang-motility")
    assert mini_atlas.point("TE6").alt_names == (
        AltName("lay-article", pinyin="Fēihǔ", english="Flying Tiger"),)
    assert [p.code for p in mini_atlas.points_in_category("five-shu")] == ["ST36", "TE6"]
    assert "ST36" in {p.code for p in mini_atlas.points_citing("big-review")}


@pytest.mark.parametrize(("old", "new", "needle", "words"), [
    ("category: lower-he-sea", "category: lower-he-see", "category: lower-he-see",
     ["unknown category 'lower-he-see'", "did you mean 'lower-he-sea'"]),
    ("element: earth", "element: erth", "element: erth", ["element 'erth'", "earth"]),
    ("kind: he-sea, element: earth", "element: earth", "category: five-shu, element",
     ["needs 'kind'"]),
    ("lower-he-sea, of: ST,", "lower-he-sea,", "category: lower-he-sea,",
     ["says what it belongs to"]),
    ("lower-he-sea, of: ST,", "lower-he-sea, of: XX,", "of: XX", ["'XX' is not one"]),
    ("lower-he-sea, of: ST,", "lower-he-sea, of: CV,", "of: CV", ["organ"]),
    ("with: [ST, yang-motility]", "with: [ST, CV]", "with: [ST, CV]", ["own channel"]),
    ("with: [ST, yang-motility]", "with: [ST, girdel]", "with: [ST, girdel]",
     ["'girdel' is neither a channel nor a vessel"]),
    ("lower-he-sea, of: ST,", "lower-he-sea, of: ST, element: earth,", "ST, element: earth",
     ["only a five-shu point takes 'element'"]),
    ("lower-he-sea, of: ST, source: big-review", "lower-he-sea, of: ST, source: nowhere",
     "source: nowhere}", ["unknown source 'nowhere'"]),
    ("{pinyin: Fēihǔ, english: Flying Tiger, source: lay-article}", "{source: lay-article}",
     "{source: lay-article}", ["gives a pinyin, hanzi, english or code"]),
    ("{code: CV-24-OLD, source: lay-article}", "{code: CV-24-OLD, sauce: lay-article}",
     "sauce:", ["unknown key 'sauce'"]),
])
def test_a_bad_category_or_name_is_reported_at_its_line(atlas_copy, old, new, needle, words):
    path, text = atlas_copy((old, new))
    with pytest.raises(AtlasError) as info:
        load_atlas(path)
    found = [p for p in info.value.problems if p.line == line_of(text, needle)]
    assert found, info.value.problems
    assert all(word in found[0].message for word in words), found[0].message


def test_a_category_given_twice_is_reported(atlas_copy):
    entry = "      - {category: lower-he-sea, of: ST, source: big-review}\n"
    path, text = atlas_copy((entry, entry + entry))
    with pytest.raises(AtlasError) as info:
        load_atlas(path)
    twice = [p.line for p in info.value.problems if "given twice" in p.message]
    assert twice == [line_of(text, entry.strip()) + 1]   # the second one


@pytest.mark.parametrize(("kind", "yin", "element"), [
    ("jing-well", True, "wood"), ("ying-spring", True, "fire"), ("shu-stream", True, "earth"),
    ("jing-river", True, "metal"), ("he-sea", True, "water"),
    ("jing-well", False, "metal"), ("ying-spring", False, "water"), ("shu-stream", False, "wood"),
    ("jing-river", False, "fire"), ("he-sea", False, "earth"),
])
def test_five_shu_elements_follow_the_generating_cycle(kind, yin, element):
    assert categories.element_for(kind, yin) == element


@pytest.mark.parametrize(("entry", "words"), [
    (("yuan-source", "LI", None, None, ()), "yuan-source point of the Large Intestine channel"),
    (("five-shu", None, "he-sea", "earth", ()), "he-sea point, earth point"),
    (("lower-he-sea", "ST", None, None, ()), "lower he-sea point of the Stomach"),
    (("confluent", "yin-linking", None, None, ()), "confluent point of the Yin Linking Vessel"),
    (("luo-connecting", "CV", None, None, ()), "luo-connecting point of the Conception Vessel"),
    (("influential", "vessels", None, None, ()), "influential point of the vessels"),
    (("four-command", "face-mouth", None, None, ()), "command point of the face and mouth"),
    (("crossing", None, None, None, ("TE", "yang-linking")),
     "crossing point with the Triple Energizer channel and the Yang Linking Vessel"),
    (("window-of-sky", None, None, None, ()), "window of the sky point"),
])
def test_each_entry_reads_as_a_textbook_says_it(entry, words):
    assert categories.describe(*entry, NAMES) == words


@pytest.mark.parametrize(("spelling", "category"), [
    ("yuan-source", "yuan-source"), ("Yuan source", "yuan-source"),
    ("yuan-source points", "yuan-source"), ("The eight influential points", "influential"),
    ("window of the sky", "window-of-sky"), ("five-shu", "five-shu"), ("lung", None),
])
def test_a_category_is_found_by_its_id_name_or_title(spelling, category):
    assert categories.find_kind(spelling) == category


def test_every_category_has_words_to_be_found_by():
    for kind in categories.KINDS:
        assert categories.own_words(kind.id), kind.id
        assert categories.find_kind(kind.title) == kind.id
