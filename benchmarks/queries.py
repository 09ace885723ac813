"""Realistic search queries drawn from an atlas: what students and practitioners type (no Qt).

Codes in every spelling (GB14, gb-14, Gallbladder 14, SJ6, LIV3, UB2, ex-hn4), codes half
typed, pinyin with and without tone marks and its prefixes, English names and words, hanzi,
one-letter typos, anatomy words from the locations, and a few queries that match nothing.
"""

from __future__ import annotations

import random
import re

from app import codes
from app.model import Atlas
from app.search import fold

# Other spellings people use for some channels (the channel files' aliases).
_ALIASES = {"TE": ["SJ", "TW", "triple warmer ", "San Jiao "], "LR": ["LIV", "Liv"],
            "KI": ["KID", "Kid"], "BL": ["UB", "Bladder "], "GV": ["Du", "DU"],
            "CV": ["Ren", "REN"], "PC": ["P", "Pericardium "]}
_WORD = re.compile(r"[A-Za-z]{5,}")
MISSES = ("xyz", "acupuncture", "qqq 99", "zz-77", "stroke", "headache remedy")


def _code_spellings(code: str, channel_name: str) -> list[str]:
    parts = codes.parse(code)
    if parts is not None and parts.region:
        region, number = parts.region, parts.number
        return [code, code.lower(), f"EX {region} {number}", f"ex{region.lower()}{number}"]
    number = code.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    prefix = code[: len(code) - len(number)]
    spellings = [code, code.lower(), f"{prefix}-{number}", f"{prefix.lower()} {number}",
                 f"{channel_name} {number}"]
    spellings += [f"{alias}{number}" for alias in _ALIASES.get(prefix, [])]
    return spellings


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word + "x"
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "change", "double"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "change":
        return word[:i] + rng.choice("aeiounrst") + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def realistic_queries(atlas: Atlas, count: int = 500, seed: int = 500) -> list[str]:
    """``count`` queries in a realistic mix, the same for the same atlas and seed."""
    rng = random.Random(seed)
    points = list(atlas.points.values())
    anatomy = sorted({w.lower() for p in points for w in _WORD.findall(p.location)})
    kinds = (["code"] * 30 + ["partial code"] * 8 + ["pinyin"] * 10 + ["pinyin prefix"] * 10
             + ["english"] * 7 + ["english word"] * 7 + ["hanzi"] * 8 + ["typo"] * 12
             + ["anatomy"] * 6 + ["miss"] * 2)
    queries = []
    while len(queries) < count:
        kind = rng.choice(kinds)
        p = rng.choice(points)
        if kind == "code":
            q = rng.choice(_code_spellings(p.code, atlas.channel_name(p.channel)))
        elif kind == "partial code":
            full = p.code.lower()
            q = full[: rng.randrange(1, len(full))]
        elif kind == "pinyin":
            q = rng.choice((p.pinyin, fold(p.pinyin), p.pinyin.lower()))
        elif kind == "pinyin prefix":
            plain = fold(p.pinyin).replace(" ", "")
            q = plain[: rng.randrange(2, max(3, len(plain)))]
        elif kind == "english":
            q = rng.choice((p.english, p.english.lower()))
        elif kind == "english word":
            words = p.english.split()
            word = rng.choice(words)
            q = word[: rng.randrange(3, len(word) + 1)] if len(word) > 3 else word
        elif kind == "hanzi":
            q = rng.choice((p.hanzi, p.hanzi[:1]))
        elif kind == "typo":
            q = _typo(rng.choice((fold(p.pinyin).replace(" ", ""), p.english.lower())), rng)
        elif kind == "anatomy":
            q = rng.choice(anatomy) if anatomy else p.english
        else:
            q = rng.choice(MISSES)
        queries.append(q)
    return queries
