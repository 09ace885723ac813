"""A point card: what it says, described once (``describe``), and that as plain text for
`acupoints show` and exports (no Qt). The details page, the flashcard's back and the quiz
feedback format the same description; each picks what its medium shows."""

# Annotations evaluated, not strings: its NamedTuples' fields are checked at every start
# (see app/model.py)
import textwrap
from typing import NamedTuple

from app import categories, caveat
from app.caveat import Claim
from app.model import AltName, Atlas, Condition, Point, Source, per_atlas, roster

BOTH_SIDES = "both sides"
MIDLINE = "on the midline"
ON_AND_BESIDE = "on and beside the midline"   # a midline group with marks off it (EX-HN1)
BESIDE = "beside the midline"


STUDIED = "Points the trials used"
ALSO_CALLED = "Also called"
CATEGORIES = "Categories"
NOT_DRAWN = "Not drawn"
CATEGORIES_NOTE = "how the textbooks class it, not claims of effect"
TRADITIONAL_FUNCTIONS = "Traditional functions"
TRADITIONAL_NOTE = "traditional concepts, not tested clinical claims"
TRADITIONAL = "traditional"   # the word before a name in traditional characters


class CardAltName(NamedTuple):
    """Another name or an older code, in words ('Rénzhōng 人中', 'older code M-HN-3')."""

    text: str
    source: Source


class CardCategory(NamedTuple):
    """One category of the point in words, with the source that classes it so."""

    category: str    # the category's id (what a link or a filter names)
    text: str        # 'yuan-source point of the Large Intestine channel'
    source: Source
    names: tuple[str, ...] = ()   # the names in it ('Large Intestine'), never split on a page


class CardCaution(NamedTuple):
    """A caution with the record of the source that gives it (safety text: always shown)."""

    text: str
    source: Source


class CardCondition(NamedTuple):
    """A condition a claim names: its evidence (certainty, summary), established care and red
    flags (``condition``), the certainty's label and the sources behind evidence and care."""

    condition: Condition
    label: str
    refs: tuple[Source, ...]
    care_refs: tuple[Source, ...]
    studied: tuple[tuple[str, bool], ...] = ()   # (code, the atlas holds it) per studied point
    red_flag_refs: tuple[Source, ...] = ()       # the sources of its red flags


class Card(NamedTuple):
    """Everything a point card says, in display order, with every source looked up."""

    code: str
    pinyin: str
    hanzi: str
    english: str
    channel: str                     # the channel's name
    bilateral: bool
    korean: str | None
    cautions: tuple[CardCaution, ...]
    location: str
    location_source: Source
    finding: str | None
    claims: tuple[Claim, ...]        # the uses the sources give, each with its certainty
    headline: str                    # how well supported they are, in one line
    conditions: tuple[CardCondition, ...]   # weakest evidence first
    general: str                     # the line every card ends with
    drawn_on: tuple[tuple[str, str], ...] = ()   # (view id, title) of the views that draw it
    # for a point that is not bilateral: whether its marks lie on the midline, beside it, or both
    on_midline: bool = True
    beside_midline: bool = False
    neighbours: tuple[str | None, str | None] = (None, None)   # the channel's previous, next
    also_called: tuple[CardAltName, ...] = ()
    categories: tuple[CardCategory, ...] = ()
    unmarked: str | None = None      # why no view draws it
    hanzi_traditional: str | None = None   # the name in traditional characters, where it differs
    location_also: tuple[Source, ...] = ()   # other standards the location text cites
    # (code, pinyin, view titles) of each other point drawn on the very same spot of a view
    shares_mark: tuple[tuple[str, str, tuple[str, ...]], ...] = ()

    @property
    def uses(self) -> tuple[Claim, ...]:
        """The uses the sources give, each with what the evidence says of it."""
        return tuple(c for c in self.claims if c.certainty != "traditional")

    @property
    def functions(self) -> tuple[Claim, ...]:
        """What the sources say in the traditional system's own terms (its own heading, no
        badge: a traditional concept is not evidence either way)."""
        return tuple(c for c in self.claims if c.certainty == "traditional")

    @property
    def location_standards(self) -> tuple[Source, ...]:
        """The standard the location follows, then any other its text cites."""
        return (self.location_source, *self.location_also)

    @property
    def sides(self) -> str:
        if self.bilateral:
            return BOTH_SIDES
        if self.beside_midline:
            return ON_AND_BESIDE if self.on_midline else BESIDE
        return MIDLINE


def midline_spread(atlas: Atlas, point: Point) -> tuple[bool, bool]:
    """(any mark on the midline, any mark beside it) over the views that have a midline; a
    point drawn only on side views counts as on the midline."""
    on = beside = False
    for mark in point.marks:
        mid = atlas.views[mark.view].midline
        if mid is None:
            continue
        if abs(mark.at[0] - mid) > 0.5:
            beside = True
        else:
            on = True
    return on or not beside, beside


SAME_SPOT = 0.5   # viewBox units: marks this close are one spot (a click cannot tell them apart)


def shared_marks(atlas: Atlas, point: Point) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The other points with a mark on the same spot as one of this point's, with the views
    where they do (GV2 and EX-B9 at the sacral hiatus): the card names them, because a click
    there selects only one."""
    spots = _spots(atlas)
    found: dict[str, list[str]] = {}
    for mark in point.marks:
        title = atlas.views[mark.view].title
        x, y = mark.at
        i, j = int(x // SAME_SPOT), int(y // SAME_SPOT)
        for cell in ((i + di, j + dj) for di in (-1, 0, 1) for dj in (-1, 0, 1)):
            for code, (ox, oy) in spots.get((mark.view, *cell), ()):
                if (code != point.code and abs(ox - x) <= SAME_SPOT
                        and abs(oy - y) <= SAME_SPOT):
                    titles = found.setdefault(code, [])
                    if title not in titles:
                        titles.append(title)
    order = _order(atlas)
    return tuple((code, atlas.points[code].pinyin, tuple(found[code]))
                 for code in sorted(found, key=order.__getitem__))


def prepare(atlas: Atlas) -> None:
    """Make the per-atlas indexes cards look things up in, ahead of the first card (a few ms
    for the bundled atlas, tens for one ten times its size)."""
    _spots(atlas), _order(atlas), _channel_codes(atlas)


@per_atlas
def _order(atlas: Atlas) -> dict[str, int]:
    """Each point's place in atlas order, made once per atlas."""
    return {code: n for n, code in enumerate(atlas.points)}


@per_atlas
def _channel_codes(atlas: Atlas) -> dict[str, list[str]]:
    """Each channel's points in atlas order, made once per atlas."""
    codes: dict[str, list[str]] = {}
    for code, channel in roster(atlas).channels.items():
        codes.setdefault(channel, []).append(code)
    return codes


@per_atlas
def _spots(atlas: Atlas) -> dict[tuple[str, int, int], list[tuple[str, tuple[float, float]]]]:
    """Every mark of the atlas by view and SAME_SPOT cell, made once per atlas."""
    cells: dict[tuple[str, int, int], list[tuple[str, tuple[float, float]]]] = {}
    for other in atlas.points.values():
        for m in other.marks:
            key = (m.view, int(m.at[0] // SAME_SPOT), int(m.at[1] // SAME_SPOT))
            cells.setdefault(key, []).append((other.code, m.at))
    return cells


def shared_mark_text(card: Card) -> str:
    """What a card says of the points drawn on its own spot."""
    if not card.shares_mark:
        return ""
    parts = [f"{code} {pinyin} (on {', '.join(titles)})"
             for code, pinyin, titles in card.shares_mark]
    return (f"Drawn on the same spot as {'; '.join(parts)}: a click there selects only one of "
            "them; choose the other in the point list or search for its code or name.")


def condition_facts(atlas: Atlas, cond: Condition) -> CardCondition:
    """A condition as cards and condition pages show it, its sources looked up."""
    return CardCondition(cond, caveat.evidence_label(cond.evidence),
                         tuple(atlas.sources[i] for i in cond.evidence.refs),
                         tuple(atlas.sources[i] for i in cond.care_refs),
                         tuple((c, c in atlas.points) for c in cond.studied_points),
                         tuple(atlas.sources[i] for i in cond.red_flag_refs))


def describe(atlas: Atlas, point: Point) -> Card:
    """The one description of a point's card that every rendering formats."""
    cav = caveat.compose(atlas, point)
    return Card(
        point.code, point.pinyin, point.hanzi, point.english,
        atlas.channel_name(point.channel), point.bilateral, point.korean,
        tuple(CardCaution(c.text, atlas.sources[c.source]) for c in point.cautions),
        point.location, atlas.sources[point.location_source], point.finding,
        cav.claims, cav.headline, tuple(condition_facts(atlas, c) for c in cav.conditions),
        cav.general, tuple((v, atlas.views[v].title) for v in point.views),
        *midline_spread(atlas, point), channel_neighbours(atlas, point.code),
        tuple(CardAltName(alt_name_text(a), atlas.sources[a.source]) for a in point.alt_names),
        tuple(CardCategory(c.category, categories.describe(
            c.category, c.of, c.kind, c.element, c.meets, atlas.channel_name),
            atlas.sources[c.source],
            categories.names_in(c.category, c.of, c.meets, atlas.channel_name))
            for c in point.categories),
        point.unmarked, hanzi_traditional=point.hanzi_traditional,
        location_also=tuple(atlas.sources[s] for s in point.location_also),
        shares_mark=shared_marks(atlas, point))


def hanzi_text(point: Point | Card) -> str:
    """The hanzi a card shows, as plain text: the name and, where its traditional form differs,
    that too ('后溪 (traditional 後溪)'); '足三里' where it does not. ``pages.hanzi_html`` is
    the same in rich text."""
    if point.hanzi_traditional:
        return f"{point.hanzi} ({TRADITIONAL} {point.hanzi_traditional})"
    return point.hanzi


def alt_name_text(alt: AltName) -> str:
    """'Rénzhōng 人中 (Person's Centre)', 'Fēihǔ', 'older code M-HN-3'."""
    names = " ".join(n for n in (alt.pinyin, alt.hanzi) if n)
    if alt.english:
        names = f"{names} ({alt.english})" if names else alt.english
    if alt.code:
        names = f"{names}, older code {alt.code}" if names else f"older code {alt.code}"
    return names


def by_source(items) -> list[tuple[Source, list[str]]]:
    """Texts grouped by the source that gives them, in the order the sources first appear."""
    groups: dict[str, tuple[Source, list[str]]] = {}
    for item in items:
        groups.setdefault(item.source.id, (item.source, []))[1].append(item.text)
    return list(groups.values())


def channel_neighbours(atlas: Atlas, code: str) -> tuple[str | None, str | None]:
    """The points before and after this one on its channel, in atlas order (None at an end)."""
    codes = _channel_codes(atlas)[atlas.points[code].channel]
    i = codes.index(code)
    return (codes[i - 1] if i > 0 else None, codes[i + 1] if i + 1 < len(codes) else None)


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(" ".join(text.split()), width=88, initial_indent=indent,
                         subsequent_indent=indent)


def not_drawn_text(card: Card) -> str:
    """What a card says when no view draws the point, with the reason where the data gives it."""
    return f"{NOT_DRAWN}: {card.unmarked}" if card.unmarked else f"{NOT_DRAWN} on any view."


def drawn_on_text(card: Card) -> str:
    if not card.drawn_on:
        return not_drawn_text(card)
    return "Drawn on: " + ", ".join(title for _id, title in card.drawn_on)


def names_line(point: Point | Card) -> str:
    return f"{point.code}  {point.pinyin}  {hanzi_text(point)}  {point.english}"


def card_text(atlas: Atlas, point: Point) -> str:
    """Everything the details panel shows, as readable text."""
    return text_of(describe(atlas, point))


def _source_text(source: Source) -> str:
    year = f", {source.year}" if source.year else ""
    return f"{source.title} ({source.publisher}{year}) — {source.note}"


def text_of(card: Card) -> str:
    """A card as plain text."""
    lines = [names_line(card)]
    extra = [card.channel, card.sides]
    if card.korean:
        extra.append(f"Korean {card.korean}")
    lines.append("  " + " · ".join(extra))
    for source, texts in by_source(card.also_called):
        lines.append(_wrap(f"{ALSO_CALLED}: {'; '.join(texts)} [{source.title}]"))
    if card.categories:
        lines.append(f"  {CATEGORIES} ({CATEGORIES_NOTE}):")
        for source, texts in by_source(card.categories):
            lines.append(_wrap(f"{'; '.join(texts)} [{source.title}]", "    "))
    lines.append("")
    if card.cautions:
        lines.append("CAUTION")
        for c in card.cautions:
            lines.append(_wrap(f"! {c.text} [{c.source.title}]"))
        lines.append("")
    lines.append(f"Location ({'; '.join(s.title for s in card.location_standards)})")
    lines.append(_wrap(card.location))
    if card.finding:
        lines.append(_wrap(f"How to find it: {card.finding}"))
    lines.append(_wrap(drawn_on_text(card)))
    if card.shares_mark:
        lines.append(_wrap(shared_mark_text(card)))
    lines.append("")
    lines.append("What the sources say it is used for")
    if not card.uses:
        lines.append(_wrap(card.headline))
    for claim in card.uses:
        lines.append(_wrap(f"- {claim.indication.text}", "  "))
        lines.append(_wrap(f"source: {_source_text(claim.source)}", "      "))
        lines.append(_wrap(f"evidence: {claim.label}", "      "))
    if card.functions:
        lines.append("")
        lines.append(f"{TRADITIONAL_FUNCTIONS} ({TRADITIONAL_NOTE})")
        for claim in card.functions:
            lines.append(_wrap(f"- {claim.indication.text}", "  "))
            lines.append(_wrap(f"source: {_source_text(claim.source)}", "      "))
    lines.append("")
    lines.append("Evidence caveat")
    if card.claims:
        lines.append(_wrap(card.headline))
    for c in card.conditions:
        cond = c.condition
        lines.append(_wrap(f"{cond.name}: {c.label}. {cond.evidence.summary}"))
        if c.studied:
            lines.append(_wrap(f"{STUDIED}: {', '.join(code for code, _ in c.studied)}", "    "))
        lines.append(_wrap(f"Established care: {cond.established_care}", "    "))
        lines.append(_wrap(f"See a doctor: {cond.see_a_doctor}", "    "))
    lines.append(_wrap(card.general))
    return "\n".join(lines) + "\n"
