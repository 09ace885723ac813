"""A bar across the top of the window that tells the user about a problem without stopping them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton


class Notice(QFrame):
    """Accumulates messages (plain text, never markup) until the user dismisses them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet("#notice { background: #fde8e6; border: 1px solid #e8a19a; }"
                           "#notice QLabel { color: #8c1d18; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(text="✕", autoRaise=True)
        self.close_button.setAccessibleName("Dismiss this message")
        self.close_button.setToolTip("Dismiss")
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName("Problems")
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def add(self, text: str) -> None:
        shown = self.label.text()
        self.label.setText(f"{shown}\n{text}" if shown else text)
        self.setAccessibleDescription(self.label.text())
        self.show()

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()
