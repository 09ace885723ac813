"""The search box and the point list, filterable by channel and condition."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListView, QVBoxLayout, QWidget

from app.model import CHANNEL_NAMES, Atlas
from app.search import SearchIndex

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
ORDER_ROLE = Qt.ItemDataRole.UserRole + 2


class _PointFilter(QSortFilterProxyModel):
    """Keeps the rows whose code is allowed, ordered by search rank when there is one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rank: dict[str, int] | None = None

    def set_rank(self, rank: dict[str, int] | None) -> None:
        self._rank = rank
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._rank is None:
            return True
        code = self.sourceModel().index(row, 0, parent).data(CODE_ROLE)
        return code in self._rank

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        if self._rank is not None:
            return self._rank[left.data(CODE_ROLE)] < self._rank[right.data(CODE_ROLE)]
        return left.data(ORDER_ROLE) < right.data(ORDER_ROLE)


class PointList(QWidget):
    """Signals: point_activated(str code) when the user picks a point; filter_changed(object)
    with the set of codes the filters keep (None when nothing filters); condition_chosen(str)."""

    point_activated = Signal(str)
    filter_changed = Signal(object)
    condition_chosen = Signal(str)

    def __init__(self, atlas: Atlas, parent=None):
        super().__init__(parent)
        self.atlas = atlas
        self.index = SearchIndex(atlas.points.values())
        self._quiet = False

        self.search_box = QLineEdit(objectName="searchBox")
        self.search_box.setPlaceholderText("Search: GB14, yangbai, 阳白, Yang White…")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName("Search points")
        self.channel_box = QComboBox(objectName="channelFilter")
        self.channel_box.setAccessibleName("Filter by channel")
        self.channel_box.addItem("All channels", None)
        present = {p.channel for p in atlas.points.values()}
        for channel, name in CHANNEL_NAMES.items():
            if channel in present:
                self.channel_box.addItem(f"{channel} — {name}", channel)
        self.condition_box = QComboBox(objectName="conditionFilter")
        self.condition_box.setAccessibleName("Filter by condition")
        self.condition_box.addItem("All conditions", None)
        for cond in atlas.conditions.values():
            self.condition_box.addItem(cond.name, cond.id)

        self.bookmark_box = QCheckBox("Bookmarked only", objectName="bookmarkFilter")
        self.bookmark_box.setAccessibleName("Show only bookmarked points")
        self._bookmarks: set[str] = set()

        for box in (self.channel_box, self.condition_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)

        self.model = QStandardItemModel(self)
        for order, point in enumerate(atlas.points.values()):
            item = QStandardItem(f"{point.code}   {point.pinyin} — {point.english}")
            item.setData(point.code, CODE_ROLE)
            item.setData(order, ORDER_ROLE)
            item.setToolTip(f"{point.code} {point.pinyin} {point.hanzi} {point.english}")
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = _PointFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)
        self.list_view = QListView(objectName="pointList")
        self.list_view.setAccessibleName("Points")
        self.list_view.setModel(self.proxy)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search_box, self.channel_box, self.condition_box, self.bookmark_box,
                       self.list_view):
            layout.addWidget(widget)

        self.search_box.textChanged.connect(self._on_filters_changed)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.channel_box.currentIndexChanged.connect(self._on_filters_changed)
        self.condition_box.currentIndexChanged.connect(self._on_condition_box_changed)
        self.bookmark_box.toggled.connect(self._on_filters_changed)
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)

    # --- filters ------------------------------------------------------------------------------
    def visible_codes(self) -> list[str]:
        return [self.proxy.index(r, 0).data(CODE_ROLE) for r in range(self.proxy.rowCount())]

    def set_channel(self, channel: str | None) -> None:
        self.channel_box.setCurrentIndex(max(0, self.channel_box.findData(channel)))

    def set_condition(self, condition_id: str | None) -> None:
        self.condition_box.setCurrentIndex(max(0, self.condition_box.findData(condition_id)))

    def set_bookmarks(self, codes: set[str]) -> None:
        """The user's bookmarked points (starred in the list, used by the bookmark filter)."""
        self._bookmarks = set(codes)
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            code = item.data(CODE_ROLE)
            point = self.atlas.points[code]
            star = "★ " if code in self._bookmarks else ""
            item.setText(f"{star}{code}   {point.pinyin} — {point.english}")
        if self.bookmark_box.isChecked():
            self._on_filters_changed()

    def _on_condition_box_changed(self) -> None:
        self._on_filters_changed()
        condition = self.condition_box.currentData()
        if condition:
            self.condition_chosen.emit(condition)

    def _on_filters_changed(self) -> None:
        query = self.search_box.text().strip()
        channel = self.channel_box.currentData()
        condition = self.condition_box.currentData()
        bookmarked = self.bookmark_box.isChecked()
        if not query and channel is None and condition is None and not bookmarked:
            self.proxy.set_rank(None)
            self.filter_changed.emit(None)
            return
        codes = self.index.search(query) if query else list(self.atlas.points)
        if channel is not None:
            codes = [c for c in codes if self.atlas.points[c].channel == channel]
        if condition is not None:
            linked = {p.code for p in self.atlas.points_for_condition(condition)}
            codes = [c for c in codes if c in linked]
        if bookmarked:
            codes = [c for c in codes if c in self._bookmarks]
        self.proxy.set_rank({code: rank for rank, code in enumerate(codes)})
        self.filter_changed.emit(set(codes))

    def _on_search_box_return_pressed(self) -> None:
        codes = self.visible_codes()
        if codes:
            self.select(codes[0])
            self.point_activated.emit(codes[0])

    # --- selection ----------------------------------------------------------------------------
    def select(self, code: str) -> None:
        """Show ``code`` as the current row without announcing it again."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(CODE_ROLE) == code:
                self._quiet = True
                try:
                    self.list_view.setCurrentIndex(index)
                    self.list_view.scrollTo(index)
                finally:
                    self._quiet = False
                return
        self._quiet = True
        try:
            self.list_view.clearSelection()
        finally:
            self._quiet = False

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.point_activated.emit(current.data(CODE_ROLE))
