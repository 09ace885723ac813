"""Print and export: a point card (diagram crop beside the card text) and fold-over flashcards.
All is laid out in 96-dpi units and scaled to the device, so a PNG, a 300-dpi PDF and a printed
page look alike; paper is white whatever the window theme."""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from app import __version__, decks
from app.fonts import HANZI_FAMILY, register_bundled_fonts
from app.model import Atlas, Point

LOGICAL_DPI = 96.0
PNG_SIZE, PNG_DPI = (1240, 1754), 150  # A4 portrait at 150 dpi
PDF_DPI, MARGIN_MM, CARDS_PER_PAGE = 300, 12.0, 3
FONT_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0)
RED, GREY, LINE, INK, WHITE = map(QColor, ("#d0312d", "#5b6770", "#9aa4ab", "#1a1a1a", "#fff"))
CROP_URL = "export:crop"


def _font(points: float, bold: bool = False) -> QFont:
    """A font sized in 96-dpi pixels, so it scales with the painter and not the device."""
    font = QFont()
    font.setPixelSize(round(points * LOGICAL_DPI / 72))
    font.setBold(bold)
    return font


def _paper(width: int, height: int, dpi: float) -> QImage:
    """A white image that knows its resolution (the painter scales by it)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(WHITE)
    return image


@functools.lru_cache(maxsize=1)
def _layout_device() -> QImage:
    """A 96-dpi device for text layout, so sizes do not depend on the screen."""
    return _paper(1, 1, LOGICAL_DPI)


def _document(html: str, width: float, size: float, images: dict | None = None) -> QTextDocument:
    register_bundled_fonts()
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(_layout_device())
    font = QFont()
    font.setFamilies([QFontInfo(font).family(), HANZI_FAMILY])
    font.setPointSizeF(size)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def _fit(html: str, box: QSizeF, images: dict | None = None) -> tuple[QTextDocument, float]:
    """The document at the largest font size that fits the box, and the scale it still needs."""
    for size in FONT_SIZES:
        doc = _document(html, box.width(), size, images)
        if doc.size().height() <= box.height():
            return doc, 1.0
    scale = 1.0
    for _ in range(8):   # still too long: lay out wider and scale the whole text down
        scale *= max(0.6, math.sqrt(box.height() / (doc.size().height() * scale)) * 0.98)
        doc.setTextWidth(box.width() / scale)
        if doc.size().height() * scale <= box.height():
            break
    return doc, scale


def _draw(painter: QPainter, doc: QTextDocument, clip: QRectF) -> None:
    """Draw a document in ink on paper colours (drawContents would use the window theme)."""
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, INK)
    palette.setColor(QPalette.ColorRole.Link, QColor("#1a4fa3"))
    context.palette, context.clip = palette, clip
    painter.save()
    painter.setClipRect(clip)
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _label(painter: QPainter, at: QPointF, text: str, lead: float = 0.0) -> None:
    """Grey text from baseline point ``at`` on a pale patch (``lead`` more of it on the left)."""
    patch = QFontMetricsF(painter.font()).boundingRect(text).translated(at)
    painter.fillRect(patch.adjusted(-4 - lead, -2, 4, 2), QColor(255, 255, 255, 210))
    painter.setPen(GREY)
    painter.drawText(at, text)


def paint_crop(painter: QPainter, target: QRectF, atlas: Atlas, point: Point,
               view_id: str | None, caption: str) -> None:
    """The view's art around the point, its mark(s) in red, a 1 B-cun bar and a caption."""
    painter.save()
    painter.fillRect(target, WHITE)
    view = atlas.views.get(view_id) if view_id else None
    renderer = QSvgRenderer(str(view.image)) if view and view.image.is_file() else None
    spots = point.marks_on(view) if view else []
    painter.setFont(_font(8.5))
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
        bar, y = view.cun * scale, fitted.bottom() - 12
        _label(painter, QPointF(fitted.left() + 16 + bar, y + 4), "1 B-cun", lead=bar + 8)
        painter.setPen(QPen(GREY, 2.0))
        painter.drawLine(QPointF(fitted.left() + 10, y), QPointF(fitted.left() + 10 + bar, y))
        painter.setClipping(False)
    _label(painter, target.topLeft() + QPointF(8, 18), caption)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(LINE, 1.0))
    painter.drawRect(target)
    painter.restore()


def crop_image(atlas: Atlas, point: Point, view_id: str | None, side: float,
               resolution: float) -> QImage:
    """paint_crop into a square image, ``side`` 96-dpi units at ``resolution`` times that."""
    image = _paper(round(side * resolution), round(side * resolution), LOGICAL_DPI * resolution)
    view = decks.card_view(point, view_id)
    caption = f"{point.code} · {atlas.views[view].title}" if view else point.code
    with _pages(image) as (painter, page):
        paint_crop(painter, page, atlas, point, view, caption)
    return image


def _footer(painter: QPainter, page: QRectF, text: str) -> None:
    painter.setFont(_font(7.5))
    painter.setPen(GREY)
    painter.drawText(page, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight, text)


@contextmanager
def _pages(device, margin: float = 0.0) -> Iterator[tuple[QPainter, QRectF]]:
    """A painter on ``device`` in 96-dpi units, ``margin`` device pixels kept free."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start drawing (is the file writable?)")
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    scale = device.logicalDpiX() / LOGICAL_DPI
    painter.translate(margin, margin)
    painter.scale(scale, scale)
    try:
        yield painter, QRectF(0, 0, (device.width() - 2 * margin) / scale,
                              (device.height() - 2 * margin) / scale)
    finally:
        painter.end()


def paint_card(painter: QPainter, page: QRectF, atlas: Atlas, point: Point,
               view_id: str | None = None, new_page: Callable[[], object] | None = None) -> None:
    """A point card, crop beside text: long ones go on to new pages (or shrink, with none)."""
    side = min(300.0, page.width() * 0.42)
    resolution = min(4.0, painter.device().logicalDpiX() / LOGICAL_DPI)   # print, not poster
    images = {CROP_URL: crop_image(atlas, point, view_id, side, resolution)}
    html = decks.card_html(atlas, point, side, CROP_URL)
    body = QSizeF(page.width(), page.height() - 18)
    doc, scale = _fit(html, body, images)
    count = 1
    if new_page is not None and scale < 1.0:   # paper: more pages rather than tiny text
        doc, scale = _document(html, body.width(), 9.0, images), 1.0
        doc.setPageSize(body)
        count = doc.pageCount()
    for number in range(count):
        if number:
            new_page()
        painter.save()
        painter.translate(page.topLeft() - QPointF(0, number * body.height()))
        painter.scale(scale, scale)
        _draw(painter, doc, QRectF(0, number * body.height(), body.width() / scale,
                                   body.height() / scale))
        painter.restore()
        _footer(painter, page, f"Acupoint Atlas {__version__} · {point.code}"
                + (f" · page {number + 1} of {count}" if count > 1 else ""))


def paint_flashcard(painter: QPainter, row: QRectF, atlas: Atlas, point: Point,
                    view_id: str | None) -> None:
    """One fold-over card: question (the crop) left, answer right."""
    half = QSizeF(row.width() / 2, row.height())
    front = QRectF(row.topLeft(), half).adjusted(10, 10, -10, -10)
    back = QRectF(row.topLeft() + QPointF(half.width(), 0), half).adjusted(14, 14, -14, -14)
    view = decks.card_view(point, view_id)
    paint_crop(painter, front.adjusted(0, 0, 0, -34), atlas, point, view,
               atlas.views[view].title if view else "")
    painter.setFont(_font(13, bold=True))
    painter.setPen(INK)
    painter.drawText(front.adjusted(0, front.height() - 30, 0, 0),
                     Qt.AlignmentFlag.AlignCenter, "Which point is this?")
    doc, scale = _fit(decks.card_back(atlas, point), back.size())
    painter.save()
    painter.translate(back.topLeft())
    painter.scale(scale, scale)
    _draw(painter, doc, QRectF(0, 0, back.width() / scale, back.height() / scale))
    painter.restore()
    painter.setPen(QPen(INK, 0.8))
    painter.drawRect(row)
    painter.setPen(QPen(LINE, 0.8, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(row.center().x(), row.top()), QPointF(row.center().x(), row.bottom()))


def _pdf_writer(path: Path, title: str) -> QPdfWriter:
    if not path.parent.is_dir():
        raise OSError(f"no folder {path.parent}")
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*[MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(f"Acupoint Atlas {__version__}")
    return writer


def export_card(atlas: Atlas, point: Point, path: Path, view_id: str | None = None) -> None:
    """Write a point card to ``path``: .pdf (A4, 300 dpi) or .png (A4 at 150 dpi)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        writer = _pdf_writer(path, f"{point.code} {point.pinyin} — Acupoint Atlas")
        with _pages(writer) as (painter, page):
            paint_card(painter, page, atlas, point, view_id, writer.newPage)
    elif suffix == ".png":
        image = _paper(*PNG_SIZE, PNG_DPI)
        with _pages(image, margin=MARGIN_MM / 25.4 * PNG_DPI) as (painter, page):
            paint_card(painter, page, atlas, point, view_id)
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
    else:
        raise ValueError(f"cannot export to '{path.suffix or path.name}': use .pdf or .png")


def print_card(atlas: Atlas, point: Point, printer, view_id: str | None = None) -> None:
    """Print a point card on a QPrinter the user has set up."""
    with _pages(printer) as (painter, page):
        paint_card(painter, page, atlas, point, view_id, printer.newPage)


def export_deck(atlas: Atlas, codes: Sequence[str], path: Path, title: str,
                view_id: str | None = None) -> int:
    """Write fold-over flashcards, CARDS_PER_PAGE to an A4 page, to a PDF; returns the pages."""
    if path.suffix.lower() != ".pdf":
        raise ValueError(f"a deck exports to .pdf, not '{path.suffix or path.name}'")
    count = math.ceil(len(codes) / CARDS_PER_PAGE)
    writer = _pdf_writer(path, f"{title} — Acupoint Atlas flashcards")
    with _pages(writer) as (painter, page):
        rows = (page.height() - 24) / CARDS_PER_PAGE
        for number in range(count):
            if number:
                writer.newPage()
            _footer(painter, QRectF(page.left(), page.top(), page.width(), 14),
                    f"{title} · page {number + 1} of {count} · cut along the solid lines, "
                    "fold along the dashes (printed sides out)")
            chunk = codes[number * CARDS_PER_PAGE:(number + 1) * CARDS_PER_PAGE]
            for slot, code in enumerate(chunk):
                row = QRectF(page.left(), page.top() + 24 + slot * rows, page.width(), rows)
                paint_flashcard(painter, row, atlas, atlas.points[code], view_id)
    return count
