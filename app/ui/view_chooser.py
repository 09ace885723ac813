"""The view chooser: a body region, then one of that region's views (two compact lists)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from app.model import REGIONS, Atlas

REGION_TITLES = {"head": "Head", "trunk": "Trunk", "arm": "Arm", "hand": "Hand", "leg": "Leg",
                 "foot": "Foot", "body": "Whole body"}


class ViewChooser(QWidget):
    """Two drop-down lists: the regions the atlas has (in REGIONS order), then the views of
    the chosen region (in atlas order). Two lists stay the same width however many views the
    atlas has, where a tab per view stopped fitting at about eight.

    Signals: view_chosen(str view_id) when the user picks a view (a region picks its first
    view); never for set_view, which only shows what the window shows."""

    view_chosen = Signal(str)

    def __init__(self, atlas: Atlas, parent=None):
        super().__init__(parent)
        self.setObjectName("viewSwitcher")
        self.setAccessibleName("Diagram views")
        self._order = list(atlas.views)
        self._titles = {v.id: v.title for v in atlas.views.values()}
        self._region_of = {v.id: v.region for v in atlas.views.values()}
        self._by_region: dict[str, list[str]] = {
            region: [v for v in self._order if self._region_of[v] == region]
            for region in REGIONS}
        self._regions = [r for r in REGIONS if self._by_region[r]]
        self._current: str | None = None

        self.region_box = QComboBox(objectName="regionBox")
        self.region_box.setAccessibleName("Body region")
        for number, region in enumerate(self._regions, start=1):
            self.region_box.addItem(REGION_TITLES[region], region)
            if number <= 9:
                self.region_box.setItemData(number - 1, f"Ctrl+{number}",
                                            Qt.ItemDataRole.ToolTipRole)
        self.region_box.setToolTip(f"Body region (Ctrl+1…{min(9, len(self._regions))})")
        self.view_box = QComboBox(objectName="viewBox")
        self.view_box.setAccessibleName("View")
        self.view_box.setToolTip("View of the region (Ctrl+PgUp, Ctrl+PgDn: every view)")
        # As wide as the longest title of any region, so the list does not jump in width
        # (and the diagram beside it does not move) when the region changes.
        longest = max((len(t) for t in self._titles.values()), default=8)
        self.view_box.setMinimumContentsLength(min(longest, 28))
        self.view_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.region_box)
        row.addWidget(self.view_box)
        row.addStretch(1)   # the lists as wide as their titles; the zoom buttons at the end
        # activated: only what the user does (mouse, arrow keys, typing); set_view is silent
        self.region_box.activated.connect(self._on_region_box_activated)
        self.view_box.activated.connect(self._on_view_box_activated)

    # --- what the atlas offers ---------------------------------------------------------------
    def regions(self) -> list[str]:
        """The regions that have views, in REGIONS order (the order of Ctrl+1…)."""
        return list(self._regions)

    def views_in(self, region: str) -> list[str]:
        return list(self._by_region.get(region, []))

    def current_view(self) -> str | None:
        return self._current

    def current_region(self) -> str | None:
        return self._region_of.get(self._current) if self._current else None

    # --- showing and choosing ------------------------------------------------------------------
    def set_view(self, view_id: str) -> None:
        """Show ``view_id`` as the current one, without emitting view_chosen."""
        if view_id not in self._region_of:
            raise KeyError(view_id)
        region = self._region_of[view_id]
        if region != self.current_region():
            self.region_box.setCurrentIndex(self._regions.index(region))
            self.view_box.clear()
            for other in self._by_region[region]:
                self.view_box.addItem(self._titles[other], other)
        self.view_box.setCurrentIndex(self._by_region[region].index(view_id))
        self._current = view_id

    def choose(self, view_id: str) -> None:
        """Pick a view as the user would: show it and emit view_chosen."""
        self.set_view(view_id)
        self.view_chosen.emit(view_id)

    def choose_region(self, number: int) -> str | None:
        """Pick the first view of the ``number``-th region present (1-based, as Ctrl+1…);
        None when there is no such region."""
        if not 1 <= number <= len(self._regions):
            return None
        view_id = self._by_region[self._regions[number - 1]][0]
        self.choose(view_id)
        return view_id

    def step(self, step: int) -> str | None:
        """Pick the next (or previous) view in atlas order, across regions, wrapping."""
        if not self._order:
            return None
        index = self._order.index(self._current) if self._current in self._order else -step
        view_id = self._order[(index + step) % len(self._order)]
        self.choose(view_id)
        return view_id

    def _on_region_box_activated(self, index: int) -> None:
        if index >= 0 and self._regions[index] != self.current_region():
            self.choose_region(index + 1)

    def _on_view_box_activated(self, index: int) -> None:
        view_id = self.view_box.itemData(index)
        if view_id is not None and view_id != self._current:
            self.choose(view_id)

