"""The atlas as immutable records: sources, conditions, views, points (no Qt).

They are NamedTuples rather than frozen dataclasses: the same immutable records, but
defining one costs a tenth of the time, and these are defined on every start of the app. Their
annotations are evaluated, not kept as strings (no ``from __future__ import annotations``):
typing.NamedTuple compiles each string annotation into a ForwardRef, about 180 small compiles
in the modules read at start.
"""

from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple, TypeVar

CERTAINTIES = ("high", "moderate", "low", "very-low", "none")
# Which way the evidence points, beside how certain it is: "moderate" alone would read as
# support for a use that good trials found no better than sham. "untested" goes with "none".
DIRECTIONS = ("benefit", "no-benefit", "unclear", "untested")
CHANNELS = (
    "LU", "LI", "ST", "SP", "HT", "SI", "BL", "KI", "PC", "TE", "GB", "LR", "GV", "CV", "EX",
)
SOURCE_KINDS = ("lay-article", "clinic-page", "news", "standard", "review", "guideline", "trial",
                "case-report", "observational", "textbook")
SIDES = ("front", "back", "left", "right", "top", "bottom")
# Where a view looks; "body" is a whole-body overview, the others are close-ups.
REGIONS = ("head", "trunk", "arm", "hand", "leg", "foot", "body")

Point2 = tuple[float, float]


class Source(NamedTuple):
    id: str
    title: str
    publisher: str
    kind: str
    note: str
    author: str | None = None
    year: int | None = None
    url: str | None = None


class Evidence(NamedTuple):
    certainty: str
    summary: str
    refs: tuple[str, ...] = ()
    direction: str = "untested"   # one of DIRECTIONS
    verdict: str = ""             # which way, in a few words: "no better than sham"


class Condition(NamedTuple):
    id: str
    name: str
    evidence: Evidence
    established_care: str
    see_a_doctor: str
    aliases: tuple[str, ...] = ()
    care_refs: tuple[str, ...] = ()
    red_flag_refs: tuple[str, ...] = ()   # the sources of ``see_a_doctor``
    # the points the trials behind the evidence used, as codes (a code the atlas does not hold
    # yet is shown as text): a whole-body protocol is listed here, never pinned on one point
    studied_points: tuple[str, ...] = ()


class Channel(NamedTuple):
    code: str
    name: str
    aliases: tuple[str, ...] = ()   # other names and abbreviations people use (SJ, TW, LIV …)
    colour: str = "#6b7280"
    who_points: int | None = None   # how many points WHO 2008 gives it (None: extra points)
    course: tuple[str, ...] = ()    # landmarks or points the drawn course passes, in order


class View(NamedTuple):
    id: str
    title: str
    image: Path
    side: str
    cun: float
    viewbox: tuple[float, float, float, float]
    midline: float | None = None
    landmarks: Mapping[str, Point2] = MappingProxyType({})
    region: str = "body"
    parent: str | None = None       # the overview a close-up zooms from
    frame: tuple[float, float, float, float] | None = None   # where it lies on parent: x, y, w, h
    cut: bool = False               # the parent's art seen through the frame, with its marks

    @property
    def mirrors(self) -> bool:
        return self.midline is not None and self.side in ("front", "back", "top", "bottom")

    def mirror(self, at: Point2) -> Point2:
        assert self.midline is not None
        return (2 * self.midline - at[0], at[1])

    def contains(self, at: Point2) -> bool:
        x0, y0, w, h = self.viewbox
        return x0 <= at[0] <= x0 + w and y0 <= at[1] <= y0 + h


class Step(NamedTuple):
    """One step of a measurement, in the view's coordinates, for drawing how a point is found.

    kind: "anchor" (``points`` = the landmark or point started from), "between" (the x of one
    anchor, the y of another: ``points`` = both and the result), "path" (``points`` = the path,
    then the spot; ``amount`` = the fraction along it, or the cun when ``span`` is given),
    "offset" (``points`` = from, to; ``amount`` = B-cun; ``label`` = the direction).
    """

    kind: str
    label: str
    points: tuple[Point2, ...]
    amount: float = 0.0
    span: float = 0.0


class Mark(NamedTuple):
    view: str
    at: Point2
    steps: tuple[Step, ...] = ()


class Caution(NamedTuple):
    text: str
    source: str


class Indication(NamedTuple):
    text: str
    source: str
    condition: str | None = None
    traditional: bool = False


class Category(NamedTuple):
    """One category a point belongs to (app/categories.py holds the vocabulary), with the
    registered source that classes it so."""

    category: str                 # an id of categories.IDS: five-shu, yuan-source …
    source: str
    of: str | None = None         # what it belongs to: a channel, organ, influence or region
    kind: str | None = None       # five-shu: jing-well … he-sea
    element: str | None = None    # five-shu: wood … water
    meets: tuple[str, ...] = ()   # crossing: the other channels and vessels it meets


class AltName(NamedTuple):
    """Another name or an older code a source gives a point ('Renzhong' for GV26, the
    'M-HN-3' of Yintang)."""

    source: str
    pinyin: str | None = None
    hanzi: str | None = None
    english: str | None = None
    code: str | None = None


class Point(NamedTuple):
    code: str
    pinyin: str
    hanzi: str
    english: str
    channel: str
    bilateral: bool
    location: str
    location_source: str
    marks: tuple[Mark, ...] = ()
    indications: tuple[Indication, ...] = ()
    cautions: tuple[Caution, ...] = ()
    finding: str | None = None
    korean: str | None = None
    categories: tuple[Category, ...] = ()
    alt_names: tuple[AltName, ...] = ()
    unmarked: str | None = None      # why no view draws it (inside the mouth, say)
    hanzi_traditional: str | None = None   # the name in traditional characters, where it differs
    location_also: tuple[str, ...] = ()   # other sources the location text cites (GB31's 9 B-cun)

    def marks_on(self, view: View) -> list[Point2]:
        """Every drawn position on a view: the given marks, mirrored when bilateral."""
        spots: list[Point2] = []
        for mark in self.marks:
            if mark.view != view.id:
                continue
            spots.append(mark.at)
            if self.bilateral and view.mirrors and abs(mark.at[0] - view.midline) > 0.5:
                spots.append(view.mirror(mark.at))
        return spots

    @property
    def views(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.view for m in self.marks))


class Atlas(NamedTuple):
    path: Path
    sources: Mapping[str, Source]
    conditions: Mapping[str, Condition]
    views: Mapping[str, View]
    points: Mapping[str, Point]
    channels: Mapping[str, Channel] = MappingProxyType({})   # in atlas order
    glossary: Mapping[str, str] = MappingProxyType({})       # landmark -> anatomical words
    files: tuple[str, ...] = ()                              # every file the atlas was read from

    def channel_name(self, code: str) -> str:
        channel = self.channels.get(code)
        return channel.name if channel is not None else code

    def best_view(self, code: str, current: str | None = None) -> str | None:
        """The view to show a point on: the current one when it carries the point, else the
        first close-up among its views (in the order its marks give them), else its first
        view; None when it is not drawn."""
        views = self.points[code].views
        if not views:
            return None
        if current in views:
            return current
        return next((v for v in views if self.views[v].region != "body"), views[0])

    def close_ups(self, view_id: str) -> list[View]:
        """The views that zoom in from this one and say where (their ``frame`` on it), in
        atlas order."""
        return [v for v in self.views.values() if v.parent == view_id and v.frame is not None]

    def point(self, code: str) -> Point:
        return self.points[code]

    def view(self, view_id: str) -> View:
        return self.views[view_id]

    def points_citing(self, source_id: str) -> list[Point]:
        return [
            p for p in self.points.values()
            if any(i.source == source_id for i in p.indications)
            or any(c.source == source_id for c in p.cautions)
            or p.location_source == source_id or source_id in p.location_also
            or any(c.source == source_id for c in p.categories)
            or any(a.source == source_id for a in p.alt_names)
        ]

    def points_in_category(self, category: str) -> list[Point]:
        """The points classed in a category, in atlas order."""
        return [p for p in self.points.values()
                if any(c.category == category for c in p.categories)]

    def points_for_condition(self, condition_id: str) -> list[Point]:
        return [
            p for p in self.points.values()
            if any(i.condition == condition_id for i in p.indications)
        ]

    def summary(self) -> str:
        return (f"{len(self.points)} points, {len(self.views)} views, "
                f"{len(self.sources)} sources, {len(self.conditions)} conditions")


class Problem(NamedTuple):
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class AtlasError(Exception):
    """The atlas file has problems; ``problems`` lists every one with its line."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


T = TypeVar("T")


def per_atlas(build: Callable[[Atlas], T]) -> Callable[[Atlas], T]:
    """``build(atlas)``, made on first use for each atlas and shared by every caller after
    (held with the atlas it was made from; a long-lived process sees few atlases: the last
    four are kept). ``get.prime(atlas, value)`` hands it a value already made (the start-up
    cache keeps some)."""
    held: dict[int, tuple[Atlas, T]] = {}

    def prime(atlas: Atlas, value: T) -> None:
        if len(held) >= 4:
            held.pop(next(iter(held)))
        held[id(atlas)] = (atlas, value)

    def get(atlas: Atlas) -> T:
        entry = held.get(id(atlas))
        if entry is None or entry[0] is not atlas:
            value = build(atlas)
            prime(atlas, value)
            return value
        return entry[1]

    get.__doc__ = build.__doc__
    get.prime = prime
    return get


class Roster(NamedTuple):
    """What the window shows of every point before one is opened, in atlas order: the names
    the list and the marks' tips give, each point's channel, the categories some point is
    classed in, and the spots drawn on each view (``Point.marks_on``, for each point drawn
    there). Made from the points (``roster``), and kept by the start-up cache: a start then
    makes no point's record (4,090 of them for the large atlas: more than the rest of it)."""

    names: Mapping[str, tuple[str, str]]   # code -> (pinyin, english)
    channels: Mapping[str, str]            # code -> channel
    categories: frozenset[str]             # the category ids points are classed in
    spots: Mapping[str, tuple[tuple[str, tuple[Point2, ...]], ...]]   # view -> (code, spots)


@per_atlas
def roster(atlas: Atlas) -> Roster:
    """The atlas's Roster, made once per atlas."""
    spots: dict[str, list[tuple[str, tuple[Point2, ...]]]] = {}
    for point in atlas.points.values():
        for view_id in point.views:
            spots.setdefault(view_id, []).append(
                (point.code, tuple(point.marks_on(atlas.views[view_id]))))
    return Roster({code: (p.pinyin, p.english) for code, p in atlas.points.items()},
                  {code: p.channel for code, p in atlas.points.items()},
                  frozenset(c.category for p in atlas.points.values() for c in p.categories),
                  {view_id: tuple(spots.get(view_id, ())) for view_id in atlas.views})
