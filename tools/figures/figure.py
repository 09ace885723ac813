"""Figure: what one plate function returns, its SVG and the data of its view."""

from __future__ import annotations

from dataclasses import dataclass

from .geometry import rnd


@dataclass(frozen=True)
class Figure:
    """One view: its art and the data written to data/views/<id>.yaml.

    `landmarks` give the figure's right side in viewBox units (see docs/geometry.md);
    `region` is the body region the view shows, `parent` the view it zooms from and `frame`
    where it lies on that view (x, y, width, height in the parent's units: the window draws it
    there as a link to the close-up; None for a close-up the parent does not show, such as the
    top of the head)."""

    id: str
    title: str
    image: str
    side: str
    region: str
    parent: str | None
    midline: float | None
    cun: float
    landmarks: dict
    svg: str
    frame: tuple[float, float, float, float] | None = None
    cut: bool = False   # the parent's art through `frame`: the loader copies the marks there


def rounded(lm: dict) -> dict:
    """Landmarks rounded to the 0.1 unit the views data writes."""
    return {k: (rnd(v[0]), rnd(v[1])) for k, v in lm.items()}
