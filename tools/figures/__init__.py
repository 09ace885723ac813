"""The atlas figures: SVG art and each view's data, drawn from one set of proportions.

Run `python3 -m tools.figures --write` to write assets/*.svg and data/views/*.yaml, and
`python3 -m tools.figures --check` to prove the written files are what the code builds.
Pure Python (stdlib only). Every plate is built from a few measured points joined by smooth
cubic Bezier curves; front and back views draw one half and mirror it across the midline.
Landmarks are taken from the same numbers the drawing uses, so the marks and the art cannot
drift apart. See docs/geometry.md for the contract.
"""

from __future__ import annotations

from pathlib import Path

from .arm_back import arm_back
from .arm_front import arm_front
from .body_back import body_back
from .body_front import body_front
from .body_side import body_side
from .face_front import face_front
from .figure import Figure
from .foot_lateral import foot_lateral
from .foot_medial import foot_medial
from .foot_sole import foot_sole
from .foot_top import foot_top
from .hand_back import hand_back
from .hand_palm import hand_palm
from .head_back import head_back
from .head_side import head_side
from .head_top import head_top
from .leg_back import leg_back
from .leg_front import knee_front, leg_front
from .leg_lateral import leg_lateral
from .leg_medial import leg_medial
from .trunk_back import trunk_back_lower, trunk_back_upper
from .trunk_front import trunk_abdomen, trunk_chest
from .trunk_side import trunk_side
from .views import view_path, view_text

ROOT = Path(__file__).resolve().parents[2]

# every plate, in view order
PLATES = (face_front, head_side, head_back, head_top, body_front, body_back, body_side,
          trunk_chest, trunk_abdomen, trunk_side, trunk_back_upper, trunk_back_lower,
          arm_front, arm_back, hand_palm, hand_back,
          leg_front, knee_front, leg_medial, leg_lateral, leg_back,
          foot_top, foot_medial, foot_lateral, foot_sole)


def build() -> list[Figure]:
    """Every figure, in view order."""
    return [plate() for plate in PLATES]


def files(figs: list[Figure]) -> dict[str, str]:
    """What --write writes: repository-relative path → text (each SVG and each view file)."""
    out = {f.image: f.svg for f in figs}
    out.update({view_path(f): view_text(f) for f in figs})
    return out


__all__ = ["PLATES", "ROOT", "Figure", "build", "files"]
