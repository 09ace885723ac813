"""The main window: composes the point list, the diagram and the details panel, and wires them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.model import Atlas
from app.ui.details_panel import DetailsPanel
from app.ui.diagram_view import DiagramView
from app.ui.point_list import PointList
from app.ui.settings import Settings


class MainWindow(QMainWindow):
    """Selecting a point anywhere (mark, list, search, link, command line) selects it
    everywhere and shows a view that has it."""

    def __init__(self, atlas: Atlas, settings: Settings | None = None):
        super().__init__()
        self.atlas = atlas
        self.settings = settings
        self._point: str | None = None
        self.setWindowTitle("Acupoint Atlas")
        self.setMinimumSize(900, 560)

        self.point_list = PointList(atlas)
        self.diagram = DiagramView(atlas)
        self.details = DetailsPanel(atlas)
        self.view_switcher = QTabBar(objectName="viewSwitcher")
        self.view_switcher.setAccessibleName("Diagram views")
        self.view_switcher.setExpanding(False)
        for view in atlas.views.values():
            index = self.view_switcher.addTab(view.title)
            self.view_switcher.setTabData(index, view.id)

        centre = QWidget()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.view_switcher, 1)
        self._build_actions(bar)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.diagram, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.point_list)
        splitter.addWidget(centre)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([260, 620, 400])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.splitter = splitter

        self.diagram.point_clicked.connect(self.select_point)
        self.point_list.point_activated.connect(self.select_point)
        self.point_list.filter_changed.connect(self.diagram.set_filter)
        self.point_list.condition_chosen.connect(self.details.show_condition)
        self.details.link_activated.connect(self._on_details_link_activated)
        self.view_switcher.currentChanged.connect(self._on_view_switcher_changed)

        if atlas.views:
            self.show_view(next(iter(atlas.views)))

    def _build_actions(self, bar: QHBoxLayout) -> None:
        def action(text: str, keys, slot, button: bool = False) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys if isinstance(keys, list) else [keys])
            act.triggered.connect(slot)
            self.addAction(act)
            if button:
                tool = QToolButton()
                tool.setDefaultAction(act)
                tool.setAccessibleName(text)
                tool.setObjectName(f"{text.lower().replace(' ', '')}Button")
                bar.addWidget(tool)
            return act

        view_menu = self.menuBar().addMenu("&View")
        for act in (
            action("Zoom in", [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
                   self.diagram.zoom_in, True),
            action("Zoom out", QKeySequence.StandardKey.ZoomOut, self.diagram.zoom_out, True),
            action("Fit", QKeySequence("Ctrl+0"), self.diagram.fit, True),
            action("Next view", QKeySequence("Ctrl+PgDown"), lambda: self._step_view(1)),
            action("Previous view", QKeySequence("Ctrl+PgUp"), lambda: self._step_view(-1)),
            action("Find", QKeySequence.StandardKey.Find, self._on_find_triggered),
            action("Show diagram", QKeySequence("Ctrl+D"), self.diagram.setFocus),
        ):
            view_menu.addAction(act)
        for number, view_id in enumerate(list(self.atlas.views)[:9], start=1):
            act = action(f"{self.atlas.views[view_id].title}", QKeySequence(f"Ctrl+{number}"),
                         lambda checked=False, v=view_id: self.show_view(v))
            view_menu.addAction(act)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(action("About Acupoint Atlas", QKeySequence(), self._on_about))

    # --- the public interface ---------------------------------------------------------------
    def show_view(self, view_id: str) -> None:
        if view_id not in self.atlas.views:
            raise KeyError(view_id)
        self.diagram.set_view(view_id)
        for index in range(self.view_switcher.count()):
            if self.view_switcher.tabData(index) == view_id:
                self.view_switcher.blockSignals(True)
                self.view_switcher.setCurrentIndex(index)
                self.view_switcher.blockSignals(False)
        self.diagram.set_selected(self._point)

    def select_point(self, code: str) -> None:
        point = self.atlas.points[code]
        self._point = code
        if point.views and self.diagram.current_view() not in point.views:
            self.show_view(point.views[0])
        self.diagram.set_selected(code)
        self.diagram.center_on_point(code)
        self.point_list.select(code)
        self.details.show_point(code)
        self.statusBar().showMessage(f"Selected {code} {point.pinyin} ({point.english})")
        if self.settings:
            self.settings.set("last/point", code)

    def current_point(self) -> str | None:
        return self._point

    # --- slots --------------------------------------------------------------------------------
    def _step_view(self, step: int) -> None:
        count = self.view_switcher.count()
        if count:
            self.view_switcher.setCurrentIndex((self.view_switcher.currentIndex() + step) % count)

    def _on_find_triggered(self) -> None:
        self.point_list.search_box.setFocus()
        self.point_list.search_box.selectAll()

    def _on_view_switcher_changed(self, index: int) -> None:
        if index >= 0:
            self.show_view(self.view_switcher.tabData(index))

    def _on_details_link_activated(self, kind: str, ident: str) -> None:
        if kind == "point" and ident in self.atlas.points:
            self.select_point(ident)
        elif kind == "condition" and ident in self.atlas.conditions:
            self.details.show_condition(ident)
            self.point_list.set_condition(ident)
        elif kind == "source" and ident in self.atlas.sources:
            self.details.show_source(ident)

    def _on_about(self) -> None:
        QMessageBox.about(
            self, "About Acupoint Atlas",
            f"<p><b>Acupoint Atlas {__version__}</b></p><p>{self.atlas.summary()}.</p>"
            "<p>Locations follow the WHO Standard Acupuncture Point Locations (2008). "
            "A study reference, not medical advice.</p>")

    # --- persistence --------------------------------------------------------------------------
    def restore_state(self) -> bool:
        """Put the window and its panes back as the user left them; False if nothing saved."""
        if not self.settings:
            return False
        geometry = self.settings.get("window/geometry")
        state = self.settings.get("window/state")
        if geometry.isEmpty() or state.isEmpty():
            return False
        return self.restoreGeometry(geometry) and self.splitter.restoreState(state)

    def closeEvent(self, event) -> None:
        if self.settings:
            self.settings.set("window/geometry", self.saveGeometry())
            self.settings.set("window/state", self.splitter.saveState())
            self.settings.sync()
        super().closeEvent(event)
