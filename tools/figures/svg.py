"""The SVG writer (SVG 1.2 Tiny, presentation attributes only) and the plate style: the
palette, the line widths and the fill/stroke/background helpers every plate draws with."""

from __future__ import annotations

from .geometry import fmt

# palette (one consistent style for every plate)
BG = "#f5f3ef"  # the plate's own pale neutral background
SKIN = "#f3e0d0"  # calm light skin
SKIN_SHADE = "#ecd3c0"  # a hair darker, for inner surfaces (ear concha, nostrils)
NOSTRIL = "#d6b3a2"
EAR_CANAL = "#d2ae9c"
LINE = "#9b6f5a"  # outlines: a darker tone of the skin
DETAIL = "#b48a74"  # creases and inner structures
HAIR = "#d9cdbf"  # hair region: calm, slightly different tone
HAIR_LINE = "#a8927e"
BROW = "#bca690"
LIP = "#e6bfae"
EYE_WHITE = "#fbf9f6"
IRIS = "#a59284"
PUPIL = "#5e4d44"
NAIL = "#f9ece6"  # finger- and toenails: paler than the skin
BRIEF = "#dfe2e4"  # neutral brief over the pelvis
BRIEF_LINE = "#9a9ea3"

# line widths: head plates (close-ups) and body plates (whole figure, smaller scale)
HEAD_OUTLINE_W, HEAD_DETAIL_W = 1.7, 1.2
BODY_OUTLINE_W, BODY_DETAIL_W = 2.6, 1.7
# limb close-ups (arm-front, arm-back): drawn at twice the body's scale, seen about as small
LIMB_OUTLINE_W, LIMB_DETAIL_W = 2.4, 1.6


class Svg:
    """An SVG document built element by element; groups are opened and closed by id."""

    def __init__(self, w: int, h: int, title: str, desc: str = ""):
        self.w, self.h = w, h
        self.parts = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
            f'width="{w}" height="{h}" viewBox="0 0 {w} {h}">',
            f"<title>{title}</title>",
        ]
        if desc:
            self.parts.append(f"<desc>{desc}</desc>")
        self.depth = 1

    @staticmethod
    def _attrs(attrs):
        out = []
        for k, v in attrs.items():
            if v is None:
                continue
            name = k.rstrip("_").replace("_", "-")
            if isinstance(v, float):
                v = fmt(v)
            out.append(f'{name}="{v}"')
        return (" " + " ".join(out)) if out else ""

    def open(self, gid: str, **attrs):
        self.parts.append("  " * self.depth + f'<g id="{gid}"{self._attrs(attrs)}>')
        self.depth += 1

    def close(self):
        self.depth -= 1
        self.parts.append("  " * self.depth + "</g>")

    def el(self, tag: str, **attrs):
        self.parts.append("  " * self.depth + f"<{tag}{self._attrs(attrs)}/>")

    def path(self, d: str, **attrs):
        self.el("path", d=d, **attrs)

    def text(self) -> str:
        while self.depth > 1:
            self.close()
        return "\n".join([*self.parts, "</svg>", ""])


def over(color: str, opacity: float, ground: str = SKIN) -> str:
    """``color`` at ``opacity`` on ``ground``, as one solid colour. The plates ask for faint
    lines and shades on the skin; drawn solid they look the same there, and a renderer paints
    a solid shape several times faster than a translucent one (QtSvg: a third of the time for
    the chest plate), which every zoom step and view switch waits for."""
    a, b = (tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in (color, ground))
    mixed = (round(x * opacity + y * (1 - opacity)) for x, y in zip(a, b))
    return "#" + "".join(f"{v:02x}" for v in mixed)


def _solid(color: str, kw: dict) -> str:
    """The colour to draw with: a translucent one (``opacity=``) made solid on its ground
    (``ground=``, the skin unless given); ``ground=None`` keeps it translucent, for a shape
    the drawing must show other lines through (the brief over the groin's landmarks)."""
    opacity, ground = kw.pop("opacity", None), kw.pop("ground", SKIN)
    if opacity is None or opacity >= 1:
        return color
    if ground is None:
        kw["opacity"] = opacity
        return color
    return over(color, opacity, ground)


def fill(svg: Svg, d: str, color: str = SKIN, **kw):
    svg.path(d, fill=_solid(color, kw), stroke="none", **kw)


def stroke(svg: Svg, d: str, width: float, color: str = LINE, **kw):
    svg.path(d, fill="none", stroke=_solid(color, kw), stroke_width=width,
             stroke_linecap="round", stroke_linejoin="round", **kw)


def background(svg: Svg):
    svg.el("rect", id="background", x=0, y=0, width=svg.w, height=svg.h, fill=BG)

