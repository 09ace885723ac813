"""Find points by any spelling: codes (GB14, gb-14, Gallbladder 14, SJ6, LIV3), pinyin, hanzi
(simplified, or traditional: the point's traditional name in the data), English and Korean
names, other names and older codes (Renzhong, M-HN-3), a code with its name ("GB14 yangbai"), a
channel's name (its points), a condition's (the points the sources give for it) or a category's
("yuan source", "back-shu lung"); accents and case ignored, small typos forgiven (no Qt).
Locations are not searched: "eye" must not find ST36 through "knee eye"."""

# Annotations evaluated, not strings: its NamedTuples' fields are checked at every start
# (see app/model.py)
import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from typing import NamedTuple

from app import categories, codes
from app.model import Atlas, Channel, Condition, Point, per_atlas

_CODE_QUERY = re.compile(r"^([a-z]+?)(\d{1,2})$")
_WORD = re.compile(r"[a-z0-9]+")
_NOT_ALNUM = re.compile(r"[\W_]+")   # \w is str.isalnum() plus "_"
_APOSTROPHE = re.compile(r"['’]")     # Bell's -> bells


def fold(text: str) -> str:
    """Lower case without accents or tone marks (Yángbái -> yangbai), nor invisible format
    characters (the word joiners a card keeps a name's hanzi together with, when the name is
    copied from it); hanzi are kept as they are (a point's traditional name is one of its
    names)."""
    folded = text.casefold()
    if folded.isascii():   # most text (codes, English): nothing to decompose
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed
                   if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")


def compact(text: str) -> str:
    """fold() without spaces and punctuation: 'GB-14' and 'gb 14' -> 'gb14'."""
    return _NOT_ALNUM.sub("", fold(text))


def channel_spellings(channels: Iterable[Channel]) -> dict[str, str]:
    """Every compacted name a channel goes by (its code, name and aliases) -> its code."""
    spellings: dict[str, str] = {}
    for channel in channels:
        for name in (channel.code, channel.name, *channel.aliases):
            spellings.setdefault(compact(name), channel.code)
    return spellings


def parse_code(query: str, spellings: dict[str, str]) -> str | None:
    """The code a query spells, if it spells one: 'Gallbladder 14' -> 'GB14', 'exb2' -> 'EX-B2'
    (``spellings`` from ``channel_spellings``)."""
    q = compact(query)
    extra = codes.extra_from_compact(q)
    if extra is not None:
        return extra
    match = _CODE_QUERY.match(q)
    if not match:
        return None
    channel = spellings.get(match.group(1))
    return f"{channel}{int(match.group(2))}" if channel else None


def _distance_at_most_one(a: str, b: str) -> bool:
    """True when a and b differ by at most one edit (or one swap of neighbours)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


_SEP = "\x00"   # joins an entry's names (or words) so one `in` test checks them all
_HIT, _NEXT = "\x01", "\x02"   # between an entry's texts, and between entries (_candidates)
SHORT = 3   # a query this long or longer is looked for in the location texts too


class _Entry(NamedTuple):   # a tuple: thousands are made when the index is built
    code: str
    code_key: str          # 'gb14', 'exhn4'
    names: tuple[str, ...]  # compact pinyin, hanzi, english (and Korean)
    words: tuple[str, ...]  # single folded words of the names
    text: str              # the folded names, for substring hits
    order: int
    name_blob: str = ""    # "\0name\0name…": `\0 + q in it` = some name starts with q
    word_blob: str = ""    # the same for the words, ending in \0 (whole words: `\0w\0`)
    fuzzy: tuple[str, ...] = ()  # what a typo may be measured against: names, long words
    channel: str = ""
    topics: str = ""       # "\0word…\0": the words of the conditions its uses name
    alts: tuple[str, ...] = ()   # compact other names and older codes: Renzhong, M-HN-3
    classes: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()   # per category: its own
    # words, and the words of what the point belongs to ("large", "intestine", "channel")


class SearchIndex:
    """Normalised names of every point, built once; ``search`` ranks the matches."""

    def __init__(self, points: Iterable[Point], channels: Iterable[Channel] = (),
                 conditions: Iterable[Condition] = ()):
        self.spellings = channel_spellings(channels)
        self._one_letter: dict[str, list[str]] = {}   # one-letter queries' answers, once asked
        self.topics = {c.id: _SEP + _SEP.join(sorted(set(_words(c.name, *c.aliases)))) + _SEP
                       for c in conditions}
        self.entries: list[_Entry] = []
        names_of = {c.code: c.name for c in channels}
        for order, p in enumerate(points):
            pinyin, english = fold(p.pinyin), fold(p.english)
            names = (_NOT_ALNUM.sub("", pinyin), fold(p.hanzi), _NOT_ALNUM.sub("", english))
            if p.hanzi_traditional:   # 後溪 finds SI3 (后溪)
                names += (fold(p.hanzi_traditional),)
            if p.korean:
                names += (compact(p.korean),)
            others = [fold(n) for a in p.alt_names for n in (a.pinyin, a.english) if n]
            alts = (*(_NOT_ALNUM.sub("", n) for n in others),
                    *(fold(a.hanzi) for a in p.alt_names if a.hanzi),
                    *(compact(a.code) for a in p.alt_names if a.code))
            words = tuple(dict.fromkeys(_WORD.findall(pinyin) + _WORD.findall(english)
                                        + [w for n in others for w in _WORD.findall(n)]))
            text = " ".join((pinyin, p.hanzi, p.hanzi_traditional or "", english, *others))
            classes = tuple(
                (frozenset(categories.own_words(c.category, c.kind, c.element)),
                 frozenset(categories.words(categories.of_words(
                     c.category, c.of, lambda code: names_of.get(code, code)))))
                for c in p.categories)
            topics = {w for i in p.indications if i.condition in self.topics
                      for w in self.topics[i.condition].split(_SEP) if w}
            self.entries.append(_Entry(
                p.code, compact(p.code), names, words, text, order,
                name_blob=_SEP + _SEP.join(names + alts),
                word_blob=_SEP + _SEP.join(words) + _SEP if words else "",
                fuzzy=names + alts + tuple(w for w in words if len(w) >= 4), channel=p.channel,
                topics=_SEP + _SEP.join(sorted(topics)) + _SEP if topics else "",
                classes=classes, alts=alts))
        # Everything a query's text can match in, one entry after another, so that C's
        # str.find picks the few entries worth scoring out of thousands (_candidates)
        # (and the same without the location texts, for queries of one or two characters:
        # those score on codes, names and words only, and "g" is in nearly every text)
        self._hay, self._starts = _haystack(
            _HIT.join((e.code_key, e.name_blob, e.word_blob, e.text)) for e in self.entries)
        self._short_hay, self._short_starts = _haystack(
            _HIT.join((e.code_key, e.name_blob, e.word_blob)) for e in self.entries)
        self._by_code = {e.code: i for i, e in enumerate(self.entries)}
        self._by_channel: dict[str, list[int]] = {}
        for i, e in enumerate(self.entries):
            self._by_channel.setdefault(e.channel, []).append(i)
        self._classed = [i for i, e in enumerate(self.entries) if e.classes]
        self._topical = [i for i, e in enumerate(self.entries) if e.topics]
        # what a typo may be measured against, by each of its first two characters: a word one
        # edit from the query starts with one of the query's first two (see _near)
        self._by_start: dict[str, list[tuple[str, int]]] = {}
        for i, e in enumerate(self.entries):
            for name in dict.fromkeys(e.fuzzy):
                for ch in set(name[:2]):
                    self._by_start.setdefault(ch, []).append((name, i))

    def _candidates(self, needles: set[str], code: str | None, channel: str | None,
                    asked: list[str], topical: bool) -> list[int]:
        """The entries a query can score on, in atlas order: those whose text holds one of
        the needles, the code it names, the channel it names, the classed ones when it names
        a category and those with conditions when it names one; every other entry scores
        nothing."""
        found: set[int] = set()
        short = all(len(needle) < SHORT for needle in needles)
        hay, starts = (self._short_hay, self._short_starts) if short else (self._hay, self._starts)
        ends = len(hay)
        for needle in needles:
            at = hay.find(needle)
            while at != -1:
                i = bisect_right(starts, at) - 1
                found.add(i)
                at = hay.find(needle, starts[i + 1] if i + 1 < len(starts) else ends)
        if code in self._by_code:
            found.add(self._by_code[code])
        if channel is not None:
            found.update(self._by_channel.get(channel, ()))
        if asked:
            found.update(self._classed)
        if topical:
            found.update(self._topical)
        return sorted(found)

    def _near(self, q: str) -> set[int]:
        """The entries with a name or long word one typo from ``q`` (of 4 or more characters).
        Such a word starts with one of q's first two characters: an edit after the first
        keeps q[0] first, and an edit of the first leaves q[0] or q[1] in one of its first
        two places."""
        size, found = len(q), set()
        for ch in set(q[:2]):
            for name, i in self._by_start.get(ch, ()):
                if i not in found and abs(len(name) - size) <= 1 and (
                        _distance_at_most_one(q, name)):
                    found.add(i)
        return found

    def resolve(self, query: str) -> str | None:
        """The one point a query names exactly (any code spelling, pinyin, hanzi, English)."""
        code = parse_code(query, self.spellings)
        q = compact(query)
        for e in self.entries:
            if e.code == code or e.code_key == q:
                return e.code
        for e in self.entries:
            if q and q in e.names:
                return e.code
        for e in self.entries:   # another name or an older code, after every point's own
            if q and q in e.alts:
                return e.code
        return None

    def search(self, query: str, limit: int | None = None) -> list[str]:
        """Point codes matching ``query``, best first."""
        q = compact(query)
        if not q:
            return []
        if len(q) == 1:   # every search starts so, and there are few: each answer is kept
            codes = self._one_letter.get(q)
            if codes is None:
                codes = self._one_letter[q] = self._search(query, q)
            return codes[:limit] if limit else list(codes)
        codes = self._search(query, q)
        return codes[:limit] if limit else codes

    def _search(self, query: str, q: str) -> list[str]:
        code = parse_code(query, self.spellings)
        if code is None:   # "GB14 yangbai": a code, then its name
            first, _, rest = fold(query).strip().partition(" ")
            named = parse_code(first, self.spellings) if rest.strip() else None
            if named is not None and any(e.code == named for e in self.entries):
                code = named
        code_key = compact(code) if code is not None else None
        folded = fold(query).strip()
        channel = self.spellings.get(q)
        asked = categories.words(folded) if len(folded) >= 3 else []
        score, entries = self._score, self.entries
        scored: list[tuple[int, int, str]] = []
        needles = {n for n in (q, folded, code_key) if n}
        named = functools.cache(lambda own, detail: categories.matches(asked, own, detail))
        topical = any(_topic_match(t, folded) for t in self.topics.values())
        for i in self._candidates(needles, code, channel, asked, topical):
            e = entries[i]
            points = score(e, q, code, code_key, folded)
            if channel is not None and e.channel == channel:
                # "Gallbladder": its points first, in atlas order (before "Gallbladder Point")
                points = max(points, 890)
            if points < 300 and asked and any(named(own, detail) for own, detail in e.classes):
                points = 300   # "yuan source", "back-shu lung": the category's points
            if points:
                scored.append((-points, e.order, e.code))
        if not scored and len(q) >= 4:
            scored = [(-50, entries[i].order, entries[i].code) for i in self._near(q)]
        scored.sort()
        return [c for _, _, c in scored]

    @staticmethod
    def _score(e: _Entry, q: str, code: str | None, code_key: str | None, folded: str) -> int:
        # q (compacted) holds no _SEP, so the blob tests below are exactly the per-name tests
        if code is not None and e.code == code:
            return 1000
        if q == e.code_key:
            return 1000
        if q in e.names:
            return 900
        if q in e.alts:
            return 880   # another name or an older code: after a point's own name
        if code is None and e.code_key.startswith(q) and not q.isalpha():
            return 800
        if code_key is not None and e.code_key.startswith(code_key):
            return 700
        if _SEP not in folded and _SEP + folded + _SEP in e.word_blob:   # a whole word
            return 650   # "ear": Ear Gate before Earth Granary
        if _SEP + q in e.name_blob:   # some name starts with q
            return 600
        if (_SEP + folded in e.word_blob if _SEP not in folded
                else any(w.startswith(folded) for w in e.words)):
            return 500
        if e.code_key.startswith(q):
            return 450
        if q in e.name_blob:   # q inside some name
            return 400
        if len(folded) >= SHORT and folded in e.text:
            return 200
        if e.topics and _topic_match(e.topics, folded):
            return 150   # a condition the sources give it for: "twitch", "bell's palsy"
        return 0

    def categories(self, query: str) -> list[str]:
        """The ids of the categories a query names by their own words alone ("yuan source",
        "he-sea"), in the vocabulary's order."""
        folded = fold(query).strip()
        asked = categories.words(folded) if len(folded) >= 3 else []
        return [kind.id for kind in categories.KINDS
                if categories.matches(asked, categories.all_words(kind.id), set())]

    def conditions(self, query: str) -> list[str]:
        """The ids of the conditions a query names (every word starts a word of the
        condition's name or aliases), in atlas order."""
        folded = fold(query).strip()
        return [cid for cid, topics in self.topics.items() if _topic_match(topics, folded)]


def _haystack(segments) -> tuple[str, list[int]]:
    """The segments joined by _NEXT, and where each one starts."""
    segments = list(segments)
    starts, at = [], 0
    for segment in segments:
        starts.append(at)
        at += len(segment) + len(_NEXT)
    return _NEXT.join(segments), starts


def _words(*texts: str) -> list[str]:
    return [w for t in texts for w in _WORD.findall(_APOSTROPHE.sub("", fold(t)))]


def _topic_match(topics: str, folded: str) -> bool:
    words = _words(folded)
    return len(folded) >= 3 and bool(words) and all(_SEP + w in topics for w in words)


@per_atlas
def index_for(atlas: Atlas) -> SearchIndex:
    """The one search index of an atlas, built on first use and shared by all who search it."""
    return SearchIndex(atlas.points.values(), atlas.channels.values(), atlas.conditions.values())
