"""Window themes (system, light, dark, high contrast) and the text size, applied app-wide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app import pages

THEMES = {"system": "Follow the system", "light": "Light", "dark": "Dark",
          "high-contrast": "High contrast"}
TEXT_SIZES = (8, 9, 10, 11, 12, 14, 16, 18, 20, 24)
DIAGRAM_BACKGROUND = {"light": "#e9edf0", "dark": "#25292d", "high-contrast": "#000000"}

_ROLES = QPalette.ColorRole
_SCHEMES = {
    "dark": {_ROLES.Window: "#2b2f33", _ROLES.WindowText: "#e8eaed", _ROLES.Base: "#1e2124",
             _ROLES.AlternateBase: "#2b2f33", _ROLES.Text: "#e8eaed", _ROLES.Button: "#33383d",
             _ROLES.ButtonText: "#e8eaed", _ROLES.Highlight: "#5b9bd5",
             _ROLES.HighlightedText: "#000000", _ROLES.ToolTipBase: "#33383d",
             _ROLES.ToolTipText: "#e8eaed", _ROLES.Link: "#8ab4f8",
             _ROLES.PlaceholderText: "#9aa0a6"},
    "high-contrast": {_ROLES.Window: "#000000", _ROLES.WindowText: "#ffffff",
                      _ROLES.Base: "#000000", _ROLES.AlternateBase: "#1a1a1a",
                      _ROLES.Text: "#ffffff", _ROLES.Button: "#000000",
                      _ROLES.ButtonText: "#ffffff", _ROLES.Highlight: "#ffff00",
                      _ROLES.HighlightedText: "#000000", _ROLES.ToolTipBase: "#000000",
                      _ROLES.ToolTipText: "#ffffff", _ROLES.Link: "#00ffff",
                      _ROLES.PlaceholderText: "#cccccc"},
}


def effective(theme: str) -> str:
    """The theme actually shown: 'system' becomes light or dark as the desktop says."""
    if theme != "system":
        return theme if theme in THEMES else "light"
    app = QApplication.instance()
    dark = app is not None and app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    return "dark" if dark else "light"


_applied: tuple | None = None   # what apply() last set, on which application


def apply(theme: str, text_size: int) -> str:
    """Set the palette and font of the whole application; returns the effective theme.
    Setting what is already set is skipped: restyling every widget costs milliseconds."""
    global _applied
    app = QApplication.instance()
    shown = effective(theme)
    if _applied == (id(app), shown, text_size):
        return shown
    _applied = (id(app), shown, text_size)
    app.setStyle(QStyleFactory.create("Fusion"))
    palette = app.style().standardPalette()
    for role, colour in _SCHEMES.get(shown, {}).items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(text_size)
    app.setFont(font)
    return shown


def page_palette(shown: str) -> pages.Palette:
    return {"dark": pages.DARK, "high-contrast": pages.HIGH_CONTRAST}.get(shown, pages.LIGHT)
