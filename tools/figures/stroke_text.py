"""A few characters drawn as strokes, for the small tags some plates carry (the vertebral levels
beside the back plates): paths, not SVG text, so a tag looks the same on every machine whatever
fonts it has. Each glyph is a set of polylines on a grid 4 wide and 6 tall (y down). Also the
rib numbers of the trunk's front and side plates."""

from __future__ import annotations

from .geometry import fmt

GLYPHS: dict[str, tuple[tuple[tuple[float, float], ...], ...]] = {
    "C": (((4, 1), (3, 0), (1, 0), (0, 1), (0, 5), (1, 6), (3, 6), (4, 5)),),
    "T": (((0, 0), (4, 0)), ((2, 0), (2, 6))),
    "L": (((0, 0), (0, 6), (4, 6)),),
    "S": (((4, 1), (3, 0), (1, 0), (0, 1), (0, 2), (1, 3), (3, 3), (4, 4), (4, 5), (3, 6),
           (1, 6), (0, 5)),),
    "0": (((1, 0), (3, 0), (4, 1), (4, 5), (3, 6), (1, 6), (0, 5), (0, 1), (1, 0)),),
    "1": (((1, 1), (2, 0), (2, 6)), ((1, 6), (3, 6))),
    "2": (((0, 1), (1, 0), (3, 0), (4, 1), (4, 2), (0, 6), (4, 6)),),
    "3": (((0, 1), (1, 0), (3, 0), (4, 1), (4, 2), (3, 3), (1.5, 3)),
          ((3, 3), (4, 4), (4, 5), (3, 6), (1, 6), (0, 5))),
    "4": (((3, 6), (3, 0), (0, 4), (4, 4)),),
    "5": (((4, 0), (0, 0), (0, 3), (3, 3), (4, 4), (4, 5), (3, 6), (1, 6), (0, 5)),),
    "6": (((3.5, 0), (1, 0), (0, 1), (0, 5), (1, 6), (3, 6), (4, 5), (4, 4), (3, 3), (0, 3)),),
    "7": (((0, 0), (4, 0), (1.5, 6)),),
    "8": (((1, 3), (0, 2), (0, 1), (1, 0), (3, 0), (4, 1), (4, 2), (3, 3), (1, 3), (0, 4),
           (0, 5), (1, 6), (3, 6), (4, 5), (4, 4), (3, 3)),),
    "9": (((4, 3), (1, 3), (0, 2), (0, 1), (1, 0), (3, 0), (4, 1), (4, 5), (3, 6), (0.5, 6)),),
}
ADVANCE = 5.6  # grid units from one character to the next


def text_d(text: str, x: float, y_mid: float, size: float) -> str:
    """The path data of ``text`` starting at x, its glyphs ``size`` tall centred on y_mid."""
    s = size / 6
    top = y_mid - size / 2
    runs = []
    for i, ch in enumerate(text):
        x0 = x + i * ADVANCE * s
        for line in GLYPHS[ch]:
            pts = [f"{fmt(x0 + gx * s)} {fmt(top + gy * s)}" for gx, gy in line]
            runs.append("M" + "L".join(pts))
    return "".join(runs)


def text_width(text: str, size: float) -> float:
    return ((len(text) - 1) * ADVANCE + 4) * size / 6


def centred_d(text: str, cx: float, cy: float, size: float) -> str:
    """The path data of ``text`` centred on (cx, cy), ``size`` tall."""
    return text_d(text, cx - text_width(text, size) / 2, cy, size)
