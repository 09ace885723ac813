"""Window themes (system, light, dark, high contrast) and the text size, applied app-wide."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from app import page_style

THEMES = {"system": "Follow the system", "light": "Light", "dark": "Dark",
          "high-contrast": "High contrast"}
TEXT_SIZES = (8, 9, 10, 11, 12, 14, 16, 18, 20, 24)
DIAGRAM_BACKGROUND = {"light": "#e9edf0", "dark": "#25292d", "high-contrast": "#000000"}

# Qt's command-line arguments for the application: the Fusion style everywhere, so the
# palettes below look the same on every desktop. Naming it here rather than by setStyle()
# keeps Python from wrapping a QStyle object, which costs milliseconds at start.
QT_ARGUMENTS = ["-style", "fusion"]

_ROLES = QPalette.ColorRole
# A scheme: the window colour Qt derives a whole palette from, the roles set over that in
# every state, and the colour of disabled text. Light is Fusion's own palette, spelt out so
# that no desktop's palette can leak in.
_SCHEMES = {
    "light": ("#efefef", {
        _ROLES.Midlight: "#cacaca", _ROLES.Dark: "#9f9f9f", _ROLES.Mid: "#b8b8b8",
        _ROLES.Shadow: "#767676", _ROLES.AlternateBase: "#f7f7f7", _ROLES.Highlight: "#308cc6",
        _ROLES.HighlightedText: "#ffffff", _ROLES.Accent: "#308cc6",
        _ROLES.PlaceholderText: "#80000000"}, "#bebebe"),
    "dark": ("#2b2f33", {
        _ROLES.WindowText: "#e8eaed", _ROLES.Base: "#1e2124", _ROLES.AlternateBase: "#2b2f33",
        _ROLES.Text: "#e8eaed", _ROLES.Button: "#33383d", _ROLES.ButtonText: "#e8eaed",
        _ROLES.Mid: "#6b7279", _ROLES.Highlight: "#5b9bd5", _ROLES.HighlightedText: "#000000",
        _ROLES.Accent: "#5b9bd5", _ROLES.ToolTipBase: "#33383d", _ROLES.ToolTipText: "#e8eaed",
        _ROLES.Link: "#8ab4f8", _ROLES.PlaceholderText: "#9aa0a6"}, "#7d838a"),
    "high-contrast": ("#000000", {
        _ROLES.WindowText: "#ffffff", _ROLES.Base: "#000000", _ROLES.AlternateBase: "#1a1a1a",
        _ROLES.Text: "#ffffff", _ROLES.Button: "#000000", _ROLES.ButtonText: "#ffffff",
        _ROLES.Mid: "#ffffff", _ROLES.Highlight: "#ffff00", _ROLES.HighlightedText: "#000000",
        _ROLES.Accent: "#ffff00", _ROLES.ToolTipBase: "#000000", _ROLES.ToolTipText: "#ffffff",
        _ROLES.Link: "#00ffff", _ROLES.PlaceholderText: "#cccccc"}, "#a0a0a0"),
}


# Scroll bars drawn flat in the theme's colours. Fusion's own take 1.5 ms each to paint (on
# this machine, against 0.03 ms), and a selection or a keystroke repaints two of them.
SCROLL_BAR_STYLE = (
    "QScrollBar { background: palette(base); margin: 0; }"
    "QScrollBar:vertical { width: 12px; } QScrollBar:horizontal { height: 12px; }"
    "QScrollBar::handle { background: palette(mid); border-radius: 4px; margin: 2px; }"
    "QScrollBar::handle:vertical { min-height: 28px; }"
    "QScrollBar::handle:horizontal { min-width: 28px; }"
    "QScrollBar::handle:hover, QScrollBar::handle:pressed { background: palette(highlight); }"
    "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }"
    "QScrollBar::add-page, QScrollBar::sub-page { background: none; }"
)


# High contrast draws every field's edge in the text colour: Fusion derives its frames from
# the window colour, which is black there, so boxes, lists and combo boxes had no edges at all.
# A ticked check box is filled with the highlight colour.
HIGH_CONTRAST_EDGES = (
    "QLineEdit, QComboBox, QAbstractSpinBox, QAbstractScrollArea"
    " { border: 1px solid palette(text); }"
    "QComboBox::drop-down { border: none; width: 18px; }"
    "QComboBox::down-arrow { width: 0; height: 0; border-top: 6px solid palette(text);"
    " border-left: 5px solid palette(base); border-right: 5px solid palette(base); }"
    "QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: 16px; border: none; }"
    "QAbstractSpinBox::up-arrow { width: 0; height: 0; border-bottom: 5px solid palette(text);"
    " border-left: 4px solid palette(base); border-right: 4px solid palette(base); }"
    "QAbstractSpinBox::down-arrow { width: 0; height: 0; border-top: 5px solid palette(text);"
    " border-left: 4px solid palette(base); border-right: 4px solid palette(base); }"
    "QCheckBox::indicator { width: 12px; height: 12px; border: 1px solid palette(text); }"
    "QCheckBox::indicator:checked { background: palette(highlight); }"
    "QTabBar::tab { border: 1px solid palette(text); padding: 4px 7px; }"
    "QTabBar::tab:selected { background: palette(highlight); color: palette(highlighted-text); }"
)


def flat_scroll_bars(*areas) -> None:
    """Give these scroll areas (lists, text views, the diagram) the flat scroll bars."""
    for area in areas:
        area.verticalScrollBar().setStyleSheet(SCROLL_BAR_STYLE)
        area.horizontalScrollBar().setStyleSheet(SCROLL_BAR_STYLE)


def palette(shown: str) -> QPalette:
    """The whole palette of a theme (light, dark or high-contrast)."""
    window, roles, disabled = _SCHEMES[shown]
    result = QPalette(QColor(window), QColor(window))
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    for role in (_ROLES.WindowText, _ROLES.Text, _ROLES.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return result


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
    app.setPalette(palette(shown))
    edges = HIGH_CONTRAST_EDGES if shown == "high-contrast" else ""
    if app.styleSheet() != edges:   # other themes keep no style sheet: restyling costs
        app.setStyleSheet(edges)
    font = QFont(app.font())
    font.setPointSize(text_size)
    app.setFont(font)
    return shown


def page_palette(shown: str) -> page_style.Palette:
    return {"dark": page_style.DARK, "high-contrast": page_style.HIGH_CONTRAST}.get(
        shown, page_style.LIGHT)
