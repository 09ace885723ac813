"""The categories of the bundled atlas: counts a textbook would give, checked as the regions
land (a channel's set must be whole once all its points are in), elements by yin and yang, each
entry from a registered textbook or standard; search, decks and tables over the real data."""

from __future__ import annotations

import pytest

from app import categories, category_tables
from app.decks import deck
from app.loader import load_atlas
from app.search import index_for

ATLAS = load_atlas()
REGULAR = ("LU", "LI", "ST", "SP", "HT", "SI", "BL", "KI", "PC", "TE", "GB", "LR")
YIN = {"LU", "SP", "HT", "KI", "PC", "LR"}
# Channels whose points from the fingertips to the elbow are all in the atlas: their five
# transport points, yuan-source, luo-connecting and xi-cleft points are all there.
ARM = ("LU", "LI", "HT", "SI", "PC", "TE")


def entries(category: str) -> list:
    return [(p, c) for p in ATLAS.points.values() for c in p.categories
            if c.category == category]


def complete(channel: str) -> bool:
    held = sum(p.channel == channel for p in ATLAS.points.values())
    return held == ATLAS.channels[channel].who_points


def number(code: str) -> int:
    return int("".join(ch for ch in code if ch.isdigit()))


def test_every_category_and_other_name_comes_from_a_textbook_or_standard():
    for point in ATLAS.points.values():
        for cited in (*point.categories, *point.alt_names):
            assert ATLAS.sources[cited.source].kind in ("textbook", "standard"), point.code


@pytest.mark.parametrize("category", ["yuan-source", "luo-connecting", "xi-cleft"])
def test_a_channel_has_at_most_one_and_once_whole_exactly_one(category):
    for channel in REGULAR:
        own = [p.code for p, c in entries(category) if c.of == channel]
        assert len(own) <= 1, (channel, own)
        if complete(channel) or channel in ARM:
            assert len(own) == 1, (category, channel)
    assert len([c for _p, c in entries("yuan-source")]) <= 12   # the twelve channels


@pytest.mark.parametrize("category", ["yuan-source", "luo-connecting", "xi-cleft"])
def test_the_arm_channels_have_theirs_on_themselves(category):
    for channel in ARM:
        (point,) = [p for p, c in entries(category) if c.of == channel]
        assert point.channel == channel


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
        if complete(channel) or channel in ARM:
            assert len(found) == 5, channel
    assert not [p for p, _c in entries("five-shu") if p.channel not in REGULAR]


def test_the_yin_channels_start_at_wood_and_the_yang_at_metal():
    wells = {p.channel: c.element for p, c in entries("five-shu") if c.kind == "jing-well"}
    assert wells == {"LU": "wood", "HT": "wood", "PC": "wood",
                     "LI": "metal", "SI": "metal", "TE": "metal"}


@pytest.mark.parametrize(("category", "most"), [
    ("influential", 8), ("confluent", 8), ("four-command", 4), ("lower-he-sea", 6),
])
def test_the_groups_of_a_fixed_size_never_repeat_a_member(category, most):
    held = [c.of for _p, c in entries(category)]
    assert len(held) == len(set(held)) <= most, held


def test_the_groups_the_atlas_already_holds():
    assert {p.code: c.of for p, c in entries("confluent")} == {
        "LU7": "CV", "SI3": "GV", "PC6": "yin-linking", "TE5": "yang-linking"}
    assert {p.code: c.of for p, c in entries("four-command")} == {
        "LU7": "head-nape", "LI4": "face-mouth", "ST36": "abdomen"}
    assert {p.code: c.of for p, c in entries("influential")} == {
        "LU9": "vessels", "CV12": "fu", "CV17": "qi"}
    assert [p.code for p, _c in entries("window-of-sky")] == ["LU3", "BL10", "GV16", "CV22"]
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
    assert yuan == ["LU9", "LI4", "HT7", "SI4", "PC7", "TE4"]
    assert index_for(ATLAS).search("yuan source") == yuan
    assert index_for(ATLAS).search("xi-cleft") == [p.code for p, _c in entries("xi-cleft")]


@pytest.mark.parametrize(("query", "code"), [
    ("renzhong", "GV26"), ("M-HN-3", "EX-HN3"), ("M-UE-22", "EX-UE9"), ("shuigou", "GV26"),
])
def test_search_finds_other_names_and_older_codes(query, code):
    assert index_for(ATLAS).search(query)[0] == code
    assert index_for(ATLAS).resolve(query) == code


def test_a_category_deck_and_table_hold_the_category_s_points():
    assert deck(ATLAS, "category:yuan-source").codes == ("LU9", "LI4", "HT7", "SI4", "PC7",
                                                          "TE4")
    five = category_tables.table(ATLAS, "five-shu")
    arm = [row for row in five.rows if row[0].text in {ATLAS.channel_name(c) for c in ARM}]
    assert len(arm) == 6 and all(cell.code for row in arm for cell in row[1:])
