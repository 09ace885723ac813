"""The diagram: a view's SVG art with point marks that keep their screen size under zoom."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QTransform
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

from app.model import Atlas, View
from app.ui import measure_overlay

MARK_RADIUS = 5.5
HIT_RADIUS = 10.0
ZOOM_STEP = 1.25
MAX_ZOOM = 12.0
COLOURS = {
    "normal": QColor("#d0312d"), "match": QColor("#c2185b"), "dim": QColor(208, 49, 45, 70),
    "selected": QColor("#ffd21f"), "quiz": QColor("#1565c0"),
}
# The scene's layers, bottom to top: each is one group item, and its items stack inside it.
# "how-to-find" (a point's measurement drawn out) sits in overlays, under the quiz answer;
# "close-ups" (where each close-up of this view lies, with its name to click) on the art.
LAYERS = ("art", "channels", "marks", "overlays")
SUBLAYERS = {"how-to-find": "overlays", "close-ups": "art"}
INK = QColor("#5b6770")      # the diagram's own labels: R/L, the scale bar, close-up links
# The layers a user (or the command line) may switch on and off.
TOGGLES = ("channels", "how-to-find")
# When more than one point in this many changes its look at once, the view is repainted whole
# (see _restyle): from about a third of the marks up, that is the quicker way to the frame.
FULL_REPAINT_SHARE = 3


COURSE_GAP = 6.0   # B-cun: a course is not drawn across a longer gap between two points


def _tag(text: str, ink: QColor, parent: QGraphicsItem, radius: float = 6.0,
         pad: tuple[float, float] = (5, 2)) -> tuple[QGraphicsPathItem, QRectF]:
    """Words in a rounded white box that keeps its size under zoom (the box's rect is
    returned too, to place it by)."""
    label = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPointSize(9)
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


_STYLES: dict[str, tuple[QRectF, QPen, QBrush, float]] = {}


def _style(state: str) -> tuple[QRectF, QPen, QBrush, float]:
    """The look of a mark in a state, made once and shared by every mark in that state."""
    if state not in _STYLES:
        # The many plain marks have a 1 px outline: Qt strokes a whole-pixel pen on a fast
        # path, and a 1.5 px one costs three times as much (a view of 570 marks: 8 ms a
        # repaint against 3). The few strong ones (selected, quiz) keep a 2 px ring.
        radius = {"selected": 8.0, "match": 6.5, "quiz": 9.0}.get(state, MARK_RADIUS)
        strong = state in ("selected", "quiz")
        outline = QColor("#1a1a1a") if strong else QColor("#ffffff")
        if state == "dim":
            outline.setAlpha(90)
        _STYLES[state] = (QRectF(-radius, -radius, 2 * radius, 2 * radius),
                          QPen(outline, 2.0 if strong else 1.0), QBrush(COLOURS[state]),
                          {"selected": 30, "quiz": 35, "match": 20, "dim": 5}.get(state, 10))
    return _STYLES[state]


def _mark(tooltip: str, layer: QGraphicsItem) -> QGraphicsEllipseItem:
    """One drawn position of a point (a bilateral point has two per view), in the normal
    state. A plain item, not a Python subclass: those cost twice as much to make, and a view
    of the large atlas has hundreds of marks."""
    mark = QGraphicsEllipseItem(layer)
    mark.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    mark.setToolTip(tooltip)
    _set_style([mark], "normal")
    return mark


def _set_style(marks: list[QGraphicsEllipseItem], state: str) -> None:
    rect, pen, brush, z = _style(state)
    for mark in marks:
        mark.setRect(rect)
        mark.setPen(pen)
        mark.setBrush(brush)
        mark.setZValue(z)


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

    def __init__(self, atlas: Atlas, view: View):
        self.view = view
        self.marks_shown = (True, True)   # (visible, with tooltips): how the marks were made
        self.scene = QGraphicsScene()
        # A few hundred items at most, restyled often: no BSP index to keep up to date
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.layers: dict[str, QGraphicsItemGroup] = {}
        for z, name in enumerate(LAYERS):
            self.layers[name] = _layer(z)
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
        # Per point code: its marks, their tooltip, and the state they are drawn in (a point's
        # marks always share it, so restyling is per point and only where it changes).
        self.marks: dict[str, list[QGraphicsEllipseItem]] = {}
        self.tips: dict[str, str] = {}
        self.states: dict[str, str] = {}
        for point in atlas.points.values():
            spots = point.marks_on(view)
            if not spots:
                continue
            tip = f"{point.code} {point.pinyin} — {point.english}"
            self.tips[point.code], self.states[point.code] = tip, "normal"
            self.marks[point.code] = []
            for at in spots:
                mark = _mark(tip, self.layers["marks"])
                mark.setPos(QPointF(*at))
                self.marks[point.code].append(mark)
        self._add_labels()
        self.courses = self._add_courses(atlas)
        # close-up id -> its frame and its name tag (what a click opens)
        self.close_ups: dict[str, tuple[QGraphicsRectItem, QGraphicsPathItem]] = {}
        for close_up in atlas.close_ups(view.id):
            self._add_close_up(close_up)

    def _add_courses(self, atlas: Atlas) -> dict[str, list[QGraphicsPathItem]]:
        """Each channel's course on this view: a line through its points in order, in the
        channel's colour, broken where a point is not drawn here or the next one is more than
        COURSE_GAP B-cun away (the course goes round to another face of the body there)."""
        courses: dict[str, list[QGraphicsPathItem]] = {}
        view = self.view
        for channel in atlas.channels.values():
            runs: list[list[QPointF]] = [[]]
            mirrored: list[list[QPointF]] = [[]]
            for point in atlas.points.values():
                if point.channel != channel.code or channel.code == "EX":
                    continue
                at = next((m.at for m in point.marks if m.view == view.id), None)
                run = runs[-1]
                if at is None or (run and math.dist((run[-1].x(), run[-1].y()), at)
                                  > COURSE_GAP * view.cun):
                    runs.append([])
                    mirrored.append([])
                if at is not None:
                    runs[-1].append(QPointF(*at))
                    if point.bilateral and view.mirrors:
                        mirrored[-1].append(QPointF(*view.mirror(at)))
            items = []
            for run in runs + mirrored:
                if len(run) < 2:
                    continue
                path = QPainterPath(run[0])
                for p in run[1:]:
                    path.lineTo(p)
                item = QGraphicsPathItem(path, self.layers["channels"])
                item.setPen(_course_pen(channel.colour, False))
                items.append(item)
            if items:
                courses[channel.code] = items
        return courses

    def _add_close_up(self, close_up: View) -> None:
        """A dashed frame where the close-up lies, and its name in a tag at the frame's top
        left corner that keeps its size under zoom."""
        x, y, w, h = close_up.frame
        frame = QGraphicsRectItem(x, y, w, h, self.layers["close-ups"])
        pen = QPen(INK, 1.2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        frame.setPen(pen)
        frame.setToolTip(f"{close_up.title}: double-click to open this close-up")
        tag, box = _tag(f"{close_up.title} ›", INK, self.layers["close-ups"])
        # in the frame's corner with the fewest marks under it (marks draw above the tag); its
        # size in view units as at a fitted zoom (the view's height on about 700 px)
        per_px = self.view.viewbox[3] / 700
        near = ((box.width() + 12) * per_px, (box.height() + 12) * per_px)
        spots = [item.pos() for items in self.marks.values() for item in items]
        vx, vy, _vw, vh = self.view.viewbox   # and the scale bar, at the view's bottom left
        spots += [QPointF(vx + 12 + k * self.view.cun, vy + vh - 14) for k in (0, 1, 2, 3)]

        def crowd(corner: tuple[bool, bool]) -> int:
            cx, cy = (x + w if corner[0] else x), (y + h if corner[1] else y)
            return sum(abs(p.x() - cx) < near[0] and abs(p.y() - cy) < near[1] for p in spots)

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

    def _add_labels(self) -> None:
        x, y, w, h = self.view.viewbox
        font = QFont()
        font.setPointSize(11)
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
        bar = QGraphicsLineItem(x + 12, bar_y, x + 12 + self.view.cun, bar_y)
        pen = QPen(INK, 2)
        pen.setCosmetic(True)
        bar.setPen(pen)
        bar.setZValue(40)
        bar.setParentItem(self.layers["overlays"])
        caption = QGraphicsSimpleTextItem("1 B-cun")
        caption.setBrush(INK)
        caption.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        caption.setPos(x + 12 + self.view.cun, bar_y)
        caption.setTransform(QTransform.fromTranslate(6, -caption.boundingRect().height() / 2))
        caption.setZValue(40)
        caption.setParentItem(self.layers["overlays"])

    def all_marks(self):
        """Every mark with its point's code: (code, item)."""
        for code, items in self.marks.items():
            for item in items:
                yield code, item


class DiagramView(QGraphicsView):
    """Shows one view at a time. Signals: point_clicked(str code), view_changed(str view_id),
    background_clicked(QPointF scene position) — what a quiz listens to — and
    mark_focused(str code) when the arrow keys move the keyboard focus between marks."""

    point_clicked = Signal(str)
    close_up_requested = Signal(str)
    view_changed = Signal(str)
    background_clicked = Signal(QPointF)
    mark_focused = Signal(str)

    def __init__(self, atlas: Atlas, parent=None):
        super().__init__(parent)
        # After the first frame, the other views' scenes are built one per idle moment, so
        # that switching to a view (or selecting a point on it) parses nothing.
        self._prepare_timer = QTimer(self, singleShot=True, interval=0)
        self._prepare_timer.timeout.connect(self._prepare_next_view)
        self._prepare_pending = True
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
        self._layers_on = {"channels": False, "how-to-find": True}   # as a user first sees it
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
        self._focus_index = -1
        self._focus_ring = QGraphicsEllipseItem(-11, -11, 22, 22)
        self._focus_ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        ring = QPen(QColor("#1565c0"), 2.5, Qt.PenStyle.DashLine)
        self._focus_ring.setPen(ring)
        self._focus_ring.setZValue(50)

    # --- what is shown -------------------------------------------------------------------
    def current_view(self) -> str | None:
        return self._current.view.id if self._current else None

    def set_view(self, view_id: str) -> None:
        if self._current and self._current.view.id == view_id:
            return
        if view_id not in self._scenes:
            self._scenes[view_id] = _ViewScene(self.atlas, self.atlas.views[view_id])
        self.clear_answer()
        self.clear_ruler()
        self._current = self._scenes[view_id]
        self._focus_index = -1
        if self._focus_ring.scene():
            self._focus_ring.scene().removeItem(self._focus_ring)
        self.setScene(self._current.scene)
        for name, on in self._layers_on.items():
            self._current.layers[name].setVisible(on)
        self._restyle()
        self.fit()
        self.view_changed.emit(view_id)

    def _prepare_next_view(self) -> None:
        for view_id, view in self.atlas.views.items():
            if view_id not in self._scenes:
                self._scenes[view_id] = _ViewScene(self.atlas, view)
                self._prepare_timer.start()
                return

    def set_selected(self, code: str | None) -> None:
        self._selected = code
        self._restyle()

    def set_filter(self, codes: set[str] | None) -> None:
        """Make these points stand out and dim the others (None: no filter)."""
        self._filter = set(codes) if codes is not None else None
        self._restyle()

    def mark_items(self, code: str) -> list[QGraphicsEllipseItem]:
        return list(self._current.marks.get(code, [])) if self._current else []

    def mark_positions(self, code: str) -> list[QPointF]:
        return [item.pos() for item in self.mark_items(code)]

    # --- layers ------------------------------------------------------------------------------
    def set_layer(self, name: str, on: bool) -> None:
        """Show or hide a layer a user may switch (TOGGLES), on this view and every view shown
        after; ValueError for any other name."""
        if name not in TOGGLES:
            raise ValueError(f"no layer {name!r} to switch (layers: {', '.join(TOGGLES)})")
        self._layers_on[name] = bool(on)
        if self._current:
            self._current.layers[name].setVisible(bool(on))

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
        """Draw the selected point's measurement on the current view (its first mark there);
        nothing while the marks are hidden or a quiz highlights one (it would tell). Redrawn
        only when one of those changes (not on every keystroke of a search)."""
        key = (self._current.view.id if self._current else None, self._selected,
               self._marks_visible, self._highlight)
        if key == self._how_to_find_key:
            return
        self._how_to_find_key = key
        for item in self.how_to_find.items if self.how_to_find else ():
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.how_to_find = None
        if not self._current or not self._selected or not self._marks_visible or self._highlight:
            return
        view = self._current.view
        mark = next((m for m in self.atlas.points[self._selected].marks if m.view == view.id),
                    None)
        if mark is not None and mark.steps:
            self.how_to_find = measure_overlay.draw(self._current.layers["how-to-find"], view,
                                                    mark)

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
        self._bold_course = key

    def _restyle(self) -> None:
        self._show_how_to_find()
        self._bold_selected_course()
        if not self._current:
            return
        shown = (self._marks_visible, not self._highlight)   # a name quiz hides every name
        refresh = shown != self._current.marks_shown   # else only the colours can change
        self._current.marks_shown = shown
        scene = self._current
        changes: list[tuple[str, str]] = []
        for code, items in scene.marks.items():
            if refresh:
                for item in items:
                    item.setVisible(shown[0])
                    item.setToolTip(scene.tips[code] if shown[1] else "")
            if self._highlight is not None:
                state = "quiz" if code == self._highlight else "dim"
            elif code == self._selected:
                state = "selected"
            elif self._filter is None:
                state = "normal"
            else:
                state = "match" if code in self._filter else "dim"
            if scene.states[code] != state:   # only the marks that change are touched
                changes.append((code, state))
        if refresh or len(changes) * FULL_REPAINT_SHARE > len(scene.marks):
            # Most of the view changes (a search's first letter, clearing it): repaint it
            # whole. Told first, Qt then skips working out each changed mark's own region on
            # screen, which costs more than painting the rest too.
            scene.scene.update()
        for code, state in changes:
            scene.states[code] = state
            _set_style(scene.marks[code], state)

    # --- zoom and pan --------------------------------------------------------------------
    def fit(self) -> None:
        if self._current:
            self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._auto_fit = True

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

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def zoom_level(self) -> float:
        return self.transform().m11() / self._fit_scale()

    def center_on_point(self, code: str) -> None:
        items = self.mark_items(code)
        if items and not self._auto_fit:
            self.centerOn(items[0])

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
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.focus_mark(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focus_mark(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focused_mark():
            self.point_clicked.emit(self.focused_mark())
        else:
            super().keyPressEvent(event)

    # --- keyboard focus on marks -----------------------------------------------------------
    def _ordered_marks(self) -> list[tuple[str, QGraphicsEllipseItem]]:
        """(code, mark) in reading order: top to bottom, then left to right."""
        if not self._current:
            return []
        return sorted(((code, i) for code, i in self._current.all_marks() if i.isVisible()),
                      key=lambda pair: (round(pair[1].pos().y()), pair[1].pos().x()))

    def focused_mark(self) -> str | None:
        marks = self._ordered_marks()
        return marks[self._focus_index][0] if 0 <= self._focus_index < len(marks) else None

    def focus_mark(self, step: int) -> str | None:
        """Move the keyboard focus to the next (or previous) mark and announce it."""
        marks = self._ordered_marks()
        if not marks:
            return None
        self._focus_index = (self._focus_index + step) % len(marks)
        code, item = marks[self._focus_index]
        if self._focus_ring.scene() is not self.scene():
            self._focus_ring.setParentItem(self._current.layers["marks"])
        self._focus_ring.setPos(item.pos())
        self.ensureVisible(self._focus_ring)
        self.setAccessibleDescription(f"Point {item.toolTip()}")
        self.mark_focused.emit(code)
        return code

    # --- clicks ----------------------------------------------------------------------------
    def mark_at(self, pos) -> str | None:
        """The code of the mark nearest to a viewport position, within a finger's reach."""
        if not self._current:
            return None
        best, best_distance = None, HIT_RADIUS
        for code, item in self._current.all_marks():
            if not item.isVisible():
                continue
            at = self.mapFromScene(item.pos())
            distance = math.hypot(at.x() - pos.x(), at.y() - pos.y())
            if distance <= best_distance:
                best, best_distance = code, distance
        return best

    def close_up_at(self, pos, tags_only: bool = True) -> str | None:
        """The close-up a viewport position opens: its name tag there, or (not
        ``tags_only``) the smallest close-up frame around it."""
        if not self._current or not self._current.close_ups:
            return None
        return self._current.close_up_at(self.items(pos), self.mapToScene(pos), tags_only)

    # --- the B-cun ruler: Shift+drag measures, Esc clears ----------------------------------
    def measure(self, a: QPointF, b: QPointF) -> str:
        """Draw the ruler between two scene points and return its reading."""
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
        tag, box = _tag(f"{reading}\n({basis}", QColor("#4a148c"), layer, 5, (5, 3))
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
