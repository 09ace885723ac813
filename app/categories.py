"""The point categories (five-shu, yuan-source, luo-connecting …): the one vocabulary the
loader checks, the card words, search matches and the list, decks and tables group by (no Qt).

They are classifications the textbooks make, not claims of effect. A point's entry names its
category and, where the category has one, what it belongs to (``of``: a channel, an organ, one
of the eight influences, a region), the five-shu kind and element, or the channels a crossing
point meets (``with``). Channel and organ names come from the atlas's channel files; the
extraordinary vessels without points of their own, the influences and the command regions are
named here.
"""

# Annotations evaluated, not strings: its NamedTuples' fields are checked at every start
# (see app/model.py)
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

ELEMENTS = ("wood", "fire", "earth", "metal", "water")
# The five transport points, from the fingers or toes toward the elbow or knee.
FIVE_SHU = ("jing-well", "ying-spring", "shu-stream", "jing-river", "he-sea")
# The extraordinary vessels that have no points of their own (GV and CV are channels).
VESSELS = {
    "penetrating": "Penetrating Vessel", "girdle": "Girdle Vessel",
    "yin-linking": "Yin Linking Vessel", "yang-linking": "Yang Linking Vessel",
    "yin-motility": "Yin Motility Vessel", "yang-motility": "Yang Motility Vessel",
}
INFLUENCES = {
    "zang": "the zang organs", "fu": "the fu organs", "qi": "qi", "blood": "blood",
    "sinews": "the sinews", "vessels": "the vessels", "bone": "bone", "marrow": "marrow",
}
COMMAND_REGIONS = {
    "head-nape": "the head and nape", "face-mouth": "the face and mouth",
    "abdomen": "the abdomen", "back": "the back",
}
# What ``of`` names, per kind of category: its allowed values are checked by ``problems``.
OF_CHANNEL, OF_ORGAN, OF_INFLUENCE, OF_REGION = "channel", "organ", "influence", "region"
# A channel code read as its organ: the channels that are no organ cannot be one
NOT_ORGANS = ("GV", "CV", "EX")


class Kind(NamedTuple):
    """A category: its id (what data files write), the name of one of its points, the title
    of the group, other words people search it by, and what an entry of it takes."""

    id: str
    name: str                      # "yuan-source point"
    title: str                     # "Yuan-source points"
    words: tuple[str, ...] = ()    # more search words: "source point", "original"
    of: str = ""                   # OF_CHANNEL … or "" (takes no ``of``)
    crossing: bool = False         # takes ``with``: the channels and vessels it meets
    five_shu: bool = False         # takes ``kind`` (FIVE_SHU) and ``element`` (ELEMENTS)


KINDS = (
    Kind("five-shu", "five-shu point", "Five transport (five-shu) points",
         ("five transport", "transporting", "antique", "five phase", "element"),
         five_shu=True),
    Kind("yuan-source", "yuan-source point", "Yuan-source points",
         ("source point", "yuan", "original"), of=OF_CHANNEL),
    Kind("luo-connecting", "luo-connecting point", "Luo-connecting points",
         ("connecting", "luo", "network"), of=OF_CHANNEL),
    # SP21, the fifteenth luo: the spleen's second, which the textbooks name on its own
    Kind("great-luo", "great luo-connecting point", "The great luo-connecting point",
         ("great luo", "great connecting", "great network"), of=OF_CHANNEL),
    Kind("xi-cleft", "xi-cleft point", "Xi-cleft points", ("cleft", "accumulation"),
         of=OF_CHANNEL),
    Kind("back-shu", "back-shu point", "Back-shu points", ("back transporting", "associated"),
         of=OF_ORGAN),
    Kind("front-mu", "front-mu point", "Front-mu points", ("alarm", "mu"), of=OF_ORGAN),
    Kind("influential", "influential point", "The eight influential points",
         ("hui meeting", "eight influential", "gathering"), of=OF_INFLUENCE),
    Kind("confluent", "confluent point", "The eight confluent points",
         ("eight confluent", "opening", "master", "eight extraordinary"), of=OF_CHANNEL),
    Kind("lower-he-sea", "lower he-sea point", "Lower he-sea points", ("lower sea",),
         of=OF_ORGAN),
    Kind("crossing", "crossing point", "Crossing points", ("meeting", "intersection"),
         crossing=True),
    Kind("window-of-sky", "window of the sky point", "Window of the sky points",
         ("window of heaven", "heavenly window"),),
    Kind("four-command", "command point", "The four command points",
         ("four command", "gao wu"), of=OF_REGION),
)
BY_ID = {kind.id: kind for kind in KINDS}
IDS = tuple(BY_ID)


def element_for(kind: str, yin: bool) -> str:
    """The element of a five-shu kind: yin channels start at wood with the jing-well point,
    yang channels at metal, each next point the next phase of the generating cycle."""
    start = ELEMENTS.index("wood" if yin else "metal")
    return ELEMENTS[(start + FIVE_SHU.index(kind)) % len(ELEMENTS)]


# --- checking an entry (the loader reports each problem at the key's line) ----------------------
def problems(category: str, of: str | None, kind: str | None, element: str | None,
             meets: tuple[str, ...], channels: Iterable[str], own: str
             ) -> list[tuple[str, str]]:
    """(key, message) for everything wrong with one entry of a point's categories; ``channels``
    are the atlas's channel codes, ``own`` the point's channel."""
    if category not in BY_ID:
        return [("category", f"unknown category '{category}'{_hint(category, IDS)} "
                             f"(categories: {', '.join(IDS)})")]
    cat = BY_ID[category]
    channels = tuple(c for c in channels if c != "EX")
    found: list[tuple[str, str]] = []
    if cat.of and of is None:
        found.append(("category", f"a {cat.name} says what it belongs to ('of: …')"))
    elif not cat.of and of is not None:
        found.append(("of", f"a {cat.name} takes no 'of'"))
    elif of is not None:
        allowed = _allowed_of(cat.of, channels)
        if of not in allowed:
            found.append(("of", f"a {cat.name} belongs to {_what(cat.of)}; '{of}' is not one"
                                f"{_hint(of, allowed)} (one of {', '.join(allowed)})"))
    for key, value, choices in (("kind", kind, FIVE_SHU), ("element", element, ELEMENTS)):
        if cat.five_shu and value is None:
            found.append(("category", f"a five-shu point needs '{key}' ({', '.join(choices)})"))
        elif not cat.five_shu and value is not None:
            found.append((key, f"only a five-shu point takes '{key}'"))
        elif value is not None and value not in choices:
            found.append((key, f"{key} '{value}' is not one of {', '.join(choices)}"
                               f"{_hint(value, choices)}"))
    if cat.crossing and not meets:
        found.append(("category", "a crossing point lists the channels or vessels it meets "
                                  "('with: [ … ]')"))
    elif not cat.crossing and meets:
        found.append(("with", f"only a crossing point takes 'with'; a {cat.name} does not"))
    for name in meets:
        if name == own:
            found.append(("with", f"'{name}' is the point's own channel: list the others it "
                                  "meets"))
        elif name not in (*channels, *VESSELS):
            found.append(("with", f"'{name}' is neither a channel nor a vessel (vessels: "
                                  f"{', '.join(VESSELS)})"))
    return found


def _hint(value: str, choices: Iterable[str]) -> str:
    import difflib  # only when the data has a mistake

    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _allowed_of(of: str, channels: tuple[str, ...]) -> tuple[str, ...]:
    if of == OF_CHANNEL:
        return (*channels, *VESSELS)
    if of == OF_ORGAN:
        return tuple(c for c in channels if c not in NOT_ORGANS)
    return tuple(INFLUENCES if of == OF_INFLUENCE else COMMAND_REGIONS)


def _what(of: str) -> str:
    return {OF_CHANNEL: "a channel or vessel", OF_ORGAN: "an organ (its channel's code)",
            OF_INFLUENCE: "one of the eight influences",
            OF_REGION: "one of the four command regions"}[of]


# --- words --------------------------------------------------------------------------------------
def _vessel_or_channel(code: str, channel_name: Callable[[str], str]) -> str:
    if code in VESSELS:
        return f"the {VESSELS[code]}"
    name = channel_name(code)
    return f"the {name}" if name.endswith("Vessel") else f"the {name} channel"


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def of_words(category: str, of: str | None, channel_name: Callable[[str], str]) -> str:
    """What a point belongs to, in words: 'the Large Intestine channel', 'the Stomach' (an
    organ), 'the vessels'; '' when the category takes none."""
    cat = BY_ID[category]
    if of is None or not cat.of:
        return ""
    if cat.of == OF_CHANNEL:
        return _vessel_or_channel(of, channel_name)
    if cat.of == OF_ORGAN:
        return f"the {channel_name(of)}"
    return (INFLUENCES if cat.of == OF_INFLUENCE else COMMAND_REGIONS)[of]


def describe(category: str, of: str | None, kind: str | None, element: str | None,
             meets: tuple[str, ...], channel_name: Callable[[str], str]) -> str:
    """One entry in words: 'he-sea point, earth point', 'yuan-source point of the Large
    Intestine channel', 'crossing point with the Triple Energizer channel and the Yang Linking
    Vessel'."""
    cat = BY_ID[category]
    if cat.five_shu:
        return f"{kind} point, {element} point"
    if cat.crossing:
        return f"{cat.name} with {_and([_vessel_or_channel(m, channel_name) for m in meets])}"
    belongs = of_words(category, of, channel_name)
    return f"{cat.name} of {belongs}" if belongs else cat.name


def names_in(category: str, of: str | None, meets: tuple[str, ...],
             channel_name: Callable[[str], str]) -> tuple[str, ...]:
    """The channel, organ and vessel names an entry's words hold ('Large Intestine'), which a
    page keeps unbroken across lines."""
    cat = BY_ID[category]
    codes = [*meets] if cat.crossing else ([of] if of and cat.of in (OF_CHANNEL, OF_ORGAN)
                                          else [])
    return tuple(VESSELS.get(c) or channel_name(c) for c in codes)


# --- search -------------------------------------------------------------------------------------
_WORD = re.compile(r"[a-z0-9]+")
# words a query may hold that name no category ("the yuan-source points of the lung")
STOP_WORDS = frozenset({"point", "points", "of", "the", "and", "a", "an", "with", "all"})


def words(text: str) -> list[str]:
    """Lower-case words, without the stop words ('Window of the sky' -> ['window', 'sky'])."""
    return [w for w in _WORD.findall(text.casefold()) if w not in STOP_WORDS]


def own_words(category: str, kind: str | None = None, element: str | None = None) -> set[str]:
    """The words that name an entry's category itself (its id, name, title, other words, and
    a five-shu entry's kind and element)."""
    cat = BY_ID[category]
    found = set(words(" ".join((cat.id, cat.name, cat.title, *cat.words))))
    for extra in (kind, element):
        if extra:
            found.update(words(extra))
    return found


def all_words(category: str) -> set[str]:
    """Every word that names a category, a five-shu one's kinds and elements too."""
    if BY_ID[category].five_shu:
        return own_words(category, " ".join(FIVE_SHU), " ".join(ELEMENTS))
    return own_words(category)


def matches(query_words: list[str], own: set[str], detail: set[str]) -> bool:
    """True when every query word starts a word of the entry and one of them starts a word of
    its category: 'back-shu lung' finds the back-shu point of the Lung, 'lung' alone does not."""
    if not query_words:
        return False
    every = own | detail
    return (all(any(w.startswith(q) for w in every) for q in query_words)
            and any(any(w.startswith(q) for w in own) for q in query_words))


def find_kind(text: str) -> str | None:
    """The category a spelling names ('yuan-source', 'Yuan source', 'yuan-source points',
    'The eight influential points'), or None."""
    key = "".join(words(text))
    for cat in KINDS:
        if key in {"".join(words(cat.id)), "".join(words(cat.name)), "".join(words(cat.title))}:
            return cat.id
    return None
