"""Compose a point's evidence caveat from its indications, their conditions and certainty."""

# Annotations evaluated, not strings: its NamedTuples' fields are checked at every start
# (see app/model.py)
from typing import NamedTuple

from app.model import Atlas, Condition, Evidence, Indication, Point, Source

CERTAINTY_LABELS = {
    "high": "High certainty",
    "moderate": "Moderate certainty",
    "low": "Low certainty",
    "very-low": "Very low certainty",
    "none": "No trials found",
}
TRADITIONAL = "Traditional concept, not a tested clinical claim"
ONLY_TRADITIONAL = ("No registered source gives a use of this point that could be tested; what "
                    "the sources give is in the terms of the tradition (below).")
NO_TRIALS = "No trials found"
NO_INDICATIONS = ("No registered source gives an indication for this point. "
                  "It is listed for its location only.")
STUDY_REFERENCE = "A study reference, not medical advice."
GENERAL = (f"{STUDY_REFERENCE} Sudden facial droop, new facial weakness, "
           "or twitching that spreads or persists needs a doctor first.")
# Below the head: the general signs that pain needs a doctor rather than needles
# (../shared/evidence.md G1: fever or feeling unwell, injury, pain that keeps growing)
GENERAL_BODY = (f"{STUDY_REFERENCE} A symptom that is severe, new or "
                "getting worse, or pain after an injury or with fever, numbness or weakness, "
                "needs a doctor first.")


def general_line(atlas: Atlas, point: Point) -> str:
    """The line under every card, for the point's part of the body: the face's red flags on
    points whose main view (their first) is of the head, the body's elsewhere (GV14, at C7, is
    also drawn on head-back but is a point of the back). A point drawn nowhere (inside the
    mouth, on the perineum) is where its nearest drawn neighbour along the channel is."""
    drawn = point if point.marks else _nearest_drawn(atlas, point)
    main = next((atlas.views[m.view] for m in drawn.marks if m.view in atlas.views), None)
    return GENERAL if main is None or main.region == "head" else GENERAL_BODY


def _nearest_drawn(atlas: Atlas, point: Point) -> Point:
    """The drawn point of the same channel nearest to ``point`` in atlas order (itself when
    its channel has none)."""
    same = [p for p in atlas.points.values() if p.channel == point.channel]
    at = same.index(point)
    drawn = [p for p in same if p.marks]
    return min(drawn, key=lambda p: abs(same.index(p) - at), default=point)


def evidence_label(evidence: Evidence) -> str:
    """How certain the evidence is and which way it points, as every badge says it:
    'Moderate certainty · no better than sham' (never the certainty alone for a tested use)."""
    words = CERTAINTY_LABELS[evidence.certainty]
    return f"{words} · {evidence.verdict}" if evidence.direction != "untested" else words


class Claim(NamedTuple):
    """One indication with its source and what the evidence says about it."""

    indication: Indication
    source: Source
    condition: Condition | None
    certainty: str   # a certainty word, "traditional" or "none"
    label: str
    direction: str = ""   # the condition's evidence direction ("" with no condition)


class Caveat(NamedTuple):
    claims: tuple[Claim, ...]
    conditions: tuple[Condition, ...]   # each linked condition once, weakest evidence first
    headline: str
    general: str = GENERAL


def claim_for(atlas: Atlas, indication: Indication) -> Claim:
    source = atlas.sources[indication.source]
    if indication.condition:
        condition = atlas.conditions[indication.condition]
        ev = condition.evidence
        return Claim(indication, source, condition, ev.certainty, evidence_label(ev),
                     ev.direction)
    if indication.traditional:
        return Claim(indication, source, None, "traditional", TRADITIONAL)
    return Claim(indication, source, None, "none", NO_TRIALS)


def compose(atlas: Atlas, point: Point) -> Caveat:
    """The caveat shown beside a point's indications: never more certain than the evidence."""
    claims = tuple(claim_for(atlas, i) for i in point.indications)
    general = general_line(atlas, point)
    if not claims:
        return Caveat((), (), NO_INDICATIONS, general)
    order = list(CERTAINTY_LABELS)
    conditions = sorted({c.condition.id: c.condition for c in claims if c.condition}.values(),
                        key=lambda c: -order.index(c.evidence.certainty))
    tested = [c for c in claims if c.condition]
    if all(c.certainty == "traditional" for c in claims):
        headline = ONLY_TRADITIONAL
    elif not tested:
        headline = "None of these uses has been tested in clinical trials."
    else:
        best = min(tested, key=lambda c: order.index(c.certainty))   # the first on a tie
        headline = (f"Best-studied use listed here: {best.condition.name}. {best.label}."
                    if best.certainty != "none"
                    else "No trials were found for any use listed here.")
    return Caveat(claims, tuple(conditions), headline, general)
