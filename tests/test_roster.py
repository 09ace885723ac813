"""The roster: what the window shows of every point before one is opened, taken from the
points themselves (the start-up cache keeps it; tests/test_atlas_cache.py)."""

from app.loader import load_atlas
from app.model import roster


def test_the_roster_says_what_the_points_say():
    atlas = load_atlas(None)
    listed = roster(atlas)
    assert list(listed.names) == list(atlas.points) == list(listed.channels)
    for code, point in atlas.points.items():
        assert listed.names[code] == (point.pinyin, point.english)
        assert listed.channels[code] == point.channel
    assert listed.categories == {c.category for p in atlas.points.values() for c in p.categories}
    assert "five-shu" in listed.categories
    assert list(listed.spots) == list(atlas.views)
    for view in atlas.views.values():   # every drawn spot, mirrored ones too, in atlas order
        drawn = [(p.code, tuple(p.marks_on(view))) for p in atlas.points.values()
                 if p.marks_on(view)]
        assert list(listed.spots[view.id]) == drawn, view.id
    gb14 = dict(listed.spots["face-front"])["GB14"]
    assert len(gb14) == 2 and gb14[0][1] == gb14[1][1]   # both sides, level


def test_the_roster_is_made_once_per_atlas():
    atlas = load_atlas(None)
    assert roster(atlas) is roster(atlas)
    assert roster(load_atlas(None)) is not roster(atlas)
