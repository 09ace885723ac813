"""A category's table, channel by channel: in the details panel, exported (PDF, PNG), printed,
from the File menu and the command line."""

from __future__ import annotations

import pytest

from app import category_tables, pages
from tests.conftest import MINI
from tests.test_cli import run
from tests.test_export import page_count


def test_the_five_shu_table_is_a_grid_of_channels_and_kinds(mini_atlas):
    t = category_tables.table(mini_atlas, "five-shu")
    assert t.columns == ("Channel", "Jing-well", "Ying-spring", "Shu-stream", "Jing-river",
                         "He-sea")
    stomach, triple = t.rows   # atlas order; channels without such a point have no row
    assert [c.code for c in stomach] == [None, None, None, None, None, "ST36"]
    assert stomach[0].text == "Stomach" and stomach[5].detail == "Zúsānlǐ, earth"
    assert triple[4].code == "TE6" and triple[1].text == category_tables.BLANK
    assert "not claims of effect" in t.note and "dash" in t.note
    assert t.count == 2 and [s.id for s in t.sources] == ["big-review"]


def test_any_other_table_lists_its_points_with_what_they_belong_to(mini_atlas):
    t = category_tables.table(mini_atlas, "lower-he-sea")
    assert t.columns == ("Channel", "Point", "Lower he-sea point")
    assert [[c.text for c in row] for row in t.rows] == [
        ["Stomach", "ST36", "lower he-sea point of the Stomach"]]
    crossing = category_tables.table(mini_atlas, "crossing")
    assert crossing.rows[0][2].text == (
        "crossing point with the Stomach channel and the Yang Motility Vessel")
    assert category_tables.present(mini_atlas) == ["five-shu", "lower-he-sea", "crossing"]


def test_the_page_links_points_and_sources_and_escapes(mini_atlas):
    html = pages.category_page(mini_atlas, "five-shu")
    assert 'href="point:ST36"' in html and 'href="source:big-review"' in html
    # the narrow panel lists it channel by channel; paper has the grid
    assert "<th" not in html and "he-sea: " in html
    assert html.index("Stomach") < html.index("ST36") < html.index("Triple Energizer")
    printed = category_tables.table_html(category_tables.table(mini_atlas, "five-shu"),
                                         links=False)
    assert "href=" not in printed and "<b>ST36</b>" in printed and "<th" in printed


def test_export_table_writes_pdf_and_png(tmp_path, _user_home):
    out = tmp_path / "five.pdf"
    result = run("--atlas", str(MINI), "export", "--table", "five-shu", "--out", str(out),
                 home=_user_home)
    assert result.returncode == 0, result.stderr
    assert "2 points on 1 page" in result.stdout and page_count(out) == 1
    png = tmp_path / "lower.png"
    result = run("--atlas", str(MINI), "export", "--table", "Lower he-sea points", "--out",
                 str(png), home=_user_home)
    assert result.returncode == 0, result.stderr
    assert png.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--table", "yuan-source"], 2, "no point of the atlas is in a category 'yuan-source'"),
    (["--table", "shoes"], 2, "categories: five-shu, lower-he-sea, crossing"),
    (["--table", "five-shu", "GB14"], 2, "give no point CODE"),
])
def test_export_table_refuses_clearly(tmp_path, _user_home, args, code, message):
    result = run("--atlas", str(MINI), "export", *args, "--out", str(tmp_path / "x.pdf"),
                 home=_user_home)
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_long_table_goes_on_over_pages_on_paper(qapp, mini_atlas, tmp_path):
    from app.model import Category
    from app.ui import export

    crossing = (Category("crossing", "big-review", meets=("ST", "yang-motility")),)
    points = dict(mini_atlas.points)
    for n in range(10, 99):   # ninety crossing points: more than an A4 page holds
        points[f"TE{n}"] = points["TE6"]._replace(code=f"TE{n}", categories=crossing)
    atlas = mini_atlas._replace(points=points)
    assert export.export_table(atlas, "crossing", tmp_path / "long.pdf") > 1
    assert page_count(tmp_path / "long.pdf") > 1


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


def _action(window, text):
    (act,) = [a for a in window.file_menu.actions() if a.text().startswith(text)]
    return act


def test_a_category_link_on_a_card_shows_its_table_and_filters_the_list(window):
    window.select_point("ST36")
    window.details.link_activated.emit("category", "lower-he-sea")
    assert window.details.current == ("category", "lower-he-sea")
    assert "Lower he-sea points" in window.details.toPlainText()
    assert window.point_list.visible_codes() == ["ST36"]
    window.back_action.trigger()   # back to the point's card
    assert window.details.current == ("point", "ST36")
    window.forward_action.trigger()
    assert window.details.current == ("category", "lower-he-sea")


def test_the_file_menu_exports_the_table_of_the_category_shown(window, tmp_path, monkeypatch):
    from app.ui import dialogs

    asked = []
    monkeypatch.setattr(dialogs, "ask_save_path",
                        lambda *args: asked.append(args) or str(tmp_path / "table"))
    monkeypatch.setattr(dialogs, "ask_choice", lambda *args: pytest.fail("asked which"))
    window.point_list.set_category("five-shu")   # the list's filter shows its table
    assert window.details.current == ("category", "five-shu")
    _action(window, "Export category table").trigger()
    assert asked[0][2] == "five-shu-table.pdf"
    assert page_count(tmp_path / "table.pdf") == 1


def test_the_file_menu_asks_which_table_when_none_is_shown(window, tmp_path, monkeypatch):
    from app.ui import dialogs

    offered = []
    monkeypatch.setattr(dialogs, "ask_choice",
                        lambda parent, title, label, choices: offered.append(choices) or 2)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(tmp_path / "t.png"))
    _action(window, "Export category table").trigger()
    assert offered == [["Five transport (five-shu) points", "Lower he-sea points",
                        "Crossing points"]]
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")
    monkeypatch.setattr(dialogs, "ask_choice", lambda *args: None)   # cancelled: nothing
    monkeypatch.setattr(dialogs, "ask_printer", lambda *args: pytest.fail("printer asked"))
    _action(window, "Print category table").trigger()


def test_the_table_actions_are_off_when_no_point_has_a_category(qtbot, mini_atlas):
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings

    bare = mini_atlas._replace(points={c: p._replace(categories=())
                                       for c, p in mini_atlas.points.items()})
    win = MainWindow(bare, Settings())
    qtbot.addWidget(win)
    assert not _action(win, "Export category table").isEnabled()
    assert not win.point_list.category_box.isVisibleTo(win)
