"""How the pages look, without the pages: the colours of each window theme and the family of
the bundled hanzi font. Small, so that the window's first frame needs only this of the page
code (app/pages.py is imported when a page is first shown). No Qt."""

# Annotations evaluated, not strings: its NamedTuples' fields are checked at every start
# (see app/model.py)
from typing import NamedTuple

HANZI_FAMILY = "Noto Sans SC Atlas Subset"   # the family tools/make_font_subset.py gives it


class Palette(NamedTuple):
    """The colours of the pages, one set per window theme."""

    muted: str
    box_bg: str
    box_border: str
    caution_bg: str
    caution_fg: str
    caution_border: str


LIGHT = Palette("#555555", "#f6f4ef", "#d8d2c4", "#fde8e6", "#8c1d18", "#e8a19a")
DARK = Palette("#b8bec4", "#2c3136", "#4a525a", "#4a1f1c", "#ffb4ab", "#93000a")
HIGH_CONTRAST = Palette("#ffffff", "#000000", "#ffffff", "#000000", "#ffff00", "#ffff00")
