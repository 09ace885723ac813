"""Quiz mode: while a quiz runs it owns the diagram, then hands it back to browsing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, Signal

from app.ui.details_panel import DetailsPanel
from app.ui.diagram_view import DiagramView
from app.ui.notes_panel import NotesPanel
from app.ui.study_panel import VERDICT_COLOURS, WAITING_HTML, StudyPanel
from app.ui.view_chooser import ViewChooser


class QuizMode(QObject):
    """The window's mode while the Study panel runs a quiz. From the first question to the end
    it keeps the diagram on the question's view (the chooser off), hides the marks for a locate
    question or highlights the asked mark for a name question, takes clicks on the diagram as
    answers, draws the answer overlay, and keeps the answer out of the details and notes until
    the question is answered (then both show the answered point).

    The window asks its current mode what a click, a focused mark, a point link or a chosen
    view means (the same methods as its browse mode); this one answers for the quiz.

    Signals: entered() when a quiz starts (make this the window's mode); left() when it has
    ended and the diagram is given back (browsing resumes)."""

    entered = Signal()
    left = Signal()

    def __init__(self, panel: StudyPanel, diagram: DiagramView, chooser: ViewChooser,
                 details: DetailsPanel, notes_panel: NotesPanel,
                 show_view: Callable[[str], None], parent: QObject | None = None):
        super().__init__(parent)
        self.panel = panel
        self.diagram = diagram
        self.chooser = chooser
        self.details = details
        self.notes_panel = notes_panel
        self._show_view = show_view
        self.active = False
        panel.question_shown.connect(self._on_panel_question_shown)
        panel.answered.connect(self._on_panel_answered)
        panel.quiz_ended.connect(self._on_panel_quiz_ended)

    # --- what the window asks its mode --------------------------------------------------------
    def view_for(self, view_id: str) -> str:
        """The view to show when ``view_id`` is asked for: the question's, while one is asked."""
        return self.panel.locked_view() or view_id

    def point_clicked(self, code: str) -> None:
        """A click on a mark selects nothing during a quiz."""

    def background_clicked(self, pos: QPointF) -> None:
        self.panel.answer_click(pos)

    def mark_focused(self, code: str) -> None:
        """Naming the focused mark would give the answer away: say nothing."""

    def point_link(self, code: str) -> None:
        """Read about a linked point, but leave the quiz's diagram alone."""
        self.details.show_point(code)

    # --- the quiz's steps ---------------------------------------------------------------------
    def _on_panel_question_shown(self, question) -> None:
        if not self.active:
            self.active = True
            self.entered.emit()   # the window asks this mode from now on
        self._show_view(question.view)
        self.chooser.setEnabled(False)
        self.diagram.clear_answer()
        self.diagram.set_marks_visible(question.kind != "locate")
        self.diagram.set_highlight(question.code if question.kind == "name" else None)
        self.details.show_welcome()   # forget the shown point: it may be the answer
        self.details.setHtml(WAITING_HTML)
        self.notes_panel.set_point(None)

    def _on_panel_answered(self, answer) -> None:
        code = answer.question.code
        if answer.click is not None:
            atlas = self.diagram.atlas
            view = atlas.views[answer.question.view]
            others = [QPointF(*at) for at in atlas.points[code].marks_on(view)
                      if at != answer.nearest]
            self.diagram.show_answer(QPointF(*answer.click), QPointF(*answer.nearest),
                                     f"{code}  {answer.distance_cun:.1f} B-cun",
                                     VERDICT_COLOURS[answer.verdict], others)
        self.details.show_point(code)
        self.notes_panel.set_point(code)   # answered: its note no longer gives anything away

    def _on_panel_quiz_ended(self) -> None:
        """Give the diagram back as it was before the quiz (browsing then shows its point)."""
        self.chooser.setEnabled(True)
        self.diagram.clear_answer()
        self.diagram.set_marks_visible(True)
        self.diagram.set_highlight(None)
        self.active = False
        self.left.emit()
