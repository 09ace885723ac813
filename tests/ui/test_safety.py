"""Text is text, no socket is ever opened, notes survive, broken user files are reported."""

from __future__ import annotations

import socket
import sys

from PySide6.QtCore import Qt

from app.loader import load_atlas
from app.ui import application
from app.ui.main_window import MainWindow
from app.ui.settings import Settings

EVIL = '<img src="http://evil.example/x.png"><b>bold</b><script>alert(1)</script>'


def test_markup_in_data_shows_literally(qtbot, atlas_copy):
    path, _ = atlas_copy(("english: Sauce Receptacle", f"english: '{EVIL}'"),
                         ("text: Bruises easily.", "text: <a href='http://x'>click</a>"))
    atlas = load_atlas(path)
    window = MainWindow(atlas, Settings())
    qtbot.addWidget(window)
    window.select_point("CV24")
    assert EVIL in window.details.toPlainText()
    assert "&lt;img" in window.details.toHtml()
    window.select_point("GB14")
    assert "<a href='http://x'>click</a>" in window.details.toPlainText()
    assert 'href="http' not in window.details.toHtml()


def test_a_note_with_markup_stays_plain(qtbot, mini_atlas):
    window = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(window)
    window.select_point("GB14")
    window.notes_panel.editor.setPlainText(EVIL)
    window.notes_panel.save()
    assert window.notes.note("GB14") == EVIL
    assert EVIL not in window.details.toHtml()


def test_foreign_links_are_ignored(qtbot, mini_atlas):
    window = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(window)
    window.select_point("GB14")
    with qtbot.assertNotEmitted(window.details.link_activated):
        window.details.anchorClicked.emit("http://evil.example/")
        window.details.anchorClicked.emit("file:///etc/passwd")
    assert window.current_point() == "GB14"


def test_a_whole_session_opens_no_socket(qtbot, mini_atlas, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the app tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    window = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(window)
    window.show()
    for code in mini_atlas.points:
        window.select_point(code)
    for kind, ident in (("condition", "twitch"), ("source", "lay-article"),
                        ("source", "big-review")):
        window.details.link_activated.emit(kind, ident)
    qtbot.keyClicks(window.point_list.search_box, "zhigou")
    qtbot.keyClick(window.point_list.search_box, Qt.Key.Key_Return)
    window.diagram.zoom_in()
    window.close()
    assert not any(m.startswith("PySide6.QtNetwork") for m in sys.modules)


def test_notes_are_saved_as_you_type_and_come_back(qtbot, mini_atlas):
    window = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(window)
    window.select_point("GB14")
    qtbot.keyClicks(window.notes_panel.editor, "one cun above the brow")
    qtbot.waitUntil(lambda: window.notes.note("GB14") == "one cun above the brow")
    window.notes_panel.star.click()
    window.select_point("ST36")
    again = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(again)
    again.select_point("GB14")
    assert again.notes_panel.editor.toPlainText() == "one cun above the brow"
    assert again.notes_panel.star.isChecked()
    again.point_list.bookmark_box.setChecked(True)
    assert again.point_list.visible_codes() == ["GB14"]


def test_a_corrupt_notes_file_is_reported_in_the_window(qtbot, mini_atlas, _user_home):
    (_user_home / "notes.json").write_text("{broken")
    window = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.notice.isVisible()
    assert "notes.json could not be read" in window.notice.text()
    assert list(_user_home.glob("notes.json.corrupt-*"))
    window.select_point("GB14")
    window.notes_panel.editor.setPlainText("new note")
    window.notes_panel.save()
    assert window.notes.note("GB14") == "new note"


def test_bad_atlas_offers_the_bundled_one(atlas_copy, monkeypatch, capsys):
    path, _ = atlas_copy(("channel: CV", "channel: XX"))
    asked = []
    monkeypatch.setattr(application, "ask_use_bundled",
                        lambda problems: asked.append(problems) or False)
    assert application._load(str(path), interactive=True) is None
    assert asked and "channel 'XX'" in asked[0][0]
    assert f"{path}:" in capsys.readouterr().err


def test_choosing_the_bundled_atlas_loads_it(atlas_copy, monkeypatch):
    path, _ = atlas_copy(("channel: CV", "channel: XX"))
    monkeypatch.setattr(application, "ask_use_bundled", lambda problems: True)
    atlas = application._load(str(path), interactive=True)
    assert atlas is not None and atlas.path.name == "points.yaml"


def test_an_unusable_user_folder_is_reported_and_nothing_breaks(qtbot, mini_atlas, tmp_path,
                                                               monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("ACUPOINTS_HOME", str(blocker / "home"))   # cannot be created
    window = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(window)
    window.show()
    assert "cannot be used" in window.notice.text()
    window.select_point("GB14")
    window.notes_panel.editor.setPlainText("a note that cannot be kept")
    window.notes_panel.save()
    window.notes_panel.star.click()
    assert "could not be saved" in window.notice.text()
    window.close()


def test_a_notice_can_be_dismissed_and_shows_text_as_text(qtbot, mini_atlas):
    window = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(window)
    window.show()
    window.show_notice("<b>not bold</b>")
    assert window.notice.isVisible() and window.notice.text() == "<b>not bold</b>"
    window.notice.close_button.click()
    assert not window.notice.isVisible() and window.notice.text() == ""
