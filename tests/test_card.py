"""The point card is described once (card.describe) and every rendering formats that one
description: the details page, `acupoints show`, the flashcard's back and the quiz feedback."""

from __future__ import annotations

import pytest

from app import card, caveat, decks, page_style, pages
from app.card import Card, CardCaution, condition_facts, describe


@pytest.fixture
def gb14(mini_atlas):
    return mini_atlas.point("GB14")


def visible(text: str) -> str:
    """What a reader sees: without the invisible word joiners that hold a name together."""
    return text.replace(pages.WORD_JOINER, "")


def renderings(c: Card) -> dict[str, str]:
    """The four renderings of one description (what each public function formats)."""
    return {"page": visible(pages.card_page(c)), "text": card.text_of(c),
            "back": visible(decks.back_of(c)), "quiz": visible(pages.answer_card(c))}


def test_describe_a_point_with_cautions_and_claims(mini_atlas, gb14):
    c = describe(mini_atlas, gb14)
    assert (c.code, c.pinyin, c.hanzi, c.english) == ("GB14", "Yángbái", "阳白", "Yang White")
    assert (c.channel, c.bilateral, c.sides, c.korean) == ("Gallbladder", True, "both sides", None)
    assert c.cautions == (CardCaution("Bruises easily.", mini_atlas.sources["big-review"]),)
    assert c.location == gb14.location
    assert c.location_source == mini_atlas.sources["who-2008"]
    cav = caveat.compose(mini_atlas, gb14)
    assert (c.claims, c.headline, c.general) == (cav.claims, cav.headline, cav.general)
    assert [f.condition for f in c.conditions] == list(cav.conditions)
    twitch = c.conditions[0]
    assert twitch.label == "Very low certainty · unclear, the trials are poor"
    assert twitch.refs == tuple(mini_atlas.sources[i] for i in twitch.condition.evidence.refs)


def test_describe_a_point_with_cautions_and_no_claims(mini_atlas, gb14):
    c = describe(mini_atlas, gb14._replace(indications=()))
    assert [x.text for x in c.cautions] == ["Bruises easily."]
    assert (c.claims, c.conditions) == ((), ())
    assert c.headline == caveat.NO_INDICATIONS
    assert c.general == caveat.general_line(mini_atlas, gb14)


def test_the_public_functions_render_the_description(mini_atlas):
    for point in mini_atlas.points.values():
        c = describe(mini_atlas, point)
        for pal in (page_style.LIGHT, page_style.DARK, page_style.HIGH_CONTRAST):
            assert pages.point_page(mini_atlas, point, pal) == pages.card_page(c, pal)
        assert card.card_text(mini_atlas, point) == card.text_of(c)
        assert decks.card_back(mini_atlas, point) == decks.back_of(c)


@pytest.mark.parametrize("with_claims", [True, False])
def test_every_rendering_shows_every_caution(mini_atlas, gb14, with_claims):
    point = gb14 if with_claims else gb14._replace(indications=())
    c = describe(mini_atlas, point)
    for medium, out in renderings(c).items():
        for caution in c.cautions:
            assert caution.text in out, medium
            # before the location, as on every card: safety text first
            assert out.index(caution.text) < out.index(c.location), medium


def test_a_change_to_the_description_shows_in_all_four(mini_atlas, gb14):
    c = describe(mini_atlas, gb14)
    extra = CardCaution("Not over the eye <itself> & its lid.", mini_atlas.sources["who-2008"])
    changed = c._replace(cautions=(*c.cautions, extra), location="Somewhere else entirely.")
    for medium, out in renderings(changed).items():
        plain = out if medium == "text" else out.replace("&lt;", "<").replace(
            "&gt;", ">").replace("&amp;", "&")
        assert extra.text in plain and "Bruises easily." in plain, medium
        assert "Somewhere else entirely." in out and gb14.location not in out, medium
        if medium != "text":
            assert "<itself>" not in out, medium   # escaped, never markup


def test_the_flashcard_shows_less_than_the_page(mini_atlas, gb14):
    c = describe(mini_atlas, gb14)
    back, page = decks.back_of(c), pages.card_page(c)
    claim = c.claims[0].indication.text
    assert claim in page and claim not in back
    assert c.location_source.title in page and c.location_source.title not in back


def test_a_midline_group_with_marks_beside_the_midline_says_so():
    """EX-HN1 is not bilateral, yet two of its four marks are 1 B-cun to either side of GV20:
    every rendering says 'on and beside the midline', never plain 'on the midline'."""
    from app.loader import load_atlas

    atlas = load_atlas()
    group, gv20 = describe(atlas, atlas.points["EX-HN1"]), describe(atlas, atlas.points["GV20"])
    assert group.sides == card.ON_AND_BESIDE and gv20.sides == card.MIDLINE
    for medium, out in renderings(group).items():
        if medium == "quiz":
            continue   # the quiz feedback shows no facts line
        assert card.ON_AND_BESIDE in out, medium
        assert card.MIDLINE not in out.replace(card.ON_AND_BESIDE, ""), medium
    assert card.MIDLINE in card.text_of(gv20)
    # a point off the midline on every view that has one is 'beside', not 'on'
    beside = atlas.points["EX-HN1"]._replace(marks=atlas.points["EX-HN1"].marks[2:])
    assert describe(atlas, beside).sides == card.BESIDE


def test_a_condition_lists_the_points_its_trials_used_linking_those_the_atlas_holds(mini_atlas):
    facts = condition_facts(mini_atlas, mini_atlas.conditions["twitch"])
    assert facts.studied == (("GB14", True), ("SP6", False))
    page = pages.condition_box(mini_atlas, mini_atlas.conditions["twitch"])
    assert 'href="point:GB14"' in page and "SP6" in page and 'href="point:SP6"' not in page


def test_a_narrow_card_never_breaks_a_number_a_channel_or_the_korean_name(qapp):
    """Laid out at any width of a narrow details pane (200-400 px): '2015;33(5):413-419',
    'Large Intestine' and 'Korean 합곡' each stay on one line."""
    import re

    from PySide6.QtGui import QTextDocument

    from app.loader import load_atlas

    atlas = load_atlas()
    for code, width in ((c, w) for c in ("LI4", "PC6", "GB14") for w in range(200, 401, 8)):
        doc = QTextDocument()
        doc.setHtml(pages.point_page(atlas, atlas.points[code]))
        doc.setTextWidth(width)
        doc.size()   # lays it out
        block = doc.begin()
        while block.isValid():
            text, layout = block.text(), block.layout()
            assert layout.lineCount() or not text
            starts = [layout.lineAt(i).textStart() for i in range(layout.lineCount())][1:]
            keep = [m.span() for m in re.finditer(r"[\d;:().,-]*\d[\d;:().,-]*", text)]
            names = r"Large.Intestine|Korean.[\uac00-\ud7a3]+"   # the word with its hangul
            keep += [m.span() for m in re.finditer(names, text)]
            for a, b in keep:
                assert not any(a < s < b for s in starts), (code, text[a:b])
            block = block.next()


def test_categories_and_other_names_come_under_the_names_with_their_sources(mini_atlas):
    c = describe(mini_atlas, mini_atlas.point("TE6"))
    assert [(x.category, x.text, x.source.id) for x in c.categories] == [
        ("five-shu", "jing-river point, fire point", "big-review")]
    assert [(x.text, x.source.id) for x in c.also_called] == [
        ("Fēihǔ (Flying Tiger)", "lay-article")]
    page, text = pages.card_page(c), card.text_of(c)
    for out in (page, text):
        for said in ("jing-river point, fire point", "Fēihǔ (Flying Tiger)"):
            assert out.index(c.english) < out.index(said) < out.index(c.location)
        assert "not claims of effect" in out
    assert 'href="category:five-shu"' in page and 'href="source:big-review"' in page
    assert "A review" in text and "A lay article" in text   # each with its source
    for medium in ("back", "quiz"):   # the study sides say the category, not its source
        assert "jing-river point, fire point" in renderings(c)[medium]


def test_an_older_code_reads_as_one():
    from app.model import AltName

    assert card.alt_name_text(AltName("x", code="M-HN-3")) == "older code M-HN-3"
    assert card.alt_name_text(AltName("x", pinyin="Rénzhōng", english="Person's Centre",
                                      code="GV-26")) == (
        "Rénzhōng (Person's Centre), older code GV-26")


def test_categories_from_two_sources_are_cited_apart(mini_atlas):
    st36 = mini_atlas.point("ST36")
    other = st36.categories[1]._replace(source="who-2008")
    c = describe(mini_atlas, st36._replace(categories=(st36.categories[0], other)))
    text = card.text_of(c)
    assert "he-sea point, earth point [A review]" in text
    assert "lower he-sea point of the Stomach [WHO Standard" in text


# --- the name in traditional characters -----------------------------------------------------------
def test_every_rendering_shows_the_traditional_name_beside_the_hanzi(mini_atlas, gb14):
    c = describe(mini_atlas, gb14)
    assert (c.hanzi, c.hanzi_traditional) == ("阳白", "陽白")
    for medium, out in renderings(c).items():
        assert "阳白" in out and "陽白" in out, medium
        assert out.index("阳白") < out.index("陽白"), medium   # the simplified name first
    assert card.names_line(c) == "GB14  Yángbái  阳白 (traditional 陽白)  Yang White"


def test_a_name_the_same_in_both_scripts_is_shown_once(mini_atlas):
    c = describe(mini_atlas, mini_atlas.point("ST36"))
    assert c.hanzi_traditional is None
    for medium, out in renderings(c).items():
        assert out.count(c.hanzi) == 1, medium
    assert card.names_line(c) == f"ST36  {c.pinyin}  {c.hanzi}  {c.english}"


@pytest.mark.parametrize(("code", "simplified", "traditional"), [
    ("SI3", "后溪", "後溪"),       # 后 is 後 (behind) here, not 后 (empress)
    ("GB14", "阳白", "陽白"),
    ("SI5", "阳谷", "陽谷"),       # a valley (谷), not grain (穀)
    ("LR3", "太冲", "太衝"),       # 衝 (thoroughfare) as in 衝陽, 中衝, 關衝
    ("EX-HN7", "球后", "球後"),
])
def test_the_real_card_shows_the_checked_traditional_name(code, simplified, traditional):
    from app.loader import load_atlas

    atlas = load_atlas()
    c = describe(atlas, atlas.points[code])
    page = visible(pages.card_page(c))
    assert simplified in page and traditional in page
    assert f"{simplified} (traditional {traditional})" in card.text_of(c)


@pytest.mark.parametrize("code", ["ST36", "HT5", "LI4"])   # 足三里, 通里 (not 通裏), 合谷
def test_a_real_name_without_another_form_has_none(code):
    from app.loader import load_atlas

    atlas = load_atlas()
    point = atlas.points[code]
    assert point.hanzi_traditional is None
    assert card.names_line(describe(atlas, point)) == (
        f"{code}  {point.pinyin}  {point.hanzi}  {point.english}")
