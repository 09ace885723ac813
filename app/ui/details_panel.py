"""The details panel: a point card, a condition page, a category's table or a source entry, as
rich text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTextBrowser

from app import caveat, page_style
from app.model import Atlas
from app.ui.first_paint import after_first_paint

if TYPE_CHECKING:   # only named in signatures: wrapping the class costs a millisecond at start
    from PySide6.QtCore import QUrl

SCHEMES = ("point", "condition", "source", "view", "category")


def _pages():
    """app.pages, imported when the first page is shown: the window's first frame shows only
    the welcome text, and the page code (cards, captions, tables) is a tenth of its start."""
    from app import pages

    return pages


class DetailsPanel(QTextBrowser):
    """Signals: link_activated(str kind, str id) for the app's own links (point:, condition:,
    source:, view:, category:); any other link is ignored, never opened or fetched.
    page_shown(str kind, str id) when another page is shown (what Back and Forward walk
    through)."""

    link_activated = Signal(str, str)
    page_shown = Signal(str, str)   # kind, id: a point, condition, category or source page

    def __init__(self, atlas: Atlas, parent=None):
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setAccessibleName("Point details")
        self.atlas = atlas
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        # Always there, so the text keeps its width: otherwise a long page after a short one
        # is laid out twice (once more when the scroll bar appears), doubling a selection's cost.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.current: tuple[str, str] | None = None
        self.palette_ = page_style.LIGHT
        self.show_welcome()
        # right after the first frame: what the first card needs (its modules, the per-atlas
        # indexes it looks neighbours and shared spots up in), not on the first click
        after_first_paint(self, self._after_first_frame)

    def _after_first_frame(self) -> None:
        _pages()
        from app import card

        card.prepare(self.atlas)

    def set_palette(self, palette: page_style.Palette) -> None:
        """Re-render the current page in the colours of a new window theme."""
        if palette == self.palette_:
            return
        self.palette_ = palette
        current, self.current = self.current, None
        if current is None:
            self.show_welcome()
        else:
            {"point": self.show_point, "condition": self.show_condition,
             "source": self.show_source, "category": self.show_category}[current[0]](current[1])

    def loadResource(self, kind: int, url: QUrl):  # never fetch anything named by data
        return None

    def show_welcome(self) -> None:
        self.current = None
        self.setHtml(
            "<h2>Acupoint Atlas</h2><p>Click a point on the diagram, pick one from the list, "
            "or search (Ctrl+F) by code, pinyin, hanzi or English name.</p>"
            f"<p style='color:{self.palette_.muted}'><i>{caveat.STUDY_REFERENCE}</i></p>")

    def show_point(self, code: str) -> None:
        self._show(("point", code), lambda: _pages().point_page(
            self.atlas, self.atlas.points[code], self.palette_))

    def show_condition(self, condition_id: str) -> None:
        self._show(("condition", condition_id), lambda: _pages().condition_page(
            self.atlas, self.atlas.conditions[condition_id], self.palette_))

    def show_category(self, category: str) -> None:
        self._show(("category", category), lambda: _pages().category_page(
            self.atlas, category, self.palette_))

    def show_source(self, source_id: str) -> None:
        self._show(("source", source_id), lambda: _pages().source_page(
            self.atlas, self.atlas.sources[source_id], self.palette_))

    def _show(self, key: tuple[str, str], html) -> None:
        """Show a page unless it is already shown (its HTML is only built when needed)."""
        if key != self.current:
            self.current = key
            self.setHtml(html())
            self.setAccessibleDescription(self.toPlainText()[:200])
            self.page_shown.emit(*key)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        kind, _, ident = url.toString().partition(":")
        if kind in SCHEMES and ident:
            self.link_activated.emit(kind, ident)
