"""Build the bundled hanzi font: a small subset of Noto Sans CJK SC Regular.

Reads every CJK ideograph, CJK punctuation mark and Hangul syllable that appears anywhere in
data/points.yaml, adds a fixed set of head and face point names (so the font is useful while
the atlas is still being filled), and writes assets/fonts/NotoSansSC-AtlasSubset.otf with the
family renamed to "Noto Sans SC Atlas Subset".

The output is deterministic: running the script again with unchanged data gives a byte-identical
file. Usage: python3 tools/make_font_subset.py [--source TTC] [--data YAML] [--output PATH]
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # fontTools is needed only to build the subset (pip install fonttools)
    from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:   # run as a script from a checkout: the app's loader reads the data
    sys.path.insert(0, str(ROOT))
DATA_FILE = ROOT / "data" / "points.yaml"
OUTPUT = ROOT / "assets" / "fonts" / "NotoSansSC-AtlasSubset.otf"
SOURCE_CANDIDATES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
)
SOURCE_FAMILY = "Noto Sans CJK SC"

FAMILY = "Noto Sans SC Atlas Subset"
STYLE = "Regular"
POSTSCRIPT_NAME = "NotoSansSCAtlasSubset-Regular"
# head.created / head.modified are fixed so the output does not depend on the build time.
# 2024-01-01T00:00:00Z in seconds since 1904-01-01 (the OpenType epoch).
FIXED_TIMESTAMP = 3786825600

# Point names included even before data/points.yaml lists them (head and face points).
EXTRA_NAMES = """
阳白 鱼腰 四白 地仓 颊车 足三里 支沟 合谷 承泣 巨髎 大迎 下关 头维 禾髎 迎香 颧髎 听宫 睛明
攒竹 眉冲 曲差 五处 承光 通天 络却 玉枕 天柱 翳风 瘈脉 颅息 角孙 耳门 和髎 丝竹空 瞳子髎 听会
上关 颔厌 悬颅 悬厘 曲鬓 率谷 天冲 浮白 头窍阴 完骨 本神 头临泣 目窗 正营 承灵 脑空 风池 哑门
风府 脑户 强间 后顶 百会 前顶 囟会 上星 神庭 素髎 水沟 兑端 龈交 承浆 四神聪 当阳 印堂 太阳
耳尖 球后 上迎香 翳明 颈百劳
"""

# Always kept besides the hanzi: space and the ASCII digits.
BASIC_LATIN = " 0123456789"

# (first, last) code points, inclusive.
HANZI_RANGES = (
    (0x2E80, 0x2EFF),  # CJK Radicals Supplement
    (0x2F00, 0x2FDF),  # Kangxi Radicals
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms (，。（）： etc.)
    (0x20000, 0x3134F),  # CJK Unified Ideographs Extensions B-G
)
HANGUL_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x3130, 0x318F),  # Hangul Compatibility Jamo
    (0xAC00, 0xD7AF),  # Hangul Syllables
)
TRACKED_RANGES = HANZI_RANGES + HANGUL_RANGES


def is_tracked(ch: str) -> bool:
    """True for a character the bundled font must cover (hanzi, CJK punctuation, Hangul)."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in TRACKED_RANGES)


def iter_strings(node: object) -> Iterator[str]:
    """Yield every string in a YAML tree (keys and values)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from iter_strings(key)
            yield from iter_strings(value)
    elif isinstance(node, (list, tuple)):
        for item in node:
            yield from iter_strings(item)


def tracked_chars(texts: Iterable[str]) -> set[str]:
    """The hanzi/punctuation/Hangul characters found in texts."""
    return {ch for text in texts for ch in text if is_tracked(ch)}


def data_chars(path: Path = DATA_FILE) -> set[str]:
    """Every tracked character in the atlas (data/points.yaml and the files it includes), read
    through the app's loader; empty if the file is missing."""
    if not path.exists():
        return set()
    from app.loader import atlas_data

    return tracked_chars(iter_strings(atlas_data(path)))


def extra_chars() -> set[str]:
    return tracked_chars([EXTRA_NAMES])


def default_source() -> Path | None:
    """The system's NotoSansCJK-Regular.ttc (Debian/Ubuntu fonts-noto-cjk), if installed."""
    return next((c for c in SOURCE_CANDIDATES if c.exists()), None)


def find_source(explicit: Path | None) -> Path:
    source = explicit or default_source()
    if source is None:
        sys.exit(
            "NotoSansCJK-Regular.ttc not found; install Debian's fonts-noto-cjk or pass --source"
        )
    return source


def sc_face_index(ttc: Path) -> int:
    """Index of the 'Noto Sans CJK SC' face inside the collection, found by its name table."""
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(ttc), lazy=True)
    try:
        for index, face in enumerate(collection.fonts):
            name = face["name"]
            family = name.getDebugName(16) or name.getDebugName(1)
            if family == SOURCE_FAMILY:
                return index
    finally:
        collection.close()
    sys.exit(f"no face named {SOURCE_FAMILY!r} in {ttc}")


def rename(font: TTFont) -> None:
    """Give the subset its own family name (name table and CFF top dict)."""
    name = font["name"]
    version = font["head"].fontRevision
    for name_id in (1, 2, 3, 4, 6, 16, 17, 18, 21, 22):
        name.removeNames(nameID=name_id)
    names = {
        1: FAMILY,
        2: STYLE,
        3: f"{version:.3f};{POSTSCRIPT_NAME};subset of {SOURCE_FAMILY} Regular",
        4: FAMILY,
        6: POSTSCRIPT_NAME,
    }
    for name_id, text in names.items():
        name.setName(text, name_id, 3, 1, 0x409)
    description = (
        f"Subset of {SOURCE_FAMILY} Regular made for Acupoint Atlas by "
        "tools/make_font_subset.py; renamed because it is a Modified Version."
    )
    name.removeNames(nameID=10)
    name.setName(description, 10, 3, 1, 0x409)

    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [POSTSCRIPT_NAME]
        top = cff.topDictIndex[0]
        top.FullName = FAMILY
        top.FamilyName = FAMILY
        if hasattr(top, "FDArray"):
            for fd in top.FDArray:
                if hasattr(fd, "FontName"):
                    fd.FontName = f"{POSTSCRIPT_NAME}-{fd.FontName.rsplit('-', 1)[-1]}"


def build(source: Path, chars: set[str]) -> bytes:
    index = sc_face_index(source)
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source), fontNumber=index, recalcTimestamp=False)
    options = subset.Options()
    options.name_IDs = ["*"]  # keep copyright, trademark, licence; rename() fixes the names
    options.name_languages = [0x409]  # drop the localised (Chinese) family names
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.drop_tables += ["VORG", "vhea", "vmtx"]  # labels are always horizontal
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=sorted(ord(ch) for ch in chars))
    subsetter.subset(font)
    rename(font)
    font["head"].created = FIXED_TIMESTAMP
    font["head"].modified = FIXED_TIMESTAMP
    buffer = io.BytesIO()
    font.save(buffer)
    font.close()
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="NotoSansCJK-Regular.ttc to subset")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="font file to write")
    parser.add_argument("--data", type=Path, default=DATA_FILE, help="atlas YAML to read")
    args = parser.parse_args(argv)

    from_data = data_chars(args.data)
    from_extra = extra_chars()
    cjk = from_data | from_extra
    chars = cjk | set(BASIC_LATIN)
    source = find_source(args.source)
    data = build(source, chars)

    output: Path = args.output
    output.parent.mkdir(parents=True, exist_ok=True)
    unchanged = output.exists() and output.read_bytes() == data
    if not unchanged:
        output.write_bytes(data)
    hangul = sum(1 for ch in cjk if any(lo <= ord(ch) <= hi for lo, hi in HANGUL_RANGES))
    try:
        shown = output.resolve().relative_to(ROOT)
    except ValueError:
        shown = output
    print(
        f"{'unchanged' if unchanged else 'wrote'} {shown}: {len(data):,} bytes, "
        f"{len(chars)} characters ({len(cjk)} CJK/Hangul of which {hangul} Hangul, "
        f"{len(from_data)} from {args.data.name}, "
        f"{len(from_extra)} from the built-in name list; plus {len(BASIC_LATIN)} space/digits)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
