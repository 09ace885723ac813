"""A plate's SVG as Qt draws it, for the art tests that read its pixels."""

from __future__ import annotations

from pathlib import Path


def rendered(path: Path, ground: str = "white"):
    """The SVG at ``path`` painted on ``ground``, one pixel per plate unit (a QImage)."""
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(Path(path).read_bytes()))
    box = renderer.viewBoxF()
    image = QImage(int(box.width()), int(box.height()), QImage.Format.Format_RGB32)
    image.fill(QColor(ground))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, box.width(), box.height()))
    painter.end()
    return image
