"""Two running copies of the app share the notes file: the notes panel of one shows what the
other wrote, and typing over a note the other changed keeps both (issue: notes lost between two
open copies)."""

from __future__ import annotations

from app.notes import KEPT_MARK, Notes
from app.ui.notes_panel import NotesPanel


def panel(qtbot, folder, code="GV28"):
    widget = NotesPanel(Notes(folder))
    qtbot.addWidget(widget)
    widget.set_point(code)
    return widget


def test_opening_a_point_shows_what_the_other_copy_wrote(qtbot, tmp_path):
    b = panel(qtbot, tmp_path, "GV20")
    Notes(tmp_path).set_note("GV28", "from A")
    b.set_point("GV28")
    assert b.editor.toPlainText() == "from A"


def test_typing_over_a_note_changed_elsewhere_keeps_both(qtbot, tmp_path):
    b = panel(qtbot, tmp_path)                     # B shows GV28, empty
    Notes(tmp_path).set_note("GV28", "from A")     # A writes it while B is open
    b._watcher.blockSignals(True)                  # as if B had not noticed yet
    qtbot.keyClicks(b.editor, "from B")
    with qtbot.waitSignal(b.notice):
        b.save()
    on_disk = Notes(tmp_path).note("GV28")
    assert "from A" in on_disk and "from B" in on_disk and KEPT_MARK in on_disk
    assert b.editor.toPlainText() == on_disk


def test_an_untouched_note_never_overwrites_the_other_copys(qtbot, tmp_path):
    Notes(tmp_path).set_note("GV28", "old")
    b = panel(qtbot, tmp_path)
    b._watcher.blockSignals(True)
    Notes(tmp_path).set_note("GV28", "new, from A")
    b.set_point("GV20")                            # leaving the point saves what is pending
    assert Notes(tmp_path).note("GV28") == "new, from A"


def test_the_panel_follows_the_file_while_the_user_is_not_typing(qtbot, tmp_path):
    Notes(tmp_path).set_note("GV20", "makes the folder exist")
    b = panel(qtbot, tmp_path)
    Notes(tmp_path).set_note("GV28", "from A")
    qtbot.waitUntil(lambda: b.editor.toPlainText() == "from A", timeout=3000)
