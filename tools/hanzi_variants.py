"""Draft and check the points' names in traditional characters (``hanzi_traditional``).

    python3 -m tools.hanzi_variants --write   draft the missing ones into the data files
    python3 -m tools.hanzi_variants --check   exit 1 naming every point whose name disagrees

Both need opencc-python-reimplemented. The data is the one place for the fact: a point carries
``hanzi_traditional`` where its traditional name differs from ``hanzi``, and the card shows it
and search finds it. ``--write`` drafts it with OpenCC's phrase conversion (simplified ->
traditional) for every point that has none and needs one (``--check`` would report it: a
character of its name has a single traditional form, not itself), adding the line under the
point's ``hanzi:`` and touching no other line, then lists the drafted names that hold a
character with more than one traditional form (后: 後 or 后, 谷: 谷 or 穀, 冲: 衝 or 沖, 里: 里 or
裏 …): a conversion can pick the wrong one, so those are checked by hand against the literature
and fixed in the data. A name whose only characters of another form are such characters (球后,
traditionally 球後) is not drafted at all: look at it by hand too.

``--check`` reads every point's traditional name (``hanzi`` where it has none) character by
character: a character with one traditional form must be that form, one with several must be
one of them. So a point added without its traditional name is reported wherever a character
of it has another form; which of several forms is right stays the data's (checked) choice.
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import cache
from pathlib import Path

from tools import generated

ROOT = generated.ROOT
FILES = ("data/channels/*.yaml", "data/extra/*.yaml")
_CODE = re.compile(r"^  - code: (\S+)\s*$")
_HANZI = re.compile(r"^(\s+)hanzi: (\S+)\s*$")


@cache
def forms() -> dict[str, tuple[str, ...]]:
    """Each simplified character OpenCC knows -> its traditional forms (STCharacters)."""
    import opencc

    table: dict[str, tuple[str, ...]] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "STCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        simplified, _, traditional = line.partition("\t")
        if simplified and traditional:
            table[simplified] = tuple(traditional.split())
    return table


def draft(hanzi: str) -> str:
    """OpenCC's phrase conversion of a name to traditional characters."""
    from opencc import OpenCC

    return OpenCC("s2t").convert(hanzi)


def ambiguous(hanzi: str) -> str:
    """The characters of a name that have more than one traditional form."""
    return "".join(ch for ch in hanzi if len(forms().get(ch, ())) > 1)


def disagreement(hanzi: str, traditional: str | None) -> str | None:
    """Why a point's traditional name (None: the same as ``hanzi``) cannot be right, or None."""
    written = traditional or hanzi
    if len(written) != len(hanzi):
        return f"'{written}' does not match '{hanzi}' character for character"
    for simple, trad in zip(hanzi, written):
        allowed = forms().get(simple, (simple,))
        if trad not in allowed:
            where = "has no hanzi_traditional, but" if traditional is None else "holds"
            return (f"{where} '{simple}' in {hanzi} is written {' or '.join(allowed)} in "
                    f"traditional characters" + ("" if traditional is None else f", not {trad}"))
    return None


def check() -> list[str]:
    """Every point whose traditional name disagrees with the characters' forms."""
    from app.loader import load_atlas

    found = []
    for code, point in load_atlas().points.items():
        why = disagreement(point.hanzi, point.hanzi_traditional)
        if why:
            found.append(f"{code}: {why}")
    return found


def write() -> list[tuple[str, str, str]]:
    """Draft hanzi_traditional under the hanzi of every point that has none but needs one;
    (code, hanzi, draft) of each one written."""
    drafted = []
    for pattern in FILES:
        for path in sorted(ROOT.glob(pattern)):
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            has = {c for c, _ in _points_with(lines, "hanzi_traditional")}
            out, code = [], None
            for line in lines:
                out.append(line)
                if match := _CODE.match(line):
                    code = match.group(1)
                elif (match := _HANZI.match(line)) and code and code not in has:
                    hanzi = match.group(2)
                    traditional = draft(hanzi)
                    if disagreement(hanzi, None) and traditional != hanzi:
                        out.append(f"{match.group(1)}hanzi_traditional: {traditional}\n")
                        drafted.append((code, hanzi, traditional))
                    code = None
            if out != lines:
                path.write_text("".join(out), encoding="utf-8")
    return drafted


def _points_with(lines: list[str], key: str):
    code = None
    for line in lines:
        if match := _CODE.match(line):
            code = match.group(1)
        elif code and line.strip().startswith(f"{key}:"):
            yield code, line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tools.hanzi_variants",
                                     description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true",
                      help="draft the missing traditional names into the data files")
    mode.add_argument("--check", action="store_true",
                      help="exit 1 if a point's traditional name disagrees with its hanzi")
    args = parser.parse_args(argv)
    if args.write:
        drafted = write()
        print(f"drafted {len(drafted)} traditional names")
        for code, hanzi, traditional in drafted:
            if ambiguous(hanzi):
                print(f"  check {code} {hanzi} -> {traditional}: {ambiguous(hanzi)} has more "
                      "than one traditional form")
        return 0
    problems = check()
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
