"""Print and export: a point card (diagram crop beside the card text), fold-over flashcards and
a category's table, drawn alike on a PNG, a 300-dpi PDF or a printer (see paper.py)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtSvg import QSvgRenderer

from app import __version__, category_tables, decks
from app.model import Atlas, Point
from app.ui import paper
from app.ui.paper import GREY, INK, LINE, LOGICAL_DPI, MARGIN_MM, RED, WHITE

PNG_SIZE, PNG_DPI = (1240, 1754), 150  # A4 portrait at 150 dpi
CARDS_PER_PAGE = 3
CROP_URL = "export:crop"


def _inset(painter: QPainter, renderer: QSvgRenderer, whole: QRectF, crop: QRectF,
           fitted: QRectF, mark: QPointF) -> None:
    """The whole view, small, with the crop outlined: in the right corner away from the mark."""
    scale = min(fitted.width() * 0.24 / whole.width(), fitted.height() * 0.34 / whole.height())
    if crop.width() > whole.width() * 0.6 and crop.height() > whole.height() * 0.6:
        return   # the crop already shows most of the view
    box = QRectF(0, 0, whole.width() * scale, whole.height() * scale)
    corners = (fitted.topRight() + QPointF(-6, 6), fitted.bottomRight() + QPointF(-6, -6))
    top = abs(corners[0].y() - mark.y()) > abs(corners[1].y() - mark.y())
    (box.moveTopRight if top else box.moveBottomRight)(corners[0 if top else 1])
    painter.fillRect(box, WHITE)
    renderer.setViewBox(whole)
    renderer.render(painter, box)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(RED, 1.2))
    painter.drawRect(QRectF(box.topLeft() + (crop.topLeft() - whole.topLeft()) * scale,
                            crop.size() * scale))
    painter.setPen(QPen(LINE, 1.0))
    painter.drawRect(box)


def paint_crop(painter: QPainter, target: QRectF, atlas: Atlas, point: Point,
               view_id: str | None, caption: str) -> None:
    """The view's art around the point, its mark(s) in red, a 1 B-cun bar and a caption."""
    painter.save()
    painter.fillRect(target, WHITE)
    view = atlas.views.get(view_id) if view_id else None
    renderer = QSvgRenderer(str(view.image)) if view and view.image.is_file() else None
    spots = point.marks_on(view) if view else []
    painter.setFont(paper.font(8.5))
    if renderer is None or not renderer.isValid() or not spots:
        painter.setPen(GREY)
        painter.drawText(target, Qt.AlignmentFlag.AlignCenter, "No diagram for this point yet")
    else:
        crop = QRectF(*decks.crop_box(view, spots[0], target.width() / target.height()))
        scale = min(target.width() / crop.width(), target.height() / crop.height())
        fitted = QRectF(0, 0, crop.width() * scale, crop.height() * scale)
        fitted.moveCenter(target.center())
        painter.setClipRect(fitted)
        renderer.setViewBox(crop)
        renderer.render(painter, fitted)
        for x, y in spots:
            centre = QPointF(fitted.left() + (x - crop.left()) * scale,
                             fitted.top() + (y - crop.top()) * scale)
            for pen, brush, radius in ((QPen(RED, 2.0), Qt.BrushStyle.NoBrush, 13.0),
                                       (QPen(WHITE, 1.5), RED, 5.5)):   # a ring, a dot
                painter.setPen(pen)
                painter.setBrush(brush)
                painter.drawEllipse(centre, radius, radius)
        _inset(painter, renderer, QRectF(*view.viewbox), crop, fitted, centre)
        bar, y = view.cun * scale, fitted.bottom() - 12
        paper.label(painter, QPointF(fitted.left() + 16 + bar, y + 4), "1 B-cun", lead=bar + 8)
        painter.setPen(QPen(GREY, 2.0))
        painter.drawLine(QPointF(fitted.left() + 10, y), QPointF(fitted.left() + 10 + bar, y))
        painter.setClipping(False)
    paper.label(painter, target.topLeft() + QPointF(8, 18), caption)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(LINE, 1.0))
    painter.drawRect(target)
    painter.restore()


def paint_card(painter: QPainter, page: QRectF, atlas: Atlas, point: Point,
               view_id: str | None = None, new_page: Callable[[], object] | None = None) -> None:
    """A point card, crop beside text: long ones go on to new pages (or shrink, with none)."""
    side = min(300.0, page.width() * 0.42)
    resolution = min(4.0, painter.device().logicalDpiX() / LOGICAL_DPI)   # print, not poster
    crop = paper.sheet(round(side * resolution), round(side * resolution), LOGICAL_DPI * resolution)
    view = decks.card_view(atlas, point, view_id)
    with paper.pages(crop) as (crop_painter, square):
        paint_crop(crop_painter, square, atlas, point, view,
                   f"{point.code} · {atlas.views[view].title}" if view else point.code)
    images = {CROP_URL: crop}
    html = decks.card_html(atlas, point, side, CROP_URL)
    body = QSizeF(page.width(), page.height() - 18)
    doc, scale = paper.fit(html, body, images)
    count = 1
    if new_page is not None and scale < 1.0:   # paper: more pages rather than tiny text
        doc, scale = paper.document(html, body.width(), 9.0, images), 1.0
        doc.setPageSize(body)
        count = doc.pageCount()
    for number in range(count):
        if number:
            new_page()
        painter.save()
        painter.translate(page.topLeft() - QPointF(0, number * body.height()))
        painter.scale(scale, scale)
        paper.draw(painter, doc, QRectF(0, number * body.height(), body.width() / scale,
                                        body.height() / scale))
        painter.restore()
        paper.footer(painter, page, f"Acupoint Atlas {__version__} · {point.code}"
                     + (f" · page {number + 1} of {count}" if count > 1 else ""))


def paint_flashcard(painter: QPainter, row: QRectF, atlas: Atlas, point: Point,
                    view_id: str | None) -> None:
    """One fold-over card: question (the crop) left, answer right."""
    half = QSizeF(row.width() / 2, row.height())
    front = QRectF(row.topLeft(), half).adjusted(10, 10, -10, -10)
    back = QRectF(row.topLeft() + QPointF(half.width(), 0), half).adjusted(14, 14, -14, -14)
    view = decks.card_view(atlas, point, view_id)
    paint_crop(painter, front.adjusted(0, 0, 0, -34), atlas, point, view,
               atlas.views[view].title if view else "")
    painter.setFont(paper.font(13, bold=True))
    painter.setPen(INK)
    painter.drawText(front.adjusted(0, front.height() - 30, 0, 0),
                     Qt.AlignmentFlag.AlignCenter, "Which point is this?")
    doc, scale = paper.fit(decks.card_back(atlas, point), back.size())
    painter.save()
    painter.translate(back.topLeft())
    painter.scale(scale, scale)
    paper.draw(painter, doc, QRectF(0, 0, back.width() / scale, back.height() / scale))
    painter.restore()
    painter.setPen(QPen(INK, 0.8))
    painter.drawRect(row)
    painter.setPen(QPen(LINE, 0.8, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(row.center().x(), row.top()), QPointF(row.center().x(), row.bottom()))


def export_card(atlas: Atlas, point: Point, path: Path, view_id: str | None = None) -> None:
    """Write a point card to ``path``: .pdf (A4, 300 dpi) or .png (A4 at 150 dpi)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        writer = paper.pdf_writer(path, f"{point.code} {point.pinyin} — Acupoint Atlas")
        with paper.pages(writer) as (painter, page):
            paint_card(painter, page, atlas, point, view_id, writer.newPage)
    elif suffix == ".png":
        image = paper.sheet(*PNG_SIZE, PNG_DPI)
        with paper.pages(image, margin=MARGIN_MM / 25.4 * PNG_DPI) as (painter, page):
            paint_card(painter, page, atlas, point, view_id)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
    else:
        raise ValueError(f"cannot export to '{path.suffix or path.name}': use .pdf or .png")


def print_card(atlas: Atlas, point: Point, printer, view_id: str | None = None) -> None:
    """Print a point card on a QPrinter the user has set up."""
    with paper.pages(printer) as (painter, page):
        paint_card(painter, page, atlas, point, view_id, printer.newPage)


def export_deck(atlas: Atlas, codes: Sequence[str], path: Path, title: str,
                view_id: str | None = None) -> int:
    """Write fold-over flashcards, CARDS_PER_PAGE to an A4 page, to a PDF; returns the pages.
    ``title`` names the deck (decks.flashcards_title)."""
    if path.suffix.lower() != ".pdf":
        raise ValueError(f"a deck exports to .pdf, not '{path.suffix or path.name}'")
    count = math.ceil(len(codes) / CARDS_PER_PAGE)
    writer = paper.pdf_writer(path, f"{title} — Acupoint Atlas")
    with paper.pages(writer) as (painter, page):
        rows = (page.height() - 24) / CARDS_PER_PAGE
        for number in range(count):
            if number:
                writer.newPage()
            paper.footer(painter, QRectF(page.left(), page.top(), page.width(), 14),
                         f"{title} · page {number + 1} of {count} · cut along the solid lines, "
                         "fold along the dashes (printed sides out)")
            chunk = codes[number * CARDS_PER_PAGE:(number + 1) * CARDS_PER_PAGE]
            for slot, code in enumerate(chunk):
                row = QRectF(page.left(), page.top() + 24 + slot * rows, page.width(), rows)
                paint_flashcard(painter, row, atlas, atlas.points[code], view_id)
    return count


def paint_table(painter: QPainter, page: QRectF, atlas: Atlas, category: str,
                new_page: Callable[[], object] | None = None) -> int:
    """A category's table: over as many pages as it needs on paper (with ``new_page``), else
    shrunk to one page. Returns the pages drawn."""
    t = category_tables.table(atlas, category)
    html = category_tables.table_html(t, links=False)
    body = QSizeF(page.width(), page.height() - 18)
    doc, scale = paper.fit(html, body)
    count = 1
    if new_page is not None and scale < 1.0:
        doc, scale = paper.document(html, body.width(), 9.0), 1.0
        doc.setPageSize(body)
        count = doc.pageCount()
    for number in range(count):
        if number:
            new_page()
        painter.save()
        painter.translate(page.topLeft() - QPointF(0, number * body.height() * scale))
        painter.scale(scale, scale)
        paper.draw(painter, doc, QRectF(0, number * body.height(), body.width() / scale,
                                        body.height() / scale))
        painter.restore()
        paper.footer(painter, page, f"Acupoint Atlas {__version__} · {t.title}"
                     + (f" · page {number + 1} of {count}" if count > 1 else ""))
    return count


def export_table(atlas: Atlas, category: str, path: Path) -> int:
    """Write a category's table to ``path``: .pdf (A4, 300 dpi, as many pages as it needs) or
    .png (one A4 page at 150 dpi); returns the pages."""
    suffix = path.suffix.lower()
    title = f"{category_tables.table(atlas, category).title} — Acupoint Atlas"
    if suffix == ".pdf":
        writer = paper.pdf_writer(path, title)
        with paper.pages(writer) as (painter, page):
            return paint_table(painter, page, atlas, category, writer.newPage)
    if suffix == ".png":
        image = paper.sheet(*PNG_SIZE, PNG_DPI)
        with paper.pages(image, margin=MARGIN_MM / 25.4 * PNG_DPI) as (painter, page):
            paint_table(painter, page, atlas, category)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        return 1
    raise ValueError(f"cannot export to '{path.suffix or path.name}': use .pdf or .png")


def print_table(atlas: Atlas, category: str, printer) -> int:
    """Print a category's table on a QPrinter the user has set up."""
    with paper.pages(printer) as (painter, page):
        return paint_table(painter, page, atlas, category, printer.newPage)
