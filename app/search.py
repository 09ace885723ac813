"""Find points by any spelling: codes (GB14, gb-14, Gallbladder 14, SJ6, LIV3), pinyin, hanzi,
English words, with accents and case ignored and small typos forgiven (no Qt)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from app.model import CHANNELS, Point

# Every other name a channel goes by, normalised (lower case, no spaces or accents).
CHANNEL_ALIASES = {
    "LU": ("lu", "lung"), "LI": ("li", "largeintestine", "colon"),
    "ST": ("st", "stomach"), "SP": ("sp", "spleen"), "HT": ("ht", "heart", "he"),
    "SI": ("si", "smallintestine"), "BL": ("bl", "ub", "bladder", "urinarybladder"),
    "KI": ("ki", "kid", "kidney"), "PC": ("pc", "pericardium", "per"),
    "TE": ("te", "sj", "tw", "tb", "th", "sanjiao", "triplewarmer", "tripleenergizer",
           "tripleenergiser", "tripleburner", "triple"),
    "GB": ("gb", "gallbladder"), "LR": ("lr", "liv", "liver", "lv"),
    "GV": ("gv", "du", "dumai", "governorvessel", "governingvessel"),
    "CV": ("cv", "ren", "renmai", "conceptionvessel"),
}
_ALIAS_TO_CHANNEL = {alias: ch for ch, names in CHANNEL_ALIASES.items() for alias in names}
_CODE_QUERY = re.compile(r"^([a-z]+?)(\d{1,2})$")
_EX_QUERY = re.compile(r"^ex([a-z]{2})(\d{1,2})$")
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without accents or tone marks (Yángbái -> yangbai); hanzi are kept."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def compact(text: str) -> str:
    """fold() without spaces and punctuation: 'GB-14' and 'gb 14' -> 'gb14'."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def parse_code(query: str) -> str | None:
    """The WHO code a query spells, if it spells one: 'Gallbladder 14' -> 'GB14'."""
    q = compact(query)
    ex = _EX_QUERY.match(q)
    if ex:
        return f"EX-{ex.group(1).upper()}{int(ex.group(2))}"
    match = _CODE_QUERY.match(q)
    if not match:
        return None
    channel = _ALIAS_TO_CHANNEL.get(match.group(1))
    if channel is None and match.group(1).upper() in CHANNELS:
        channel = match.group(1).upper()
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


@dataclass(frozen=True)
class _Entry:
    code: str
    code_key: str          # 'gb14', 'exhn4'
    names: tuple[str, ...]  # compact pinyin, hanzi, english
    words: tuple[str, ...]  # single folded words of the names
    text: str              # folded names + location, for substring hits
    order: int


class SearchIndex:
    """Normalised names of every point, built once; ``search`` ranks the matches."""

    def __init__(self, points: Iterable[Point]):
        self.entries: list[_Entry] = []
        for order, p in enumerate(points):
            names = (compact(p.pinyin), p.hanzi, compact(p.english))
            words = tuple(dict.fromkeys(
                _WORD.findall(fold(p.pinyin)) + _WORD.findall(fold(p.english))))
            text = " ".join((fold(p.pinyin), p.hanzi, fold(p.english), fold(p.location)))
            self.entries.append(_Entry(p.code, compact(p.code), names, words, text, order))

    def resolve(self, query: str) -> str | None:
        """The one point a query names exactly (any code spelling, pinyin, hanzi, English)."""
        code = parse_code(query)
        q = compact(query)
        for e in self.entries:
            if e.code == code or e.code_key == q:
                return e.code
        for e in self.entries:
            if q and q in e.names:
                return e.code
        return None

    def search(self, query: str, limit: int | None = None) -> list[str]:
        """Point codes matching ``query``, best first."""
        q = compact(query)
        if not q:
            return []
        code = parse_code(query)
        folded = fold(query).strip()
        scored: list[tuple[int, int, str]] = []
        for e in self.entries:
            score = self._score(e, q, code, folded)
            if score:
                scored.append((-score, e.order, e.code))
        if not scored and len(q) >= 4:
            for e in self.entries:
                if any(_distance_at_most_one(q, n) for n in e.names) or any(
                        len(w) >= 4 and _distance_at_most_one(q, w) for w in e.words):
                    scored.append((-50, e.order, e.code))
        scored.sort()
        codes = [c for _, _, c in scored]
        return codes[:limit] if limit else codes

    @staticmethod
    def _score(e: _Entry, q: str, code: str | None, folded: str) -> int:
        if code is not None and e.code == code:
            return 1000
        if q == e.code_key:
            return 1000
        if q in e.names:
            return 900
        if code is None and e.code_key.startswith(q) and not q.isalpha():
            return 800
        if code is not None and e.code_key.startswith(compact(code)):
            return 700
        if any(n.startswith(q) for n in e.names):
            return 600
        if any(w.startswith(folded) for w in e.words):
            return 500
        if e.code_key.startswith(q):
            return 450
        if any(q in n for n in e.names):
            return 400
        if len(folded) >= 3 and folded in e.text:
            return 200
        return 0


def search(points: Iterable[Point], query: str, limit: int | None = None) -> list[str]:
    """One-off search over points (build a SearchIndex to search the same points often)."""
    return SearchIndex(points).search(query, limit)
