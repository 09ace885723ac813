"""The user's own note and bookmark star for the current point, saved as they type.

Another running copy of the app may write the same notes: the panel shows what is on disk when
a point is opened and when the file changes (unless the user is typing), and a note typed over
text that had changed meanwhile keeps both (app.notes.Notes.set_note)."""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from app.notes import Notes
from app.user_store import StoreError

SAVE_DELAY_MS = 400


class NotesPanel(QWidget):
    """Signals: bookmark_toggled(str code, bool on); problem(str message) when saving fails;
    notice(str message) when a note was merged with another window's."""

    bookmark_toggled = Signal(str, bool)
    problem = Signal(str)
    notice = Signal(str)

    def __init__(self, notes: Notes, parent=None):
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.notes = notes
        self._code: str | None = None
        self._base = ""          # the note as last read or saved: what the user edits from
        self._dirty = False      # typed since then
        # The folder, not the file: a save replaces the file (and it may not exist yet).
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
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
        self.editor.textChanged.connect(self._on_text_changed)
        self.star.toggled.connect(self._on_star_toggled)
        self.set_point(None)

    def set_point(self, code: str | None) -> None:
        self.save()
        self._code = code
        self.setEnabled(code is not None)
        self._watch()
        self._show_text(self.notes.note(code) if code else "")
        self.star.blockSignals(True)
        self.star.setChecked(bool(code) and self.notes.is_bookmarked(code))
        self.star.blockSignals(False)
        self._show_star()
        self.title.setText(f"My notes on {code}" if code else "My notes")

    def _watch(self) -> None:
        folder = self.notes.notes.folder
        if not self._watcher.directories() and folder.is_dir():
            self._watcher.addPath(str(folder))

    def _show_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._base, self._dirty = text, False

    def _on_text_changed(self) -> None:
        self._dirty = True
        self._timer.start()

    def _on_folder_changed(self, _folder: str) -> None:
        """Another copy saved: show its note for this point, unless we are typing."""
        if self._code is None or self._dirty:
            return
        text = self.notes.note(self._code)
        if text != self.editor.toPlainText():
            self._show_text(text)

    def save(self) -> None:
        """Write the pending note now (also called on point change and on close); nothing is
        written for a note the user did not touch."""
        self._timer.stop()
        if self._code is None or not self._dirty:
            return
        typed = self.editor.toPlainText()
        try:
            stored = self.notes.set_note(self._code, typed, base=self._base)
        except StoreError as exc:
            self.problem.emit(f"Your note could not be saved: {exc}")
            return
        self._base, self._dirty = stored, False
        self._watch()
        if stored != typed:
            cursor = self.editor.textCursor().position()
            self._show_text(stored)
            moved = self.editor.textCursor()
            moved.setPosition(min(cursor, len(stored)))
            self.editor.setTextCursor(moved)
            self.notice.emit(f"Your note on {self._code} was also changed in another window; "
                             "both versions are kept in it.")

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
