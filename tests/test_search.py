"""Search: every spelling in DESIGN.md resolves; accents and case are ignored; ranking."""

from __future__ import annotations

import pytest

from app.loader import load_atlas
from app.model import Point
from app.search import SearchIndex, compact, fold, parse_code


def _point(code, pinyin, hanzi, english, channel):
    return Point(code=code, pinyin=pinyin, hanzi=hanzi, english=english, channel=channel,
                 bilateral=True, location="somewhere", location_source="who-2008")


POINTS = [
    _point("GB14", "Yángbái", "阳白", "Yang White", "GB"),
    _point("GB1", "Tóngzǐliáo", "瞳子髎", "Pupil Crevice", "GB"),
    _point("GB12", "Wángǔ", "完骨", "Mastoid Process", "GB"),
    _point("TE6", "Zhīgōu", "支沟", "Branch Ditch", "TE"),
    _point("LR3", "Tàichōng", "太冲", "Great Surge", "LR"),
    _point("KI3", "Tàixī", "太溪", "Great Ravine", "KI"),
    _point("BL2", "Cuánzhú", "攒竹", "Bamboo Gathering", "BL"),
    _point("ST36", "Zúsānlǐ", "足三里", "Leg Three Miles", "ST"),
    _point("EX-HN4", "Yúyāo", "鱼腰", "Fish Waist", "EX"),
    _point("EX-HN5", "Tàiyáng", "太阳", "Greater Yang", "EX"),
]
CHANNELS = tuple(load_atlas().channels.values())   # the bundled channel files give the aliases
INDEX = SearchIndex(POINTS, CHANNELS)


@pytest.mark.parametrize("query", [
    "GB14", "gb14", "GB-14", "GB 14", "Gallbladder 14", "gall bladder 14", "yangbai",
    "Yángbái", "阳白", "yang white", "YANG WHITE",
])
def test_every_spelling_of_gb14(query):
    assert INDEX.resolve(query) == "GB14"
    assert INDEX.search(query)[0] == "GB14"


@pytest.mark.parametrize(("query", "code"), [
    ("TE6", "TE6"), ("SJ6", "TE6"), ("TW6", "TE6"), ("triple warmer 6", "TE6"),
    ("San Jiao 6", "TE6"), ("LR3", "LR3"), ("LIV3", "LR3"), ("liver 3", "LR3"),
    ("KI3", "KI3"), ("KID3", "KI3"), ("kidney 3", "KI3"), ("BL2", "BL2"), ("UB2", "BL2"),
    ("EX-HN4", "EX-HN4"), ("exhn4", "EX-HN4"), ("EX HN 4", "EX-HN4"), ("yuyao", "EX-HN4"),
    ("stomach 36", "ST36"), ("St 36", "ST36"), ("zusanli", "ST36"),
])
def test_channel_aliases_and_extra_points(query, code):
    assert INDEX.resolve(query) == code
    assert INDEX.search(query)[0] == code


def test_exact_code_beats_code_prefix():
    hits = INDEX.search("gb1")
    assert hits[0] == "GB1" and sorted(hits[1:]) == ["GB12", "GB14"]   # ties: atlas order


def test_name_prefix_and_word_prefix():
    assert INDEX.search("tai")[:3] == ["LR3", "KI3", "EX-HN5"]
    assert INDEX.search("white") == ["GB14"]
    assert INDEX.search("great")[:2] == ["LR3", "KI3"]


def test_a_small_typo_is_forgiven():
    assert INDEX.search("zusanlli") == ["ST36"]
    assert INDEX.search("yangbia") == ["GB14"]


def test_nothing_matches():
    assert INDEX.search("xyzzy") == []
    assert INDEX.search("   ") == []
    assert INDEX.resolve("xyzzy") is None


def test_unknown_channel_word_is_not_a_code():
    spellings = INDEX.spellings
    assert parse_code("banana 3", spellings) is None
    assert parse_code("Gallbladder 14", spellings) == "GB14"
    assert parse_code("exb2", spellings) == "EX-B2"     # the back's extra points: one letter


def test_fold_and_compact():
    assert fold("Zúsānlǐ") == "zusanli"
    assert compact("GB-14 ") == "gb14"
    assert compact("阳白") == "阳白"


ATLAS = load_atlas()
REAL = SearchIndex(ATLAS.points.values(), ATLAS.channels.values(), ATLAS.conditions.values())


@pytest.mark.parametrize(("query", "first"), [
    ("陽白", "GB14"),            # traditional characters find the simplified name
    ("風池", "GB20"),
    ("합곡", "LI4"),             # the Korean name the card shows
    ("GB14 yangbai", "GB14"),   # a code and its name
    ("gb14 yang white", "GB14"),
    ("ear", "TE21"),            # a whole word before a word that starts with it
])
def test_more_spellings_find_the_point_first(query, first):
    assert REAL.search(query)[0] == first


def test_a_channel_name_lists_its_points_in_order():
    hits = REAL.search("Gallbladder")
    gb = [code for code, p in ATLAS.points.items() if p.channel == "GB"]
    assert hits[:len(gb)] == gb


def test_a_condition_finds_the_points_the_sources_give_for_it():
    linked = {p.code for p in ATLAS.points_for_condition("bells-palsy")}
    assert linked and linked <= set(REAL.search("bell's palsy"))
    assert linked <= set(REAL.search("palsy"))
    assert REAL.conditions("twitch") == ["facial-myokymia"]
    assert REAL.conditions("bells palsy") == ["bells-palsy"]
    assert REAL.conditions("xyzzy") == []


def test_locations_are_not_searched():
    """"eye" must not find ST36 through "knee eye" in its location."""
    assert "knee eye" in ATLAS.points["ST36"].location.lower()
    assert "ST36" not in REAL.search("eye")
    assert "GB16" in REAL.search("eye")


def test_a_name_in_traditional_characters_finds_its_point():
    assert REAL.search("後溪")[0] == "SI3"      # the data's traditional name (后溪)
    assert REAL.resolve("後溪") == "SI3"
    assert REAL.search("后溪")[0] == "SI3"      # and the simplified one
    assert REAL.resolve("足三里") == "ST36"     # the same in both scripts
    assert {"SI3", "GV19"} <= set(REAL.search("後"))   # 後溪, 後頂: part of a name
    assert REAL.search("陽谷")[0] == "SI5" and REAL.search("太衝")[0] == "LR3"


def test_every_traditional_name_agrees_with_its_characters_forms():
    """tools/hanzi_variants --check: a point whose name has a character with a single
    traditional form other than itself carries hanzi_traditional with that form (a point added
    without one is reported); where a character has several forms, the data's choice must be
    one of them."""
    pytest.importorskip("opencc", reason="opencc-python-reimplemented knows the forms")
    from tools import hanzi_variants

    assert hanzi_variants.check() == []
    assert hanzi_variants.disagreement("会阴", None)            # CV1 without its 會陰
    assert hanzi_variants.disagreement("阳白", "阳白")           # 阳 has one form: 陽
    assert hanzi_variants.disagreement("后溪", "後谿")           # 溪 has one form: itself
    assert hanzi_variants.disagreement("阳谷", "陽穀") is None   # allowed: the data decides



def _classed(code, channel, *classes, alts=()):
    from app.model import AltName, Category

    return _point(code, "Name", "名", "Some Name", channel)._replace(
        categories=tuple(Category(*c) for c in classes),
        alt_names=tuple(AltName("who-2008", **a) for a in alts))


CLASSED = SearchIndex([
    _classed("BL13", "BL", ("back-shu", "who-2008", "LU")),
    _classed("LU9", "LU", ("yuan-source", "who-2008", "LU"),
             ("five-shu", "who-2008", None, "shu-stream", "earth")),
    _classed("LI4", "LI", ("yuan-source", "who-2008", "LI"),
             ("four-command", "who-2008", "face-mouth")),
    _classed("ST36", "ST", ("five-shu", "who-2008", None, "he-sea", "earth"),
             ("lower-he-sea", "who-2008", "ST")),
    _classed("GV26", "GV", alts=[{"pinyin": "Rénzhōng"}]),
    _classed("EX-HN3", "EX", alts=[{"code": "M-HN-3"}]),
], CHANNELS)


@pytest.mark.parametrize(("query", "found"), [
    ("yuan source", ["LU9", "LI4"]), ("yuan-source points", ["LU9", "LI4"]),
    ("back-shu", ["BL13"]), ("back-shu lung", ["BL13"]), ("he-sea", ["ST36"]),
    ("earth point", ["LU9", "ST36"]), ("command face", ["LI4"]),
    ("lower he-sea stomach", ["ST36"]),
])
def test_a_category_finds_its_points_in_atlas_order(query, found):
    assert CLASSED.search(query) == found


def test_what_a_point_belongs_to_alone_does_not_find_it():
    """'lung' names the Lung's points, not the back-shu point of the Lung; 'face' names no
    category (the command point of the face and mouth is found as 'command face')."""
    assert "BL13" not in CLASSED.search("lung")
    assert CLASSED.search("face") == []


@pytest.mark.parametrize(("query", "code"), [
    ("renzhong", "GV26"), ("Rénzhōng", "GV26"), ("M-HN-3", "EX-HN3"), ("mhn3", "EX-HN3"),
])
def test_other_names_and_older_codes_find_the_point(query, code):
    assert CLASSED.search(query)[0] == code
    assert CLASSED.resolve(query) == code


def test_a_point_s_own_name_resolves_before_another_s_other_name():
    index = SearchIndex([_classed("GV26", "GV", alts=[{"pinyin": "Shuǐgōu"}]),
                         _point("GV27", "Shuǐgōu", "水沟", "Water Trough", "GV")], CHANNELS)
    assert index.resolve("shuigou") == "GV27"


def test_the_categories_a_query_names():
    assert CLASSED.categories("yuan source") == ["yuan-source"]
    assert CLASSED.categories("he-sea") == ["five-shu", "lower-he-sea"]
    assert CLASSED.categories("lung") == []


def test_a_name_copied_from_a_card_is_found():
    """The card holds a name's hanzi together with invisible word joiners; pasted into the
    search box, the name still finds its point."""
    from app import pages

    copied = pages.WORD_JOINER.join("十宣")
    assert REAL.search(copied)[0] == "EX-UE11"


def test_one_letter_answers_are_kept_and_stay_the_same():
    """Every search starts with one letter: its answer is kept, and is the one a fresh index
    gives, whatever the letter's case or spaces, and however a caller changes its list."""
    fresh = SearchIndex(POINTS, CHANNELS)
    first = INDEX.search("t")
    assert first and set(first) >= {"TE6", "KI3", "LR3"}
    first.append("GB99")
    for query in ("t", "T", " t "):
        assert INDEX.search(query) == SearchIndex(POINTS, CHANNELS).search(query) == (
            fresh.search("t"))
    assert INDEX.search("t", limit=2) == fresh.search("t")[:2]
    assert "GB99" not in INDEX.search("t")
