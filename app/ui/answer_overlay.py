"""The graphics a locate answer adds to the diagram: the click, the true mark, a line between
them, rings at 0.5 and 1 B-cun around the true mark, and a short label."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

TRUE_COLOUR = QColor("#1b6e3a")
Z = 60


def _cosmetic(colour: QColor, width: float, style=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)
    return pen


def _fixed_size(item: QGraphicsItem, at: QPointF, z: float = Z) -> QGraphicsItem:
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
    item.setPos(at)
    item.setZValue(z)
    return item


def answer_items(click: QPointF, target: QPointF, text: str, cun: float, colour: QColor,
                 others: Iterable[QPointF] = ()) -> list[QGraphicsItem]:
    """Items (not yet in a scene) that explain a locate answer on a view of ``cun`` units."""
    items: list[QGraphicsItem] = []
    for radius, style in ((cun, Qt.PenStyle.DashLine), (cun / 2, Qt.PenStyle.DotLine)):
        ring = QGraphicsEllipseItem(QRectF(target.x() - radius, target.y() - radius,
                                           2 * radius, 2 * radius))
        ring.setPen(_cosmetic(TRUE_COLOUR, 1.2, style))
        ring.setBrush(QBrush(QColor(27, 110, 58, 28)))
        ring.setZValue(Z - 2)
        items.append(ring)
    line = QGraphicsLineItem(QLineF(click, target))
    line.setPen(_cosmetic(colour, 2.0))
    line.setZValue(Z - 1)
    items.append(line)

    for spot in (target, *others):
        mark = QGraphicsEllipseItem(-7, -7, 14, 14)
        mark.setPen(QPen(QColor("#ffffff"), 2.0))
        mark.setBrush(QBrush(TRUE_COLOUR if spot == target else TRUE_COLOUR.lighter(150)))
        items.append(_fixed_size(mark, spot, Z + 1))

    cross = QPainterPath()
    cross.moveTo(-6, -6)
    cross.lineTo(6, 6)
    cross.moveTo(-6, 6)
    cross.lineTo(6, -6)
    clicked = QGraphicsPathItem(cross)
    clicked.setPen(QPen(colour, 3.0))
    items.append(_fixed_size(clicked, click, Z + 1))

    label = QGraphicsSimpleTextItem(text)
    label.setBrush(QColor("#1a1a1a"))
    box = label.boundingRect().adjusted(-4, -2, 4, 2)
    backing = QGraphicsRectItem(box)
    backing.setPen(QPen(colour, 1.5))
    backing.setBrush(QBrush(QColor(255, 255, 255, 235)))
    label.setParentItem(backing)
    # Beside the true mark, on the side away from the click, so the label hides neither.
    dx = 12 if target.x() >= click.x() else -12 - box.width()
    _fixed_size(backing, target, Z + 2)
    backing.setTransform(backing.transform().translate(dx, -box.height() / 2))
    items.append(backing)
    return items
