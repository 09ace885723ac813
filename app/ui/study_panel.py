"""Study mode: choose a quiz and deck, answer questions, see progress (the rules are app.quiz)."""

from __future__ import annotations

import random
import time
from html import escape

from PySide6.QtCore import QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.card import describe
from app.model import Atlas
from app.pages import answer_card
from app.progress_store import ProgressStore
from app.quiz import CLOSE, CORRECT, WRONG, Answer, DeckError, Question, QuizSession, deck_choices
from app.ui import theme
from app.ui.settings import Settings
from app.user_store import StoreError

VERDICT_COLOURS = {CORRECT: QColor("#1b6e3a"), CLOSE: QColor("#b26a00"),
                   WRONG: QColor("#b3261e")}
VERDICT_WORDS = {CORRECT: "Correct", CLOSE: "Close", WRONG: "Wrong"}
CHOICE_STYLE = "text-align: left; padding: 4px 6px;"
# how an answered name question marks its choices: the right one, and a wrong one picked
CHOICE_MARKS = {CORRECT: ("✓", "Right answer"), WRONG: ("✗", "Your answer, wrong")}
WAITING_HTML = ("<h3>Study mode</h3><p>The point's card appears here once you have answered. "
                "Enter: next question · Esc: leave the quiz.</p>")


class _ChoiceButton(QPushButton):
    """A name-quiz choice: a name longer than the pane ends in "…" at its edge (whole in the
    tooltip) instead of being cut through a letter, and never widens the pane."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._choice = ""
        self.setStyleSheet(CHOICE_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_choice(self, text: str) -> None:
        self._choice = text
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # the padding of CHOICE_STYLE and the button's frame on both sides, and the mark's room
        room = self.width() - self.iconSize().width() - 24
        shown = self.fontMetrics().elidedText(self._choice, Qt.TextElideMode.ElideRight,
                                              max(room, 0))
        self.setText(shown.replace("&", "&&"))   # '&' would make a shortcut letter


def ask_reset(parent: QWidget) -> bool:
    """Confirm forgetting all study progress (tests replace this; it is modal)."""
    answer = QMessageBox.question(
        parent, "Reset study progress",
        "Forget every answer and start all points afresh? This cannot be undone.")
    return answer == QMessageBox.StandardButton.Yes


def leave_question(parent: QWidget, session: QuizSession) -> QMessageBox:
    """The question asked before a running quiz is left: Leave, or Keep going (the default)."""
    box = QMessageBox(QMessageBox.Icon.Question, "Leave the quiz?",
                      f"Leave this quiz? You have answered {len(session.answers)} of "
                      f"{session.total} questions; those answers are saved.", parent=parent)
    box.addButton("Leave", QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton("Keep going", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def ask_leave(parent: QWidget, session: QuizSession) -> bool:
    """True if the user chose to leave the running quiz (tests replace this; it is modal)."""
    box = leave_question(parent, session)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    return chosen is not None and box.buttonRole(chosen) == QMessageBox.ButtonRole.AcceptRole


class StudyPanel(QWidget):
    """Runs one QuizSession at a time and saves progress after every answer.

    Signals: question_shown(object Question); answered(object Answer); quiz_ended() when a
    quiz finishes or is left; problem(str message) when progress cannot be read or saved;
    status(str line) the quiz's progress for the status bar ("" when there is none to show).
    The window decides what the diagram shows for each, and sends locate clicks to
    ``answer_click``."""

    question_shown = Signal(object)
    answered = Signal(object)
    quiz_ended = Signal()
    problem = Signal(str)
    status = Signal(str)

    def __init__(self, atlas: Atlas, store: ProgressStore, settings: Settings | None = None,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("studyPanel")
        self.setAccessibleName("Study")
        self.atlas = atlas
        self.store = store
        self.settings = settings   # remembers the last quiz's kind, deck and length
        self.session: QuizSession | None = None
        self._finished_line = ""

        self.kind_box = QComboBox(objectName="quizKind")
        self.kind_box.setAccessibleName("Quiz kind")
        self.kind_box.addItem("Locate the point", "locate")
        self.kind_box.addItem("Name the point", "name")
        self.deck_box = QComboBox(objectName="quizDeck")
        self.deck_box.setAccessibleName("Deck")
        for spec, title in deck_choices(atlas):
            self.deck_box.addItem(title, spec)
        for box in (self.kind_box, self.deck_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        self.length_box = QSpinBox(objectName="quizLength")
        self.length_box.setAccessibleName("Questions per quiz")
        self.length_box.setRange(1, 200)
        self.length_box.setValue(10)
        self.start_button = QPushButton("Start quiz", objectName="startQuizButton")
        self.start_button.setAccessibleName("Start quiz")
        self.reset_button = QPushButton("Reset progress…", objectName="resetProgressButton")
        self.reset_button.setAccessibleName("Reset study progress")

        self.question_label = QLabel(objectName="quizQuestion")
        self.question_label.setAccessibleName("Question")
        self.question_label.setWordWrap(True)
        font = QFont(self.question_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.question_label.setFont(font)
        self.choice_buttons: list[_ChoiceButton] = []
        for number in range(1, 5):
            button = _ChoiceButton(objectName=f"quizChoice{number}")
            button.setAccessibleName(f"Choice {number}")
            button.clicked.connect(lambda _=False, n=number - 1: self._on_choice_clicked(n))
            self.choice_buttons.append(button)
        self.answer_edit = QLineEdit(objectName="quizAnswer")
        self.answer_edit.setAccessibleName("Type the point's code or name")
        # short enough for the narrowest pane (the whole hint is its tooltip)
        self.answer_edit.setPlaceholderText("Type code or name")
        self.answer_edit.setToolTip("Or type the point's code or name, then press Enter")
        self.feedback = QLabel(objectName="quizFeedback")
        self.feedback.setAccessibleName("Answer feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score_label = QLabel(objectName="quizScore")
        self.score_label.setAccessibleName("Score")
        self.score_label.setWordWrap(True)   # on a narrow pane, two lines rather than cut
        self.next_button = QPushButton("Next  (Enter)", objectName="nextQuestionButton")
        self.next_button.setAccessibleName("Next question")
        self.leave_button = QPushButton("Leave  (Esc)", objectName="leaveQuizButton")
        self.leave_button.setAccessibleName("Leave the quiz")
        self.summary = QTextBrowser(objectName="studySummary")
        self.summary.setAccessibleName("Study progress summary")
        self.summary.setOpenLinks(False)
        theme.flat_scroll_bars(self.summary)

        self.next_action = QAction("Next question", self)
        self.next_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.leave_action = QAction("Leave the quiz", self)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        # Plain 1-4 (a text box keeps them for typing), and Alt+1-4 from anywhere.
        self.choice_actions: list[QAction] = []
        for number in range(1, 5):
            act = QAction(f"Choice {number} of a Name quiz", self)
            act.setShortcuts([QKeySequence(str(number)), QKeySequence(f"Alt+{number}")])
            act.triggered.connect(lambda _=False, n=number - 1: self.choose(n))
            self.choice_actions.append(act)
        for act in (self.next_action, self.leave_action, *self.choice_actions):
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(act)
        self._layout()

        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.reset_button.clicked.connect(lambda: self.reset_progress())
        self.answer_edit.returnPressed.connect(self._on_answer_edit_return_pressed)
        self.next_button.clicked.connect(self.next_question)
        self.leave_button.clicked.connect(self.leave)
        self.next_action.triggered.connect(self.next_question)
        self.leave_action.triggered.connect(self.confirm_leave)
        if settings:
            self._select(self.kind_box, settings.get("study/kind"))
            self._select(self.deck_box, settings.get("study/deck"))
            self.length_box.setValue(settings.get("study/length"))
        self._update()
        self.refresh_summary()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        # a narrow pane puts each label above its box rather than growing wider than Browse
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("Quiz", self.kind_box)
        form.addRow("Deck", self.deck_box)
        form.addRow("Questions", self.length_box)
        # buttons one above the other: side by side they would widen a narrow pane
        buttons = QVBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.reset_button)
        self.setup = QWidget()
        setup = QVBoxLayout(self.setup)
        setup.setContentsMargins(0, 0, 0, 0)
        setup.addLayout(form)
        setup.addLayout(buttons)

        self.quiz_box = QGroupBox("Question", objectName="quizBox")
        self.quiz_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)   # holds focus for the keys
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, button in enumerate(self.choice_buttons):
            grid.addWidget(button, i, 0)
        steps = QVBoxLayout()
        steps.addWidget(self.next_button)
        steps.addWidget(self.leave_button)
        quiz = QVBoxLayout(self.quiz_box)
        quiz.addWidget(self.question_label)
        quiz.addLayout(grid)
        quiz.addWidget(self.answer_edit)
        quiz.addSpacing(6)
        # the answer and its card's cautions scroll when the pane is short (never clipped)
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        feedback = QScrollArea(objectName="quizFeedbackScroll")
        feedback.setWidget(self.feedback)
        feedback.setWidgetResizable(True)
        feedback.setFrameShape(QFrame.Shape.NoFrame)
        feedback.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        quiz.addWidget(feedback, 1)
        quiz.addWidget(self.score_label)
        quiz.addSpacing(6)
        quiz.addLayout(steps)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.setup)
        layout.addWidget(self.quiz_box, 1)
        layout.addWidget(self.summary, 1)

    # --- the public interface ---------------------------------------------------------------
    def running(self) -> bool:
        return self.session is not None and self.session.state != "finished"

    def locked_view(self) -> str | None:
        """The view the running quiz is asking on (the window keeps the diagram on it)."""
        if self.running() and self.session.question is not None:
            return self.session.question.view
        return None

    def start(self, kind: str, deck: str, length: int = 10, seed: int | None = None
              ) -> QuizSession | None:
        """Start a quiz (leaving any running one); None, with the reason shown, when the deck
        has nothing to ask."""
        if self.running():
            self.leave()
        self._select(self.kind_box, kind)
        self._select(self.deck_box, deck)
        self.length_box.setValue(length)
        if self.settings:
            for key, value in (("kind", kind), ("deck", deck), ("length", length)):
                self.settings.set(f"study/{key}", value)
        known = len(self.store.problems)
        progress = self.store.reload()
        for problem in self.store.problems[known:]:
            self.problem.emit(problem)
        try:
            self.session = QuizSession(self.atlas, kind, deck, progress,
                                       rng=random.Random(seed), length=length)
        except DeckError as exc:
            self.session = None
            empty = ("Nothing is due or weak right now. Pick another deck to learn new points."
                     if deck == "due" else f"Cannot start: {exc}.")
            self._finished_line = escape(empty)
            self.refresh_summary()
            return None
        self._finished_line = ""
        if self.deck_box.currentData() != deck:   # e.g. "face" on an atlas without face-front
            self.deck_box.addItem(self.session.deck.title, deck)
            self._select(self.deck_box, deck)
        self._show_question(self.session.question)
        return self.session

    def answer_click(self, scene_pos: QPointF | tuple[float, float]) -> Answer | None:
        """Judge a click on the diagram (scene units) as the answer to a locate question."""
        if not self._waiting("locate"):
            return None
        if isinstance(scene_pos, QPointF):
            scene_pos = (scene_pos.x(), scene_pos.y())
        return self._answered(self.session.answer_locate(scene_pos))

    def choose(self, index: int) -> Answer | None:
        """Pick the index-th of the four choices of a name question."""
        if not self._waiting("name"):
            return None
        return self._answered(self.session.answer_name(self.session.question.choices[index]))

    def answer_text(self, text: str) -> Answer | None:
        """Judge a typed code or name; None (still waiting) when it names no point."""
        if not self._waiting("name"):
            return None
        answer = self.session.answer_typed(text)
        if answer is None:
            self.feedback.setText(f"No point is called “{escape(text.strip())}”. Try a code "
                                  "such as GB14, or a pinyin or English name.")
            return None
        return self._answered(answer)

    def next_question(self) -> None:
        if self.session is None or self.session.state != "answered":
            return
        question = self.session.next()
        if question is None:
            self._end()
        else:
            self._show_question(question)

    def leave(self) -> None:
        if self.running():
            self.session.leave()
            self._end()

    def confirm_leave(self) -> bool:
        """Leave the running quiz if the user agrees (ask_leave); True when none runs now."""
        if not self.running():
            return True
        if not ask_leave(self, self.session):
            return False
        self.leave()
        return True

    def reset_progress(self, confirm: bool = True) -> bool:
        if confirm and not ask_reset(self):
            return False
        if self.running():
            self.leave()
        try:
            count = self.store.reset()
        except StoreError as exc:
            self.problem.emit(f"Study progress could not be reset: {exc}")
            return False
        self._finished_line = f"Progress reset: {count} point(s) forgotten."
        self.refresh_summary()
        return True

    # --- questions and answers ----------------------------------------------------------------
    def _waiting(self, kind: str) -> bool:
        return (self.session is not None and self.session.state == "question"
                and self.session.kind == kind)

    def _show_question(self, question: Question) -> None:
        self.quiz_box.setTitle(f"Question {question.number} of {question.total}")
        self.question_label.setText(question.prompt)
        for number, (button, code) in enumerate(zip(self.choice_buttons, question.choices), 1):
            p = self.atlas.points[code]
            # the number key (or Alt+number) picks it
            button.set_choice(f"{number}  {p.code}  {p.pinyin} · {p.english}")
            button.setToolTip(f"{p.code} {p.pinyin} {p.hanzi} — {p.english}")
            button.setStyleSheet(CHOICE_STYLE)
            button.setIcon(self._mark_icon(None))   # the mark's room: the pane keeps its width
            button.setAccessibleDescription("")
        for button in self.choice_buttons[len(question.choices):]:
            button.set_choice("")
        self.answer_edit.clear()
        self.feedback.setText("Click where the point is on the diagram."
                              if question.kind == "locate" else "")
        self._update()
        if question.kind == "name":   # not the text box: the number keys pick, letters type
            self.quiz_box.setFocus()
        self.question_shown.emit(question)
        self.status.emit(self._status_line())

    def _answered(self, answer: Answer) -> Answer:
        code = answer.question.code
        try:
            self.store.save(code)
        except StoreError as exc:
            self.problem.emit(f"Study progress could not be saved: {exc}")
        self.feedback.setText(self._feedback_html(answer))
        if answer.question.kind == "name":
            self._mark_choices(answer)
        self._update()
        self.answered.emit(answer)
        self.status.emit(self._status_line())
        return answer

    def _mark_choices(self, answer: Answer) -> None:
        """The right choice marked right; a wrong one picked, marked as the user's answer."""
        question = answer.question
        for button, code in zip(self.choice_buttons, question.choices):
            verdict = CORRECT if code == question.code else WRONG if code == answer.given else None
            if verdict is not None:
                symbol, words = CHOICE_MARKS[verdict]
                button.setIcon(self._mark_icon(symbol))
                button.setAccessibleDescription(words)
                button.setToolTip(f"{words}: {button.toolTip()}")
                button.setStyleSheet(f"{CHOICE_STYLE} color: #ffffff; background-color: "
                                     f"{VERDICT_COLOURS[verdict].name()}; border: none;")

    def _mark_icon(self, symbol: str | None) -> QIcon:
        """A choice's mark (✓, ✗) in white, or an empty one of the same size."""
        size = self.choice_buttons[0].iconSize()
        pixmap = QPixmap(size * self.devicePixelRatioF())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        pixmap.fill(Qt.GlobalColor.transparent)
        if symbol:
            painter = QPainter(pixmap)
            font = QFont(self.font())
            font.setPixelSize(size.height())
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(QRect(QPoint(0, 0), size), Qt.AlignmentFlag.AlignCenter, symbol)
            painter.end()
        icon = QIcon()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):   # answered: the buttons are off
            icon.addPixmap(pixmap, mode)
        return icon

    def keyPressEvent(self, event) -> None:
        """A letter typed while a Name question has focus (not in a text box) starts a typed
        answer; the number keys are the choices' shortcuts."""
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier
                                         | Qt.KeyboardModifier.MetaModifier)
        if self._waiting("name") and plain and text.isprintable() and text.strip():
            self.answer_edit.setFocus()
            self.answer_edit.insert(text)
            return
        super().keyPressEvent(event)

    def _feedback_html(self, answer: Answer) -> str:
        p = self.atlas.points[answer.question.code]
        colour = VERDICT_COLOURS[answer.verdict].name()
        words = VERDICT_WORDS[answer.verdict]
        if answer.distance_cun is not None:
            detail = f"{answer.distance_cun:.1f} B-cun from the point"
            if answer.verdict == CLOSE:
                detail += " (within 1 B-cun; 0.5 counts as correct)"
        elif answer.verdict == WRONG:
            given = self.atlas.points[answer.given]
            number = answer.question.choices.index(p.code) + 1
            detail = (f"you named {escape(given.code)} {escape(given.pinyin)}; the right answer "
                      f"was {number}: {escape(p.code)} {escape(p.pinyin)}")
        else:
            detail = "well named"
        return (f'<p style="margin:0"><span style="background-color:{colour}; color:#ffffff;">'
                f"&nbsp;<b>{words}</b>&nbsp;</span> {detail}</p>"
                f"{answer_card(describe(self.atlas, p))}"
                '<p style="margin:4px 0 0 0; color:#555555">Enter: next question</p>')

    def _end(self) -> None:
        session = self.session
        if session is not None and session.answers:
            s = session.score
            self._finished_line = (
                f"Last quiz: {s[CORRECT]} correct, {s[CLOSE]} close, {s[WRONG]} wrong "
                f"of {len(session.answers)} answered.")
        self._update()
        self.refresh_summary()
        self.status.emit(self._finished_line)
        self.quiz_ended.emit()

    def _update(self) -> None:
        """Show and enable what the quiz's state allows."""
        running = self.running()
        state = self.session.state if running else "finished"
        name = running and self.session.kind == "name"
        # while a quiz runs its question takes the whole pane (the setup returns after it)
        self.setup.setVisible(not running)
        self.quiz_box.setVisible(running)
        self.summary.setVisible(not running)
        for button in self.choice_buttons:
            button.setVisible(name and bool(button.text()))
            button.setEnabled(state == "question")
        self.answer_edit.setVisible(name)
        self.answer_edit.setEnabled(name and state == "question")
        self.next_button.setEnabled(state == "answered")
        self.next_action.setEnabled(state == "answered")
        self.leave_action.setEnabled(running)
        for act in self.choice_actions:
            act.setEnabled(name and state == "question")
        if running:
            self.score_label.setText(f"Score: {self._score()}")

    def _score(self) -> str:
        s = self.session.score
        return f"{s[CORRECT]} correct · {s[CLOSE]} close · {s[WRONG]} wrong"

    def _status_line(self) -> str:
        """Where the running quiz is, for the status bar."""
        question = self.session.question
        kind = self.kind_box.itemText(self.kind_box.findData(self.session.kind))
        step = "answered" if self.session.state == "answered" else "asked"
        return (f"{kind}: question {question.number} of {question.total} {step} · "
                f"{self._score()}")

    # --- summary --------------------------------------------------------------------------------
    def refresh_summary(self) -> None:
        summary = self.store.progress.summary(self.atlas, time.time())
        html = []
        if self._finished_line:
            html.append(f"<p><b>{self._finished_line}</b></p>")
        o = summary.overall
        html.append("<h3>Your progress</h3>")
        if not o.seen:
            html.append("<p>No answers yet. Choose a quiz and a deck above, then Start.</p>")
        else:
            html.append(f"<p>{o.seen} answers · <b>{o.accuracy:.0%}</b> correct · {o.close} close"
                        f" · {o.wrong} wrong<br>{summary.due} point(s) due now · {summary.new} "
                        "never asked</p>")
            html.append(_table("By channel", [
                (f"{ch} {self.atlas.channel_name(ch)}", st)
                for ch, st in summary.by_channel.items()]))
            html.append(_table("By region", [
                (self.atlas.views[v].title, st) for v, st in summary.by_region.items()]))
            if summary.most_missed:
                rows = "".join(
                    f"<li><b>{escape(code)}</b> {escape(self.atlas.points[code].pinyin)} — "
                    f"{p.wrong} wrong, {p.close} close of {p.seen} (box {p.box})</li>"
                    for code, p in summary.most_missed)
                html.append(f"<p><b>Most missed</b></p><ul style='margin-top:0'>{rows}</ul>")
        self.summary.setHtml("".join(html))

    @staticmethod
    def _select(box: QComboBox, data: str) -> None:
        index = box.findData(data)
        if index >= 0:
            box.setCurrentIndex(index)

    # --- slots ----------------------------------------------------------------------------------
    def _on_start_button_clicked(self) -> None:
        if self.confirm_leave():
            self.start(self.kind_box.currentData(), self.deck_box.currentData(),
                       self.length_box.value())

    def _on_choice_clicked(self, index: int) -> None:
        self.choose(index)

    def _on_answer_edit_return_pressed(self) -> None:
        if self.answer_edit.text().strip():
            self.answer_text(self.answer_edit.text())


def _table(title: str, rows: list[tuple[str, object]]) -> str:
    """One line per group ("HT Heart: 2 answers, 50% correct"): it wraps between words in a
    narrow pane, where a table's columns would break words apart."""
    body = "<br>".join(
        f"{escape(label)}: {st.seen} answer{'' if st.seen == 1 else 's'}, "
        f"<b>{st.accuracy:.0%}</b> correct" for label, st in rows)
    return f"<p style='margin-bottom:2px'><b>{title}</b></p><p style='margin-top:0'>{body}</p>"
