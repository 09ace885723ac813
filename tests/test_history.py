"""Back and forward through visited pages, as a browser does."""

from __future__ import annotations

from app.history import LIMIT, History


def test_back_and_forward_walk_the_visits():
    h = History()
    for entry in (("point", "GB14"), ("condition", "bells-palsy"), ("source", "who-2008")):
        h.visit(entry)
    assert not h.can_go(1)
    assert h.go(-1) == ("condition", "bells-palsy")
    assert h.go(-1) == ("point", "GB14")
    assert h.go(-1) is None and h.current == ("point", "GB14")
    assert h.go(1) == ("condition", "bells-palsy")


def test_a_visit_after_going_back_drops_the_pages_ahead():
    h = History()
    for code in ("A1", "A2", "A3"):
        h.visit(("point", code))
    h.go(-1)
    h.go(-1)
    h.visit(("point", "B1"))
    assert not h.can_go(1)
    assert h.go(-1) == ("point", "A1")


def test_revisiting_the_current_page_adds_nothing_and_old_entries_go():
    h = History()
    h.visit(("point", "GB14"))
    h.visit(("point", "GB14"))
    assert not h.can_go(-1)
    for n in range(LIMIT + 10):
        h.visit(("point", f"P{n}"))
    steps = 0
    while h.go(-1):
        steps += 1
    assert steps == LIMIT - 1
