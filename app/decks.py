"""Printed cards without Qt: which points a deck spec names, the text of a flashcard's back and
of a point card, and the part of a view a card's diagram shows."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from app import categories, pages
from app.card import Card, describe
from app.model import Atlas, Point, View
from app.page_style import LIGHT
from app.pages import badge_colour
from app.search import channel_spellings, compact

SPEC_HELP = ("all, channel:GB, view:face-front, condition:bells-palsy or "
             "category:yuan-source")
CROP_CUN = 4.0   # a card's diagram shows this many B-cun either side of the mark
# where a point page's top (names, cautions, location) ends and the uses and evidence begin
USES = f'<p style="{pages.SECTION}">What the sources say'


class DeckError(ValueError):
    """A deck spec that names nothing (the message says what would work)."""


@dataclass(frozen=True)
class Deck:
    spec: str
    title: str
    codes: tuple[str, ...]
    view: str | None = None   # a view: deck draws every card on that view


def _channel(value: str, atlas: Atlas) -> str:
    key = compact(value)
    channel = channel_spellings(atlas.channels.values()).get(key)
    if channel is not None:
        return channel
    present = sorted({p.channel for p in atlas.points.values()})
    raise DeckError(f"no channel '{value}' (channels: {', '.join(present)})")


def _condition(value: str, atlas: Atlas) -> str:
    key = compact(value)
    for cond in atlas.conditions.values():
        if key in {compact(cond.id), compact(cond.name), *map(compact, cond.aliases)}:
            return cond.id
    raise DeckError(f"no condition '{value}' (conditions: {', '.join(atlas.conditions)})")


def _category(value: str, atlas: Atlas) -> str:
    found = categories.find_kind(value)
    if found is not None:
        return found
    present = [k.id for k in categories.KINDS if atlas.points_in_category(k.id)]
    raise DeckError(f"no category '{value}' (categories: {', '.join(present or categories.IDS)})")


def deck(atlas: Atlas, spec: str) -> Deck:
    """The points a spec names, in atlas order: all, channel:GB, view:ID, condition:ID,
    category:ID."""
    kind, _, value = spec.partition(":")
    kind, value = kind.strip().lower(), value.strip()
    view = None
    if kind == "all" and not value:
        title, codes = "All points", list(atlas.points)
    elif kind == "channel" and value:
        channel = _channel(value, atlas)
        title = channel_title(atlas, channel)
        codes = [p.code for p in atlas.points.values() if p.channel == channel]
    elif kind == "view" and value:
        view = next((v for v in atlas.views if v.lower() == value.lower()), None)
        if view is None:
            raise DeckError(f"no view '{value}' (views: {', '.join(atlas.views)})")
        title = atlas.views[view].title
        codes = [p.code for p in atlas.points.values() if view in p.views]
    elif kind == "condition" and value:
        cond = _condition(value, atlas)
        title = atlas.conditions[cond].name
        codes = [p.code for p in atlas.points_for_condition(cond)]
    elif kind == "category" and value:
        category = _category(value, atlas)
        title = categories.BY_ID[category].title
        codes = [p.code for p in atlas.points_in_category(category)]
    else:
        raise DeckError(f"unknown deck '{spec}': use {SPEC_HELP}")
    if not codes:
        raise DeckError(f"deck '{spec}' has no points")
    return Deck(spec, title, tuple(codes), view)


def channel_title(atlas: Atlas, channel: str) -> str:
    return f"{atlas.channel_name(channel)} ({channel})"


def listed_filters(atlas: Atlas, search: str = "", channel: str | None = None,
                   condition: str | None = None, bookmarked: bool = False,
                   category: str | None = None) -> str:
    """What filters the point list, in the list's order ("search 'gb1', bookmarked"); ""
    when nothing does."""
    parts = [f"search '{search}'"] if search else []
    if channel:
        parts.append(channel_title(atlas, channel))
    if condition:
        parts.append(atlas.conditions[condition].name)
    if category:
        parts.append(categories.BY_ID[category].title)
    if bookmarked:
        parts.append("bookmarked")
    return ", ".join(parts)


def flashcards_title(what: str) -> str:
    """A flashcard deck's title (its PDF's, and each page's footer): what the cards are of."""
    return f"Flashcards: {what or 'all points'}"


def card_back(atlas: Atlas, point: Point) -> str:
    """The answer side of a flashcard as escaped rich text: names, cautions, location, caveat."""
    return back_of(describe(atlas, point))


def back_of(card: Card) -> str:
    """A card's answer side: less than the page (no sources, no claims), cautions always."""
    html = [
        f'<p style="margin:0; font-size:x-large"><b>{escape(card.code)}</b> '
        f"{escape(card.pinyin)} {pages.hanzi_html(card, LIGHT.muted)}</p>",
        f'<p style="margin-top:0; color:{LIGHT.muted}">{escape(card.english)} · '
        f"{escape(card.channel)} · {card.sides}</p>",
    ]
    html += [f'<p style="margin-top:2px; color:{LIGHT.caution_fg}">&#9888; '
             f"<b>{escape(c.text)}</b></p>" for c in card.cautions]
    if card.categories:
        html.append(f'<p style="margin-top:2px">{escape(category_line(card))}</p>')
    html.append(f"<p><b>Location:</b> {escape(card.location)}</p>")
    if card.finding:
        html.append(f"<p><i>How to find it:</i> {escape(card.finding)}</p>")
    html.append(f"<p><b>Evidence:</b> {escape(card.headline)}</p>")
    for c in card.conditions:
        ev = c.condition.evidence
        html.append(
            f'<p style="margin-top:2px"><span style="background-color:'
            f'{badge_colour(ev.certainty, ev.direction)}; color:#ffffff">&nbsp;'
            f"{escape(c.label)}&nbsp;</span> {escape(c.condition.name)}</p>")
    html.append(f'<p style="color:{LIGHT.muted}"><i>{escape(card.general)}</i></p>')
    return "".join(html)


def category_line(card: Card) -> str:
    """A card's categories on one line, as the flashcard and the quiz say them."""
    return "; ".join(c.text for c in card.categories)


def card_html(atlas: Atlas, point: Point, side: float, image_url: str) -> str:
    """The point page with a side x side image in a column beside its top part."""
    html = pages.point_page(atlas, point)
    top, marker, rest = html.partition(USES)
    if not marker:   # the page changed shape: put the image above it all
        top, rest = "", html
    return (f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td valign="top">{top}</td><td width="{side + 18:.0f}" align="right" valign="top">'
            f'<img src="{escape(image_url)}" width="{side:.0f}" height="{side:.0f}"></td></tr>'
            f"</table>{marker}{rest}")


def card_view(atlas: Atlas, point: Point, view_id: str | None = None) -> str | None:
    """The view a card draws: the one asked for when the point is on it, else its best."""
    return atlas.best_view(point.code, view_id)


def crop_box(view: View, at: tuple[float, float], aspect: float = 1.0
             ) -> tuple[float, float, float, float]:
    """(x, y, w, h) of the view ±CROP_CUN B-cun around ``at``, widened to ``aspect`` (w/h) and
    moved to stay inside the view."""
    x0, y0, w, h = view.viewbox
    side = 2 * CROP_CUN * view.cun
    cw, ch = min(w, side * max(1.0, aspect)), min(h, side * max(1.0, 1 / aspect))
    left = min(max(at[0] - cw / 2, x0), x0 + w - cw)
    top = min(max(at[1] - ch / 2, y0), y0 + h - ch)
    return (left, top, cw, ch)
