"""A view's point marks, drawn as one scene item: each mark a small disc that keeps its size on
screen under zoom, in the colour of its point's state (normal, a search match, dimmed,
selected, asked in a quiz).

One item per view rather than one per mark: a view of the large atlas has hundreds of marks,
and an item each cost several microseconds to make and about 7 to repaint (Qt works out each
item's transform, region and state), a large share of a start and of a frame at ten times the
body. Here a disc is drawn once per state into a pixmap, and a repaint blits it at each mark's
place. Where a mark is, which state it is in and what its tooltip says are plain data
(``shown``, ``places``): what clicks, keys, tooltips and tests read.
"""

import math
from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem

MARK_RADIUS = 5.5
COLOURS = {
    "normal": QColor("#d0312d"), "match": QColor("#c2185b"), "dim": QColor(208, 49, 45, 70),
    "selected": QColor("#ffd21f"), "quiz": QColor("#1565c0"),
}
# bottom to top: a selected or asked point is drawn over the rest, a match over plain marks
STATES = ("dim", "normal", "match", "selected", "quiz")


class Disc(NamedTuple):
    """How a mark in one state looks, in screen pixels (shared by every mark in that state:
    its colours are not to be changed)."""

    radius: float
    fill: QColor
    ring: QColor
    ring_width: float


class MarkShown(NamedTuple):
    """One drawn position of a point on a view, as it is drawn now."""

    code: str
    pos: QPointF       # in the view's units (scene coordinates)
    state: str
    disc: Disc
    tip: str           # its tooltip; empty while a quiz hides the names
    visible: bool      # False while a quiz hides every mark (then it takes no clicks)


@cache
def disc(state: str, strong: bool = False) -> Disc:
    """The look of a mark in a state. The many plain marks have a 1 px outline (white, which
    parts them from the art and from each other); the few that stand out (selected, quiz) a
    2 px dark ring; in high contrast (``strong``) every mark is a third larger with a 2 px
    black ring."""
    radius = {"selected": 8.0, "match": 6.5, "quiz": 9.0}.get(state, MARK_RADIUS)
    ringed = state in ("selected", "quiz") or strong
    ring = QColor("#000000" if strong else "#1a1a1a") if ringed else QColor("#ffffff")
    if state == "dim":
        ring.setAlpha(160 if strong else 90)
    return Disc(radius * (1.35 if strong else 1.0), COLOURS[state], ring,
                2.0 if ringed else 1.0)


def reach(strong: bool) -> float:
    """How far from its centre any mark may paint, in screen pixels."""
    return max(d.radius + d.ring_width / 2 for d in (disc(s, strong) for s in STATES)) + 1


_PIXMAPS: dict[tuple[str, bool, float], tuple[QPixmap, int]] = {}


def _pixmap(state: str, strong: bool, ratio: float) -> tuple[QPixmap, int]:
    """The disc of a state drawn once, antialiased, for a screen of this pixel ratio; and the
    offset (in screen pixels) from a mark's centre to the pixmap's top left corner."""
    key = (state, strong, ratio)
    if key not in _PIXMAPS:
        look = disc(state, strong)
        half = math.ceil(look.radius + look.ring_width / 2) + 1
        pixmap = QPixmap(round(2 * half * ratio), round(2 * half * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(look.ring, look.ring_width))
        painter.setBrush(QBrush(look.fill))
        painter.drawEllipse(QPointF(half, half), look.radius, look.radius)
        painter.end()
        _PIXMAPS[key] = (pixmap, half)
    return _PIXMAPS[key]


class MarksItem(QGraphicsItem):
    """Every mark of one view. ``spots``: (code, [(x, y), ...]) per point, in the order they
    are drawn; each point's marks share its state (``restyle``) and its tooltip (``tips``,
    shown unless ``tips_shown`` is False). Hidden (``setVisible``), it draws no mark."""

    def __init__(self, spots, tips: dict[str, str], strong: bool, parent=None):
        super().__init__(parent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)   # clicks: the view's mark_at
        self.strong = strong
        self.tips = tips
        self.tips_shown = True
        self.spots: dict[str, list[tuple[float, float]]] = dict(spots)
        self._all = [(code, x, y) for code, places in self.spots.items() for x, y in places]
        self.states: dict[str, str] = dict.fromkeys(self.spots, "normal")
        self._reach = reach(strong)
        self._scale = 1.0   # screen pixels per view unit, as last drawn (set_scale)
        self._layers: list[tuple[str, list[tuple[float, float]]]] | None = None
        xs = [x for _code, x, _y in self._all] or [0.0]
        ys = [y for _code, _x, y in self._all] or [0.0]
        self._extent = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        self._bounds = self._bounds_at(self._scale)

    # --- what is drawn -------------------------------------------------------------------
    def places(self) -> list[tuple[str, float, float]]:
        """(code, x, y) of every mark drawn now (none while hidden): what clicks and layouts
        look through, without making a MarkShown each."""
        return self._all if self.isVisible() else []

    def shown(self, code: str | None = None):
        """Each mark (of ``code``, or of every point in turn) as MarkShown."""
        visible = self.isVisible()
        for each in (code,) if code is not None else self.spots:
            state = self.states.get(each)
            if state is None:
                continue
            look = disc(state, self.strong)
            tip = self.tips[each] if self.tips_shown else ""
            for x, y in self.spots[each]:
                yield MarkShown(each, QPointF(x, y), state, look, tip, visible)

    def restyle(self, changes: list[tuple[str, str]]) -> None:
        """Draw these points' marks in new states: (code, state) each. Where a few change,
        only their places are repainted; from a third of the points up (a search's first
        letter, clearing it) the whole view is, which is then the quicker way to the frame."""
        if not changes:
            return
        for code, state in changes:
            self.states[code] = state
        self._layers = None
        if len(changes) * 3 > len(self.spots):
            self.update()
            return
        half = self._reach / self._scale
        for code, _state in changes:
            for x, y in self.spots[code]:
                self.update(QRectF(x - half, y - half, 2 * half, 2 * half))

    def set_scale(self, scale: float) -> None:
        """Tell the item the view's zoom (screen pixels per view unit): its bounds grow by a
        mark's reach at that zoom, so that every disc is inside them."""
        if scale > 0 and not math.isclose(scale, self._scale):
            self.prepareGeometryChange()
            self._scale = scale
            self._bounds = self._bounds_at(scale)

    def _bounds_at(self, scale: float) -> QRectF:
        half = self._reach / scale
        return self._extent.adjusted(-half, -half, half, half)

    # --- QGraphicsItem ---------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        to_screen = painter.worldTransform()
        sx, sy, dx, dy = to_screen.m11(), to_screen.m22(), to_screen.dx(), to_screen.dy()
        ratio = painter.device().devicePixelRatioF()
        if self._layers is None:
            self._layers = [(state, [at for code, places in self.spots.items()
                                     if self.states[code] == state for at in places])
                            for state in STATES]
        painter.save()
        painter.setWorldTransform(QTransform())   # blitted in whole screen pixels: crisp
        draw = painter.drawPixmap
        for state, places in self._layers:
            if places:
                pixmap, half = _pixmap(state, self.strong, ratio)
                for x, y in places:
                    draw(round(x * sx + dx) - half, round(y * sy + dy) - half, pixmap)
        painter.restore()
