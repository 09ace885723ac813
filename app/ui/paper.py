"""Drawing on paper: a painter on any device (PDF, image, printer) in 96-dpi units, fonts sized
for it, and rich text laid out to fit a box in ink colours whatever the window theme."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator
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
    QTextDocument,
)

from app import __version__
from app.fonts import HANZI_FAMILY, register_bundled_fonts

LOGICAL_DPI = 96.0
PDF_DPI, MARGIN_MM = 300, 12.0
FONT_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0)
RED, GREY, LINE, INK, WHITE = map(QColor, ("#d0312d", "#5b6770", "#9aa4ab", "#1a1a1a", "#fff"))


def font(points: float, bold: bool = False) -> QFont:
    """A font sized in 96-dpi pixels, so it scales with the painter and not the device."""
    result = QFont()
    result.setPixelSize(round(points * LOGICAL_DPI / 72))
    result.setBold(bold)
    return result


def sheet(width: int, height: int, dpi: float) -> QImage:
    """A white image that knows its resolution (the painter scales by it)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(WHITE)
    return image


@functools.lru_cache(maxsize=1)
def _layout_device() -> QImage:
    """A 96-dpi device for text layout, so sizes do not depend on the screen."""
    return sheet(1, 1, LOGICAL_DPI)


def document(html: str, width: float, size: float, images: dict | None = None) -> QTextDocument:
    """Rich text at ``size`` points, ``width`` wide, with named images; hanzi in our font."""
    register_bundled_fonts()
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(_layout_device())
    base = QFont()
    base.setFamilies([QFontInfo(base).family(), HANZI_FAMILY])   # the real family, then hanzi
    base.setPointSizeF(size)
    doc.setDefaultFont(base)
    doc.setDocumentMargin(0)
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def fit(html: str, box: QSizeF, images: dict | None = None) -> tuple[QTextDocument, float]:
    """The document at the largest font size that fits the box, and the scale it still needs."""
    for size in FONT_SIZES:
        doc = document(html, box.width(), size, images)
        if doc.size().height() <= box.height():
            return doc, 1.0
    scale = 1.0
    for _ in range(8):   # still too long: lay out wider and scale the whole text down
        scale *= max(0.6, math.sqrt(box.height() / (doc.size().height() * scale)) * 0.98)
        doc.setTextWidth(box.width() / scale)
        if doc.size().height() * scale <= box.height():
            break
    return doc, scale


def draw(painter: QPainter, doc: QTextDocument, clip: QRectF) -> None:
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


def label(painter: QPainter, at: QPointF, text: str, lead: float = 0.0) -> None:
    """Grey text from baseline point ``at`` on a pale patch (``lead`` more of it on the left)."""
    patch = QFontMetricsF(painter.font()).boundingRect(text).translated(at)
    painter.fillRect(patch.adjusted(-4 - lead, -2, 4, 2), QColor(255, 255, 255, 210))
    painter.setPen(GREY)
    painter.drawText(at, text)


def footer(painter: QPainter, page: QRectF, text: str) -> None:
    """Small grey text at the bottom right of ``page``."""
    painter.setFont(font(7.5))
    painter.setPen(GREY)
    painter.drawText(page, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight, text)


@contextmanager
def pages(device, margin: float = 0.0) -> Iterator[tuple[QPainter, QRectF]]:
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


def pdf_writer(path: Path, title: str) -> QPdfWriter:
    """An A4 PDF at PDF_DPI with MARGIN_MM margins (the folder must exist)."""
    if not path.parent.is_dir():
        raise OSError(f"no folder {path.parent}")
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(*[MARGIN_MM] * 4), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(f"Acupoint Atlas {__version__}")
    return writer
