"""How to find it: a point's measurement drawn on the figure, from the very steps the loader kept
when it placed the mark (app.model.Step), so the drawing and the mark cannot disagree.

The start (a landmark or point) gets a ring and its name; a path is drawn dashed with a tick at
every B-cun of its span and "A → B = 16 B-cun" beside it; each offset is an arrow labelled with
its length and direction ("1 B-cun up"). Lines are cosmetic (one width at every zoom) and the
labels keep their size, in blue on a white ground that reads over the plates' art.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise
from typing import NamedTuple

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from app.model import Mark, Point2, View

INK = QColor("#1565c0")
HALO = QColor(255, 255, 255, 230)
RING = 7.0   # px: the start's ring, outside the mark's own 5.5 px


def _pen(colour: QColor, width: float, dashed: bool = False) -> QPen:
    pen = QPen(colour, width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _number(value: float) -> str:
    return f"{value:g}"


_SPACE = re.compile(r"^ics-?(\d+)-?")
_LINE = re.compile(r"-?(\d+(?:\.\d+)?)cun$")
_LINES = {"midaxillary": "mid-axillary line", "anterior-axillary": "front axillary line"}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# the landmarks whose ids do not read as words once their hyphens are spaces (the neck, the
# groin, the flank): what a student is told to feel for
_WORDS = {
    "asis": "front tip of the hip bone (ASIS)",
    "femoral-artery-inguinal": "femoral pulse in the groin crease",
    "rib-11-free-end": "tip of the 11th rib",
    "rib-12-free-end": "tip of the 12th rib",
    "clavicle-lower-2cun": "clavicle's lower edge, 2 B-cun line",
    "clavicle-lower-4cun": "clavicle's lower edge, 4 B-cun line",
    "scm-anterior-laryngeal": "SCM's front edge, level with the Adam's apple",
    "scm-posterior-laryngeal": "SCM's back edge, level with the Adam's apple",
    "scm-anterior-cricoid": "SCM's front edge, level with the cricoid",
    "scm-posterior-cricoid": "SCM's back edge, level with the cricoid",
    "scm-anterior-angle": "SCM's front edge, level with the jaw's angle",
    "scm-posterior-angle": "SCM's back edge, level with the jaw's angle",
    "jaw-angle": "angle of the jaw",
    "hyoid": "hyoid bone",
    "gb20-fossa": "hollow of GB20",
}
_CODE = re.compile(r"^[A-Z]{2}(-[A-Z]{2})?\d+$")   # a point's code: ST34, EX-LE4
_VERTEBRA = re.compile(r"^([ctl])(\d+)$")
_SPINOUS = re.compile(r"^([ctl])(\d+)-spinous-lower$")
_BELOW = re.compile(r"^([ctl])(\d+)-below$")
_TIP = re.compile(r"^([ctl])(\d+)-spinous$")
_SACRAL = re.compile(r"^(sacral-foramen|median-sacral-crest)-(\d)$")


def _name(label: str) -> str:
    """A landmark's id as words a student reads: 'ics4-2cun' is '4th space, 2 B-cun line',
    'ics-6-midaxillary' '6th space, mid-axillary line', 'l5-spinous-lower' 'L5 spinous
    process, lower border', 'sacral-foramen-2' '2nd sacral foramen', 'eyebrow-middle'
    'eyebrow middle'; a few whose ids do not read ('asis', 'scm-anterior-cricoid') from _WORDS;
    a point's code as it is."""
    if label in _WORDS:
        return _WORDS[label]
    if _CODE.match(label):
        return label
    vertebra = _VERTEBRA.match(label)
    if vertebra:
        return vertebra.group(1).upper() + vertebra.group(2)
    for pattern, words in ((_SPINOUS, "{} spinous process, lower border"), (_BELOW, "below {}"),
                           (_TIP, "{} spinous process")):
        vertebra = pattern.match(label)
        if vertebra:
            return words.format(vertebra.group(1).upper() + vertebra.group(2))
    sacral = _SACRAL.match(label)
    if sacral:
        n = int(sacral.group(2))
        return (f"{_ordinal(n)} sacral foramen" if sacral.group(1) == "sacral-foramen"
                else f"median sacral crest at S{n}")
    parts = []
    space = _SPACE.match(label)
    if space:
        parts.append(f"{_ordinal(int(space.group(1)))} space")
        label = label[space.end():]
    line = _LINE.search(label)
    if line:
        label = label[:line.start()]
    if label:
        parts.append(_LINES.get(label, label.replace("-", " ")))
    if line:
        parts.append(f"{line.group(1)} B-cun line")
    return ", ".join(parts)


def _joined(names: list[str]) -> str:
    """Both ends of a line, said once where they share their first or last part: '4th space,
    mid-axillary line → front axillary line', 'SCM's front edge → SCM's back edge, level with
    the Adam's apple'."""
    if len(names) == 2:
        a, b = (n.split(", ", 1) for n in names)
        if len(a) == len(b) == 2 and a[0] == b[0]:
            return f"{a[0]}, {a[1]} → {b[1]}"
        if len(a) == len(b) == 2 and a[1] == b[1]:
            return f"{a[0]} → {b[0]}, {a[1]}"
    return " → ".join(names)


def wrapped(words: str, width: float, advance) -> str:
    """The words broken into lines no wider than ``width`` (``advance(text)`` measures one),
    at ' → ' first, then after a comma, then at a space; a word wider than that is left
    whole."""
    return "\n".join(_lines(words, width, advance, 0))


_BREAKS = (" → ", ", ", " ")


def _lines(words: str, width: float, advance, level: int) -> list[str]:
    if advance(words) <= width or level == len(_BREAKS):
        return [words]
    sep = _BREAKS[level]
    parts = words.split(sep)
    if sep == " → ":
        tokens = [parts[0], *("→ " + part for part in parts[1:])]
    elif sep == ", ":
        tokens = [*(part + "," for part in parts[:-1]), parts[-1]]
    else:
        tokens = parts
    lines = [tokens[0]]
    for token in tokens[1:]:
        candidate = f"{lines[-1]} {token}"
        if advance(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(token)
    return [piece for line in lines for piece in _lines(line, width, advance, level + 1)]


class _Drawing:
    def __init__(self, layer: QGraphicsItem, points: int):
        self.layer = layer
        self.points = points   # the size of its words
        self.items: list[QGraphicsItem] = []
        self.words: list[str] = []
        self.labels: list[tuple[QGraphicsRectItem, QGraphicsSimpleTextItem]] = []

    def line(self, points: list[Point2], dashed: bool = False) -> None:
        path = QPainterPath(QPointF(*points[0]))
        for p in points[1:]:
            path.lineTo(QPointF(*p))
        for pen in (_pen(HALO, 4.0), _pen(INK, 1.6, dashed)):   # the halo under the ink
            item = QGraphicsPathItem(path, self.layer)
            item.setPen(pen)
            self.items.append(item)

    def ring(self, at: Point2) -> None:
        for pen in (_pen(HALO, 4.0), _pen(INK, 1.8)):
            item = QGraphicsEllipseItem(-RING, -RING, 2 * RING, 2 * RING, self.layer)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            item.setPen(pen)
            item.setPos(QPointF(*at))
            self.items.append(item)

    def tick(self, at: Point2, direction: Point2, half: float) -> None:
        nx, ny = -direction[1], direction[0]
        self.line([(at[0] - nx * half, at[1] - ny * half), (at[0] + nx * half, at[1] + ny * half)])

    def text(self, at: Point2, words: str) -> None:
        """The words on a white ground just larger than they are (a stroked outline of the
        glyphs would read the same and cost most of a selection's frame to paint)."""
        font = QFont()
        font.setPointSize(self.points)
        font.setBold(True)
        ink = QGraphicsSimpleTextItem(words)
        ink.setFont(font)
        ink.setBrush(INK)
        ground = QGraphicsRectItem(ink.boundingRect().adjusted(-2, 0, 2, 0), self.layer)
        ground.setPen(Qt.PenStyle.NoPen)
        ground.setBrush(HALO)
        ink.setParentItem(self.layer)
        for item in (ground, ink):
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            item.setPos(QPointF(*at))
            item.setTransform(QTransform.fromTranslate(10, -8))
            item.setZValue(1)   # over every line and tick, drawn before or after
            self.items.append(item)
        self.words.append(words)
        self.labels.append((ground, ink))

    def arrow(self, start: Point2, end: Point2) -> None:
        self.line([start, end])
        length = math.dist(start, end)
        if length == 0:
            return
        ux, uy = (end[0] - start[0]) / length, (end[1] - start[1]) / length
        size = min(length / 3, 6.0)
        left = (end[0] - size * (ux + 0.5 * uy), end[1] - size * (uy - 0.5 * ux))
        right = (end[0] - size * (ux - 0.5 * uy), end[1] - size * (uy + 0.5 * ux))
        self.line([left, end, right])


class Drawn(NamedTuple):
    items: tuple[QGraphicsItem, ...]   # all of it, under the layer
    ticks: int                         # one per B-cun along a path with a span
    words: tuple[str, ...]             # the labels, in order
    labels: tuple[tuple[QGraphicsRectItem, QGraphicsSimpleTextItem], ...]   # their ground, ink


def draw(layer: QGraphicsItem, view: View, mark: Mark, points: int = 9) -> Drawn:
    """Draw under ``layer`` how ``mark`` was measured on ``view`` (words of ``points``)."""
    d = _Drawing(layer, points)
    ticks = 0
    for step in mark.steps:
        if step.kind == "anchor":
            d.ring(step.points[0])
            d.text(step.points[0], _name(step.label))
        elif step.kind == "between":
            a, b, origin = step.points
            x_name, y_name = step.label.split(" | ")
            d.ring(a)
            d.text(a, _name(x_name))
            d.ring(b)
            d.text(b, _name(y_name))
            d.line([a, origin, b], dashed=True)   # straight down from one, across from the other
        elif step.kind == "path":
            *path, spot = step.points
            d.ring(path[0])
            d.line(list(path), dashed=True)
            length = sum(math.dist(p, q) for p, q in pairwise(path))
            names = _joined([_name(n) for n in step.label.split(" → ")])
            if step.span:
                unit = length / step.span
                d.text(path[0], f"{names} = {_number(step.span)} B-cun")
                for k in range(1, int(step.amount + 1e-9) + 1):
                    at, direction = _along(path, k * unit)
                    d.tick(at, direction, 0.18 * view.cun)
                    ticks += 1
                d.text(spot, f"{_number(step.amount)} B-cun")
            else:
                d.text(path[0], names)
                d.text(spot, "halfway" if step.amount == 0.5
                       else f"{_number(round(step.amount * 100))} % of the way")
        elif step.kind == "offset":
            start, end = step.points
            d.arrow(start, end)
            d.text(((start[0] + end[0]) / 2, (start[1] + end[1]) / 2),
                   f"{_number(step.amount)} B-cun {step.label}")
    return Drawn(tuple(d.items), ticks, tuple(d.words), tuple(d.labels))


def _along(path: list[Point2], distance: float) -> tuple[Point2, Point2]:
    """The point ``distance`` along a polyline and the unit direction there."""
    for p, q in pairwise(path):
        seg = math.dist(p, q)
        if distance <= seg or q is path[-1]:
            t = distance / seg if seg else 0.0
            direction = ((q[0] - p[0]) / seg, (q[1] - p[1]) / seg) if seg else (0.0, 1.0)
            return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t), direction
        distance -= seg
    return path[-1], (0.0, 1.0)


# What each region's B-cun is measured on (docs/geometry.md): the ruler says which it uses.
CUN_BASIS = {
    "head": "the head's: anterior to posterior hairline 12 B-cun (face: glabella to hairline 3)",
    "body": "the trunk's: suprasternal notch to xiphisternal junction 9 B-cun",
    "arm": "the limb's: cubital crease to wrist crease 12 B-cun",
    "hand": "the arm's, cubital crease to wrist crease 12 B-cun, drawn larger",
    "trunk": "the trunk's: suprasternal notch to xiphisternal junction 9 B-cun",
    "leg": "the leg's: popliteal crease to lateral malleolus 16 B-cun",
    "foot": "the leg's: popliteal crease to lateral malleolus 16 B-cun, drawn larger",
}
# WHO's finger measures, a rough check on a patient's own hand
FINGERS = ((1.0, "about the width of the thumb at its joint"),
           (1.5, "about the breadth of the index and middle fingers together"),
           (3.0, "about four fingers' breadth"))


def ruler_text(view: View, a: Point2, b: Point2) -> str:
    """The ruler's reading between two spots: B-cun in the view's B-cun, WHO's finger measure
    when the distance is near one, and which B-cun that is."""
    cun = math.dist(a, b) / view.cun
    words = f"{cun:.1f} B-cun"
    near = [hint for size, hint in FINGERS if abs(cun - size) <= 0.1 * size]
    if near:
        words += f", {near[0]}"
    basis = CUN_BASIS.get(view.region, "this view's")
    return f"{words} (in {view.title}'s B-cun, {basis})"
