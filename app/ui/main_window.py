"""The main window: composes the point list, the diagram and the details panel, and wires them."""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.history import History
from app.model import Atlas, roster
from app.notes import Notes, NotesImportError
from app.ui import theme
from app.ui.details_panel import DetailsPanel
from app.ui.diagram_view import DiagramView, Look
from app.ui.notes_panel import NotesPanel
from app.ui.notice import Notice
from app.ui.point_list import PointList
from app.ui.settings import Settings
from app.ui.shortcut_guard import ShortcutGuard
from app.ui.view_chooser import REGION_TITLES, ViewChooser

if TYPE_CHECKING:   # the Study tab is built when first opened, not for the first frame
    from app.progress_store import ProgressStore
    from app.ui.quiz_mode import QuizMode
    from app.ui.study_panel import StudyPanel


MIN_SIZE = (900, 560)   # the smallest window the layout is made for
DETAILS_MIN = 270   # px: the narrowest the details pane gets (a card's lines stay readable)
LAYER_SETTINGS = {"how-to-find": "view/how_to_find", "channels": "view/channels",
                  "labels": "view/labels"}


def _keys(standard: QKeySequence.StandardKey, *always: str) -> list[QKeySequence]:
    """The platform's keys for a standard action, and these on every platform, each once."""
    keys = {k.toString(): k for k in QKeySequence.keyBindings(standard)}
    for text in always:
        keys.setdefault(QKeySequence(text).toString(), QKeySequence(text))
    return list(keys.values())


class BrowseMode:
    """The window's mode when no quiz runs: a click on a mark, Enter on a focused mark or a
    point link selects that point; any view may be shown. (QuizMode answers the same asks
    while a quiz runs.)"""

    def __init__(self, window: MainWindow):
        self.window = window

    def view_for(self, view_id: str) -> str:
        return view_id

    def point_clicked(self, code: str) -> None:
        self.window.select_point(code)

    def background_clicked(self, _pos: QPointF) -> None:
        """Clicking beside the marks selects nothing."""

    def mark_focused(self, code: str) -> None:
        point = self.window.atlas.points[code]
        self.window.statusBar().showMessage(
            f"{code} {point.pinyin} ({point.english}) — Enter opens it")

    def point_link(self, code: str) -> None:
        self.window.select_point(code)

    def resume(self) -> None:
        """Back from another mode: show the browsed point again, everywhere."""
        window, code = self.window, self.window.current_point()
        window.diagram.set_selected(code)
        if code:
            window.details.show_point(code)
        else:
            window.details.show_welcome()
        window.notes_panel.set_point(code)


class MainWindow(QMainWindow):
    """Selecting a point anywhere (mark, list, search, link, command line) selects it
    everywhere and shows a view that has it."""

    def __init__(self, atlas: Atlas, settings: Settings | None = None,
                 notes: Notes | None = None, progress: ProgressStore | None = None):
        super().__init__()
        self.atlas = atlas
        self.settings = settings
        self.notes = notes if notes is not None else Notes()
        self._point: str | None = None
        self.history = History()   # the pages shown, for Back and Forward
        self._walking = False      # going back or forward: not a new visit
        self._theme, self._text_size = "system", 10
        self._restored = False
        self.shortcuts_dialog = None   # Help → Keyboard shortcuts, made when first asked for
        self.setWindowTitle("Acupoint Atlas")
        self.setMinimumSize(*MIN_SIZE)
        shown = None
        if settings:   # the look first, so the widgets below are not restyled once made
            shown = theme.apply(settings.get("view/theme"), settings.get("view/text_size"))

        self.point_list = PointList(atlas)
        self.point_list.set_bookmarks(self.notes.bookmarked())
        self.diagram = DiagramView(atlas)
        if shown is not None:   # before its first view is built, so that it is built once
            self.diagram.set_look(Look(shown == "high-contrast", settings.get("view/text_size")))
        self.details = DetailsPanel(atlas)
        self.notes_panel = NotesPanel(self.notes)
        self._progress = progress
        self._study: StudyPanel | None = None
        self._quiz_mode: QuizMode | None = None
        self._browse = BrowseMode(self)
        self.mode: BrowseMode | QuizMode = self._browse   # what clicks and views mean now
        self.study_page = QWidget(objectName="studyPage")   # holds the Study tab once built
        QVBoxLayout(self.study_page).setContentsMargins(0, 0, 0, 0)
        self.left_tabs = QTabWidget(objectName="leftTabs")
        self.left_tabs.setAccessibleName("Browse or study")
        self.left_tabs.tabBar().setAccessibleName("Browse or study")
        self.left_tabs.addTab(self.point_list, "Browse")
        self.left_tabs.addTab(self.study_page, "Study")
        self.notice = Notice()
        self.view_switcher = ViewChooser(atlas)

        centre = QWidget()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.view_switcher, 1)
        self._build_actions(bar)
        self._build_export_actions()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.diagram, 1)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._details_with_header())
        right.addWidget(self.notes_panel)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        right.setMinimumWidth(DETAILS_MIN)   # a card stays readable: the list gives way first
        self.right_splitter = right

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left_tabs)
        splitter.addWidget(centre)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.notice)
        outer.addWidget(splitter, 1)
        self.setCentralWidget(body)
        # There from the start: made by the first message, it would shrink the panes then,
        # pushing the just-selected row out of the list's view.
        self.statusBar()
        self.splitter = splitter
        theme.flat_scroll_bars(self.point_list.list_view, self.diagram, self.details,
                               self.notes_panel.editor)

        self.diagram.point_clicked.connect(self._on_diagram_point_clicked)
        self.diagram.labels_left_out.connect(self._on_labels_left_out)
        self.diagram.close_up_requested.connect(self.show_view)
        self.diagram.background_clicked.connect(self._on_diagram_background_clicked)
        self.point_list.point_activated.connect(self.select_point)
        self.point_list.filter_changed.connect(self.diagram.set_filter)
        self.point_list.condition_chosen.connect(self.details.show_condition)
        self.point_list.category_chosen.connect(self.details.show_category)
        self.details.link_activated.connect(self._on_details_link_activated)
        self.details.page_shown.connect(self._on_details_page_shown)
        self.view_switcher.view_chosen.connect(self.show_view)
        self.notes_panel.bookmark_toggled.connect(self._on_notes_panel_bookmark_toggled)
        self.notes_panel.problem.connect(self.show_notice)
        self.notes_panel.notice.connect(self.show_notice)
        self.diagram.mark_focused.connect(self._on_diagram_mark_focused)
        self.left_tabs.currentChanged.connect(self._on_left_tabs_changed)

        if atlas.views:
            self.show_view(next(iter(atlas.views)))
        if settings:   # shown as stored, not stored again (that wrote the file at start)
            self.set_theme(settings.get("view/theme"), settings.get("view/text_size"),
                           remember=False)
            for name, key in LAYER_SETTINGS.items():
                self.set_layer(name, settings.get(key), remember=False)
        QApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)
        if settings and settings.problem:
            self.show_notice(settings.problem)
        for problem in self.notes.problems:
            self.show_notice(problem)
        self.shortcut_guard = ShortcutGuard(self)
        self.shortcut_guard.watch()

    @property
    def study(self) -> StudyPanel:
        """The Study tab's panel, built the first time it is opened or a quiz is started
        (its progress file is read then, and any problem with it reported then)."""
        if self._study is None:
            from app.progress_store import ProgressStore
            from app.ui.quiz_mode import QuizMode
            from app.ui.study_panel import StudyPanel

            panel = StudyPanel(self.atlas, self._progress if self._progress is not None
                               else ProgressStore(), self.settings)
            self._quiz_mode = QuizMode(panel, self.diagram, self.view_switcher, self.details,
                                       self.notes_panel, self.show_view, parent=self)
            self._quiz_mode.entered.connect(self._on_quiz_mode_entered)
            self._quiz_mode.left.connect(self._on_quiz_mode_left)
            panel.problem.connect(self.show_notice)
            panel.status.connect(self.statusBar().showMessage)   # not an earlier message
            self.study_page.layout().addWidget(panel)
            self.shortcut_guard.watch(panel)
            panel.show()   # now, not on the next pass of the event loop: its keys work at once
            self._study = panel
            for problem in panel.store.problems:
                self.show_notice(problem)
        return self._study

    def _build_actions(self, bar: QHBoxLayout) -> None:
        def action(text: str, keys, slot, button: str = "") -> QAction:
            """A window-wide action; with ``button``, also a compact button beside the tabs."""
            act = QAction(text, self)
            act.setShortcuts(keys if isinstance(keys, list) else [keys])
            act.triggered.connect(slot)
            self.addAction(act)
            if button:
                tool = QToolButton(text=button, autoRaise=True)
                tool.clicked.connect(act.trigger)
                tool.setAccessibleName(text)
                tool.setToolTip(f"{text} ({act.shortcut().toString()})")
                tool.setObjectName(f"{text.lower().replace(' ', '')}Button")
                bar.addWidget(tool)
            return act

        self.file_menu = self.menuBar().addMenu("&File")
        self.file_menu.addAction(action("Export notes and bookmarks…", QKeySequence(),
                                        self._on_export_notes))
        self.file_menu.addAction(action("Import notes and bookmarks…", QKeySequence(),
                                        self._on_import_notes))
        self.file_menu.addSeparator()
        self.file_menu.addAction(action("Quit", QKeySequence.StandardKey.Quit, self.close))
        view_menu = self.menuBar().addMenu("&View")
        self.back_action = action("Back", _keys(QKeySequence.StandardKey.Back, "Alt+Left"),
                                  lambda: self._go(-1), "◀")
        self.forward_action = action("Forward", _keys(QKeySequence.StandardKey.Forward,
                                                      "Alt+Right"), lambda: self._go(1), "▶")
        for act in (
            self.back_action, self.forward_action,
            action("Zoom in", [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")],
                   self.diagram.zoom_in, "+"),
            action("Zoom out", QKeySequence.StandardKey.ZoomOut, self.diagram.zoom_out, "−"),
            action("Fit", QKeySequence("Ctrl+0"), self.diagram.fit, "Fit"),
            action("Zoom to point", QKeySequence("Ctrl+Shift+P"), self._zoom_to_point),
            action("Next view", QKeySequence("Ctrl+PgDown"), lambda: self._step_view(1)),
            action("Previous view", QKeySequence("Ctrl+PgUp"), lambda: self._step_view(-1)),
            action("Find", QKeySequence.StandardKey.Find, self._on_find_triggered),
            action("Show diagram", QKeySequence("Ctrl+D"), self.diagram.setFocus),
            action("Previous point on the channel", QKeySequence("Alt+Up"),
                   lambda: self._step_channel(0)),
            action("Next point on the channel", QKeySequence("Alt+Down"),
                   lambda: self._step_channel(1)),
        ):
            view_menu.addAction(act)
        view_menu.addSeparator()   # a region's first view; its others are in the chooser
        for number, region in enumerate(self.view_switcher.regions()[:9], start=1):
            act = action(f"{REGION_TITLES[region]} views", QKeySequence(f"Ctrl+{number}"),
                         lambda checked=False, n=number: self.view_switcher.choose_region(n))
            view_menu.addAction(act)
        view_menu.addSeparator()
        self.how_to_find_action = QAction("How to find it (the measurement drawn)", self,
                                          checkable=True, checked=True)
        self.how_to_find_action.setToolTip("Draw the selected point's measurement on the "
                                           "figure: where it starts, the B-cun, the offsets")
        # triggered (a user's choice), not toggled: set_layer checks the action itself, and
        # that must not store the setting again (at start it rewrote the settings file)
        self.how_to_find_action.triggered.connect(lambda on: self.set_layer("how-to-find", on))
        view_menu.addAction(self.how_to_find_action)
        self.channels_action = QAction("Channel courses", self, checkable=True, checked=False)
        self.channels_action.setToolTip("Draw each channel's course through its points; the "
                                        "selected point's channel bold")
        self.channels_action.triggered.connect(lambda on: self.set_layer("channels", on))
        view_menu.addAction(self.channels_action)
        self.labels_action = QAction("Point labels", self, checkable=True, checked=False,
                                     shortcut=QKeySequence("Ctrl+Shift+L"))
        self.labels_action.setToolTip("Write each mark's code beside it (never during a quiz)")
        self.labels_action.triggered.connect(lambda on: self.set_layer("labels", on))
        self.addAction(self.labels_action)
        view_menu.addAction(self.labels_action)
        self.layer_actions = {"how-to-find": self.how_to_find_action,
                              "channels": self.channels_action, "labels": self.labels_action}
        theme_menu = view_menu.addMenu("Theme")
        self.theme_group = QActionGroup(self)
        for key, title in theme.THEMES.items():
            act = QAction(title, self, checkable=True)
            act.setData(key)
            act.triggered.connect(lambda checked=False, k=key: self.set_theme(k))
            self.theme_group.addAction(act)
            theme_menu.addAction(act)
        view_menu.addAction(action("Larger text", QKeySequence("Ctrl+]"),
                                   lambda: self.step_text_size(1)))
        view_menu.addAction(action("Smaller text", QKeySequence("Ctrl+["),
                                   lambda: self.step_text_size(-1)))
        self.point_menu = self.menuBar().addMenu("&Point")   # the card actions join it below
        self.point_menu.addAction(action("Bookmark", QKeySequence("Ctrl+B"),
                                         self.notes_panel.star.toggle))
        self.point_menu.addAction(action("Write in my note", QKeySequence("Ctrl+Shift+N"),
                                         self._focus_note))
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(action("Keyboard shortcuts", QKeySequence(), self._on_shortcuts))
        help_menu.addAction(action("About Acupoint Atlas", QKeySequence(), self._on_about))

    def _details_with_header(self) -> QWidget:
        """The details panel under a slim row holding the how-to-find switch, where a reader
        of a point's location turns its drawn measurement on or off (the View menu's action)."""
        box = QWidget(objectName="detailsBox")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.how_to_find_button = QToolButton(objectName="howToFindButton", autoRaise=True)
        self.how_to_find_action.setIconText("How to find it")   # the button's words
        self.how_to_find_button.setDefaultAction(self.how_to_find_action)
        self.how_to_find_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addStretch(1)
        row.addWidget(self.how_to_find_button)
        column.addLayout(row)
        column.addWidget(self.details, 1)
        return box

    def _build_export_actions(self) -> None:
        """Point menu: export or print the point card; File menu, on top: the listed points
        as flashcards."""
        card = QAction("Export point card…", self, shortcut=QKeySequence("Ctrl+E"),
                       triggered=self._on_export_card)
        deck = QAction("Export flashcards of listed points…", self, triggered=self._on_export_deck)
        chart = QAction("Export wall chart of this view…", self, triggered=self._on_export_chart)
        table = QAction("Export category table…", self, triggered=self._on_export_table)
        print_table = QAction("Print category table…", self, triggered=self._on_print_table)
        for act in (table, print_table):   # only when some point has a category
            act.setEnabled(bool(roster(self.atlas).categories))
        printing = QAction("Print point card…", self, shortcut=QKeySequence.StandardKey.Print,
                           triggered=self._on_print_card)
        self.card_actions = QActionGroup(self)   # on once a point is selected
        self.card_actions.addAction(card)
        self.card_actions.addAction(printing)
        self.card_actions.setEnabled(False)
        self.point_menu.addSeparator()
        self.point_menu.addActions([card, printing])
        first = self.file_menu.actions()[0] if self.file_menu.actions() else None
        self.file_menu.insertActions(first, [deck, chart, table, print_table])
        self.file_menu.insertSeparator(first)
        self.addActions([card, deck, chart, table, print_table, printing])

    # --- the public interface ---------------------------------------------------------------
    def show_view(self, view_id: str) -> None:
        if view_id not in self.atlas.views:
            raise KeyError(view_id)
        view_id = self.mode.view_for(view_id)   # a quiz keeps its question's view
        self.diagram.set_view(view_id, selected=self._point)
        self.view_switcher.set_view(view_id)

    def select_point(self, code: str) -> None:
        self._point = code
        view_id = self.atlas.best_view(code, self.diagram.current_view())
        if view_id is not None and view_id != self.diagram.current_view():
            self.show_view(view_id)
        else:
            self.diagram.set_selected(code)
        self.diagram.center_on_point(code)
        self.point_list.select(code)
        self.details.show_point(code)
        self.notes_panel.set_point(code)
        self.card_actions.setEnabled(True)
        point = self.atlas.points[code]
        announcement = f"Selected {code} {point.pinyin} ({point.english})"
        self.statusBar().showMessage(announcement)
        self.setAccessibleDescription(announcement)

    def _on_labels_left_out(self, count: int) -> None:
        if count:
            self.statusBar().showMessage(
                f"Labels: {count} {'code needs' if count == 1 else 'codes need'} more room "
                "here; zoom in (+) to see them, or hover over a mark for its name.")

    def current_point(self) -> str | None:
        return self._point

    def start_quiz(self, kind: str, deck: str, length: int = 10, seed: int | None = None):
        """Start a 'locate' or 'name' quiz on a deck (all, face, view:ID, channel:XX,
        condition:ID, category:ID, due); returns the running QuizSession, or None if the deck
        is empty."""
        self.left_tabs.setCurrentWidget(self.study_page)
        return self.study.start(kind, deck, length, seed)

    def set_layer(self, name: str, on: bool, *, remember: bool = True) -> None:
        """Show or hide a diagram layer (remembered): ``how-to-find`` (the selected point's
        measurement drawn on the figure) or ``channels`` (each channel's course through its
        points) or ``labels`` (each mark's code beside it). ValueError for any other name."""
        self.diagram.set_layer(name, on)
        self.layer_actions[name].setChecked(bool(on))
        if self.settings and remember:
            self.settings.set(LAYER_SETTINGS[name], bool(on))

    def set_theme(self, name: str, text_size: int | None = None, *,
                  remember: bool = True) -> str:
        """Apply a window theme (and text size) everywhere and remember it; returns the theme
        actually shown ('system' resolves to light or dark)."""
        self._theme = name if name in theme.THEMES else "system"
        self._text_size = text_size or self._text_size
        shown = theme.apply(self._theme, self._text_size)
        self.details.set_palette(theme.page_palette(shown))
        self.diagram.setBackgroundBrush(QColor(theme.DIAGRAM_BACKGROUND[shown]))
        self.diagram.set_look(Look(shown == "high-contrast", self._text_size))
        for act in self.theme_group.actions():
            act.setChecked(act.data() == self._theme)
        if self.settings and remember:
            self.settings.set("view/theme", self._theme)
            self.settings.set("view/text_size", self._text_size)
        return shown

    def _on_color_scheme_changed(self, _scheme) -> None:
        if self._theme == "system":   # follow the desktop when it turns light or dark
            self.set_theme("system")

    def step_text_size(self, step: int) -> int:
        sizes = theme.TEXT_SIZES
        index = min(range(len(sizes)), key=lambda i: abs(sizes[i] - self._text_size))
        self.set_theme(self._theme, sizes[max(0, min(len(sizes) - 1, index + step))])
        return self._text_size

    # --- slots --------------------------------------------------------------------------------
    def _step_channel(self, side: int) -> None:
        """To the previous (0) or next (1) point of the current point's channel."""
        if self._point is None:
            return
        from app.card import channel_neighbours

        code = channel_neighbours(self.atlas, self._point)[side]
        if code is not None:
            self.mode.point_link(code)

    def _step_view(self, step: int) -> None:
        self.view_switcher.step(step)

    def _on_find_triggered(self) -> None:
        self.left_tabs.setCurrentWidget(self.point_list)
        if self.left_tabs.currentWidget() is self.point_list:   # not when a quiz kept going
            self.point_list.search_box.setFocus()
            self.point_list.search_box.selectAll()

    def _on_details_link_activated(self, kind: str, ident: str) -> None:
        if kind == "point" and ident in self.atlas.points:
            self.mode.point_link(ident)
        elif kind == "condition" and ident in self.atlas.conditions:
            self.details.show_condition(ident)
            self.point_list.set_condition(ident)
        elif kind == "source" and ident in self.atlas.sources:
            self.details.show_source(ident)
        elif kind == "category" and self.atlas.points_in_category(ident):
            self.details.show_category(ident)
            self.point_list.set_category(ident)
        elif kind == "view" and ident in self.atlas.views:
            self.show_view(ident)

    def show_notice(self, text: str) -> None:
        """Tell the user about a problem without stopping them (also on stderr)."""
        print(f"acupoints: {text}", file=sys.stderr)
        self.notice.add(text)

    # --- back and forward through the pages shown (points, conditions, sources) ----------
    def _on_details_page_shown(self, kind: str, ident: str) -> None:
        if not self._walking and self.mode is self._browse:
            self.history.visit((kind, ident))
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        browsing = self.mode is self._browse
        self.back_action.setEnabled(browsing and self.history.can_go(-1))
        self.forward_action.setEnabled(browsing and self.history.can_go(1))

    def _go(self, step: int) -> None:
        """Back (-1) or forward (+1) to a page shown before; not during a quiz."""
        if self.mode is not self._browse:
            return
        entry = self.history.go(step)
        if entry is None:
            return
        kind, ident = entry
        self._walking = True
        try:
            if kind == "point" and ident in self.atlas.points:
                self.select_point(ident)
            elif kind == "condition" and ident in self.atlas.conditions:
                self.details.show_condition(ident)
            elif kind == "source" and ident in self.atlas.sources:
                self.details.show_source(ident)
            elif kind == "category" and self.atlas.points_in_category(ident):
                self.details.show_category(ident)
        finally:
            self._walking = False
        self._update_history_actions()

    # --- the diagram means what the mode says: browsing, or a quiz (app/ui/quiz_mode.py) ----
    def _on_diagram_mark_focused(self, code: str) -> None:
        self.mode.mark_focused(code)

    def _on_diagram_point_clicked(self, code: str) -> None:
        self.mode.point_clicked(code)

    def _on_diagram_background_clicked(self, pos: QPointF) -> None:
        self.mode.background_clicked(pos)

    def _on_quiz_mode_entered(self) -> None:
        self.mode = self._quiz_mode
        self._update_history_actions()

    def _on_quiz_mode_left(self) -> None:
        self.mode = self._browse
        self._browse.resume()
        self._update_history_actions()

    def _on_left_tabs_changed(self, _index: int) -> None:
        if self.left_tabs.currentWidget() is self.study_page:
            self.study.refresh_summary()
        elif self._study is not None and not self._study.confirm_leave():
            self.left_tabs.setCurrentWidget(self.study_page)   # kept going: back to the quiz

    def _on_notes_panel_bookmark_toggled(self, _code: str, _on: bool) -> None:
        self.point_list.set_bookmarks(self.notes.bookmarked())

    def _on_export_notes(self) -> None:
        # imported on use, like export below: not needed to open the window
        from app.ui import dialogs

        path = dialogs.ask_save_path(self, "Export notes and bookmarks",
                                     "acupoint-notes.json", "Notes export (*.json)")
        if path:
            self.notes_panel.save()
            try:
                count = self.notes.export_to(Path(path))
            except OSError as exc:
                self.show_notice(f"Export failed: {exc.strerror or exc}")
                return
            self.statusBar().showMessage(f"Exported {count} notes and bookmarks to {path}")

    def _on_import_notes(self) -> None:
        from app.ui import dialogs

        path = dialogs.ask_open_path(self, "Import notes and bookmarks",
                                     "Notes export (*.json)")
        if not path:
            return
        self.notes_panel.save()
        try:
            changed, unknown = self.notes.import_from(Path(path), known=self.atlas.points)
        except (NotesImportError, OSError) as exc:
            self.show_notice(f"Import failed: {exc}")
            return
        self.notes_panel.set_point(self._point)
        self.point_list.set_bookmarks(self.notes.bookmarked())
        self.statusBar().showMessage(f"Imported {changed} notes and bookmarks from {path}")
        if unknown:
            shown = ", ".join(unknown[:8]) + (" …" if len(unknown) > 8 else "")
            self.show_notice(f"Not imported: notes or bookmarks for {len(unknown)} code(s) this "
                             f"atlas does not have ({shown}). The file is unchanged.")

    def _on_export_card(self) -> None:
        from app.ui import dialogs, export

        path = dialogs.ask_save_path(self, "Export point card", f"{self._point}.pdf",
                                     "PDF (*.pdf);;PNG image (*.png)")
        point, view = self.atlas.points[self._point], self.diagram.current_view()
        if path:
            out = Path(path) if Path(path).suffix else Path(f"{path}.pdf")
            self._export(lambda: export.export_card(self.atlas, point, out, view), f"Wrote {out}")

    def _on_export_deck(self) -> None:
        from app.decks import flashcards_title, listed_filters
        from app.ui import dialogs, export

        listed = self.point_list
        codes = listed.visible_codes()
        filters = listed_filters(self.atlas, listed.search_box.text().strip(),
                                 listed.channel_box.currentData(),
                                 listed.condition_box.currentData(),
                                 listed.bookmark_box.isChecked(),
                                 listed.category_box.currentData())
        if not codes:
            self.show_notice(f"No points are listed{f' ({filters})' if filters else ''}: "
                             "there are no flashcards to export.")
            return
        title = flashcards_title(filters)
        path = dialogs.ask_save_path(self, f"Export {len(codes)} cards — {title}",
                                     "flashcards.pdf", "PDF (*.pdf)")
        if path:
            out = Path(path) if Path(path).suffix else Path(f"{path}.pdf")
            self._export(lambda: export.export_deck(self.atlas, codes, out, title),
                         f"Wrote {len(codes)} flashcards to {out}")

    def _on_export_chart(self) -> None:
        from app.ui import chart, dialogs

        view = self.atlas.views[self.diagram.current_view()]
        papers = {f"PDF, {size} (*.pdf)": (size, ".pdf") for size in chart.PAPERS}
        papers.update({f"PNG image, {size} page (*.png)": (size, ".png")
                       for size in chart.PAPERS})
        chosen = dialogs.ask_save_path_and_filter(self, f"Export wall chart — {view.title}",
                                                  f"{view.id}-chart.pdf", ";;".join(papers))
        if chosen:
            path, kind = chosen
            size, suffix = papers.get(kind, ("A4", ".pdf"))
            out = Path(path) if Path(path).suffix else Path(f"{path}{suffix}")
            self._export(lambda: chart.export_chart(self.atlas, view.id, out, size),
                         f"Wrote the {view.title} chart ({size}) to {out}")

    def _table_category(self) -> str | None:
        """The category a table is wanted of: the one shown or filtered by, else asked."""
        from app import categories, category_tables
        from app.ui import dialogs

        shown = self.details.current
        if shown is not None and shown[0] == "category":
            return shown[1]
        if self.point_list.category_box.currentData():
            return self.point_list.category_box.currentData()
        present = category_tables.present(self.atlas)
        picked = dialogs.ask_choice(self, "Category table", "The table of which category?",
                                    [categories.BY_ID[c].title for c in present])
        return None if picked is None else present[picked]

    def _on_export_table(self) -> None:
        from app import categories
        from app.ui import dialogs, export

        category = self._table_category()
        if category is None:
            return
        path = dialogs.ask_save_path(self, f"Export table — {categories.BY_ID[category].title}",
                                     f"{category}-table.pdf", "PDF (*.pdf);;PNG image (*.png)")
        if path:
            out = Path(path) if Path(path).suffix else Path(f"{path}.pdf")
            self._export(lambda: export.export_table(self.atlas, category, out), f"Wrote {out}")

    def _on_print_table(self) -> None:
        from app.ui import dialogs, export

        category = self._table_category()
        printer = dialogs.ask_printer(self) if category is not None else None
        if printer is not None:
            self._export(lambda: export.print_table(self.atlas, category, printer),
                         "Printed the table")

    def _on_print_card(self) -> None:
        from app.ui import dialogs, export

        printer = dialogs.ask_printer(self)
        point, view = self.atlas.points[self._point], self.diagram.current_view()
        if printer is not None:
            self._export(lambda: export.print_card(self.atlas, point, printer, view),
                         f"Printed {point.code}")

    def _export(self, write, done: str) -> None:
        try:
            write()
        except (OSError, ValueError) as exc:
            self.show_notice(f"Export failed: {exc}")
        else:
            self.statusBar().showMessage(done)

    def _focus_note(self) -> None:
        """Straight to the note box (the card's many links are Tab stops before it)."""
        editor = self.notes_panel.editor
        if editor.isEnabled():
            editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.statusBar().showMessage("Select a point first: notes are kept per point.")

    def _zoom_to_point(self) -> None:
        if self._point is None:
            self.statusBar().showMessage("Select a point first, then zoom to it.")
        elif not self.diagram.zoom_to_point(self._point):
            self.statusBar().showMessage(f"{self._point} is not drawn on this view.")

    def _on_shortcuts(self) -> None:
        from app.ui.shortcuts_help import ShortcutsDialog

        self.study  # noqa: B018 (built now: its quiz keys are listed too)
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.refresh(self)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()

    def _on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, "About Acupoint Atlas", self.about_text())

    def _covered(self) -> str:
        """The close-up regions that draw points, with how many, in the chooser's order."""
        counts: dict[str, int] = {}
        for point in self.atlas.points.values():
            for region in {self.atlas.views[v].region for v in point.views} - {"body"}:
                counts[region] = counts.get(region, 0) + 1
        return ", ".join(f"{REGION_TITLES[r].lower()} ({counts[r]} point"
                         f"{'' if counts[r] == 1 else 's'})"
                         for r in REGION_TITLES if r in counts) or "none"

    def _missing(self) -> str:
        """What the atlas lacks of WHO 2008's channel points (each channel file says how many
        WHO gives it)."""
        channels = self.atlas.channels
        want = sum(c.who_points or 0 for c in channels.values())
        held = sum(1 for p in self.atlas.points.values()
                   if p.channel in channels and channels[p.channel].who_points)
        if want and held >= want:
            return f"Every one of the {want} channel points of WHO 2008 is in the atlas."
        return f"{want - held} of the {want} channel points of WHO 2008 are not in the atlas yet."

    def about_text(self) -> str:
        from app.loader import SCHEMAS  # not imported to start: the atlas comes from its cache

        return (
            f"<p><b>Acupoint Atlas {__version__}</b></p>"
            f"<p>Atlas: {escape(self.atlas.path.name)}, schema {SCHEMAS[-1]}, "
            f"{escape(self.atlas.summary())}.</p>"
            f"<p>Close-ups with points: {escape(self._covered())}. {escape(self._missing())}</p>"
            "<p>Locations follow the WHO Standard Acupuncture Point Locations in the Western "
            "Pacific Region (2008), and for the extra points GB/T 40997-2021, in our own words. "
            "Every use shown names its source; the "
            "evidence caveats come from reviews and guidelines. A study reference, not medical "
            "advice.</p><p>Software: MIT licence. Bundled font: Noto Sans CJK SC subset, "
            "SIL Open Font License 1.1.</p>")

    # --- persistence --------------------------------------------------------------------------
    def restore_state(self) -> bool:
        """Put the window and its panes back as the user left them; on a first start (False),
        a comfortable size: 1280×800, or nine tenths of a smaller screen."""
        geometry = self.settings.get("window/geometry") if self.settings else None
        state = self.settings.get("window/state") if self.settings else None
        if geometry and state and not geometry.isEmpty() and not state.isEmpty():
            self._restored = self.restoreGeometry(geometry) and self.splitter.restoreState(state)
            return self._restored
        screen = self.screen().availableGeometry()
        self.resize(min(1280, screen.width() * 9 // 10), min(800, screen.height() * 9 // 10))
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._restored:   # first start: a narrow list, the diagram widest
            self._restored = True
            width = self.splitter.width()
            # the details keep a readable width on a small window: the list gives way first
            left, right = min(250, width // 5), min(380, max(DETAILS_MIN, width * 27 // 100))
            self.splitter.setSizes([left, width - left - right, right])
            height = self.right_splitter.height()
            self.right_splitter.setSizes([height - 140, 140])

    def closeEvent(self, event) -> None:
        self.notes_panel.save()
        if self.settings:   # written here, not per selection: each write is a file sync
            if self._point:
                self.settings.set("last/point", self._point)
            self.settings.set("window/geometry", self.saveGeometry())
            self.settings.set("window/state", self.splitter.saveState())
            self.settings.sync()
        super().closeEvent(event)
