"""The caveat never says more than the evidence: one test per certainty and per kind of claim."""

from __future__ import annotations

import pytest

from app import caveat, pages
from app.model import Atlas, Evidence, Indication


@pytest.mark.parametrize(("certainty", "label"), [
    ("high", "High certainty"), ("moderate", "Moderate certainty"), ("low", "Low certainty"),
    ("very-low", "Very low certainty"), ("none", "No trials found"),
])
def test_each_certainty_is_labelled_with_its_direction(mini_atlas, certainty, label):
    cond = mini_atlas.conditions["twitch"]
    tested = certainty != "none"
    changed = cond._replace(evidence=Evidence(
        certainty, "x", ("big-review",), "unclear" if tested else "untested",
        "unclear, few trials" if tested else ""))
    atlas = mini_atlas._replace(conditions={"twitch": changed})
    result = caveat.compose(atlas, atlas.point("GB14"))
    (claim,) = result.claims
    shown = f"{label} · unclear, few trials" if tested else label
    assert claim.certainty == certainty and claim.label == shown
    assert result.conditions == (changed,)
    if tested:
        assert shown in result.headline and cond.name in result.headline
    else:
        assert result.headline == "No trials were found for any use listed here."


def test_a_use_found_no_better_than_sham_never_reads_as_support(mini_atlas):
    """A moderate-certainty finding of no benefit says so wherever its badge appears, and its
    badge is not the green of a supported use."""
    cond = mini_atlas.conditions["twitch"]._replace(evidence=Evidence(
        "moderate", "Good trials found no benefit.", ("big-review",), "no-benefit",
        "no better than sham"))
    atlas = mini_atlas._replace(conditions={"twitch": cond})
    point = atlas.point("GB14")
    (claim,) = caveat.compose(atlas, point).claims
    assert "no better than sham" in claim.label
    assert "no better than sham" in caveat.compose(atlas, point).headline
    page = pages.point_page(atlas, point)
    assert page.count("no better than sham") >= 3   # the claim, the headline, the condition
    supported = pages.badge_colour("moderate", "benefit")
    assert pages.badge_colour("moderate", "no-benefit") != supported
    assert pages.badge_colour("moderate", "unclear") != supported
    assert supported not in page


def test_traditional_concept_is_not_a_clinical_claim(mini_atlas):
    result = caveat.compose(mini_atlas, mini_atlas.point("ST36"))
    (claim,) = result.claims
    assert claim.label == "Traditional concept, not a tested clinical claim"
    assert result.headline == caveat.ONLY_TRADITIONAL


def test_traditional_functions_have_their_own_heading_and_no_badge(mini_atlas):
    """Issue 21: a traditional function is shown under a heading that says what it is, never
    among the uses and never with a certainty badge."""
    from app import card, pages

    c = card.describe(mini_atlas, mini_atlas.point("ST36"))
    assert c.functions and not c.uses
    text = card.text_of(c)
    uses = text.index("What the sources say it is used for")
    functions = text.index(card.TRADITIONAL_FUNCTIONS)
    assert uses < functions and "builds up qi and blood" in text[functions:]
    assert "builds up qi and blood" not in text[uses:functions]
    page = pages.card_page(c)
    heading = page.index(card.TRADITIONAL_FUNCTIONS)
    assert "builds up qi and blood" in page[heading:]
    assert "Traditional concept, not a tested clinical claim" not in page   # no badge


def test_untested_claim_says_no_trials(mini_atlas):
    (claim,) = caveat.compose(mini_atlas, mini_atlas.point("TE6")).claims
    assert claim.label == "No trials found" and claim.condition is None


def test_point_without_indications_says_so(mini_atlas):
    result = caveat.compose(mini_atlas, mini_atlas.point("CV24"))
    assert result.claims == ()
    assert "No registered source gives an indication" in result.headline
    assert "not medical advice" in result.general


def test_weakest_condition_is_listed_first(mini_atlas):
    strong = mini_atlas.conditions["twitch"]._replace(id="strong",
                     evidence=Evidence("moderate", "ok", (), "benefit", "helps a little"))
    atlas: Atlas = mini_atlas._replace(conditions={**mini_atlas.conditions, "strong": strong})
    gb14 = atlas.point("GB14")
    gb14 = gb14._replace(indications=(*gb14.indications,
                                      Indication("x", "lay-article", "strong")))
    result = caveat.compose(atlas, gb14)
    assert [c.id for c in result.conditions] == ["twitch", "strong"]
    assert "Moderate certainty · helps a little" in result.headline
