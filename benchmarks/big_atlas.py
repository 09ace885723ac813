"""Write an atlas N times larger than a given one, for measuring how the app grows (no Qt).

The real points are kept as they are; each gets N-1 synthetic siblings with new, valid codes
(channel codes numbered 30-99, then extra-point codes numbered 30-99), names mixed from two
real points, the same text, indications and cautions, and marks placed a little apart from
the original's, so the diagram carries N times the marks. Sources and conditions are copied
unchanged, and the art is copied next to the new file.

With ``views=V`` the real views are also copied under new ids (``face-front-2``, ``head-side-2``
… ``face-front-3`` …) until there are V: the same image and landmarks, a title with the
number, and a ``region`` spread over what the copy could be a close-up of (copies of head views
stay ``head``; copies of the body views take trunk, arm, hand, leg, foot and body in turn, each
close-up with the body view it was copied from as ``parent``). Every mark a point has on a view
is given to that view's copies too (after the point's own marks, so its main view is kept), so
the copies carry the marks real close-ups would.
"""

from __future__ import annotations

import copy
import itertools
import random
import shutil
from pathlib import Path

import yaml

from app.codes import EXTRA_REGIONS
from app.loader import atlas_data, load_atlas
from app.model import REGIONS

try:  # the C emitter is much faster when PyYAML was built with libyaml
    from yaml import CSafeDumper as _BaseDumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _BaseDumper


class _Dumper(_BaseDumper):
    """Never writes anchors or aliases: the atlas reader refuses them."""

    def ignore_aliases(self, data) -> bool:
        return True


SYNTHETIC = [f"Z{letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]   # made-up channels


def _codes(used: set[str], channels: list[str], added: list[str]):
    """Fresh codes: each channel's numbers 1-99 not yet used; when a channel's run out, the
    extra points' (EX-HN1 … EX-LE99), then any channel's still free, then a made-up channel's
    (ZA1 … ZZ99, appended to ``added``): the whole-body atlas ten times over needs more codes
    than the real channels have. Which channels exist is data, not the code grammar."""
    pools = {ch: [f"{ch}{n}" for n in range(1, 100) if f"{ch}{n}" not in used]
             for ch in channels if ch != "EX"}
    extra = [f"EX-{region}{n}" for region in EXTRA_REGIONS for n in range(1, 100)
             if f"EX-{region}{n}" not in used]

    def take(channel: str) -> tuple[str, str]:
        pool = pools.get(channel)
        if pool:
            return pool.pop(0), channel
        if extra:
            return extra.pop(0), "EX"
        other = max(pools, key=lambda ch: len(pools[ch]))
        if not pools[other]:
            fresh = next((c for c in SYNTHETIC if c not in pools), None)
            if fresh is None:
                raise ValueError("no code left for another point")
            pools[fresh] = [f"{fresh}{n}" for n in range(1, 100)]
            added.append(fresh)
            other = fresh
        return pools[other].pop(0), other

    return take


def _mix(a: str, b: str) -> str:
    """The first half of one name joined to the second half of another."""
    return (a[: max(1, len(a) // 2)] + b[len(b) // 2:]).strip() or a


def _copy_views(views: list[dict], total: int) -> dict[str, list[str]]:
    """Append copies of the real views to ``views`` until it holds ``total``; returns each real
    view's copies' ids."""
    real = list(views)
    body_regions = itertools.cycle(r for r in REGIONS if r != "head")   # trunk … foot, body
    copies: dict[str, list[str]] = {view["id"]: [] for view in real}
    ids = {view["id"] for view in real}
    for number in itertools.count(2):
        if len(views) >= total:
            break
        for view in real:
            if len(views) >= total:
                break
            new_id = f"{view['id']}-{number}"
            if new_id in ids:
                continue
            clone = copy.deepcopy(view)
            clone.update(id=new_id, title=f"{view['title']} {number}")
            if view.get("region", "body") == "body":
                clone["region"] = next(body_regions)
                if clone["region"] != "body":
                    clone["parent"] = view["id"]
            views.append(clone)
            ids.add(new_id)
            copies[view["id"]].append(new_id)
    return copies


def _marks_on_copies(marks: list[dict], copies: dict[str, list[str]]) -> list[dict]:
    """A point's marks, then each explicit one again on every copy of its view; a mark listing
    ``views:`` lists their copies too (one with neither lands on every view that can carry it,
    copies included, by itself)."""
    out = [dict(mark, views=[*mark["views"], *(c for v in mark["views"] for c in copies[v])])
           if "views" in mark else mark for mark in marks]
    for mark in marks:
        if "view" in mark:
            out.extend(dict(mark, view=copy_id) for copy_id in copies[mark["view"]])
    return out


def write_big_atlas(source: Path, folder: Path, factor: int = 10, seed: int = 10,
                    views: int | None = None) -> Path:
    """Write ``folder/data/points.yaml`` (+ ``folder/assets``) ``factor`` times as large, as
    one file (so it also exercises a whole atlas without includes); with ``views``, with that
    many views (the real ones and copies, see above)."""
    atlas = load_atlas(source)
    raw = atlas_data(source)
    rng = random.Random(seed)
    points = list(raw["points"])
    real = {p["code"]: p for p in points}
    added: list[str] = []
    take = _codes(set(real), list(atlas.channels), added)
    names = [atlas.points[code] for code in real]
    out = list(points)
    for copy_number in range(1, factor):
        for entry in points:
            code = entry["code"]
            model = atlas.points[code]
            other = names[(names.index(model) + copy_number * 7) % len(names)]
            new_code, channel = take(model.channel)
            clone = copy.deepcopy(entry)
            # a made-up sibling belongs to no real point's categories, nor has its other names
            clone.pop("categories", None)
            clone.pop("alt_names", None)
            hanzi = (model.hanzi[:1] + other.hanzi[1:]) or model.hanzi
            # its own location and tip (a real atlas's are each the point's own: the start-up
            # cache shares only equal texts, such as the same caution on many points)
            for key in ("location", "finding"):
                if clone.get(key):
                    clone[key] = f"{clone[key]} ({new_code})"
            clone.update(code=new_code, channel=channel,
                         pinyin=_mix(model.pinyin, other.pinyin), hanzi=hanzi,
                         english=_mix(model.english, other.english))
            # its traditional name is mixed the same way, character for character
            traditional = ((model.hanzi_traditional or model.hanzi)[:1]
                           + (other.hanzi_traditional or other.hanzi)[1:]) or hanzi
            clone.pop("hanzi_traditional", None)
            if traditional != hanzi:
                clone["hanzi_traditional"] = traditional
            marks = []
            for mark in model.marks:
                view = atlas.views[mark.view]
                if view.cut:   # a cut shows its parent's marks; it takes none of its own
                    continue
                x0, y0, w, h = view.viewbox
                spread = view.cun * 0.6
                x = min(max(mark.at[0] + rng.uniform(-spread, spread), x0), x0 + w)
                y = min(max(mark.at[1] + rng.uniform(-spread, spread), y0), y0 + h)
                marks.append({"view": mark.view, "at": [round(x, 1), round(y, 1)]})
            clone["marks"] = marks
            out.append(clone)
    if views is not None and views > len(raw["views"]):
        copies = _copy_views(raw["views"], views)
        for entry in out:
            entry["marks"] = _marks_on_copies(entry["marks"], copies)
    raw["points"] = out
    for code in added:   # the made-up channels the codes ran over into, after the real ones
        raw["channels"].append({"code": code, "name": f"Synthetic {code}", "colour": "#888888"})
        if "channel_order" in raw:
            raw["channel_order"] = [*raw["channel_order"], code]
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    assets = source.resolve().parent.parent / "assets"
    if assets.is_dir():
        shutil.copytree(assets, folder / "assets", dirs_exist_ok=True)
    target = data / "points.yaml"
    target.write_text(yaml.dump(raw, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                                width=100_000), encoding="utf-8")
    load_atlas(target)   # fails loudly if the generated atlas does not validate
    return target
