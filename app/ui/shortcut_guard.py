"""The window's shortcuts win over text boxes' own Ctrl keys.

On X11 a line edit takes some Ctrl keys for editing (Ctrl+E: end of line) by accepting the
ShortcutOverride Qt sends before a shortcut fires, so a window shortcut such as Ctrl+E (export
the card) did nothing while the search box had focus. The guard, an event filter on the window's
text boxes, stops that override for the window's own shortcuts with a modifier; plain keys
(Enter, Escape, letters) and the standard editing keys stay the text box's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
              | Qt.KeyboardModifier.MetaModifier)
# Editing keys a text box keeps even if an action also has them.
_EDITING = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
            QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Undo,
            QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll)
TEXT_BOXES = (QLineEdit, QPlainTextEdit, QTextEdit)


class ShortcutGuard(QObject):
    """Watches the text boxes under ``window`` (call ``watch`` again for widgets made later)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self._watched: set[int] = set()
        # the platform's bindings: known once the application exists
        self._editing = {key.toString() for standard in _EDITING
                         for key in QKeySequence.keyBindings(standard)}

    def watch(self, root: QWidget | None = None) -> None:
        root = root or self.window
        boxes = [root] if isinstance(root, TEXT_BOXES) else []
        for box in boxes + [w for kind in TEXT_BOXES for w in root.findChildren(kind)]:
            if id(box) not in self._watched:
                self._watched.add(id(box))
                box.installEventFilter(self)

    def window_keys(self) -> set[str]:
        """The window's own shortcuts that have a modifier (Ctrl, Alt, Meta), as text."""
        keys = set()
        for action in self.window.findChildren(QAction):
            for key in action.shortcuts():
                if (not key.isEmpty() and key.toString() not in self._editing
                        and key[0].keyboardModifiers() & _MODIFIERS):
                    keys.add(key.toString())
        return keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not event.modifiers() & _MODIFIERS:
            return False
        return QKeySequence(event.keyCombination()).toString() in self.window_keys()
