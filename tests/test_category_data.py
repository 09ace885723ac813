"""The categories of the bundled atlas: counts a textbook would give (whole for the sets whose
points are all on the limbs, which the atlas holds: five-shu, yuan-source, luo-connecting,
xi-cleft, confluent, command, lower he-sea; at most the full count for the rest), elements by
yin and yang, each entry from a registered textbook or standard; search, decks and tables over
the real data."""

from __future__ import annotations

import pytest

from app import categories, category_tables
from app.decks import deck
from app.loader import load_atlas
from app.search import index_for

ATLAS = load_atlas()
REGULAR = ("LU", "LI", "ST", "SP", "HT", "SI", "BL", "KI", "PC", "TE", "GB", "LR")
YIN = {"LU", "SP", "HT", "KI", "PC", "LR"}
# The extraordinary vessels with a xi-cleft point of their own, which lies on a leg channel.
VESSEL_CLEFTS = {"yin-motility": "KI8", "yang-motility": "BL59", "yin-linking": "KI9",
                 "yang-linking": "GB35"}


def entries(category: str) -> list:
    return [(p, c) for p in ATLAS.points.values() for c in p.categories
            if c.category == category]


def number(code: str) -> int:
    return int("".join(ch for ch in code if ch.isdigit()))


def test_every_category_and_other_name_comes_from_a_textbook_or_standard():
    for point in ATLAS.points.values():
        for cited in (*point.categories, *point.alt_names):
            assert ATLAS.sources[cited.source].kind in ("textbook", "standard"), point.code


@pytest.mark.parametrize("category", ["yuan-source", "luo-connecting", "xi-cleft"])
def test_each_channel_has_exactly_one(category):
    for channel in REGULAR:
        own = [p.code for p, c in entries(category) if c.of == channel]
        assert len(own) == 1, (category, channel, own)
    assert len(entries("yuan-source")) == 12   # the twelve channels, one each


@pytest.mark.parametrize("category", ["yuan-source", "luo-connecting", "xi-cleft"])
def test_every_channel_has_its_own_on_itself(category):
    for channel in REGULAR:
        (point,) = [p for p, c in entries(category) if c.of == channel]
        assert point.channel == channel


def test_the_sixteen_xi_cleft_points_twelve_channels_and_four_vessels():
    clefts = {c.of: p.code for p, c in entries("xi-cleft")}
    assert len(entries("xi-cleft")) == len(clefts) == 16
    assert {v: clefts.get(v) for v in VESSEL_CLEFTS} == VESSEL_CLEFTS


def test_five_transport_points_run_in_order_with_the_elements_of_yin_and_yang():
    for channel in REGULAR:
        found = sorted(((number(p.code), c) for p, c in entries("five-shu")
                        if p.channel == channel), key=lambda nc: nc[0])
        kinds = [c.kind for _n, c in found]
        assert len(set(kinds)) == len(kinds), channel   # each kind once
        ranks = [categories.FIVE_SHU.index(k) for k in kinds]
        assert ranks in (sorted(ranks), sorted(ranks, reverse=True)), channel  # along the limb
        for _n, c in found:
            assert c.element == categories.element_for(c.kind, channel in YIN), (channel, c)
        assert len(found) == 5, channel
    assert not [p for p, _c in entries("five-shu") if p.channel not in REGULAR]
    assert len(entries("five-shu")) == 60   # five on each of the twelve channels


def test_the_yin_channels_start_at_wood_and_the_yang_at_metal():
    wells = {p.channel: c.element for p, c in entries("five-shu") if c.kind == "jing-well"}
    assert wells == {"LU": "wood", "HT": "wood", "PC": "wood",
                     "SP": "wood", "KI": "wood", "LR": "wood",
                     "LI": "metal", "SI": "metal", "TE": "metal",
                     "ST": "metal", "BL": "metal", "GB": "metal"}
    seas = {p.code: c.element for p, c in entries("five-shu") if c.kind == "he-sea"}
    assert {code: seas[code] for code in ("ST36", "BL40", "GB34", "SP9", "KI10", "LR8")} == {
        "ST36": "earth", "BL40": "earth", "GB34": "earth",
        "SP9": "water", "KI10": "water", "LR8": "water"}


@pytest.mark.parametrize(("category", "most"), [
    ("influential", 8), ("confluent", 8), ("four-command", 4), ("lower-he-sea", 6),
])
def test_the_groups_of_a_fixed_size_never_repeat_a_member(category, most):
    held = [c.of for _p, c in entries(category)]
    assert len(held) == len(set(held)) <= most, held


@pytest.mark.parametrize(("category", "size"), [
    ("confluent", 8), ("four-command", 4), ("lower-he-sea", 6), ("influential", 8),
    ("back-shu", 12), ("front-mu", 12), ("window-of-sky", 10),
])
def test_the_groups_are_whole_now_the_atlas_holds_every_point(category, size):
    assert len(entries(category)) == size


def test_the_groups_the_atlas_holds():
    assert {p.code: c.of for p, c in entries("confluent")} == {
        "LU7": "CV", "SI3": "GV", "PC6": "yin-linking", "TE5": "yang-linking",
        "SP4": "penetrating", "KI6": "yin-motility", "BL62": "yang-motility",
        "GB41": "girdle"}
    assert {p.code: c.of for p, c in entries("four-command")} == {
        "LU7": "head-nape", "LI4": "face-mouth", "ST36": "abdomen", "BL40": "back"}
    assert {p.code: c.of for p, c in entries("lower-he-sea")} == {
        "ST36": "ST", "ST37": "LI", "ST39": "SI", "BL39": "TE", "BL40": "BL", "GB34": "GB"}
    assert {p.code: c.of for p, c in entries("influential")} == {
        "LU9": "vessels", "GB34": "sinews", "GB39": "marrow", "CV12": "fu", "CV17": "qi",
        "LR13": "zang", "BL11": "bone", "BL17": "blood"}
    assert sorted(p.code for p, _c in entries("window-of-sky")) == sorted(
        ["LU3", "LI18", "ST9", "SI16", "SI17", "BL10", "PC1", "TE16", "GV16", "CV22"])
    # the fifteen luo: one per channel, CV's and GV's, and the spleen's great luo (SP21)
    assert len(entries("luo-connecting")) == 14
    assert {p.code: c.of for p, c in entries("great-luo")} == {"SP21": "SP"}
    # one back-shu and one front-mu point for each of the twelve organs
    for kind in ("back-shu", "front-mu"):
        organs = [c.of for _p, c in entries(kind)]
        assert sorted(organs) == sorted(ATLAS.channels[code].code for code in (
            "LU", "LI", "ST", "SP", "HT", "SI", "BL", "KI", "PC", "TE", "GB", "LR")), kind
    st36 = {(c.category, c.kind, c.element, c.of) for c in ATLAS.points["ST36"].categories}
    assert {("five-shu", "he-sea", "earth", None), ("lower-he-sea", None, None, "ST")} <= st36


def test_lower_he_sea_points_are_of_the_fu_organs():
    fu = {"LI", "ST", "SI", "BL", "TE", "GB"}
    assert all(c.of in fu for _p, c in entries("lower-he-sea"))


def test_the_extra_points_carry_no_channel_category():
    for code, point in ATLAS.points.items():
        if point.channel == "EX":
            assert not point.categories, code


# --- what a student does with them ---------------------------------------------------------------
def test_search_lists_the_yuan_source_points_of_the_atlas():
    yuan = [p.code for p, _c in entries("yuan-source")]
    assert yuan == ["LU9", "LI4", "ST42", "SP3", "HT7", "SI4", "BL64", "KI3", "PC7", "TE4",
                    "GB40", "LR3"]
    assert index_for(ATLAS).search("yuan source") == yuan
    assert index_for(ATLAS).search("xi-cleft") == [p.code for p, _c in entries("xi-cleft")]


@pytest.mark.parametrize(("query", "code"), [
    ("renzhong", "GV26"), ("M-HN-3", "EX-HN3"), ("M-UE-22", "EX-UE9"), ("shuigou", "GV26"),
])
def test_search_finds_other_names_and_older_codes(query, code):
    assert index_for(ATLAS).search(query)[0] == code
    assert index_for(ATLAS).resolve(query) == code


def test_a_category_deck_and_table_hold_the_category_s_points():
    assert deck(ATLAS, "category:yuan-source").codes == (
        "LU9", "LI4", "ST42", "SP3", "HT7", "SI4", "BL64", "KI3", "PC7", "TE4", "GB40", "LR3")
    five = category_tables.table(ATLAS, "five-shu")
    assert len(five.rows) == 12 and five.count == 60
    assert all(cell.code for row in five.rows for cell in row[1:])   # no dash left
    assert "does not hold yet" not in five.note
