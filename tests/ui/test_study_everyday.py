"""Study mode and export in everyday use (issue 20): what a first-time user tripped over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit

from app.quiz import WRONG
from app.ui import study_panel
from app.ui.study_panel import VERDICT_COLOURS
from tests.ui.test_study import make_window


@pytest.fixture
def window(qtbot, mini_atlas):
    return make_window(qtbot, mini_atlas)


def choose(box, data) -> None:
    """Pick an entry of a combo box as the user would (by its data)."""
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def has_colour(widget, colour, tolerance: int = 12) -> bool:
    image, want = widget.grab().toImage(), (colour.red(), colour.green(), colour.blue())
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if all(abs(a - b) <= tolerance for a, b in zip((c.red(), c.green(), c.blue()), want)):
                return True
    return False


# --- 1. the quiz's kind, deck and length are remembered ------------------------------------
def test_quiz_kind_deck_and_length_are_remembered_between_sessions(qtbot, mini_atlas):
    first = make_window(qtbot, mini_atlas)
    first.left_tabs.setCurrentWidget(first.study_page)
    panel = first.study
    choose(panel.kind_box, "name")
    choose(panel.deck_box, "channel:GB")
    panel.length_box.setValue(3)
    panel.start_button.click()
    assert panel.running() and panel.session.kind == "name"
    panel.leave()
    first.close()

    again = make_window(qtbot, mini_atlas)                 # the app started again
    again.left_tabs.setCurrentWidget(again.study_page)
    shown = again.study
    assert shown.kind_box.currentText() == "Name the point"
    assert shown.deck_box.currentData() == "channel:GB"
    assert shown.length_box.value() == 3


# --- 2. leaving a running quiz asks first ---------------------------------------------------
def test_leaving_a_running_quiz_asks_first(qtbot, window, monkeypatch):
    asked, reply = [], [False]
    monkeypatch.setattr(study_panel, "ask_leave",
                        lambda parent, session: asked.append(session) or reply[0])
    session = window.start_quiz("name", "all", seed=1)
    panel = window.study

    qtbot.keyClick(window, Qt.Key.Key_Escape)                       # Keep going
    assert asked == [session] and panel.session is session and panel.running()
    window.left_tabs.setCurrentWidget(window.point_list)           # Keep going
    assert len(asked) == 2 and panel.running()
    assert window.left_tabs.currentWidget() is window.study_page   # still on the quiz
    choose(panel.deck_box, "channel:GB")
    panel.start_button.click()                                     # Keep going
    assert len(asked) == 3 and panel.session is session

    reply[0] = True                                                # Leave
    panel.start_button.click()                                     # another quiz
    assert len(asked) == 4 and panel.session is not session
    assert panel.session.deck.spec == "channel:GB"
    with qtbot.waitSignal(panel.quiz_ended):
        window.left_tabs.setCurrentWidget(window.point_list)
    assert window.left_tabs.currentWidget() is window.point_list
    window.start_quiz("name", "all", seed=1)
    with qtbot.waitSignal(panel.quiz_ended):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert len(asked) == 6 and not panel.running()
    qtbot.keyClick(window, Qt.Key.Key_Escape)                      # no quiz: nothing to ask
    assert len(asked) == 6


@pytest.mark.qt_log_ignore("propagateSizeHints")   # the offscreen platform, showing a box
def test_the_leave_question_is_clear_and_defaults_to_keep_going(qtbot, window,
                                                                real_ask_leave):
    session = window.start_quiz("name", "all", seed=1)
    window.study.choose(0)
    box = study_panel.leave_question(window.study, session)
    qtbot.addWidget(box)
    assert "Leave" in box.text() and "1 of 4" in box.text() and "saved" in box.text()
    texts = sorted(b.text().replace("&", "") for b in box.buttons())
    assert texts == ["Keep going", "Leave"]
    assert box.escapeButton() is box.defaultButton()
    assert box.defaultButton().text().replace("&", "") == "Keep going"

    def answer(text: str) -> None:   # click a button of the real box once it is shown
        def click() -> None:
            shown = QApplication.activeModalWidget()
            if isinstance(shown, QMessageBox):
                next(b for b in shown.buttons() if b.text().replace("&", "") == text).click()
            else:
                QTimer.singleShot(10, click)
        QTimer.singleShot(0, click)

    answer("Keep going")
    assert real_ask_leave(window.study, session) is False
    answer("Leave")
    assert real_ask_leave(window.study, session) is True


# --- 3. a wrong name answer shows the right choice -----------------------------------------
def test_a_wrong_name_answer_shows_which_choice_was_right(qtbot, window, mini_atlas):
    session = window.start_quiz("name", "channel:GB", seed=3)
    q = session.question
    buttons = window.study.choice_buttons
    right = q.choices.index("GB14")
    wrong = next(i for i, code in enumerate(q.choices) if code != "GB14")
    width = window.left_tabs.width()
    with qtbot.waitSignal(window.study.answered) as answered:
        buttons[wrong].click()
    assert answered.args[0].verdict == WRONG
    assert buttons[right].accessibleDescription() == "Right answer"
    assert buttons[wrong].accessibleDescription().startswith("Your answer")
    assert buttons[right].toolTip().startswith("Right answer")
    others = [b for i, b in enumerate(buttons) if i not in (right, wrong)]
    assert not any(b.accessibleDescription() for b in others)
    assert has_colour(buttons[right], VERDICT_COLOURS["correct"])
    assert has_colour(buttons[wrong], VERDICT_COLOURS["wrong"])
    assert not has_colour(others[0], VERDICT_COLOURS["correct"])
    assert not has_colour(others[0], VERDICT_COLOURS["wrong"])
    assert has_colour(buttons[right], QColor("#ffffff"), tolerance=40)   # the white ✓
    assert window.left_tabs.width() == width        # the marks do not widen the pane
    feedback = window.study.feedback.text()
    assert f"right answer was {right + 1}" in feedback and "GB14" in feedback


def test_the_marks_go_with_the_next_question(qtbot, window):
    session = window.start_quiz("name", "all", seed=5)
    window.study.choose(0)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert session.state == "question"
    assert not any(b.accessibleDescription() for b in window.study.choice_buttons)
    assert not has_colour(window.study.choice_buttons[0], VERDICT_COLOURS["correct"])


# --- 4. plain 1-4 pick a choice -------------------------------------------------------------
def test_plain_number_keys_pick_a_choice_but_type_in_a_text_box(qtbot, window):
    session = window.start_quiz("name", "all", seed=5)
    focus = QApplication.focusWidget()
    assert window.study.isAncestorOf(focus) and not isinstance(focus, QLineEdit)
    q = session.question
    with qtbot.waitSignal(window.study.answered) as answered:
        qtbot.keyClick(focus, Qt.Key.Key_2)
    assert answered.args[0].given == q.choices[1]
    qtbot.keyClick(window, Qt.Key.Key_Return)

    edit = window.study.answer_edit
    edit.setFocus()
    with qtbot.assertNotEmitted(window.study.answered):
        qtbot.keyClick(edit, Qt.Key.Key_1)
    assert edit.text() == "1" and session.state == "question"
    edit.clear()
    # a letter typed while the choices have focus starts a typed answer
    window.study.choice_buttons[0].setFocus()
    qtbot.keyClicks(window.study.choice_buttons[0], "gb")
    assert edit.text() == "gb" and edit.hasFocus()


# --- 5. the status bar follows the quiz -----------------------------------------------------
def test_the_status_bar_shows_the_quiz_not_an_earlier_message(qtbot, window, tmp_path,
                                                              monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from app.ui import dialogs

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(dialogs, "ask_printer", lambda parent: printer)
    window.select_point("GB14")
    next(a for a in window.findChildren(QAction)
         if a.text().startswith("Print point card")).trigger()
    assert window.statusBar().currentMessage() == "Printed GB14"

    window.left_tabs.setCurrentWidget(window.study_page)
    choose(window.study.kind_box, "name")
    window.study.start_button.click()
    shown = window.statusBar().currentMessage()
    assert "Printed" not in shown and "1 of" in shown
    window.study.choose(0)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert "2 of" in window.statusBar().currentMessage()
    window.study.leave()
    assert "Printed" not in window.statusBar().currentMessage()


# --- 6. notes once the question is answered -------------------------------------------------
def test_notes_open_on_the_answered_point_and_close_for_the_next_question(qtbot, window):
    window.notes.set_note("GB14", "Press gently.")
    session = window.start_quiz("name", "channel:GB", seed=3)
    panel = window.notes_panel
    assert not panel.isEnabled() and "Press gently" not in panel.editor.toPlainText()
    window.study.choose(session.question.choices.index("GB14"))
    assert panel.isEnabled() and panel.editor.toPlainText() == "Press gently."
    assert "GB14" in panel.title.text()
    panel.editor.setFocus()
    panel.editor.moveCursor(panel.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.editor, " Twice")
    qtbot.keyClick(panel.editor, Qt.Key.Key_Return)     # a new line, not the next question
    assert session.state == "answered"
    panel.save()
    assert window.notes.note("GB14") == "Press gently. Twice\n"
    assert isinstance(QApplication.focusWidget(), QPlainTextEdit)
    with qtbot.waitSignal(window.study.quiz_ended):
        window.study.next_button.click()
    assert window.notes_panel.editor.toPlainText() == ""   # browsing: no point selected


def test_notes_are_closed_while_a_question_is_open(qtbot, window):
    window.notes.set_note("GB14", "Press gently.")
    window.notes.set_note("CV24", "Chin.")
    session = window.start_quiz("name", "all", seed=5)
    for _ in range(2):
        assert not window.notes_panel.isEnabled()
        assert window.notes_panel.editor.toPlainText() == ""
        window.study.choose(0)
        assert window.notes_panel.isEnabled()
        assert window.notes_panel.title.text().endswith(session.question.code)
        window.study.next_question()


# --- 7. flashcards of the listed points -----------------------------------------------------
def test_exporting_flashcards_of_an_empty_list_says_so(qtbot, window, tmp_path, monkeypatch):
    from app.ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask_save_path",
                        lambda *args: asked.append(args) or str(tmp_path / "deck.pdf"))
    window.point_list.search_box.setText("zzzz")
    assert window.point_list.visible_codes() == []
    next(a for a in window.findChildren(QAction) if a.text().startswith("Export flashcards")
         ).trigger()
    assert asked == [] and not (tmp_path / "deck.pdf").exists()
    assert window.notice.isVisibleTo(window)
    assert "no points" in window.notice.text().lower() and "zzzz" in window.notice.text()


def test_the_flashcard_deck_says_what_filtered_it(qtbot, window, tmp_path, monkeypatch):
    from app.ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask_save_path",
                        lambda *args: asked.append(args) or str(tmp_path / "deck.pdf"))
    window.select_point("GB14")
    window.notes_panel.star.click()                      # bookmark GB14
    window.point_list.search_box.setText("gb1")
    window.point_list.bookmark_box.setChecked(True)
    assert window.point_list.visible_codes() == ["GB14"]
    next(a for a in window.findChildren(QAction) if a.text().startswith("Export flashcards")
         ).trigger()
    title = "Flashcards: search 'gb1', bookmarked"
    assert title in asked[0][1]                          # the save dialog says it
    assert title.encode() in (tmp_path / "deck.pdf").read_bytes()   # the PDF's title


# --- 8. help lists every shortcut; a Point menu ---------------------------------------------
@pytest.mark.qt_log_ignore("propagateSizeHints", "support raise")   # offscreen, a new window
def test_help_lists_every_shortcut_the_window_has(qtbot, window):
    (help_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    (item,) = [a for a in help_menu.actions() if a.text().startswith("Keyboard shortcuts")]
    item.trigger()
    dialog = window.shortcuts_dialog
    assert dialog.isVisible()
    lines = dialog.text().splitlines()
    actions = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert any(a.text() == "Next question" for a in actions)   # the quiz's keys too
    for act in actions:
        name = act.text().replace("&", "").rstrip("…")
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()]
        assert any(line.split("\t")[0] == name and all(k in line.split("\t")[1] for k in keys)
                   for line in lines if "\t" in line), name
    assert "Point" in lines and lines.index("Point") < lines.index("Bookmark\tCtrl+B")


def test_bookmark_export_and_print_are_in_a_point_menu(window):
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    point = [a.text() for a in menus["Point"].actions() if not a.isSeparator()]
    assert point[0] == "Bookmark" and any(t.startswith("Export point card") for t in point)
    assert any(t.startswith("Print point card") for t in point)
    for other in ("File", "View"):
        assert "Bookmark" not in [a.text() for a in menus[other].actions()]


@pytest.mark.parametrize("size", [(1280, 800), (900, 600)])
def test_the_left_pane_keeps_its_width_through_browse_study_and_every_question(qtbot, size):
    """The bundled atlas (long names, every view): Browse, the Study tab, each question of a
    locate and a name quiz, answered or not, and back: the pane never changes width, and the
    details pane keeps a readable width at the smallest window."""
    from app.loader import load_atlas

    window = make_window(qtbot, load_atlas())
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.select_point("LI4")
    width = window.left_tabs.width()
    assert window.details.width() >= 230
    widths = []
    for kind in ("locate", "name"):
        window.start_quiz(kind, "all", length=5, seed=11)
        for _ in range(5):
            widths.append(window.left_tabs.width())
            if kind == "name":
                window.study.choose(0)
            else:
                window.study.answer_click(window.diagram.sceneRect().center())
            widths.append(window.left_tabs.width())
            window.study.next_question()
        window.study.leave()
    window.left_tabs.setCurrentIndex(0)
    widths.append(window.left_tabs.width())
    assert set(widths) == {width}
    assert window.details.width() >= 230


def test_a_small_window_opened_on_study_keeps_the_pane_and_shows_every_answer(qtbot):
    """A window that starts at 900×600 (a saved size) and opens Study: the left pane keeps
    Browse's width (its setup stacks rather than widening it), a running quiz shows its
    question alone, a name too long for a choice ends in "…" (whole in the tooltip), and the
    answer's card scrolls instead of being cut off."""
    from app.loader import load_atlas
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    window = MainWindow(load_atlas(), Settings())
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    width = window.left_tabs.width()
    window.left_tabs.setCurrentIndex(1)
    qtbot.wait(10)
    assert window.left_tabs.width() == width
    session = window.start_quiz("name", "all", length=5, seed=11)
    qtbot.wait(10)
    panel = window.study
    assert window.left_tabs.width() == width
    assert not panel.setup.isVisible() and panel.quiz_box.isVisible()
    for button, code in zip(panel.choice_buttons, session.question.choices):
        point = window.atlas.points[code]
        whole = f"{code}  {point.pinyin} · {point.english}"
        assert point.english in button.toolTip()
        fits = button.fontMetrics().horizontalAdvance(button.text()) <= button.width()
        assert fits and (whole in button.text() or button.text().endswith("…")), button.text()
        assert button.text().split()[1] == code
    panel.choose(0)
    qtbot.wait(10)
    scroll = panel.findChild(study_panel.QScrollArea, "quizFeedbackScroll")
    assert scroll.isVisible()
    assert scroll.widget().height() >= panel.feedback.sizeHint().height() - 1   # all of it
    assert panel.next_button.isVisible() and panel.next_button.isEnabled()
    window.study.leave()
    qtbot.wait(10)
    assert panel.setup.isVisible() and window.left_tabs.width() == width


def test_the_name_answer_box_hint_fits_the_narrowest_pane(qtbot):
    """At 900×600 the typed-answer box's hint is shown whole, not cut off."""
    from app.loader import load_atlas
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    window = MainWindow(load_atlas(), Settings())
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.start_quiz("name", "all", length=5, seed=3)
    qtbot.wait(10)
    box = window.study.answer_edit
    room = box.contentsRect().width() - 8   # the line edit's own text margins
    assert box.fontMetrics().horizontalAdvance(box.placeholderText()) <= room
    assert "Enter" in box.toolTip()


def test_the_progress_summary_never_breaks_a_word_in_a_narrow_pane(qtbot):
    """At 900×600, after some answers, every line of the progress summary ends between words
    (a table's columns used to break 'answers' and 'Intestine' apart)."""
    from app.loader import load_atlas
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    window = MainWindow(load_atlas(), Settings())
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.start_quiz("name", "all", length=3, seed=5)
    for _ in range(3):
        window.study.choose(0)
        window.study.next_question()
    window.study.leave()
    qtbot.wait(10)
    doc = window.study.summary.document()
    assert "By channel" in doc.toPlainText()
    block = doc.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            if end < len(text):   # a line ends at a space, a hyphen or a line break
                assert text[end - 1] in " -\u2028" or text[end] == " ", (text, text[:end])
        block = block.next()
