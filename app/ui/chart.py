"""Wall charts: one view on a page with every mark labelled by its code (labels placed by
chart_layout so none hides another or a mark), the view's title, a 1 B-cun bar and the
study-reference line; to a PDF (A4 or A3) or a PNG (the same page at 150 dpi)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from app import __version__, chart_layout
from app.model import Atlas, View
from app.ui import paper
from app.ui.paper import GREY, INK, LINE, RED, WHITE

PAPERS = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}
PNG_DPI = 150
LABEL_POINTS = {"A4": 6.5, "A3": 7.5}   # small enough for a crowded face, read at arm's length
MARK_RADIUS = 3.2
REFERENCE = ("A study reference, not medical advice: locations after {standard}. "
             "Needling is for trained practitioners.")


class Label(NamedTuple):
    """One code written on the chart, in page units (what a test or a reader can check)."""

    code: str
    mark: QPointF
    box: QRectF
    leader: bool
    clear: bool


def landscape(view: View) -> bool:
    _x, _y, w, h = view.viewbox
    return w > h * 1.1


def paint_chart(painter: QPainter, page: QRectF, atlas: Atlas, view: View,
                size: str = "A4") -> list[Label]:
    """Draw the chart of ``view`` filling ``page``; returns the labels it wrote."""
    painter.save()
    painter.fillRect(page, WHITE)
    painter.setFont(paper.font(13, bold=True))
    painter.setPen(INK)
    title = QRectF(page.left(), page.top(), page.width(), 24)
    painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     f"{view.title} — Acupoint Atlas")
    spots = [(code, QPointF(*at)) for code, point in atlas.points.items()
             for at in point.marks_on(view)]
    painter.setFont(paper.font(8))
    painter.setPen(GREY)
    painter.drawText(title, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     f"{_count(len({c for c, _ in spots}))} · Acupoint Atlas {__version__}")
    foot = 46.0
    area = QRectF(page.left(), title.bottom() + 6, page.width(),
                  page.height() - title.height() - 6 - foot)
    x0, y0, w, h = view.viewbox
    scale = min(area.width() / w, area.height() / h)
    fitted = QRectF(0, 0, w * scale, h * scale)
    fitted.moveCenter(area.center())
    renderer = QSvgRenderer(str(view.image))
    if renderer.isValid():   # clipped: an SVG may draw past its viewBox
        painter.setClipRect(fitted)
        renderer.setViewBox(QRectF(x0, y0, w, h))
        renderer.render(painter, fitted)
        painter.setClipping(False)

    def on_page(at: QPointF) -> QPointF:
        return QPointF(fitted.left() + (at.x() - x0) * scale, fitted.top() + (at.y() - y0) * scale)

    marks = [(code, on_page(at)) for code, at in spots]
    label_font = paper.font(LABEL_POINTS[size], bold=True)
    metrics = QFontMetricsF(label_font)
    sizes = [(metrics.horizontalAdvance(code) + 3, metrics.height()) for code, _ in marks]
    placed = chart_layout.place_labels(
        [(p.x(), p.y()) for _, p in marks], sizes,
        chart_layout.Box(fitted.left(), fitted.top(), fitted.width(), fitted.height()),
        clearance=MARK_RADIUS + 1.5)
    labels = [Label(code, at, QRectF(*spot.box), spot.leader, spot.clear)
              for (code, at), spot in zip(marks, placed)]
    painter.setPen(QPen(GREY, 0.5))
    for label in labels:
        if label.leader:
            end = QPointF(*chart_layout.Box(*label.box.getRect()).nearest(label.mark.x(),
                                                                            label.mark.y()))
            painter.drawLine(label.mark, end)
    painter.setPen(QPen(WHITE, 0.8))
    painter.setBrush(RED)
    for label in labels:
        painter.drawEllipse(label.mark, MARK_RADIUS, MARK_RADIUS)
    painter.setFont(label_font)
    for label in labels:
        painter.fillRect(label.box, QColor(255, 255, 255, 215))
        painter.setPen(INK)
        painter.drawText(label.box, Qt.AlignmentFlag.AlignCenter, label.code)
    # the scale bar under the figure's left edge, the reference line and a footer below
    bar = view.cun * scale
    y = fitted.bottom() + 10
    painter.setPen(QPen(INK, 1.6))
    painter.drawLine(QPointF(fitted.left(), y), QPointF(fitted.left() + bar, y))
    painter.setFont(paper.font(7.5))
    painter.setPen(INK)
    painter.drawText(QPointF(fitted.left() + bar + 6, y + 3), "1 B-cun")
    standard = _standard(atlas, view)
    painter.setPen(GREY)
    painter.drawText(QRectF(page.left(), page.bottom() - 26, page.width(), 26),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
                     | Qt.TextFlag.TextWordWrap, REFERENCE.format(standard=standard))
    painter.setPen(QPen(LINE, 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(fitted)
    painter.restore()
    return labels


def _count(points: int) -> str:
    return f"{points} point{'' if points == 1 else 's'}"


def _standard(atlas: Atlas, view: View) -> str:
    """The location standard most of the view's points follow (its short title)."""
    counts: dict[str, int] = {}
    for point in atlas.points.values():
        if point.marks_on(view):
            counts[point.location_source] = counts.get(point.location_source, 0) + 1
    if not counts:
        return "the sources named on each point"
    source = atlas.sources[max(counts, key=counts.get)]
    return f"{source.title}{f' ({source.year})' if source.year else ''}"


def export_chart(atlas: Atlas, view_id: str, path: Path, size: str = "A4") -> list[Label]:
    """Write the chart of a view to ``path``: .pdf on ``size`` paper (A4 or A3, turned to the
    view's shape) or .png (that page at PNG_DPI). Returns the labels written."""
    view = atlas.views[view_id]
    if size not in PAPERS:
        raise ValueError(f"paper '{size}' is not one of {', '.join(PAPERS)}")
    orientation = (QPageLayout.Orientation.Landscape if landscape(view)
                   else QPageLayout.Orientation.Portrait)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        writer = paper.pdf_writer(path, f"{view.title} — Acupoint Atlas chart")
        writer.setPageSize(QPageSize(PAPERS[size]))
        writer.setPageOrientation(orientation)
        with paper.pages(writer) as (painter, page):
            return paint_chart(painter, page, atlas, view, size)
    if suffix == ".png":
        if not path.parent.is_dir():
            raise OSError(f"no folder {path.parent}")
        mm = QPageSize(PAPERS[size]).size(QPageSize.Unit.Millimeter)
        width, height = (round(d / 25.4 * PNG_DPI) for d in (mm.width(), mm.height()))
        if orientation == QPageLayout.Orientation.Landscape:
            width, height = height, width
        image = paper.sheet(width, height, PNG_DPI)
        with paper.pages(image, margin=paper.MARGIN_MM / 25.4 * PNG_DPI) as (painter, page):
            labels = paint_chart(painter, page, atlas, view, size)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        return labels
    raise ValueError(f"cannot export a chart to '{path.suffix or path.name}': use .pdf or .png")
