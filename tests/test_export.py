"""Print and export: point cards (PDF, PNG, printer), flashcard decks, and the File menu."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import decks
from tests.conftest import MINI
from tests.test_cli import run

RED = (0xD0, 0x31, 0x2D)


def page_count(pdf: Path) -> int:
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    count = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    if shutil.which("pdfinfo"):   # poppler agrees, when it is installed
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        assert f"Pages:           {count}" in info
    return count


def pixels(path: Path, step: int = 2):
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colour = image.pixelColor(x, y)
            yield x, y, (colour.red(), colour.green(), colour.blue())


def is_red(rgb) -> bool:
    return all(abs(a - b) < 15 for a, b in zip(rgb, RED))   # the mark, not a badge


# --- the command line, run as a user runs it ------------------------------------------------
def test_export_card_pdf(tmp_path, _user_home):
    out = tmp_path / "card.pdf"
    result = run("--atlas", str(MINI), "export", "gb 14", "--out", str(out), home=_user_home)
    assert result.returncode == 0, result.stderr
    assert page_count(out) == 1
    assert b"GB14" in out.read_bytes()   # the title


def test_export_card_png_has_the_mark_on_the_crop_and_text(tmp_path, _user_home):
    from PySide6.QtGui import QImage

    out = tmp_path / "card.png"
    result = run("--atlas", str(MINI), "export", "Yángbái", "--out", str(out), home=_user_home)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1240, 1754)
    seen = list(pixels(out))
    red = [(x, y) for x, y, rgb in seen if is_red(rgb)]
    dark = [(x, y) for x, y, rgb in seen if max(rgb) < 70]
    assert len(red) > 30 and len(dark) > 2000
    # the crop is the top right of the card; the mark is drawn inside it
    assert all(x > 1240 * 0.55 and y < 1754 * 0.3 for x, y in red)
    assert len({rgb for _, _, rgb in seen}) > 50   # not blank


def test_export_deck_has_three_cards_a_page(tmp_path, _user_home):
    out = tmp_path / "deck.pdf"
    result = run("--atlas", str(MINI), "export", "--deck", "all", "--out", str(out),
                 home=_user_home)
    assert result.returncode == 0, result.stderr
    assert "4 cards on 2 pages" in result.stdout
    assert page_count(out) == 2
    out = tmp_path / "gb.pdf"
    result = run("--atlas", str(MINI), "export", "--deck", "channel:gallbladder", "--out",
                 str(out), home=_user_home)
    assert result.returncode == 0, result.stderr
    assert page_count(out) == 1


@pytest.mark.parametrize(("args", "message"), [
    (["yangbia", "--out", "x.pdf"], "Did you mean: GB14"),
    (["--deck", "channel:QQ", "--out", "x.pdf"], "no channel 'QQ'"),
    (["--deck", "channel:HT", "--out", "x.pdf"], "deck 'channel:HT' has no points"),
    (["--deck", "colour:red", "--out", "x.pdf"], "unknown deck 'colour:red'"),
    (["GB14", "--out", "x.svg"], "use .pdf or .png"),
    (["--deck", "all", "--out", "x.png"], "use .pdf"),
    (["--out", "x.pdf"], "needs a point CODE, --deck SPEC or --chart VIEW"),
    (["GB14", "--view", "back", "--out", "x.pdf"], "no view 'back'"),
])
def test_export_refuses_clearly(tmp_path, _user_home, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    result = run("--atlas", str(MINI), "export", *args, home=_user_home)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("x.*"))


# --- decks (no Qt) ----------------------------------------------------------------------------
def test_deck_specs(mini_atlas):
    assert decks.deck(mini_atlas, "all").codes == ("ST36", "TE6", "GB14", "CV24")
    assert decks.deck(mini_atlas, "channel:gb").codes == ("GB14",)
    assert decks.deck(mini_atlas, "channel:SJ").codes == ("TE6",)
    side = decks.deck(mini_atlas, "view:side")
    assert side.codes == ("GB14",) and side.view == "side" and side.title == "Side"
    assert decks.deck(mini_atlas, "condition:Eyelid twitch").codes == ("GB14",)
    for bad in ("", "view:nope", "condition:", "everything"):
        with pytest.raises(decks.DeckError):
            decks.deck(mini_atlas, bad)


def test_a_category_deck(mini_atlas):
    five = decks.deck(mini_atlas, "category:five-shu")
    assert five.codes == ("ST36", "TE6") and five.title == "Five transport (five-shu) points"
    assert decks.deck(mini_atlas, "category:Lower he-sea points").codes == ("ST36",)
    with pytest.raises(decks.DeckError, match="no category 'shoe'"):
        decks.deck(mini_atlas, "category:shoe")
    with pytest.raises(decks.DeckError, match="has no points"):   # a category none is in
        decks.deck(mini_atlas, "category:yuan-source")


def test_export_takes_a_category_deck(tmp_path, _user_home):
    out = tmp_path / "five.pdf"
    result = run("--atlas", str(MINI), "export", "--deck", "category:five-shu", "--out",
                 str(out), home=_user_home)
    assert result.returncode == 0, result.stderr
    assert "2 cards on 1 pages" in result.stdout and page_count(out) == 1


def test_card_back_and_crop(mini_atlas):
    back = decks.card_back(mini_atlas, mini_atlas.point("GB14")).replace("\u2060", "")  # visible
    for expected in ("GB14", "阳白", "Bruises easily", "One B-cun above", "Very low certainty",
                     "not medical advice"):
        assert expected in back
    view = mini_atlas.view("front")   # 200 x 300, 10 units a B-cun: the crop is 80 across
    assert decks.crop_box(view, (100, 150)) == (60, 110, 80, 80)
    assert decks.crop_box(view, (5, 295)) == (0, 220, 80, 80)   # kept inside the view
    assert decks.crop_box(view, (100, 150), aspect=4.0) == (0, 110, 200, 80)
    html = decks.card_html(mini_atlas, mini_atlas.point("GB14"), 300, "export:crop")
    assert html.index("export:crop") < html.index("What the sources say")
    assert html.index("CAUTION") < html.index("export:crop")


def test_a_listed_deck_is_titled_by_what_filtered_the_list(mini_atlas):
    assert decks.listed_filters(mini_atlas) == ""
    assert decks.flashcards_title("") == "Flashcards: all points"
    what = decks.listed_filters(mini_atlas, "gb1", "GB", "twitch", bookmarked=True)
    assert what == "search 'gb1', Gallbladder (GB), Facial twitching, bookmarked"
    assert decks.listed_filters(mini_atlas, category="five-shu") == (
        "Five transport (five-shu) points")
    assert decks.flashcards_title(what) == f"Flashcards: {what}"


def test_decks_do_not_load_qt():
    code = ("import sys, app.decks\n"
            "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


# --- in the window ------------------------------------------------------------------------------
@pytest.fixture
def window(qtbot, mini_atlas):
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    win = MainWindow(mini_atlas, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def file_action(window, text: str):
    """A menu's action by the start of its text (File or Point menu)."""
    (act,) = [a for m in (window.file_menu, window.point_menu) for a in m.actions()
              if a.text().startswith(text)]
    return act


def test_point_menu_exports_the_point_card(window, tmp_path, monkeypatch):
    from app.ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask_save_path",
                        lambda *args: asked.append(args) or str(tmp_path / "card"))
    card = file_action(window, "Export point card")
    assert card.shortcut().toString() == "Ctrl+E"
    assert not card.isEnabled() and not file_action(window, "Print point card").isEnabled()
    window.select_point("GB14")
    assert card.isEnabled()
    card.trigger()
    assert asked and asked[0][2] == "GB14.pdf"
    assert page_count(tmp_path / "card.pdf") == 1   # no suffix given: a PDF
    assert "Wrote" in window.statusBar().currentMessage()


def test_file_menu_exports_the_listed_points_as_flashcards(window, tmp_path, monkeypatch):
    from app.ui import dialogs

    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(tmp_path / "deck.pdf"))
    window.point_list.set_channel("GB")
    file_action(window, "Export flashcards").trigger()
    assert page_count(tmp_path / "deck.pdf") == 1
    assert "1 flashcards" in window.statusBar().currentMessage()


def test_point_menu_prints_the_card(window, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from app.ui import dialogs

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(dialogs, "ask_printer", lambda parent: printer)
    window.select_point("ST36")
    file_action(window, "Print point card").trigger()
    assert page_count(tmp_path / "printed.pdf") == 1


def test_export_failure_is_told_not_raised(window, tmp_path, monkeypatch):
    from app.ui import dialogs

    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(tmp_path / "no" / "x.pdf"))
    window.select_point("GB14")
    file_action(window, "Export point card").trigger()
    assert window.notice.isVisibleTo(window) and "Export failed" in window.notice.text()


def test_paper_stays_white_with_dark_ink_in_a_dark_theme(qapp, mini_atlas, tmp_path):
    from PySide6.QtGui import QColor, QPalette

    from app.ui import export

    before = qapp.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#ffffff"))
    qapp.setPalette(dark)
    try:
        export.export_card(mini_atlas, mini_atlas.point("CV24"), tmp_path / "cv24.png")
    finally:
        qapp.setPalette(before)
    seen = [rgb for _, _, rgb in pixels(tmp_path / "cv24.png", step=3)]
    assert sum(max(rgb) < 70 for rgb in seen) > 500
    assert sum(rgb == (255, 255, 255) for rgb in seen) > len(seen) * 0.6


def test_file_menu_exports_the_current_view_as_a_chart(window, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    from app.ui import dialogs

    asked = []

    def choose(parent, title, suggested, filters):
        asked.append((title, suggested, filters))
        return str(tmp_path / "chart"), next(f for f in filters.split(";;") if "PNG" in f
                                             and "A3" in f)

    monkeypatch.setattr(dialogs, "ask_save_path_and_filter", choose)
    view = window.diagram.current_view()
    file_action(window, "Export wall chart").trigger()
    (title, suggested, _filters), = asked
    assert window.atlas.views[view].title in title and suggested.startswith(view)
    written = tmp_path / "chart.png"
    assert QImage(str(written)).size().toTuple() in ((1754, 2480), (2480, 1754))
    assert "Wrote" in window.statusBar().currentMessage()
