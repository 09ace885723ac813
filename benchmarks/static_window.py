# ruff: noqa: E402 (the collector is switched off before PySide6 is imported, as in the app)
"""A reference, not a budget: the app's window rebuilt with no app code at all.

The same kinds of widgets, as many list rows and diagram marks, the first view's art, a welcome
text, menus: only static content, nothing loaded, computed or styled. Started and painted like
the app (first-paint hook), it shows what PySide6 needs on this machine just to put up such a
window, so the app's start can be judged against what is possible, not only against a bare one.

    python benchmarks/static_window.py WxH ROWS MARKS SVG
"""

from __future__ import annotations

import gc

gc.disable()   # as the app starts (app/cli.py): no collector passes before the first frame

import sys

from bare_window import first_paint_hook  # this folder: run as a script beside it
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def _left(rows: int) -> QTabWidget:
    browse = QWidget()
    column = QVBoxLayout(browse)
    column.addWidget(QLineEdit(placeholderText="Search: GB14, yangbai, 阳白, Yang White…"))
    for label, count in (("Channel", 15), ("Condition", 8)):
        box = QComboBox()
        for i in range(count):
            box.addItem(f"{label} {i}")
        column.addWidget(box)
    column.addWidget(QCheckBox("Bookmarked only"))
    model = QStandardItemModel(browse)
    for i in range(rows):
        model.appendRow(QStandardItem(f"GB{i % 99 + 1}   Yángbái — Yang White"))
    listing = QListView()
    listing.setModel(model)
    listing.setUniformItemSizes(True)
    column.addWidget(listing)
    tabs = QTabWidget()
    tabs.addTab(browse, "Browse")
    tabs.addTab(QWidget(), "Study")
    return tabs


class _Marks(QGraphicsItem):
    """The marks as the app draws them: one item blitting one pre-drawn disc at each place."""

    def __init__(self, spots, box: QRectF):
        super().__init__()
        self.spots, self.box = spots, QRectF(box).adjusted(-20, -20, 20, 20)
        self.disc = QPixmap(14, 14)
        self.disc.fill(Qt.GlobalColor.transparent)
        painter = QPainter(self.disc)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 1.0))
        painter.setBrush(QBrush(QColor("#d0312d")))
        painter.drawEllipse(QRectF(1.5, 1.5, 11, 11))
        painter.end()

    def boundingRect(self) -> QRectF:
        return self.box

    def paint(self, painter, option, widget=None) -> None:
        to_screen = painter.worldTransform()
        sx, sy, dx, dy = to_screen.m11(), to_screen.m22(), to_screen.dx(), to_screen.dy()
        painter.save()
        painter.setWorldTransform(QTransform())
        for x, y in self.spots:
            painter.drawPixmap(round(x * sx + dx) - 7, round(y * sy + dy) - 7, self.disc)
        painter.restore()


def _centre(marks: int, svg: str) -> QWidget:
    centre = QWidget()
    column = QVBoxLayout(centre)
    bar = QHBoxLayout()
    regions, views = QComboBox(), QComboBox()   # as the app's view chooser
    for i in range(7):
        regions.addItem(f"Region {i + 1}")
    for i in range(4):
        views.addItem(f"View {i + 1}")
    bar.addWidget(regions)
    bar.addWidget(views)
    bar.addStretch(1)
    for text in ("+", "−", "Fit"):
        bar.addWidget(QToolButton(text=text))
    column.addLayout(bar)
    scene = QGraphicsScene(centre)
    renderer = QSvgRenderer(svg, scene)
    art = QGraphicsSvgItem()
    art.setSharedRenderer(renderer)
    scene.addItem(art)
    box = renderer.viewBoxF()
    scene.setSceneRect(QRectF(box))
    scene.addItem(_Marks([(box.x() + (i * 37) % int(box.width()),
                           box.y() + (i * 53) % int(box.height())) for i in range(marks)], box))
    view = QGraphicsView(scene)
    # a viewport of our own, as the app's: the marks' paint() is handed it, and one Qt made
    # would have PySide look through every QWidget subclass to wrap it
    view.setViewport(QWidget())
    view.setRenderHints(QPainter.RenderHint.Antialiasing
                        | QPainter.RenderHint.SmoothPixmapTransform)
    column.addWidget(view, 1)
    return centre


def _right() -> QSplitter:
    text = QTextBrowser()
    text.setHtml("<h2>Acupoint Atlas</h2><p>Click a point on the diagram, pick one from the "
                 "list, or search (Ctrl+F) by code, pinyin, hanzi or English name.</p><p><i>A "
                 "study reference, not medical advice.</i></p>")
    notes = QWidget()
    column = QVBoxLayout(notes)
    top = QHBoxLayout()
    top.addWidget(QLabel("My notes"), 1)
    top.addWidget(QToolButton(text="☆ Bookmark"))
    column.addLayout(top)
    column.addWidget(QPlainTextEdit())
    right = QSplitter(Qt.Orientation.Vertical)
    right.addWidget(text)
    right.addWidget(notes)
    return right


def main() -> int:
    size, rows, marks, svg = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    width, height = (int(n) for n in size.split("x"))
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Static window")
    splitter = QSplitter(Qt.Orientation.Horizontal)
    for part in (_left(rows), _centre(marks, svg), _right()):
        splitter.addWidget(part)
    splitter.setSizes([250, 650, 380])
    window.setCentralWidget(splitter)
    for name in ("&File", "&View", "&Help"):
        menu = window.menuBar().addMenu(name)
        for i in range(8):
            action = QAction(f"Action {i}", window)
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{i}"))
            menu.addAction(action)
            window.addAction(action)
    window.statusBar()
    window.resize(width, height)
    window.show()
    first_paint_hook().exit_on_first_paint(window)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
