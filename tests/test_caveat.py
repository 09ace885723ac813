"""The caveat never says more than the evidence: one test per certainty and per kind of claim."""

from __future__ import annotations

import pytest

from app import caveat
from app.model import Atlas, Evidence, Indication


@pytest.mark.parametrize(("certainty", "label"), [
    ("high", "High certainty"), ("moderate", "Moderate certainty"), ("low", "Low certainty"),
    ("very-low", "Very low certainty"), ("none", "No trials found"),
])
def test_each_certainty_is_labelled(mini_atlas, certainty, label):
    cond = mini_atlas.conditions["twitch"]
    changed = cond._replace(evidence=Evidence(certainty, "x", ("big-review",)))
    atlas = mini_atlas._replace(conditions={"twitch": changed})
    result = caveat.compose(atlas, atlas.point("GB14"))
    (claim,) = result.claims
    assert claim.certainty == certainty and claim.label == label
    assert result.conditions == (changed,)
    if certainty == "none":
        assert result.headline == "No trials were found for any use listed here."
    else:
        assert label.lower() in result.headline


def test_traditional_concept_is_not_a_clinical_claim(mini_atlas):
    result = caveat.compose(mini_atlas, mini_atlas.point("ST36"))
    (claim,) = result.claims
    assert claim.label == "Traditional concept, not a tested clinical claim"
    assert result.headline == "None of these uses has been tested in clinical trials."


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
                     evidence=Evidence("moderate", "ok", ()))
    atlas: Atlas = mini_atlas._replace(conditions={**mini_atlas.conditions, "strong": strong})
    gb14 = atlas.point("GB14")
    gb14 = gb14._replace(indications=(*gb14.indications,
                                      Indication("x", "lay-article", "strong")))
    result = caveat.compose(atlas, gb14)
    assert [c.id for c in result.conditions] == ["twitch", "strong"]
    assert "moderate certainty" in result.headline
