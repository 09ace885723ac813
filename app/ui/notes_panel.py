"""The user's own note and bookmark star for the current point, saved as they type."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from app.notes import Notes
from app.user_store import StoreError

SAVE_DELAY_MS = 400


class NotesPanel(QWidget):
    """Signals: bookmark_toggled(str code, bool on); problem(str message) when saving fails."""

    bookmark_toggled = Signal(str, bool)
    problem = Signal(str)

    def __init__(self, notes: Notes, parent=None):
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.notes = notes
        self._code: str | None = None
        self.star = QToolButton(objectName="bookmarkButton")
        self.star.setCheckable(True)
        self.star.setAccessibleName("Bookmark this point")
        self.star.setToolTip("Bookmark this point (Ctrl+B)")
        self.title = QLabel("My notes")
        self.editor = QPlainTextEdit(objectName="noteEdit")
        self.editor.setAccessibleName("My note on this point")
        self.editor.setPlaceholderText("Your own notes on this point — saved as you type.")
        self.editor.setTabChangesFocus(True)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.star)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.editor)
        self.editor.textChanged.connect(self._timer.start)
        self.star.toggled.connect(self._on_star_toggled)
        self.set_point(None)

    def set_point(self, code: str | None) -> None:
        self.save()
        self._code = code
        self.setEnabled(code is not None)
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.notes.note(code) if code else "")
        self.editor.blockSignals(False)
        self.star.blockSignals(True)
        self.star.setChecked(bool(code) and self.notes.is_bookmarked(code))
        self.star.blockSignals(False)
        self._show_star()
        self.title.setText(f"My notes on {code}" if code else "My notes")

    def save(self) -> None:
        """Write the pending note now (also called on point change and on close)."""
        self._timer.stop()
        if self._code is None:
            return
        try:
            self.notes.set_note(self._code, self.editor.toPlainText())
        except StoreError as exc:
            self.problem.emit(f"Your note could not be saved: {exc}")

    def _show_star(self) -> None:
        self.star.setText("★ Bookmarked" if self.star.isChecked() else "☆ Bookmark")

    def _on_star_toggled(self, on: bool) -> None:
        self._show_star()
        if self._code is None:
            return
        try:
            self.notes.set_bookmarked(self._code, on)
        except StoreError as exc:
            self.problem.emit(f"The bookmark could not be saved: {exc}")
            return
        self.bookmark_toggled.emit(self._code, on)
