"""A point card as plain text, for `acupoints show` and exports (no Qt)."""

from __future__ import annotations

import textwrap

from app import caveat
from app.model import Atlas, Point


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(" ".join(text.split()), width=88, initial_indent=indent,
                         subsequent_indent=indent)


def names_line(point: Point) -> str:
    return f"{point.code}  {point.pinyin}  {point.hanzi}  {point.english}"


def card_text(atlas: Atlas, point: Point) -> str:
    """Everything the details panel shows, as readable text."""
    lines = [names_line(point)]
    extra = [atlas.channel_name(point.channel)]
    extra.append("both sides" if point.bilateral else "on the midline")
    if point.korean:
        extra.append(f"Korean {point.korean}")
    lines += ["  " + " · ".join(extra), ""]
    if point.cautions:
        lines.append("CAUTION")
        for c in point.cautions:
            lines.append(_wrap(f"! {c.text} [{atlas.sources[c.source].title}]"))
        lines.append("")
    lines.append(f"Location ({atlas.sources[point.location_source].title})")
    lines.append(_wrap(point.location))
    if point.finding:
        lines.append(_wrap(f"How to find it: {point.finding}"))
    lines.append("")
    cav = caveat.compose(atlas, point)
    lines.append("What the sources say it is used for")
    if not cav.claims:
        lines.append(_wrap(cav.headline))
    for claim in cav.claims:
        lines.append(_wrap(f"- {claim.indication.text}", "  "))
        lines.append(_wrap(f"source: {claim.source.title} ({claim.source.publisher}"
                           f"{', ' + str(claim.source.year) if claim.source.year else ''})"
                           f" — {claim.source.note}", "      "))
        lines.append(_wrap(f"evidence: {claim.label}", "      "))
    lines.append("")
    lines.append("Evidence caveat")
    if cav.claims:
        lines.append(_wrap(cav.headline))
    for cond in cav.conditions:
        ev = cond.evidence
        lines.append(_wrap(f"{cond.name}: {caveat.CERTAINTY_LABELS[ev.certainty]}. "
                           f"{ev.summary}"))
        lines.append(_wrap(f"Established care: {cond.established_care}", "    "))
        lines.append(_wrap(f"See a doctor: {cond.see_a_doctor}", "    "))
    lines.append(_wrap(cav.general))
    return "\n".join(lines) + "\n"
