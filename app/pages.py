"""The details panel's pages as (escaped) rich text: a point, a condition, a source (no Qt).

Every text from the atlas goes through ``html.escape``; links use only the app's own schemes
(point:, condition:, source:), so nothing from a data file can inject markup or fetch anything.
"""

from __future__ import annotations

import re
from html import escape

from app import caveat
from app.card import (
    ALSO_CALLED,
    CATEGORIES,
    CATEGORIES_NOTE,
    STUDIED,
    TRADITIONAL,
    TRADITIONAL_FUNCTIONS,
    TRADITIONAL_NOTE,
    Card,
    CardCondition,
    by_source,
    condition_facts,
    describe,
    not_drawn_text,
    shared_mark_text,
)
from app.model import Atlas, Condition, Point, Source
from app.page_style import HANZI_FAMILY, LIGHT, Palette

CERTAINTY_COLOURS = {
    "high": "#1b6e3a", "moderate": "#3f6f1f", "low": "#9a5b00", "very-low": "#b3261e",
    "none": "#6d4c41", "traditional": "#5b4b8a",
}


CAUTION_BADGE = LIGHT.caution_fg   # white on it reads on light, dark and high contrast
SECTION = "margin-top:12px; margin-bottom:4px; font-weight:bold; font-size:large;"


NO_BENEFIT_COLOUR = "#475569"   # slate: certain or not, it does not read as support


def badge_colour(certainty: str, direction: str = "") -> str:
    """The badge's colour: the certainty's (green to red) for a benefit; never green for a
    use the evidence does not show to help."""
    if direction == "no-benefit":
        return NO_BENEFIT_COLOUR
    if direction == "unclear" and certainty in ("high", "moderate"):
        certainty = "low"
    return CERTAINTY_COLOURS.get(certainty, "#555555")


def _badge(certainty: str, label: str, direction: str = "") -> str:
    colour = badge_colour(certainty, direction)
    return (f'<span style="background-color:{colour}; color:#ffffff; font-weight:bold;">'
            f"&nbsp;{escape(label)}&nbsp;</span>")


_NUMBERED = re.compile(r"\S*\d\S*")   # '2015;33(5):413-419', 'CD003281.pub4'
_BREAKS_AFTER = re.compile(r"([;:()/.,\-–])(?=\S)")
NBSP, WORD_JOINER = "\u00a0", "\u2060"   # no line break at a space / between two characters


def unbroken(text: str) -> str:
    """Escaped text whose words with digits in them are never broken across lines: Qt would
    break '2015;(11):CD003281' after its punctuation, even inside a nowrap span, so a word
    joiner (invisible, zero width) follows each such mark there."""
    out, end = [], 0
    for match in _NUMBERED.finditer(text):
        joined = _BREAKS_AFTER.sub(lambda m: m.group(1) + WORD_JOINER, match.group())
        out += [escape(text[end:match.start()]), escape(joined)]
        end = match.end()
    return "".join(out) + escape(text[end:])


def _source_link(source: Source) -> str:
    year = f", {source.year}" if source.year else ""
    return (f'<a href="source:{escape(source.id)}">{unbroken(source.title)}</a> '
            f"({unbroken(source.publisher + year)})")


def _box(inner: str, background: str, border: str) -> str:
    return (f'<table width="100%" cellpadding="8" cellspacing="0" '
            f'style="background-color:{background}; border:1px solid {border}; '
            f'margin-top:6px;"><tr><td>{inner}</td></tr></table>')


def _refs(sources: tuple[Source, ...]) -> str:
    return "; ".join(_source_link(s) for s in sources)


def condition_box(atlas: Atlas, cond: Condition, heading: bool = True,
                  pal: Palette = LIGHT) -> str:
    return _condition_html(condition_facts(atlas, cond), heading, pal)


def _condition_html(facts: CardCondition, heading: bool, pal: Palette) -> str:
    cond = facts.condition
    ev = cond.evidence
    parts = []
    if heading:
        parts.append(f'<p style="margin:0"><a href="condition:{escape(cond.id)}"><b>'
                     f"{escape(cond.name)}</b></a></p>")
    parts += [
        f'<p style="margin-top:4px">{_badge(ev.certainty, facts.label, ev.direction)}'
        f" {escape(ev.summary)}</p>",
        f'<p style="margin-top:4px; font-size:small">Evidence: {_refs(facts.refs)}</p>',
    ]
    if facts.studied:
        listed = ", ".join(f'<a href="point:{escape(code)}">{escape(code)}</a>' if held
                           else escape(code) for code, held in facts.studied)
        parts.append(f'<p style="margin-top:4px; font-size:small">{STUDIED}: {listed}</p>')
    parts += [
        f'<p style="margin-top:6px"><b>What established care offers:</b> '
        f"{escape(cond.established_care)}</p>",
    ]
    if facts.care_refs:
        parts.append(f'<p style="margin-top:2px; font-size:small">{_refs(facts.care_refs)}'
                     "</p>")
    parts.append(f'<p style="margin-top:6px; color:{pal.caution_fg}"><b>See a doctor instead:'
                 f"</b> {escape(cond.see_a_doctor)}</p>")
    if facts.red_flag_refs:
        parts.append(f'<p style="margin-top:2px; font-size:small">{_refs(facts.red_flag_refs)}'
                     "</p>")
    return _box("".join(parts), pal.box_bg, pal.box_border)


def point_page(atlas: Atlas, point: Point, pal: Palette = LIGHT) -> str:
    """The point card: names, cautions, location, indications with sources, the caveat."""
    return card_page(describe(atlas, point), pal)


def hanzi_html(card: Card, muted: str | None = None) -> str:
    """The hanzi a card shows, in our font: the name and, where its traditional form differs,
    that after a small 'traditional' (in ``muted`` when given): ``card.hanzi_text`` in
    rich text."""
    # a name's characters stay on one line: Qt may break between any two ideographs (and
    # ignores white-space: nowrap there), so word joiners hold them together
    html = (f'<span style="font-family:\'{HANZI_FAMILY}\'">'
            f"{escape(WORD_JOINER.join(card.hanzi))}</span>")
    if card.hanzi_traditional:
        colour = f"; color:{muted}" if muted else ""
        # the word and the name never part at a line's end
        html += (f' <span style="font-size:small; font-weight:normal{colour}">{TRADITIONAL}'
                 f'</span>&nbsp;<span style="font-family:\'{HANZI_FAMILY}\'">'
                 f"{escape(WORD_JOINER.join(card.hanzi_traditional))}</span>")
    return html


def card_page(card: Card, pal: Palette = LIGHT) -> str:
    """A card as the details panel shows it: all of it."""
    facts = [card.channel.replace(" ", NBSP),   # "Large Intestine" never split
             "both sides of the body" if card.bilateral else card.sides]
    if card.korean:
        facts.append(f"Korean{NBSP}{card.korean}")   # the word and the name on one line
    html = [
        f'<h1 style="margin-bottom:0">{escape(card.code)} &nbsp;{escape(card.pinyin)} '
        f"{hanzi_html(card, pal.muted)}</h1>",
        f'<p style="margin-top:2px; font-size:large">{escape(card.english)}</p>',
        f'<p style="margin-top:0; color:{pal.muted}">{escape(" · ".join(facts))}</p>',
    ]
    html += _names_and_categories(card, pal)
    before, after = card.neighbours
    if before or after:
        steps = [f'<a href="point:{escape(before)}">← {escape(before)}</a>' if before else "",
                 f'<a href="point:{escape(after)}">{escape(after)} →</a>' if after else ""]
        html.append(f'<p style="margin-top:0; font-size:small">Along the channel: '
                    f'{" · ".join(s for s in steps if s)}</p>')
    if card.cautions:
        items = "".join(
            f'<p style="margin:2px 0px">&#9888; <b>{escape(caution.text)}</b> '
            f'<span style="font-size:small">— {_source_link(caution.source)}</span></p>'
            for caution in card.cautions)
        html.append(_box(f'<p style="margin:0; color:{pal.caution_fg}"><b>CAUTION</b></p>'
                         f'<div style="color:{pal.caution_fg}">{items}</div>',
                         pal.caution_bg, pal.caution_border))
    html.append(f'<p style="{SECTION}">Location</p><p>{escape(card.location)}</p>')
    if card.finding:
        html.append(f"<p><i>How to find it:</i> {escape(card.finding)}</p>")
    standards = card.location_standards
    html.append(f'<p style="font-size:small; color:{pal.muted}">Location standard'
                f"{'s' if len(standards) > 1 else ''}: "
                f"{'; '.join(_source_link(s) for s in standards)}</p>")
    views = " · ".join(f'<a href="view:{escape(v)}">{escape(title)}</a>'
                       for v, title in card.drawn_on)
    html.append(f'<p style="font-size:small; color:{pal.muted}">'
                + (f"Drawn on: {views}" if views else escape(not_drawn_text(card))) + "</p>")
    if card.shares_mark:
        html.append(f'<p style="font-size:small; color:{pal.muted}">'
                    f"{escape(shared_mark_text(card))}</p>")
    html.append(f'<p style="{SECTION}">What the sources say it is used for</p>')
    if not card.uses:
        html.append(f"<p><i>{escape(card.headline)}</i></p>")
    else:
        rows = []
        for claim in card.uses:
            rows.append(
                f'<li style="margin-bottom:6px">{escape(claim.indication.text)}<br>'
                f'<span style="font-size:small">Source: {_source_link(claim.source)}</span><br>'
                f"{_badge(claim.certainty, claim.label, claim.direction)}</li>")
        html.append(f"<ul>{''.join(rows)}</ul>")
    if card.functions:   # their own heading and no badge: not evidence either way
        html.append(f'<p style="{SECTION}">{TRADITIONAL_FUNCTIONS}</p>'
                    f'<p style="margin-top:0; color:{pal.muted}"><i>{TRADITIONAL_NOTE.capitalize()}'
                    ".</i></p>")
        rows = [f'<li style="margin-bottom:6px">{escape(claim.indication.text)}<br>'
                f'<span style="font-size:small">Source: {_source_link(claim.source)}</span></li>'
                for claim in card.functions]
        html.append(f"<ul>{''.join(rows)}</ul>")
    html.append(f'<p style="{SECTION}">How well is this supported?</p>')
    if card.claims:
        html.append(f"<p><b>{escape(card.headline)}</b></p>")
    for cond in card.conditions:
        html.append(_condition_html(cond, True, pal))
    html.append(f'<p style="margin-top:10px; color:{pal.muted}"><i>{escape(card.general)}</i></p>')
    return "".join(html)


def _names_and_categories(card: Card, pal: Palette) -> list[str]:
    """Under the names: the other names and older codes, then the categories (each a link to
    its table), each group with the source that gives it."""
    html = [f'<p style="margin-top:0; font-size:small">{ALSO_CALLED}: '
            f'{escape("; ".join(texts))} — {_source_link(source)}</p>'
            for source, texts in by_source(card.also_called)]
    if not card.categories:
        return html
    groups: dict[str, tuple] = {}
    for entry in card.categories:
        text = escape(entry.text)
        for name in entry.names:   # "Large Intestine" never split across lines
            text = text.replace(escape(name), escape(name).replace(" ", NBSP))
        groups.setdefault(entry.source.id, (entry.source, []))[1].append(
            f'<a href="category:{escape(entry.category)}">{text}</a>')
    # small, one paragraph a source: the cautions below stay near the top of the page
    html += [f'<p style="margin-top:2px; font-size:small"><b>{CATEGORIES}</b> '
             f'<span style="color:{pal.muted}">({CATEGORIES_NOTE})</span>: '
             f'{" · ".join(links)} — {_source_link(source)}</p>'
             for source, links in groups.values()]
    return html


def answer_card(card: Card) -> str:
    """A card as the quiz shows it once answered: the names, the cautions (on a badge that
    reads in every theme, as the feedback has no box of its own) and where the point is."""
    parts = [
        f'<p style="margin:4px 0 0 0"><b>{escape(card.code)} {escape(card.pinyin)}</b> '
        f"{hanzi_html(card)} · {escape(card.english)}</p>",
    ]
    parts += [f'<p style="margin:4px 0 0 0"><span style="background-color:{CAUTION_BADGE}; '
              f'color:#ffffff;">&nbsp;<b>&#9888; CAUTION</b>&nbsp;</span> '
              f"<b>{escape(c.text)}</b> "
              f'<span style="font-size:small">— {escape(c.source.title)}</span></p>'
              for c in card.cautions]
    if card.categories:
        parts.append(f'<p style="margin:4px 0 0 0">'
                     f'{escape("; ".join(c.text for c in card.categories))}</p>')
    parts.append(f'<p style="margin:4px 0 0 0">{escape(card.location)}</p>')
    if card.finding:
        parts.append(f'<p style="margin:4px 0 0 0"><i>How to find it:</i> '
                     f"{escape(card.finding)}</p>")
    return "".join(parts)


def condition_page(atlas: Atlas, cond: Condition, pal: Palette = LIGHT) -> str:
    points = atlas.points_for_condition(cond.id)
    aliases = f"<p>Also called: {escape(', '.join(cond.aliases))}</p>" if cond.aliases else ""
    links = ", ".join(f'<a href="point:{escape(p.code)}">{escape(p.code)} '
                      f"{escape(p.pinyin)}</a>" for p in points)
    if not links:   # a whole-body protocol: never pinned on one point
        links = ("None on its own: the trials tested their points together (listed above), so "
                 "no point's card claims this use." if cond.studied_points else
                 "None: no registered source names a point for it.")
    return (f"<h1>{escape(cond.name)}</h1>{aliases}"
            f"{condition_box(atlas, cond, heading=False, pal=pal)}"
            f'<p style="{SECTION}">Points the sources link to it</p><p>{links}</p>'
            # its own red flags are in its box: the page ends with the reference line alone
            f'<p style="color:{pal.muted}"><i>{escape(caveat.STUDY_REFERENCE)}</i></p>')


def category_page(atlas: Atlas, category: str, pal: Palette = LIGHT) -> str:
    """A category's table, channel by channel (the one the File menu prints and exports)."""
    from app import category_tables  # only when a table is shown

    return category_tables.table_html(category_tables.table(atlas, category), True, pal.muted,
                                      narrow=True)


def source_page(atlas: Atlas, source: Source, pal: Palette = LIGHT) -> str:
    rows = [("Publisher", source.publisher), ("Kind", source.kind.replace("-", " "))]
    if source.author:
        rows.append(("Author", source.author))
    rows.append(("Year", str(source.year) if source.year else "unknown"))
    if source.url:
        rows.append(("Address (not opened by the app)", source.url))
    table = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>"
                    for k, v in rows)
    points = atlas.points_citing(source.id)
    conditions = [c for c in atlas.conditions.values()
                  if source.id in (*c.evidence.refs, *c.care_refs, *c.red_flag_refs)]
    point_links = ", ".join(f'<a href="point:{escape(p.code)}">{escape(p.code)}</a>'
                            for p in points[:60])
    if len(points) > 60:
        point_links += f" and {len(points) - 60} more"
    cond_links = ", ".join(f'<a href="condition:{escape(c.id)}">{escape(c.name)}</a>'
                           for c in conditions)
    return (f"<h1>{escape(source.title)}</h1><table>{table}</table>"
            f'<p style="{SECTION}">How much weight it carries</p><p>{escape(source.note)}</p>'
            f'<p style="{SECTION}">Cited by</p>'
            f"<p>Points: {point_links or 'none'}</p><p>Conditions: {cond_links or 'none'}</p>")
