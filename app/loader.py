"""Read data/points.yaml into an Atlas, checking everything and reporting every problem."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from app import paths
from app.model import (
    CERTAINTIES,
    CHANNELS,
    SIDES,
    SOURCE_KINDS,
    Atlas,
    AtlasError,
    Caution,
    Condition,
    Evidence,
    Indication,
    Mark,
    Point,
    Point2,
    Problem,
    Source,
    View,
)
from app.placement import PLACEMENT_KEYS, PlacementError, place
from app.yaml_nodes import Map, Seq, YamlError, read_yaml

SCHEMAS = (1,)
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CODE = re.compile(r"^(?:[A-Z]{2}\d{1,2}|EX-[A-Z]{2}\d{1,2})$")


# field name -> (type, required). Types: "str", "text" (non-empty str), "int?", "num", "bool",
# "ids" (list of str), "list", "map", "pair" ([x, y]).
_SOURCE = {"id": ("id", True), "title": ("text", True), "publisher": ("text", True),
           "author": ("str?", False), "year": ("int?", True), "kind": ("text", True),
           "note": ("text", True), "url": ("str?", False)}
_CONDITION = {"id": ("id", True), "name": ("text", True), "aliases": ("strs", False),
              "evidence": ("map", True), "established_care": ("text", True),
              "care_refs": ("strs", False), "see_a_doctor": ("text", True)}
_EVIDENCE = {"certainty": ("text", True), "summary": ("text", True), "refs": ("strs", True)}
_VIEW = {"id": ("id", True), "title": ("text", True), "image": ("text", True),
         "side": ("text", True), "midline": ("num?", False), "cun": ("num", True),
         "landmarks": ("map", True)}
_POINT = {"code": ("text", True), "pinyin": ("text", True), "hanzi": ("text", True),
          "english": ("text", True), "korean": ("str?", False), "channel": ("text", True),
          "bilateral": ("bool", True), "location": ("text", True),
          "location_source": ("text", True), "finding": ("str?", False),
          "cautions": ("list", False), "marks": ("list", True), "indications": ("list", True)}
_CAUTION = {"text": ("text", True), "source": ("text", True)}
_INDICATION = {"text": ("text", True), "source": ("text", True),
               "condition": ("str?", False), "traditional": ("bool", False)}
_TOP = {"schema": ("int?", True), "sources": ("list", True), "conditions": ("list", True),
        "views": ("list", True), "points": ("list", True)}


def _is_num(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_CHECKS = {
    "id": (lambda v: isinstance(v, str) and bool(_ID.match(v)), "a kebab-case id"),
    "text": (lambda v: isinstance(v, str) and v.strip() != "", "non-empty text"),
    "str?": (lambda v: v is None or isinstance(v, str), "text or null"),
    "int?": (lambda v: v is None or (isinstance(v, int) and not isinstance(v, bool)),
             "a whole number or null"),
    "num": (_is_num, "a number"),
    "num?": (lambda v: v is None or _is_num(v), "a number or null"),
    "bool": (lambda v: isinstance(v, bool), "true or false"),
    "strs": (lambda v: isinstance(v, list) and all(isinstance(s, str) for s in v),
             "a list of text"),
    "list": (lambda v: isinstance(v, list), "a list"),
    "map": (lambda v: isinstance(v, dict), "a mapping"),
}


class _Reader:
    """Collects problems while turning the YAML tree into model objects."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def record(self, node: Any, line: int, spec: dict, what: str) -> tuple[dict, bool]:
        """Check one mapping against its field spec: (the good fields, whether all were good)."""
        if not isinstance(node, Map):
            self.problem(line, f"{what}: expected a mapping")
            return {}, False
        before = len(self.problems)
        good = {}
        for key in node:
            if key not in spec:
                close = [k for k in spec if _similar(str(key), k)]
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                self.problem(node.lines[key], f"{what}: unknown key '{key}'{hint}")
        for key, (kind, required) in spec.items():
            if key not in node:
                if required:
                    self.problem(node.line, f"{what}: missing key '{key}'")
                continue
            check, wanted = _CHECKS[kind]
            if not check(node[key]):
                self.problem(node.lines[key], f"{what}: '{key}' must be {wanted}")
                continue
            good[key] = node[key]
        return good, len(self.problems) == before

    def choice(self, node: Map, fields: dict, key: str, allowed: tuple[str, ...],
               what: str) -> bool:
        """False (and a problem) when ``fields[key]`` is present but not one of ``allowed``."""
        if key not in fields or fields[key] in allowed:
            return True
        self.problem(node.lines[key], f"{what}: {key} '{fields[key]}' is not one of "
                                      f"{', '.join(allowed)}")
        return False


def _similar(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if abs(len(a) - len(b)) > 2:
        return False
    common = sum(1 for ch in set(a) if ch in b)
    return common >= max(len(set(a)), len(set(b))) - 2


def load_atlas(path: Path | str | None = None) -> Atlas:
    """Load and validate an atlas (None = the bundled data/points.yaml); raise AtlasError."""
    path = Path(path) if path is not None else paths.atlas_file()
    reader = _Reader(path)
    try:
        tree = read_yaml(path)
    except YamlError as exc:
        raise AtlasError([Problem(path, exc.line, exc.message)]) from None
    if not isinstance(tree, Map):
        raise AtlasError([Problem(path, getattr(tree, "line", 1), "expected a mapping with "
                                  "schema, sources, conditions, views and points")])
    top, _ = reader.record(tree, 1, _TOP, "atlas")
    if "schema" in top and top["schema"] not in SCHEMAS:
        reader.problem(tree.lines["schema"],
                       f"schema {top['schema']} is not known (this version reads {SCHEMAS})")
    if reader.problems:
        raise AtlasError(reader.problems)
    sources = _read_sources(reader, tree["sources"])
    conditions = _read_conditions(reader, tree["conditions"], sources)
    views = _read_views(reader, tree["views"])
    points = _read_points(reader, tree["points"], sources, conditions, views)
    if reader.problems:
        raise AtlasError(sorted(reader.problems, key=lambda p: p.line))
    return Atlas(path=path, sources=sources.valid, conditions=conditions.valid,
                 views=views.valid, points=points)


def _entries(reader: _Reader, node: Seq, key: str, spec: dict, label: str):
    """Each record of a top-level list with its good fields, whether it is whole, and the
    set of ids declared (so a broken entry is reported once, not again by each reference)."""
    declared: set = set()
    records = []
    for item, line in zip(node, node.lines):
        ident = item.get(key, "?") if isinstance(item, dict) else "?"
        fields, ok = reader.record(item, line, spec, f"{label} {ident}")
        if key in fields:
            if fields[key] in declared:
                reader.problem(item.lines[key], f"duplicate {label} {key} '{fields[key]}'")
                continue
            declared.add(fields[key])
        records.append((item, fields, ok, f"{label} {ident}"))
    return records, declared


class _Refs:
    """Checks references to ids; an id that was declared but broken is not reported again."""

    def __init__(self, reader: _Reader, valid: dict, declared: set, label: str):
        self.reader, self.valid, self.declared, self.label = reader, valid, declared, label

    def check(self, ident: Any, line: int, what: str) -> bool:
        if ident in self.valid:
            return True
        if ident not in self.declared:
            self.reader.problem(line, f"{what} names unknown {self.label} '{ident}'")
        return False

    def check_list(self, item: Map, key: str, what: str) -> bool:
        value = item.get(key)
        if not isinstance(value, Seq):
            return True
        results = [self.check(ref, line, f"{what}: '{key}'")
                   for ref, line in zip(value, value.lines)]
        return all(results)


def _read_sources(reader: _Reader, node: Seq) -> _Refs:
    records, declared = _entries(reader, node, "id", _SOURCE, "source")
    sources: dict[str, Source] = {}
    for item, fields, ok, what in records:
        ok = reader.choice(item, fields, "kind", SOURCE_KINDS, what) and ok
        if ok:
            sources[fields["id"]] = Source(**fields)
    return _Refs(reader, sources, declared, "source")


def _read_conditions(reader: _Reader, node: Seq, sources: _Refs) -> _Refs:
    records, declared = _entries(reader, node, "id", _CONDITION, "condition")
    conditions: dict[str, Condition] = {}
    for item, fields, ok, what in records:
        ok = sources.check_list(item, "care_refs", what) and ok
        if "evidence" not in fields:
            continue
        ev_node = item["evidence"]
        ev, ev_ok = reader.record(ev_node, item.lines["evidence"], _EVIDENCE, f"{what} evidence")
        ev_ok = sources.check_list(ev_node, "refs", f"{what} evidence") and ev_ok
        ev_ok = reader.choice(ev_node, ev, "certainty", CERTAINTIES, what) and ev_ok
        if ok and ev_ok:
            fields["evidence"] = Evidence(ev["certainty"], ev["summary"], tuple(ev["refs"]))
            fields["aliases"] = tuple(fields.get("aliases", ()))
            fields["care_refs"] = tuple(fields.get("care_refs", ()))
            conditions[fields["id"]] = Condition(**fields)
    return _Refs(reader, conditions, declared, "condition")


MAX_IMAGE_BYTES = 4 * 1024 * 1024


def _svg_viewbox(image: Path) -> tuple[float, float, float, float]:
    """The SVG's viewBox, after checking the whole file is well-formed XML (expat refuses
    entity-expansion bombs) with an <svg> root, so what Qt will draw is known to parse."""
    if image.stat().st_size > MAX_IMAGE_BYTES:
        raise ValueError(f"it is larger than {MAX_IMAGE_BYTES // 1024 // 1024} MB")
    root = None
    for _event, element in ET.iterparse(image, events=("start",)):
        if root is None:
            root = element
            if not root.tag.endswith("svg"):
                raise ValueError("the root element is not <svg>")
    if root is None:
        raise ValueError("the file is empty")
    box = root.get("viewBox")
    if not box:
        raise ValueError("the <svg> element has no viewBox")
    numbers = [float(n) for n in box.replace(",", " ").split()]
    if len(numbers) != 4 or numbers[2] <= 0 or numbers[3] <= 0:
        raise ValueError(f"viewBox {box!r} is not four numbers with a positive size")
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def _pair(value: Any) -> Point2 | None:
    if isinstance(value, list) and len(value) == 2 and all(_is_num(v) for v in value):
        return (float(value[0]), float(value[1]))
    return None


def _read_views(reader: _Reader, node: Seq) -> _Refs:
    records, declared = _entries(reader, node, "id", _VIEW, "view")
    views: dict[str, View] = {}
    for item, fields, ok, what in records:
        ok = reader.choice(item, fields, "side", SIDES, what) and ok
        if "cun" in fields and fields["cun"] <= 0:
            reader.problem(item.lines["cun"], f"{what}: cun must be positive")
            ok = False
        landmarks: dict[str, Point2] = {}
        for name, value in fields.get("landmarks", {}).items():
            pair = _pair(value)
            if pair is None:
                reader.problem(item["landmarks"].lines[name],
                               f"{what}: landmark '{name}' must be [x, y]")
                ok = False
            else:
                landmarks[str(name)] = pair
        if "image" not in fields:
            continue
        image = paths.resolve_image(reader.path, fields["image"])
        if not image.is_file():   # missing, or a folder, device or pipe: never read those
            reader.problem(item.lines["image"], f"{what}: image {fields['image']} not found")
            continue
        try:
            viewbox = _svg_viewbox(image)
        except (ET.ParseError, ValueError, OSError) as exc:
            reader.problem(item.lines["image"],
                           f"{what}: image {fields['image']} does not parse: {exc}")
            continue
        if not ok:
            continue
        view = View(id=fields["id"], title=fields["title"], image=image, side=fields["side"],
                    cun=float(fields["cun"]), viewbox=viewbox, midline=fields.get("midline"),
                    landmarks=landmarks)
        for name, pair in landmarks.items():
            if not view.contains(pair):
                reader.problem(item["landmarks"].lines[name],
                               f"{what}: landmark '{name}' lies outside the image's viewBox")
        views[view.id] = view
    return _Refs(reader, views, declared, "view")


class _Placer:
    """Computes every mark, resolving anchors that name other points on the same view."""

    def __init__(self, reader: _Reader, views: dict[str, View], specs: dict[str, list]):
        self.reader, self.views, self.specs = reader, views, specs
        self.done: dict[tuple[str, int], Point2 | None] = {}
        self.active: set[tuple[str, int]] = set()

    def position(self, code: str, index: int) -> Point2 | None:
        key = (code, index)
        if key in self.done:
            return self.done[key]
        if key in self.active:
            raise PlacementError(f"the measurement of {code} depends on itself")
        self.active.add(key)
        spec, line = self.specs[code][index]
        view = self.views[spec["view"]]

        def anchor(name: Any) -> Point2:
            if not isinstance(name, str):
                raise PlacementError(f"anchor {name!r} must be a landmark name or point code")
            if name in view.landmarks:
                return view.landmarks[name]
            for other_index, (other, _) in enumerate(self.specs.get(name, [])):
                if other.get("view") == view.id:
                    found = self.position(name, other_index)
                    if found is None:
                        raise PlacementError(f"anchor point {name} could not be placed")
                    return found
            raise PlacementError(f"'{name}' is neither a landmark of view {view.id} "
                                 f"nor a point marked on it")

        try:
            at = place(spec, view, anchor)
            if not view.contains(at):
                raise PlacementError(f"position ({at[0]:.0f}, {at[1]:.0f}) lies outside "
                                     f"view {view.id}")
        except (PlacementError, TypeError, ValueError) as exc:
            self.reader.problem(line, f"point {code}: mark on {view.id}: {exc}")
            at = None
        finally:
            self.active.discard(key)
        self.done[key] = at
        return at


def _read_points(reader: _Reader, node: Seq, sources: _Refs, conditions: _Refs,
                 views: _Refs) -> dict[str, Point]:
    records, _declared = _entries(reader, node, "code", _POINT, "point")
    specs: dict[str, list] = {}
    for item, fields, _ok, what in records:
        code = fields.get("code")
        if code is None:
            continue
        if not _CODE.match(code):
            reader.problem(item.lines["code"], f"{what}: code must look like GB14 or EX-HN4")
        reader.choice(item, fields, "channel", CHANNELS, what)
        if "location_source" in fields:
            sources.check(fields["location_source"], item.lines["location_source"], what)
        specs[code] = []
        marks = item.get("marks")
        for mark, mark_line in zip(marks, marks.lines) if isinstance(marks, Seq) else ():
            if not isinstance(mark, Map):
                reader.problem(mark_line, f"{what}: a mark must be a mapping")
                continue
            unknown = [k for k in mark if k != "view" and k not in PLACEMENT_KEYS]
            for key in unknown:
                reader.problem(mark.lines[key], f"{what}: mark has unknown key '{key}'")
            if not views.check(mark.get("view"), mark_line, f"{what}: mark"):
                continue
            if not unknown:
                specs[code].append((mark, mark_line))

    placer = _Placer(reader, views.valid, specs)
    points: dict[str, Point] = {}
    for item, fields, ok, what in records:
        code = fields.get("code")
        if code is None:
            continue
        marks = []
        for index, (mark, _line) in enumerate(specs[code]):
            at = placer.position(code, index)
            if at is not None:
                marks.append(Mark(mark["view"], at))
        indications = []
        for ind, got in _sub_records(reader, item.get("indications"), _INDICATION,
                                     f"{what} indication"):
            good = sources.check(got.get("source"), ind.lines.get("source", ind.line), what)
            if got.get("condition") is not None:
                good = conditions.check(got["condition"], ind.lines["condition"], what) and good
            if good:
                indications.append(Indication(**got))
        cautions = []
        for cau, got in _sub_records(reader, item.get("cautions"), _CAUTION, f"{what} caution"):
            if sources.check(got.get("source"), cau.lines.get("source", cau.line), what):
                cautions.append(Caution(**got))
        if ok:
            points[code] = Point(
                code=code, pinyin=fields["pinyin"], hanzi=fields["hanzi"],
                english=fields["english"], channel=fields["channel"],
                bilateral=fields["bilateral"], location=fields["location"],
                location_source=fields["location_source"], marks=tuple(marks),
                indications=tuple(indications), cautions=tuple(cautions),
                finding=fields.get("finding"), korean=fields.get("korean"))
    return points


def _sub_records(reader: _Reader, node: Any, spec: dict, what: str):
    """The whole, valid records of a point's indications or cautions list."""
    if not isinstance(node, Seq):
        return
    for item, line in zip(node, node.lines):
        got, ok = reader.record(item, line, spec, what)
        if ok:
            yield item, got
