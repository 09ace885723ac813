"""The diagram: a view's SVG art with point marks that keep their screen size under zoom."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QPinchGesture,
    QWidget,
)

from app.model import Atlas, View, roster
from app.ui.marks import MARK_RADIUS, MarkShown, MarksItem

if TYPE_CHECKING:   # imported where first needed: the first frame draws none of them
    from app.ui import measure_overlay

HIT_RADIUS = 10.0
_ARROWS = {Qt.Key.Key_Right: "right", Qt.Key.Key_Left: "left", Qt.Key.Key_Down: "down",
           Qt.Key.Key_Up: "up"}
ZOOM_STEP = 1.25
MAX_ZOOM = 12.0
ZOOM_TO_POINT = 3.0   # how close "zoom to point" goes: a few B-cun around it fill the view
# The scene's layers, bottom to top: each is one group item, and its items stack inside it.
# "how-to-find" (a point's measurement drawn out) sits in overlays, under the quiz answer;
# "close-ups" (where each close-up of this view lies, with its name to click) on the art.
LAYERS = ("art", "channels", "marks", "overlays")
SUBLAYERS = {"how-to-find": "overlays", "close-ups": "art", "labels": "overlays"}
INK = QColor("#5b6770")      # the diagram's own labels: R/L, the scale bar, close-up links
# The layers a user (or the command line) may switch on and off.
TOGGLES = ("channels", "how-to-find", "labels")
LABEL_POINTS = 8   # the size of the codes the labels layer writes beside the marks
NAMED_MARKS = 4    # a point with more marks than this on a side (Jiaji's 17) is named once


class Look(NamedTuple):
    """How a diagram draws its own marks and words: ``strong`` (the high-contrast theme: bigger
    marks with a dark ring) and the window's text size in points, which its words follow."""

    strong: bool = False
    text: int = 10

    def points(self, at_default: float) -> int:
        """A size that is ``at_default`` points at the default text size, scaled with it."""
        return max(6, round(at_default * self.text / 10))


PLAIN = Look()


def _tag(text: str, ink: QColor, parent: QGraphicsItem, radius: float = 6.0,
         pad: tuple[float, float] = (5, 2),
         look: Look = PLAIN) -> tuple[QGraphicsPathItem, QRectF]:
    """Words in a rounded white box that keeps its size under zoom (the box's rect is
    returned too, to place it by)."""
    label = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPointSize(look.points(9))
    label.setFont(font)
    label.setBrush(ink)
    box = label.boundingRect().adjusted(-pad[0], -pad[1], pad[0], pad[1])
    outline = QPainterPath()
    outline.addRoundedRect(box, radius, radius)
    tag = QGraphicsPathItem(outline, parent)
    tag.setPen(QPen(ink, 1))
    tag.setBrush(QColor(255, 255, 255, 230))
    tag.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    label.setParentItem(tag)
    return tag, box


def _course_pen(colour: str, bold: bool) -> QPen:
    ink = QColor(colour)
    ink.setAlpha(230 if bold else 120)
    pen = QPen(ink, 3.0 if bold else 1.4)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _layer(z: float, parent: QGraphicsItem | None = None) -> QGraphicsItemGroup:
    """An empty group that holds a layer's items (as children: they keep their own positions
    and stack by their z inside it); hiding it hides them all."""
    group = QGraphicsItemGroup(parent)
    group.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
    group.setZValue(z)
    return group


# A close-up of one limb (the figure's right) is not the body's two sides: its edges are named.
_LIMB_EDGES = {"arm": ("radial", "ulnar"), "hand": ("radial", "ulnar"),
               "leg": ("lateral", "medial"), "foot": ("lateral", "medial")}


def side_labels(view: View) -> tuple[str, str]:
    """The words at the diagram's top left and top right corners: the figure's R and L on a
    front, back or top view, back and front in profile, and on a limb close-up (one right
    limb, no midline) its outer and inner edges (radial and ulnar for the arm)."""
    edges = _LIMB_EDGES.get(view.region)
    if edges and view.midline is None and view.side in ("front", "back"):
        return edges if view.side == "front" else edges[::-1]
    return {"front": ("R", "L"), "back": ("L", "R"), "top": ("L", "R"),
            "right": ("back", "front"), "left": ("front", "back")}.get(view.side, ("", ""))


class _ViewScene:
    """The scene of one view in named layers (LAYERS): the art (renderer kept referenced);
    channel courses (none drawn yet); the marks; overlays: R/L labels, scale bar, how to find
    (none drawn yet), a quiz answer."""

    def __init__(self, atlas: Atlas, view: View, look: Look = PLAIN):
        self.view = view
        self.look = look
        self.marks_shown = (True, True)   # (visible, with tooltips): how the marks were made
        self.scene = QGraphicsScene()
        # A few hundred items at most, restyled often: no BSP index to keep up to date
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.layers: dict[str, QGraphicsItemGroup] = {}
        for z, name in enumerate(LAYERS):
            self.layers[name] = _layer(z)
            if name != "marks":   # added once its marks are made (see below)
                self.scene.addItem(self.layers[name])
        for name, parent in SUBLAYERS.items():
            self.layers[name] = _layer(1, self.layers[parent])   # above the parent's items
        self.renderer = QSvgRenderer(str(view.image))
        art = QGraphicsSvgItem(self.layers["art"])
        art.setSharedRenderer(self.renderer)
        # Painted once per zoom level and kept: a mark changing colour, or the list filtering,
        # then repaints from the pixmap instead of running the whole SVG again.
        art.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        x, y, w, h = view.viewbox
        self.scene.setSceneRect(QRectF(x, y, w, h))
        # Every mark of the view in one item (app.ui.marks), each point's with its tooltip
        listed = roster(atlas)   # not the points' records: a start makes none of them
        names = listed.names
        drawn = listed.spots[view.id]
        self.spots: list[tuple[float, float]] = [at for _code, spots in drawn for at in spots]
        tips = {code: f"{code} {names[code][0]} — {names[code][1]}" for code, _spots in drawn}
        self.marks = MarksItem(drawn, tips, look.strong, self.layers["marks"])
        self.scene.addItem(self.layers["marks"])
        self._add_labels([c.frame for c in atlas.close_ups(view.id)])
        # the channel courses are drawn the first time their layer is shown on this view:
        # off at first, and at start they would cost as much as the marks
        self.courses: dict[str, list[QGraphicsPathItem]] = {}
        self.exits: dict[str, list[QGraphicsPathItem]] = {}
        self.courses_drawn = False
        # close-up id -> its frame and its name tag (what a click opens)
        self.close_ups: dict[str, tuple[QGraphicsRectItem, QGraphicsPathItem]] = {}
        for close_up in atlas.close_ups(view.id):
            self._add_close_up(close_up)

    def paint_once(self) -> None:
        """Paint the scene once, small and off screen: what Qt works out the first time an item
        is drawn (its shape, its pen's stroke) is then done before the view is first shown,
        not in that frame (half of it on a view with a thousand marks)."""
        image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        self.scene.render(painter)
        painter.end()

    def draw_courses(self, atlas: Atlas) -> None:
        """Each channel's course on this view (app.courses), in the channel's colour; where it
        leaves the view, a tag naming the next point and its view (shown for the bold channel:
        ``exits``). Once per view."""
        if self.courses_drawn:
            return
        self.courses_drawn = True
        from app.courses import course
        courses = self.courses
        for channel in atlas.channels.values():
            if channel.code == "EX":
                continue
            drawn = course(atlas, self.view, channel.code)
            items = []
            for run in drawn.runs + drawn.mirrored:
                path = QPainterPath(QPointF(*run[0]))
                for at in run[1:]:
                    path.lineTo(QPointF(*at))
                item = QGraphicsPathItem(path, self.layers["channels"])
                item.setPen(_course_pen(channel.colour, False))
                items.append(item)
            if items:
                courses[channel.code] = items
            for exit_ in drawn.exits:
                title = atlas.views[exit_.view].title
                tag, box = _tag(f"{exit_.next} → {title}", QColor(channel.colour),
                                self.layers["channels"], look=self.look)
                tag.setPos(QPointF(*exit_.at))
                tag.setTransform(QTransform.fromTranslate(10 - box.left(), 8 - box.top()))
                tag.setToolTip(f"The {channel.name} channel goes on at {exit_.next}, "
                               f"drawn on {title}")
                tag.setVisible(False)
                self.exits.setdefault(channel.code, []).append(tag)

    def _add_close_up(self, close_up: View) -> None:
        """A dashed frame where the close-up lies, and its name in a tag at the frame's top
        left corner that keeps its size under zoom."""
        x, y, w, h = close_up.frame
        frame = QGraphicsRectItem(x, y, w, h, self.layers["close-ups"])
        pen = QPen(INK, 1.2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        frame.setPen(pen)
        frame.setToolTip(f"{close_up.title}: double-click to open this close-up")
        tag, box = _tag(f"{close_up.title} ›", INK, self.layers["close-ups"], look=self.look)
        # in the frame's corner with the fewest marks under it (marks draw above the tag); its
        # size in view units as at a fitted zoom (the view's height on about 700 px)
        per_px = self.view.viewbox[3] / 700
        near = ((box.width() + 12) * per_px, (box.height() + 12) * per_px)
        spots = [*self.spots, *((p.x(), p.y()) for p in self.bar_spots)]   # and the scale bar

        def crowd(corner: tuple[bool, bool]) -> int:
            cx, cy = (x + w if corner[0] else x), (y + h if corner[1] else y)
            return sum(abs(px - cx) < near[0] and abs(py - cy) < near[1] for px, py in spots)

        right, bottom = min(((False, False), (False, True), (True, False), (True, True)),
                            key=crowd)
        tag.setPos(x + w if right else x, y + h if bottom else y)
        dx = -box.width() - 6 - box.left() if right else 6 - box.left()
        dy = -box.height() - 6 - box.top() if bottom else 6 - box.top()
        tag.setTransform(QTransform.fromTranslate(dx, dy))
        tag.setCursor(Qt.CursorShape.PointingHandCursor)
        tag.setToolTip(f"Open the close-up: {close_up.title}")
        self.close_ups[close_up.id] = (frame, tag)

    def close_up_at(self, scene_items, scene_pos: QPointF, tags_only: bool) -> str | None:
        """The close-up whose tag is among ``scene_items`` (the items under a click), else
        (unless ``tags_only``) the smallest frame around ``scene_pos``."""
        for view_id, (_frame, tag) in self.close_ups.items():
            if tag in scene_items or any(item.parentItem() is tag for item in scene_items):
                return view_id
        if tags_only:
            return None
        around = [(frame.rect().width() * frame.rect().height(), view_id)
                  for view_id, (frame, _tag) in self.close_ups.items()
                  if frame.rect().contains(scene_pos)]
        return min(around)[1] if around else None

    def _add_labels(self, frames: list[tuple[float, float, float, float]]) -> None:
        """R/L (or the limb's edges) in the top corners; the 1 B-cun bar at the bottom left,
        or the bottom right where a close-up's frame covers the left, or at the top left below
        the corner word where one covers the whole bottom."""
        x, y, w, h = self.view.viewbox
        font = QFont()
        font.setPointSize(self.look.points(11))
        font.setBold(True)
        left, right = side_labels(self.view)
        for text, px, align_right in ((left, x + 8, False), (right, x + w - 8, True)):
            label = QGraphicsSimpleTextItem(text)
            label.setFont(font)
            label.setBrush(INK)
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setPos(px, y + 6)
            if align_right:   # its own width is in pixels (it ignores the zoom), not view units
                label.setTransform(QTransform.fromTranslate(-label.boundingRect().width(), 0))
            label.setZValue(40)
            label.setParentItem(self.layers["overlays"])
        bar_y = y + h - 14
        reach = self.view.cun + 70 * self.view.viewbox[3] / 700   # the bar and its words

        def covered(start: float) -> bool:
            return any(fx - 4 < start + reach and start < fx + fw + 4
                       and fy - 4 < bar_y < fy + fh + 4 for fx, fy, fw, fh in frames)

        start = x + 12
        if covered(start) and not covered(x + w - 12 - reach):
            start = x + w - 12 - reach
        elif covered(start):   # a close-up across the whole bottom (a foot): under the R/L
            bar_y = y + 40 * self.view.viewbox[3] / 700
        self.bar_spots = [QPointF(start + k * self.view.cun, bar_y) for k in (0, 1, 2, 3)]
        bar = QGraphicsLineItem(start, bar_y, start + self.view.cun, bar_y)
        pen = QPen(INK, 2)
        pen.setCosmetic(True)
        bar.setPen(pen)
        bar.setZValue(40)
        bar.setParentItem(self.layers["overlays"])
        caption = QGraphicsSimpleTextItem("1 B-cun")
        words = QFont()
        words.setPointSize(self.look.points(9))
        caption.setFont(words)
        caption.setBrush(INK)
        caption.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        caption.setPos(start + self.view.cun, bar_y)
        caption.setTransform(QTransform.fromTranslate(6, -caption.boundingRect().height() / 2))
        caption.setZValue(40)
        caption.setParentItem(self.layers["overlays"])


class DiagramView(QGraphicsView):
    """Shows one view at a time. Signals: point_clicked(str code), view_changed(str view_id),
    background_clicked(QPointF scene position) — what a quiz listens to — and
    mark_focused(str code) when the arrow keys move the keyboard focus between marks."""

    point_clicked = Signal(str)
    close_up_requested = Signal(str)
    view_changed = Signal(str)
    background_clicked = Signal(QPointF)
    mark_focused = Signal(str)
    labels_left_out = Signal(int)   # marks the labels layer could not name at this zoom

    def __init__(self, atlas: Atlas, parent=None):
        super().__init__(parent)
        # After the first frame, the other views' scenes are built one per idle moment, so
        # that switching to a view (or selecting a point on it) parses nothing.
        self._prepare_timer = QTimer(self, singleShot=True, interval=0)
        self._prepare_timer.timeout.connect(self._prepare_next_view)
        self._prepare_pending = True
        self.labels_left = 0   # marks the labels layer could not name at this zoom (_relabel)
        self.setObjectName("diagramView")
        self.setAccessibleName("Diagram")
        self.atlas = atlas
        self._scenes: dict[str, _ViewScene] = {}
        self._current: _ViewScene | None = None
        self._selected: str | None = None
        self._filter: set[str] | None = None
        self._marks_visible = True
        self._highlight: str | None = None
        self._answer_items: list[QGraphicsItem] = []
        self._layers_on = {"channels": False, "how-to-find": True, "labels": False}   # at first
        self._bold_course: tuple[str, str] | None = None   # (view, channel) drawn bold
        self._auto_fit = True
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QColor("#e9edf0"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip("Click a point. Arrow keys move between points, Enter opens one; "
                        "+ and − zoom, 0 fits. Shift+drag measures in B-cun (Esc clears).")
        # Our own viewport widget, to grab the pinch on: asking Qt for the default one would
        # make PySide look up every QWidget subclass once (about 14 ms of the start).
        viewport = QWidget(objectName="qt_scrollarea_viewport")   # as Qt names its own
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        self.setViewport(viewport)
        viewport.grabGesture(Qt.GestureType.PinchGesture)
        self.how_to_find: measure_overlay.Drawn | None = None   # the selected point's, drawn
        self._how_to_find_key: tuple | None = None
        self._ruler: list[QGraphicsItem] = []          # the B-cun ruler's line and reading
        self._ruler_start: QPointF | None = None       # while Shift+dragging
        self.ruler_reading = ""
        self._focused: MarkShown | None = None   # where the keys are
        self._look = PLAIN
        self._focus_ring = QGraphicsEllipseItem(-11, -11, 22, 22)
        self._focus_ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        ring = QPen(QColor("#1565c0"), 2.5, Qt.PenStyle.DashLine)
        self._focus_ring.setPen(ring)
        self._focus_ring.setZValue(50)

    # --- what is shown -------------------------------------------------------------------
    def current_view(self) -> str | None:
        return self._current.view.id if self._current else None

    def set_view(self, view_id: str, selected: str | None) -> None:
        """Show a view, fitted, with ``selected`` the selected point (None: none): its
        measurement is drawn once, on this view, not first on the one being left."""
        self._selected = selected
        if self._current and self._current.view.id == view_id:
            self._restyle()
            return
        if view_id not in self._scenes:
            self._scenes[view_id] = _ViewScene(self.atlas, self.atlas.views[view_id], self._look)
        self.clear_answer()
        self.clear_ruler()
        self._drop_how_to_find()   # the view left's; this one's is drawn once it is fitted
        self._current = self._scenes[view_id]
        self._drop_focus_ring()
        if self._focus_ring.scene():
            self._focus_ring.scene().removeItem(self._focus_ring)
        self.setScene(self._current.scene)
        for name, on in self._layers_on.items():
            self._current.layers[name].setVisible(on)
        self._draw_courses_if_shown()
        self.fit()        # fitted first: the labels, then the measurement's words, placed once
        self._restyle()   # for this zoom
        self.view_changed.emit(view_id)

    def set_look(self, look: Look) -> None:
        """Draw marks and words in a new look (a theme or text-size change): the views are
        built again, the current one at once, the others when next shown."""
        if look == self._look:
            return
        self._look = look
        current = self.current_view()
        self.clear_answer()
        self.clear_ruler()
        self._drop_focus_ring()
        if self._focus_ring.scene():   # kept: it is not the old scene's to delete
            self._focus_ring.setParentItem(None)
            self._focus_ring.scene().removeItem(self._focus_ring)
        self._drop_how_to_find()
        self.setScene(None)
        self._scenes.clear()
        self._current = None
        self._bold_course = None
        if current is not None:
            self.set_view(current, self._selected)

    def _prepare_next_view(self) -> None:
        for view_id, view in self.atlas.views.items():
            if view_id not in self._scenes:
                self._scenes[view_id] = scene = _ViewScene(self.atlas, view, self._look)
                scene.paint_once()
                self._prepare_timer.start()
                return

    def set_selected(self, code: str | None) -> None:
        self._selected = code
        self._restyle()

    def set_filter(self, codes: set[str] | None) -> None:
        """Make these points stand out and dim the others (None: no filter)."""
        self._filter = set(codes) if codes is not None else None
        self._restyle()

    def marks_of(self, code: str) -> list[MarkShown]:
        """A point's marks on the current view, as they are drawn now (none: not drawn here)."""
        return list(self._current.marks.shown(code)) if self._current else []

    def shown_marks(self) -> list[MarkShown]:
        """Every mark on the current view, as it is drawn now."""
        return list(self._current.marks.shown()) if self._current else []

    def mark_positions(self, code: str) -> list[QPointF]:
        return [m.pos for m in self.marks_of(code)]

    # --- layers ------------------------------------------------------------------------------
    def set_layer(self, name: str, on: bool) -> None:
        """Show or hide a layer a user may switch (TOGGLES), on this view and every view shown
        after; ValueError for any other name."""
        if name not in TOGGLES:
            raise ValueError(f"no layer {name!r} to switch (layers: {', '.join(TOGGLES)})")
        self._layers_on[name] = bool(on)
        if self._current:
            self._current.layers[name].setVisible(bool(on))
        if name == "channels":
            self._draw_courses_if_shown()
            self._bold_selected_course()
        if name == "labels":
            self._relabel()
            self._keep_words_in_sight()   # the codes give way to the measurement's words

    def _relabel(self) -> None:
        """The labels layer: the code of each visible mark on the view's drawn side (a
        bilateral view's mirrored side is left unnamed, as on an atlas plate; a point with
        more than NAMED_MARKS marks there is named at its first), in the screen
        room chart_layout finds for it at this zoom: beside its mark, over no other label or
        mark, nearer its own mark than any other, a leader line only where it passes no other
        mark. A label with no such room is left out until a zoom makes room (``labels_left``
        counts them). Rebuilt after a zoom; nothing while a quiz hides names or marks."""
        self.labels_left = 0
        if not self._current:
            return
        layer = self._current.layers["labels"]
        for item in layer.childItems():
            self._current.scene.removeItem(item)
        if (not self._layers_on["labels"] or not self._marks_visible
                or self._highlight is not None):
            return
        marks = self._named(self.shown_marks())
        named = {(m.code, m.pos.x(), m.pos.y()) for m in marks}
        to_screen = self.viewportTransform()
        anchors = [to_screen.map(m.pos) for m in marks]
        others = [to_screen.map(QPointF(x, y)) for code, x, y in self._current.marks.places()
                  if (code, x, y) not in named]
        font = QFont()
        font.setPointSize(self._look.points(LABEL_POINTS))
        font.setBold(True)
        metrics = QFontMetricsF(font)
        sizes = [(metrics.horizontalAdvance(m.code) + 4, metrics.height()) for m in marks]
        room = to_screen.mapRect(self.sceneRect())
        from app import chart_layout
        placed = chart_layout.place_labels(
            [(p.x(), p.y()) for p in anchors], sizes,
            chart_layout.Box(room.x(), room.y(), room.width(), room.height()),
            clearance=MARK_RADIUS + 2, obstacles=[(p.x(), p.y()) for p in others],
            unambiguous=True)
        self.labels_left = sum(1 for spot in placed if not spot.clear)
        self.labels_left_out.emit(self.labels_left)
        for mark, at, spot in zip(marks, anchors, placed):
            if not spot.clear:
                continue
            code = mark.code
            box = QRectF(spot.box.x - at.x(), spot.box.y - at.y(), spot.box.w, spot.box.h)
            back = QGraphicsRectItem(box, layer)
            back.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            back.setPos(mark.pos)
            back.setPen(Qt.PenStyle.NoPen)
            back.setBrush(QColor(255, 255, 255, 200))
            back.setData(0, code)
            text = QGraphicsSimpleTextItem(code, back)
            text.setFont(font)
            text.setBrush(QColor("#1a1a1a"))
            text.setPos(box.x() + 2, box.y())
            if spot.leader:
                end = chart_layout.Box(box.x(), box.y(), box.width(), box.height()).nearest(0, 0)
                line = QGraphicsLineItem(0, 0, *end, back)
                line.setPen(QPen(INK, 0.8))

    def _named(self, marks: list[MarkShown]) -> list[MarkShown]:
        """The marks the labels layer names here: each point's own, not their mirror images,
        and only the first when it has more than NAMED_MARKS."""
        view_id = self._current.view.id
        by_code: dict[str, list[MarkShown]] = {}
        for m in marks:
            by_code.setdefault(m.code, []).append(m)
        named = []
        for code, its in by_code.items():
            own = [mark.at for mark in self.atlas.points[code].marks if mark.view == view_id]
            own = set(own if len(own) <= NAMED_MARKS else own[:1])
            named += [m for m in its if (m.pos.x(), m.pos.y()) in own]
        return named

    def _draw_courses_if_shown(self) -> None:
        """The current view's courses, drawn the first time the channels layer shows there
        (then the selected channel is made bold on them)."""
        scene = self._current
        if scene and self._layers_on["channels"] and not scene.courses_drawn:
            scene.draw_courses(self.atlas)
            if self._bold_course and self._bold_course[0] == scene.view.id:
                self._bold_course = None   # drawn just now: bold it again

    def layer_shown(self, name: str) -> bool:
        return self._layers_on[name]

    def layer(self, name: str) -> QGraphicsItemGroup | None:
        """The current view's group item for a layer (LAYERS or a sub-layer), None with no view."""
        return self._current.layers[name] if self._current else None

    # --- quiz support: hidden marks, a highlighted mark, an answer drawn over the art -----
    def set_marks_visible(self, visible: bool) -> None:
        """Show or hide every mark (a locate quiz hides them); hidden marks take no clicks."""
        self._marks_visible = visible
        self._restyle()

    def set_highlight(self, code: str | None) -> None:
        """Make one point's marks stand out and dim the rest, with every mark's name hidden
        (a name quiz asks for it); None goes back to normal."""
        self._highlight = code
        if code is not None:
            self._drop_focus_ring()
        self._restyle()

    def show_answer(self, click: QPointF, target: QPointF, text: str, colour: QColor,
                    others: list[QPointF] | tuple = ()) -> None:
        """Draw a locate answer in the overlays layer: the click, a line to the true position,
        rings at 0.5 and 1 B-cun, the other drawn positions of the point, and a label."""
        from app.ui.answer_overlay import answer_items  # quizzes only: not for the first frame

        self.clear_answer()
        if not self._current:
            return
        self._answer_items = answer_items(click, target, text, self._current.view.cun, colour,
                                          others)
        for item in self._answer_items:
            item.setParentItem(self._current.layers["overlays"])

    def clear_answer(self) -> None:
        for item in self._answer_items:
            if item.scene():
                item.scene().removeItem(item)
        self._answer_items = []

    def _show_how_to_find(self) -> None:
        """Draw the selected point's measurements on the current view (each of its marks there);
        nothing while the marks are hidden or a quiz highlights one (it would tell). Redrawn
        only when one of those changes (not on every keystroke of a search)."""
        key = (self._current.view.id if self._current else None, self._selected,
               self._marks_visible, self._highlight)
        if key == self._how_to_find_key:
            return
        self._drop_how_to_find()
        self._how_to_find_key = key
        if not self._current or not self._selected or not self._marks_visible or self._highlight:
            return
        view = self._current.view
        # every mark the point has here (EX-LE1 is two places beside ST34, each measured)
        from app.ui import measure_overlay
        drawn = [measure_overlay.draw(self._current.layers["how-to-find"], view, mark,
                                      self._look.points(9))
                 for mark in self.atlas.points[self._selected].marks
                 if mark.view == view.id and mark.steps]
        if drawn:
            self.how_to_find = measure_overlay.Drawn(
                tuple(item for d in drawn for item in d.items), sum(d.ticks for d in drawn),
                tuple(word for d in drawn for word in d.words),
                tuple(label for d in drawn for label in d.labels))
            self._keep_words_in_sight()

    def _drop_how_to_find(self) -> None:
        for item in self.how_to_find.items if self.how_to_find else ():
            if item.scene() is not None:
                item.scene().removeItem(item)
        if self.how_to_find and self._current:   # the codes its words hid come back
            for code in self._current.layers["labels"].childItems():
                code.setVisible(True)
        self.how_to_find = None
        self._how_to_find_key = None

    def _keep_words_in_sight(self) -> None:
        """The measurement's words beside their spots where they cover no mark, no other word
        and the scale bar, on the plate (not off its edge onto the window's ground), broken
        into lines where the plate is narrower than they are (chart_layout, in screen room at
        this zoom). The labels layer's codes give way: one a word lands on is hidden while
        the point is selected."""
        if not self.how_to_find or not self._current:
            return
        words = self.how_to_find.labels   # each: its white ground, then its ink
        if not words:
            return
        to_screen = self.viewportTransform()
        port = QRectF(self.viewport().rect()).adjusted(2, 2, -2, -2)
        plate = to_screen.mapRect(self.sceneRect()).intersected(port)
        if plate.isEmpty():
            plate = port
        from app import chart_layout
        from app.ui.measure_overlay import wrapped

        spots = [to_screen.map(ground.pos()) for ground, _ink in words]
        obstacles = [(x, y) for _code, x, y in self._on_screen()]
        # the 1 B-cun bar and its caption and the corner words, as rows of spots along them
        for overlay in self._current.layers["overlays"].childItems():
            if overlay.zValue() == 40:
                box = overlay.deviceTransform(to_screen).mapRect(overlay.boundingRect())
                steps = max(1, int(box.width() // 6))
                obstacles += [(box.left() + box.width() * k / steps, box.center().y())
                              for k in range(steps + 1)]
        # a word with no free spot at the plate's width is tried again in narrower lines, and
        # where the plate has no room for it at all, beside the plate (a mark it covered would
        # be lost; words on the window's ground beside the plate are still read)
        narrower = (1.0, 0.55, 0.35)
        level = [0] * len(words)
        for attempt in range(len(narrower) + 1):
            if attempt == len(narrower):
                plate = port
            for k, ((ground, ink), text) in enumerate(zip(words, self.how_to_find.words)):
                width = max(plate.width() * narrower[level[k]] - 8, 100.0)
                ink.setText(wrapped(text, width, QFontMetricsF(ink.font()).horizontalAdvance))
                ground.setRect(ink.boundingRect().adjusted(-2, 0, 2, 0))
            room = QRectF(plate)
            widest = max(ground.rect().width() for ground, _ink in words) + 4
            if widest > room.width():   # wider than the plate: as little beyond it as can be
                grow = min(widest - room.width(), port.width() - room.width()) / 2
                room = room.adjusted(-grow, 0, grow, 0)
                room.moveLeft(min(max(room.left(), port.left()), port.right() - room.width()))
            sizes = [(ground.rect().width(), ground.rect().height()) for ground, _ink in words]
            placed = chart_layout.place_labels(
                [(p.x(), p.y()) for p in spots], sizes,
                chart_layout.Box(room.x(), room.y(), room.width(), room.height()),
                clearance=MARK_RADIUS + 3, obstacles=obstacles)
            if all(spot.clear for spot in placed):
                break
            level = [n if spot.clear else min(n + 1, len(narrower) - 1)
                     for n, spot in zip(level, placed, strict=True)]
        for (ground, ink), spot, at in zip(words, placed, spots):
            # the ground's box is where the layout put it; the ink sits 2 px inside it
            ground.setTransform(QTransform.fromTranslate(spot.box.x - at.x() + 2,
                                                         spot.box.y - at.y()))
            ink.setTransform(ground.transform())
        taken = [QRectF(p.box.x, p.box.y, p.box.w, p.box.h) for p in placed]
        for code in self._current.layers["labels"].childItems():
            if isinstance(code, QGraphicsRectItem):
                box = code.deviceTransform(to_screen).mapRect(code.boundingRect())
                code.setVisible(not any(box.intersects(t) for t in taken))

    def _bold_selected_course(self) -> None:
        """The selected point's channel drawn bold on the current view, the others thin."""
        if not self._current:
            return
        channel = self.atlas.points[self._selected].channel if self._selected else None
        key = (self._current.view.id, channel)
        if key == self._bold_course:
            return
        if self._bold_course and self._bold_course[0] == key[0]:
            old = self._bold_course[1]
            for item in self._current.courses.get(old, ()):
                item.setPen(_course_pen(self.atlas.channels[old].colour, False))
        elif self._bold_course:   # another view: that scene keeps its bold course; reset it
            scene = self._scenes.get(self._bold_course[0])
            old = self._bold_course[1]
            for item in scene.courses.get(old, ()) if scene else ():
                item.setPen(_course_pen(self.atlas.channels[old].colour, False))
        for item in self._current.courses.get(channel, ()):
            item.setPen(_course_pen(self.atlas.channels[channel].colour, True))
        for code, tags in self._current.exits.items():   # where the bold one leaves the view
            for tag in tags:
                tag.setVisible(code == channel)
        self._bold_course = key

    def _restyle(self) -> None:
        self._show_how_to_find()
        self._bold_selected_course()
        if not self._current:
            return
        shown = (self._marks_visible, not self._highlight)   # a name quiz hides every name
        refresh = shown != self._current.marks_shown   # else only the colours can change
        self._current.marks_shown = shown
        marks = self._current.marks
        if refresh:
            marks.setVisible(shown[0])
            marks.tips_shown = shown[1]
        changes: list[tuple[str, str]] = []
        for code, was in marks.states.items():
            if self._highlight is not None:
                state = "quiz" if code == self._highlight else "dim"
            elif code == self._selected:
                state = "selected"
            elif self._filter is None:
                state = "normal"
            else:
                state = "match" if code in self._filter else "dim"
            if was != state:   # only the marks that change are repainted
                changes.append((code, state))
        marks.restyle(changes)
        if refresh:
            self._relabel()   # a quiz hides the names: the labels go too, and come back

    # --- zoom and pan --------------------------------------------------------------------
    def fit(self) -> None:
        if self._current:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._auto_fit = True
            self._zoomed()

    def _zoomed(self) -> None:
        """After the zoom changed: the marks' reach, the codes and the measurement's words."""
        self._current.marks.set_scale(self.transform().m11())
        self._relabel()
        self._keep_words_in_sight()

    def _fit_scale(self) -> float:
        rect = self.sceneRect()
        port = self.viewport().rect()
        if rect.isEmpty() or port.isEmpty():
            return 1.0
        return min(port.width() / rect.width(), port.height() / rect.height())

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        fit = self._fit_scale()
        target = max(fit * 0.8, min(fit * MAX_ZOOM, current * factor))
        if not math.isclose(target, current):
            self.scale(target / current, target / current)
            self._auto_fit = False
            self._keep_selected_in_sight()
            if self._current:
                self._zoomed()

    def _keep_selected_in_sight(self) -> None:
        """After a zoom, the selected point's mark is brought back on screen if it left it."""
        marks = self.marks_of(self._selected) if self._selected else []
        port = self.viewport().rect()
        if marks and not any(port.contains(self.mapFromScene(m.pos)) for m in marks):
            self.centerOn(marks[0].pos)

    def zoom_to_point(self, code: str | None = None) -> bool:
        """Zoom in on a point (the selected one by default): ZOOM_TO_POINT times the fitted
        scale, centred on its first mark here. False when it is not drawn on this view."""
        marks = self.marks_of(code or self._selected) if (code or self._selected) else []
        if not marks:
            return False
        scale = self._fit_scale() * ZOOM_TO_POINT
        current = self.transform().m11()
        self.scale(scale / current, scale / current)
        self._auto_fit = False
        self.centerOn(marks[0].pos)
        self._zoomed()
        return True

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def zoom_level(self) -> float:
        return self.transform().m11() / self._fit_scale()

    def center_on_point(self, code: str) -> None:
        marks = self.marks_of(code)
        if marks and not self._auto_fit:
            self.centerOn(marks[0].pos)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._auto_fit:
            self.fit()

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(math.pow(1.0015, delta))
        event.accept()

    def viewportEvent(self, event) -> bool:
        if self._prepare_pending and event.type() == QEvent.Type.Paint:
            self._prepare_pending = False
            self._prepare_timer.start()   # runs once this first frame is painted
        if event.type() == QEvent.Type.ToolTip:   # one item draws every mark: its tip is ours
            tip = self.tip_at(event.pos())
            if tip:
                from PySide6.QtWidgets import QToolTip
                QToolTip.showText(event.globalPos(), tip, self.viewport())
                return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                event.accept()
                return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._ruler:
            self.clear_ruler()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in _ARROWS:
            self.focus_mark(_ARROWS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focused_mark():
            self.point_clicked.emit(self.focused_mark())
        else:
            super().keyPressEvent(event)

    # --- keyboard focus on marks -----------------------------------------------------------
    def _focusable_marks(self) -> list[MarkShown]:
        """Every mark the keyboard can land on: none while a name quiz shows one highlighted
        mark (a ring on it would give the answer away) or the marks are hidden."""
        if not self._current or self._highlight is not None:
            return []
        return [m for m in self.shown_marks() if m.visible]

    def focused_mark(self) -> str | None:
        return self._focused.code if self._focused else None

    def focus_mark(self, direction: str) -> str | None:
        """Move the keyboard focus to the nearest mark in ``direction`` (right, left, up, down;
        the first press starts on the selected point) and announce it."""
        from app import mark_steps
        marks = self._focusable_marks()
        if not marks:
            return None
        spots = [(m.code, (m.pos.x(), m.pos.y())) for m in marks]
        current = next((i for i, m in enumerate(marks) if self._focused
                        and (m.code, m.pos) == (self._focused.code, self._focused.pos)), None)
        index = (mark_steps.first(spots, self._selected) if current is None
                 else mark_steps.step(spots, current, direction))
        mark = self._focused = marks[index]
        if self._focus_ring.scene() is not self.scene():
            self._focus_ring.setParentItem(self._current.layers["marks"])
        self._focus_ring.setPos(mark.pos)
        self._focus_ring.setVisible(True)
        self.ensureVisible(self._focus_ring)
        self.setAccessibleDescription(f"Point {mark.tip}")
        self.mark_focused.emit(mark.code)
        return mark.code

    def _drop_focus_ring(self) -> None:
        """No ring after a click or on another view: it marks only where the keys are."""
        self._focused = None
        self._focus_ring.setVisible(False)

    # --- clicks ----------------------------------------------------------------------------
    def mark_at(self, pos) -> str | None:
        """The code of the mark nearest to a viewport position, within a finger's reach."""
        if not self._current:
            return None
        best, best_distance = None, HIT_RADIUS
        for code, x, y in self._on_screen():
            distance = math.hypot(x - pos.x(), y - pos.y())
            if distance <= best_distance:
                best, best_distance = code, distance
        return best

    def _on_screen(self) -> list[tuple[str, float, float]]:
        """(code, x, y) of every mark drawn now, in viewport pixels."""
        to_screen = self.viewportTransform()
        sx, sy, dx, dy = to_screen.m11(), to_screen.m22(), to_screen.dx(), to_screen.dy()
        return [(code, x * sx + dx, y * sy + dy) for code, x, y in self._current.marks.places()]

    def tip_at(self, pos) -> str:
        """What hovering at a viewport position names: the mark there's point ("" for none,
        and while a quiz hides the names)."""
        code = self.mark_at(pos)
        return next((m.tip for m in self.marks_of(code)), "") if code else ""

    def close_up_at(self, pos, tags_only: bool = True) -> str | None:
        """The close-up a viewport position opens: its name tag there, or (not
        ``tags_only``) the smallest close-up frame around it."""
        if not self._current or not self._current.close_ups:
            return None
        return self._current.close_up_at(self.items(pos), self.mapToScene(pos), tags_only)

    # --- the B-cun ruler: Shift+drag measures, Esc clears ----------------------------------
    def measure(self, a: QPointF, b: QPointF) -> str:
        """Draw the ruler between two scene points and return its reading."""
        from app.ui import measure_overlay
        self.clear_ruler()
        if not self._current:
            return ""
        view = self._current.view
        text = measure_overlay.ruler_text(view, (a.x(), a.y()), (b.x(), b.y()))
        layer = self._current.layers["overlays"]
        line = QGraphicsLineItem(a.x(), a.y(), b.x(), b.y(), layer)
        pen = QPen(QColor("#6a1b9a"), 2.0)
        pen.setCosmetic(True)
        line.setPen(pen)
        reading, _, basis = text.partition(" (")
        tag, box = _tag(f"{reading}\n({basis}", QColor("#4a148c"), layer, 5, (5, 3), self._look)
        tag.setPos(b)
        tag.setTransform(QTransform.fromTranslate(12 - box.left(), 8 - box.top()))
        tag.setZValue(45)
        self._ruler = [line, tag]
        self.ruler_reading = text
        return text

    def clear_ruler(self) -> None:
        for item in self._ruler:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._ruler, self.ruler_reading = [], ""

    def mouseMoveEvent(self, event) -> None:
        if self._ruler_start is not None:
            self.measure(self._ruler_start, self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._ruler_start is not None:
            self._ruler_start = None
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        if (event.button() == Qt.MouseButton.LeftButton
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self._current):
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            self._ruler_start = self.mapToScene(event.position().toPoint())
            self.measure(self._ruler_start, self._ruler_start)
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position().toPoint()
            code = self.mark_at(pos)
            self._drop_focus_ring()
            if code is not None:
                self.point_clicked.emit(code)
                event.accept()
                return
            close_up = self.close_up_at(pos)
            if close_up is not None:
                self.close_up_requested.emit(close_up)
                event.accept()
                return
            self.background_clicked.emit(self.mapToScene(pos))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        pos = event.position().toPoint()
        close_up = None
        if event.button() == Qt.MouseButton.LeftButton and self.mark_at(pos) is None:
            close_up = self.close_up_at(pos, tags_only=False)
        if close_up is None:
            super().mouseDoubleClickEvent(event)
            return
        self.close_up_requested.emit(close_up)
        event.accept()
