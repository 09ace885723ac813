"""The search box and the point list, filterable by channel, condition and category."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app import categories
from app.model import Atlas, roster
from app.search import SearchIndex, index_for
from app.ui.first_paint import after_first_paint


class _PointModel(QStringListModel):
    """The listed points in the order shown: atlas order, or search rank while searching.
    Qt itself serves each row's text, so painting the list runs no Python per row, and a
    keystroke only swaps the list of codes (no per-row filtering or sorting in Python)."""

    def __init__(self, atlas: Atlas, parent=None):
        super().__init__(parent)
        self._points = atlas.points
        self._names = roster(atlas).names   # a row needs no point's whole record
        self._codes: list[str] = []
        self._rows: dict[str, int] | None = None
        self.bookmarks: set[str] = set()
        # Each row's text, made once (a keystroke lists up to every point again)
        self._labels = {code: self.label(code) for code in atlas.points}
        self.set_codes(list(atlas.points))

    def label(self, code: str) -> str:
        pinyin, english = self._names[code]
        star = "★ " if code in self.bookmarks else ""
        return f"{star}{code}   {pinyin} — {english}"

    def tooltip(self, code: str) -> str:
        point = self._points[code]
        return f"{point.code} {point.pinyin} {point.hanzi} {point.english}"

    def codes(self) -> list[str]:
        return list(self._codes)

    def code_at(self, row: int) -> str | None:
        return self._codes[row] if 0 <= row < len(self._codes) else None

    def row_of(self, code: str) -> int | None:
        if self._rows is None:
            self._rows = {c: row for row, c in enumerate(self._codes)}
        return self._rows.get(code)

    def set_codes(self, codes: list[str]) -> None:
        if codes == self._codes:
            return
        self._codes, self._rows = codes, None
        self.setStringList(list(map(self._labels.__getitem__, codes)))

    def relabel(self, codes: set[str]) -> None:
        """Relabel these points' rows (a bookmark star changed), keeping the current row."""
        for code in codes:
            self._labels[code] = self.label(code)
            row = self.row_of(code)
            if row is not None:
                self.setData(self.index(row, 0), self._labels[code])


class _PointListView(QListView):
    """The list, with each row's tooltip (code, pinyin, hanzi, English) made on hover."""

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            code = self.model().code_at(self.indexAt(event.pos()).row())
            if code is not None:
                from PySide6.QtWidgets import QToolTip

                QToolTip.showText(event.globalPos(), self.model().tooltip(code), self)
                return True
        return super().viewportEvent(event)


class PointList(QWidget):
    """Signals: point_activated(str code) when the user picks a point; filter_changed(object)
    with the set of codes the filters keep (None when nothing filters); condition_chosen(str);
    category_chosen(str id) when the user picks a category (its table can be shown)."""

    point_activated = Signal(str)
    filter_changed = Signal(object)
    condition_chosen = Signal(str)
    category_chosen = Signal(str)

    def __init__(self, atlas: Atlas, parent=None):
        super().__init__(parent)
        self.atlas = atlas
        self._index: SearchIndex | None = None
        self._quiet = False

        self.search_box = QLineEdit(objectName="searchBox")
        self.search_box.setPlaceholderText("Search: GB14, yangbai, 阳白, Yang White…")
        self.search_box.setAccessibleName("Search points")
        self.channel_box = QComboBox(objectName="channelFilter")
        self.channel_box.setAccessibleName("Filter by channel")
        self.channel_box.addItem("All channels", None)
        listed = roster(atlas)
        present = set(listed.channels.values())
        for channel in atlas.channels.values():
            if channel.code in present:
                self.channel_box.addItem(f"{channel.code} — {channel.name}", channel.code)
        self.condition_box = QComboBox(objectName="conditionFilter")
        self.condition_box.setAccessibleName("Filter by condition")
        self.condition_box.addItem("All conditions", None)
        for cond in atlas.conditions.values():
            self.condition_box.addItem(cond.name, cond.id)
        self.category_box = QComboBox(objectName="categoryFilter")
        self.category_box.setAccessibleName("Filter by point category")
        self.category_box.addItem("All categories", None)
        # those the atlas's points have, in textbook order
        for kind in categories.KINDS:
            if kind.id in listed.categories:
                self.category_box.addItem(kind.title, kind.id)
        if self.category_box.count() == 1:   # an atlas whose points have no categories
            self.category_box.hide()

        self.bookmark_box = QCheckBox("Bookmarked only", objectName="bookmarkFilter")
        self.bookmark_box.setAccessibleName("Show only bookmarked points")
        self._bookmarks: set[str] = set()

        for box in (self.channel_box, self.condition_box, self.category_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)

        self.model = _PointModel(atlas, self)
        self.proxy = self.model   # the model the list view shows (it filters and orders itself)
        self.list_view = _PointListView(objectName="pointList")
        self.list_view.setAccessibleName("Points")
        self.list_view.setModel(self.proxy)
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # What the list cannot say by itself: nothing matched, or the search names a
        # condition (with a link to its page), or a chosen condition has no points yet.
        self.status = QLabel(objectName="listStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._on_status_link_activated)
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search_box, self.channel_box, self.condition_box, self.category_box,
                       self.bookmark_box, self.status, self.list_view):
            layout.addWidget(widget)
        self.search_box.installEventFilter(self)

        self.search_box.textChanged.connect(self._on_filters_changed)
        self.search_box.returnPressed.connect(self._on_search_box_return_pressed)
        self.channel_box.currentIndexChanged.connect(self._on_filters_changed)
        self.condition_box.currentIndexChanged.connect(self._on_condition_box_changed)
        self.category_box.currentIndexChanged.connect(self._on_category_box_changed)
        self.bookmark_box.toggled.connect(self._on_filters_changed)
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.list_view.activated.connect(self._on_list_activated)   # Enter, double-click
        # Right after the first frame, not before it nor on the first keystroke: the search
        # index (a few ms per thousand points) and the box's clear button (its icon is loaded
        # then; the button only shows once there is text to clear).
        after_first_paint(self, self._after_first_frame)

    def _after_first_frame(self) -> None:
        self.index  # noqa: B018 (building it is the point)
        self.search_box.setClearButtonEnabled(True)

    @property
    def index(self) -> SearchIndex:
        """The search index, built on first use (not needed to open the window)."""
        if self._index is None:
            self._index = index_for(self.atlas)
        return self._index

    # --- filters ------------------------------------------------------------------------------
    def visible_codes(self) -> list[str]:
        return self.model.codes()

    def set_channel(self, channel: str | None) -> None:
        self.channel_box.setCurrentIndex(max(0, self.channel_box.findData(channel)))

    def set_condition(self, condition_id: str | None) -> None:
        self.condition_box.setCurrentIndex(max(0, self.condition_box.findData(condition_id)))

    def set_category(self, category: str | None) -> None:
        self.category_box.setCurrentIndex(max(0, self.category_box.findData(category)))

    def set_bookmarks(self, codes: set[str]) -> None:
        """The user's bookmarked points (starred in the list, used by the bookmark filter)."""
        changed = self._bookmarks ^ set(codes)
        self._bookmarks = set(codes)
        self.model.bookmarks = self._bookmarks
        self.model.relabel(changed)
        if self.bookmark_box.isChecked():
            self._on_filters_changed()

    def _on_condition_box_changed(self) -> None:
        self._on_filters_changed()
        condition = self.condition_box.currentData()
        if condition:
            self.condition_chosen.emit(condition)

    def _on_category_box_changed(self) -> None:
        self._on_filters_changed()
        category = self.category_box.currentData()
        if category:
            self.category_chosen.emit(category)

    def _on_filters_changed(self) -> None:
        query = self.search_box.text().strip()
        channel = self.channel_box.currentData()
        condition = self.condition_box.currentData()
        category = self.category_box.currentData()
        bookmarked = self.bookmark_box.isChecked()
        if (not query and channel is None and condition is None and category is None
                and not bookmarked):
            self._show_codes(list(self.atlas.points))
            self._say("")
            self.filter_changed.emit(None)
            return
        codes = self.index.search(query) if query else list(self.atlas.points)
        if channel is not None:
            codes = [c for c in codes if self.atlas.points[c].channel == channel]
        if condition is not None:
            linked = {p.code for p in self.atlas.points_for_condition(condition)}
            codes = [c for c in codes if c in linked]
        if category is not None:
            classed = {p.code for p in self.atlas.points_in_category(category)}
            codes = [c for c in codes if c in classed]
        if bookmarked:
            codes = [c for c in codes if c in self._bookmarks]
        self._show_codes(codes)
        self._say(self._status_text(query, condition, codes))
        self.filter_changed.emit(set(codes))

    def _status_text(self, query: str, condition: str | None, codes: list[str]) -> str:
        from html import escape

        lines = []
        named = self.index.conditions(query) if query else []
        if condition is not None and condition not in named:
            named.append(condition)
        for cid in named:
            cond = self.atlas.conditions[cid]
            count = len(self.atlas.points_for_condition(cid))
            link = f'<a href="condition:{escape(cid)}">{escape(cond.name)}</a>'
            lines.append(f"Condition: {link} — " + (
                f"{count} point{'s' if count != 1 else ''} in the atlas" if count
                else "no point in the atlas is linked to it yet; its page says what the "
                     "evidence shows."))
        named = self.index.categories(query) if query else []
        chosen = self.category_box.currentData()
        if chosen is not None and chosen not in named:
            named.append(chosen)
        for cid in named:
            count = len(self.atlas.points_in_category(cid))
            if count:
                link = (f'<a href="category:{escape(cid)}">'
                        f"{escape(categories.BY_ID[cid].title)}</a>")
                lines.append(f"Category: {link} — {count} point{'s' if count != 1 else ''} "
                             "in the atlas")
        if not codes:
            what = f"matches ‘{escape(query)}’" if query else "is listed"
            lines.append(f"No point {what} with these filters." if condition or
                         self.channel_box.currentData() or self.bookmark_box.isChecked()
                         or self.category_box.currentData()
                         else f"No point {what}.")
        return "<br>".join(lines)

    def _say(self, html: str) -> None:
        self.status.setText(html)
        self.status.setVisible(bool(html))

    def _on_status_link_activated(self, link: str) -> None:
        kind, _, ident = link.partition(":")
        if kind == "condition" and ident in self.atlas.conditions:
            self.condition_chosen.emit(ident)
        elif kind == "category" and ident in categories.BY_ID:
            self.category_chosen.emit(ident)

    def eventFilter(self, watched, event) -> bool:
        """Down in the search box moves into the results (their first row, or the current)."""
        if (watched is self.search_box and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            self.list_view.setFocus()
            if not self.list_view.currentIndex().isValid():
                self.list_view.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _show_codes(self, codes: list[str]) -> None:
        """List these codes, keeping the current row on the same point when it stays listed."""
        current = self.list_view.currentIndex()
        code = self.model.code_at(current.row()) if current.isValid() else None
        self.model.set_codes(codes)
        row = self.model.row_of(code) if code is not None else None
        if row is not None and not self.list_view.currentIndex().isValid():
            self._quiet = True
            try:
                self.list_view.setCurrentIndex(self.model.index(row, 0))
            finally:
                self._quiet = False

    def _on_search_box_return_pressed(self) -> None:
        codes = self.visible_codes()
        if codes:
            self.select(codes[0])
            self.point_activated.emit(codes[0])

    # --- selection ----------------------------------------------------------------------------
    def select(self, code: str) -> None:
        """Show ``code`` as the current row without announcing it again."""
        row = self.model.row_of(code)
        if row is not None:
            index = self.model.index(row, 0)
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

    def _on_list_activated(self, index: QModelIndex) -> None:
        code = self.model.code_at(index.row())
        if code is not None:
            self.point_activated.emit(code)

    def _on_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = self.model.code_at(current.row()) if current.isValid() else None
        if not self._quiet and code is not None:
            self.point_activated.emit(code)
