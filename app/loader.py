"""Read an atlas (data/points.yaml and the files it includes) into an Atlas, checking
everything and reporting every problem with the file and line it is in.

Schema 1 is one file holding everything. Schema 2 adds ``include:`` (paths or globs relative to
the root file) and the data that moved out of Python: channels (``channel:`` headers with name,
aliases, colour, WHO point count, course), ``channel_order``, a landmark glossary, and views with
``region`` and ``parent``. A schema 2 file without ``include:`` is a whole atlas too.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from app import categories, codes, paths
from app.model import (
    CERTAINTIES,
    DIRECTIONS,
    REGIONS,
    SIDES,
    SOURCE_KINDS,
    AltName,
    Atlas,
    AtlasError,
    Category,
    Caution,
    Channel,
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
from app.placement import PLACEMENT_KEYS, NotOnView, PlacementError, place
from app.yaml_nodes import Map, Seq, YamlError, read_yaml

SCHEMAS = (1, 2)
MAX_FILES = 500
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


# field name -> (type, required). Types: "str", "text" (non-empty str), "int?", "num", "bool",
# "ids" (list of str), "list", "map", "pair" ([x, y]).
_SOURCE = {"id": ("id", True), "title": ("text", True), "publisher": ("text", True),
           "author": ("str?", False), "year": ("int?", True), "kind": ("text", True),
           "note": ("text", True), "url": ("str?", False)}
_CONDITION = {"id": ("id", True), "name": ("text", True), "aliases": ("strs", False),
              "evidence": ("map", True), "established_care": ("text", True),
              "care_refs": ("strs", False), "see_a_doctor": ("text", True),
              "red_flag_refs": ("strs", False),
              "studied_points": ("strs", False)}
_EVIDENCE = {"certainty": ("text", True), "direction": ("text", True), "verdict": ("text", False),
             "summary": ("text", True), "refs": ("strs", True)}
_VIEW = {"id": ("id", True), "title": ("text", True), "image": ("text", True),
         "side": ("text", True), "region": ("text", False), "parent": ("str?", False),
         "midline": ("num?", False), "cun": ("num", True), "landmarks": ("map", True),
         "frame": ("rect", False), "cut": ("bool", False)}
_CHANNEL = {"code": ("text", True), "name": ("text", True), "aliases": ("strs", False),
            "colour": ("text", True), "who_points": ("int?", False), "course": ("strs", False)}
_POINT = {"code": ("text", True), "pinyin": ("text", True), "hanzi": ("text", True),
          "hanzi_traditional": ("str?", False), "english": ("text", True),
          "korean": ("str?", False), "channel": ("text", True),
          "bilateral": ("bool", True), "location": ("text", True),
          "location_source": ("text", True), "location_also": ("strs", False),
          "finding": ("str?", False),
          "cautions": ("list", False), "marks": ("list", True), "indications": ("list", True),
          "categories": ("list", False), "alt_names": ("list", False),
          "unmarked": ("str?", False)}
_CAUTION = {"text": ("text", True), "source": ("text", True)}
# A point's category (app/categories.py says which take of, kind, element or with).
_CATEGORY = {"category": ("text", True), "of": ("str?", False), "kind": ("str?", False),
             "element": ("str?", False), "with": ("strs", False), "source": ("text", True)}
# Another name or older code: at least one of the four, and the source that gives it.
_ALT_NAME = {"pinyin": ("str?", False), "hanzi": ("str?", False), "english": ("str?", False),
             "code": ("str?", False), "source": ("text", True)}
_INDICATION = {"text": ("text", True), "source": ("text", True),
               "condition": ("str?", False), "traditional": ("bool", False)}
# What a file may hold. Lists merge across files; the singular keys hold one entry (a channel
# file's header, a condition's file, a generated view's file).
_CONTENT = {"sources": ("list", False), "conditions": ("list", False),
            "condition": ("map", False), "views": ("list", False), "view": ("map", False),
            "channels": ("list", False), "channel": ("map", False),
            "landmarks": ("map", False), "points": ("list", False)}
_LISTS = {"sources": "sources", "conditions": "conditions", "condition": "conditions",
          "views": "views", "view": "views", "channels": "channels", "channel": "channels",
          "points": "points"}
_ROOT = {"schema": ("int?", True), "include": ("strs", False),
         "channel_order": ("strs", False), **_CONTENT}
_WHOLE = ("sources", "conditions", "views", "points")   # what a file without include holds


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
    "rect": (lambda v: isinstance(v, list) and len(v) == 4 and all(map(_is_num, v))
             and v[2] > 0 and v[3] > 0, "[x, y, width, height] with a positive size"),
}


class _Item(NamedTuple):
    """One entry of a merged list, with the file and line it came from."""

    node: Any
    line: int
    path: Path


class _Reader:
    """Collects problems while turning the YAML trees into model objects; ``path`` is the file
    whose entries are being read (set by whoever walks them)."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def at(self, item: _Item) -> _Item:
        self.path = item.path
        return item

    def record(self, node: Any, line: int, spec: dict, what: str) -> tuple[dict, bool]:
        """Check one mapping against its field spec: (the good fields, whether all were good)."""
        if not isinstance(node, Map):
            self.problem(line, f"{what}: expected a mapping")
            return {}, False
        before = len(self.problems)
        good = {}
        for key in node:
            if key not in spec:
                close = difflib.get_close_matches(str(key), spec, n=1, cutoff=0.6)
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


def load_atlas(path: Path | str | None = None) -> Atlas:
    """Load and validate an atlas (None = the bundled data/points.yaml); raise AtlasError."""
    path = Path(path) if path is not None else paths.atlas_file()
    reader, tree = _read_whole_tree(path)
    sources = _read_sources(reader, tree.lists["sources"])
    conditions = _read_conditions(reader, tree.lists["conditions"], sources)
    views = _read_views(reader, tree.lists["views"], path, tree.glossary)
    channels = _read_channels(reader, tree, views)
    points = _read_points(reader, tree.lists["points"], sources, conditions, views, channels)
    if reader.problems:
        raise AtlasError(_ordered(reader.problems))
    if channels:   # atlas order: by channel, then number, whatever file a point is in
        order = list(channels)
        points = {code: points[code]
                  for code in sorted(points, key=lambda c: codes.sort_key(c, order))}
    else:   # a file that declares no channels keeps its order and knows them by code alone
        channels = {ch: Channel(ch, ch) for ch in dict.fromkeys(
            p.channel for p in points.values())}
    return Atlas(path=path, sources=sources.valid, conditions=conditions.valid,
                 views=views.valid, points=points, channels=channels, glossary=tree.glossary or {},
                 files=tuple(str(f) for f in tree.files))


def atlas_data(path: Path | str | None = None) -> dict:
    """The atlas's files merged into one plain mapping, as one schema 2 file without includes
    would hold it: what tools and tests read instead of parsing YAML themselves. Raises
    AtlasError on a broken file (the full check is ``load_atlas``)."""
    path = Path(path) if path is not None else paths.atlas_file()
    _reader, tree = _read_whole_tree(path)
    data: dict[str, Any] = {"schema": 2}
    if tree.channel_order is not None:
        data["channel_order"] = [code for code, _line in tree.channel_order]
    for key in ("sources", "conditions", "channels", "views"):
        data[key] = [_plain(item.node) for item in tree.lists[key]]
    if tree.glossary is not None:
        data["landmarks"] = dict(tree.glossary)
    data["points"] = [_plain(item.node) for item in tree.lists["points"]]
    return data


def _plain(node: Any) -> Any:
    """Map/Seq trees as plain dicts and lists."""
    if isinstance(node, dict):
        return {key: _plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(value) for value in node]
    return node


def _read_whole_tree(path: Path) -> tuple[_Reader, _Tree]:
    """Every file of the atlas read and merged; AtlasError when any cannot be read."""
    reader = _Reader(path)
    tree = _read_tree(reader, path)
    if reader.problems:
        raise AtlasError(_ordered(reader.problems))
    return reader, tree


def _ordered(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (str(p.path), p.line))


@dataclass
class _Tree:
    """The files of an atlas merged: every entry of each list, the glossary (None when no file
    defines one), the root's channel order (code and line) and every file read."""

    root: Path
    lists: dict[str, list[_Item]] = field(default_factory=lambda: {
        key: [] for key in ("sources", "conditions", "views", "channels", "points")})
    glossary: dict[str, str] | None = None
    channel_order: list[tuple[str, int]] | None = None
    files: list[Path] = field(default_factory=list)


def _read_tree(reader: _Reader, path: Path) -> _Tree:
    """Read the root and every file it includes; problems are collected, not raised."""
    tree = _Tree(path)
    root = _read_file(reader, path, _ROOT, "atlas", tree)
    if root is None:
        return tree
    schema = root.get("schema")
    if "schema" in root and schema not in SCHEMAS:
        reader.problem(root.lines["schema"],
                       f"schema {schema} is not known (this version reads {SCHEMAS})")
        return tree
    includes = root.get("include")
    if includes is not None and schema == 1:
        reader.problem(root.lines["include"], "'include' needs schema 2")
        return tree
    if includes is None:   # a whole atlas in one file
        for key in _WHOLE:
            if key not in root and key[:-1] not in root:
                reader.problem(root.line, f"atlas: missing key '{key}'")
    for pattern, line in zip(includes or (), getattr(includes, "lines", ())):
        reader.path = path
        if Path(pattern).is_absolute() or ".." in Path(pattern).parts:
            reader.problem(line, f"include '{pattern}' must be a path inside the root's folder")
            continue
        found = _expand(path.parent, pattern)
        if not found:
            reader.problem(line, f"include '{pattern}' matches no file")
        for included in found:
            if included in tree.files:
                continue
            if len(tree.files) >= MAX_FILES:
                reader.problem(line, f"an atlas may include at most {MAX_FILES} files")
                return tree
            _read_file(reader, included, _CONTENT, "included file", tree)
    if isinstance(root.get("channel_order"), Seq):
        order = root["channel_order"]
        tree.channel_order = [(str(c), n) for c, n in zip(order, order.lines)]
    return tree


def _expand(folder: Path, pattern: str) -> list[Path]:
    """The files a pattern names, relative to the root's folder, in name order."""
    if any(ch in pattern for ch in "*?["):
        return sorted(p for p in folder.glob(pattern) if p.is_file())
    target = folder / pattern
    return [target] if target.is_file() else []


def _read_file(reader: _Reader, path: Path, spec: dict, what: str, tree: _Tree) -> Map | None:
    """Read one file into the tree; the file's top-level mapping, or None when unreadable."""
    reader.path = path
    tree.files.append(path)
    try:
        node = read_yaml(path)
    except YamlError as exc:
        reader.problem(exc.line, exc.message)
        return None
    if not isinstance(node, Map):
        reader.problem(getattr(node, "line", 1), "expected a mapping with schema, sources, "
                       "conditions, views and points" if spec is _ROOT else
                       "expected a mapping of sources, conditions, views, channels, points …")
        return None
    fields, ok = reader.record(node, 1, spec, what)
    if not ok:
        return None
    for key, target in _LISTS.items():
        if key not in fields:
            continue
        value = node[key]
        if isinstance(value, Map):   # a singular key holds one entry
            tree.lists[target].append(_Item(value, node.lines[key], path))
        else:
            tree.lists[target].extend(_Item(item, line, path)
                                      for item, line in zip(value, value.lines))
    if "landmarks" in fields:
        if tree.glossary is None:
            tree.glossary = {}
        for name, text in node["landmarks"].items():
            line = node["landmarks"].lines[name]
            if not isinstance(text, str) or not text.strip():
                reader.problem(line, f"landmark '{name}': the definition must be non-empty text")
            elif name in tree.glossary:
                reader.problem(line, f"landmark '{name}' is defined twice")
            else:
                tree.glossary[str(name)] = text
    return node


class _Record(NamedTuple):
    item: Map
    fields: dict
    ok: bool
    what: str
    path: Path


def _entries(reader: _Reader, entries: list[_Item], key: str, spec: dict, label: str):
    """Each record of a merged list with its good fields, whether it is whole, and the
    set of ids declared (so a broken entry is reported once, not again by each reference)."""
    declared: set = set()
    records = []
    for item, line, path in map(reader.at, entries):
        ident = item.get(key, "?") if isinstance(item, dict) else "?"
        fields, ok = reader.record(item, line, spec, f"{label} {ident}")
        if key in fields:
            if fields[key] in declared:
                reader.problem(item.lines[key], f"duplicate {label} {key} '{fields[key]}'")
                continue
            declared.add(fields[key])
        if isinstance(item, Map):
            records.append(_Record(item, fields, ok, f"{label} {ident}", path))
    return records, declared


def _walk(reader: _Reader, records: list[_Record]):
    """The records, with the reader reporting in each one's file."""
    for record in records:
        reader.path = record.path
        yield record


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


def _read_sources(reader: _Reader, entries: list[_Item]) -> _Refs:
    records, declared = _entries(reader, entries, "id", _SOURCE, "source")
    sources: dict[str, Source] = {}
    for item, fields, ok, what, _path in _walk(reader, records):
        ok = reader.choice(item, fields, "kind", SOURCE_KINDS, what) and ok
        if ok:
            sources[fields["id"]] = Source(**fields)
    return _Refs(reader, sources, declared, "source")


def _read_conditions(reader: _Reader, entries: list[_Item], sources: _Refs) -> _Refs:
    records, declared = _entries(reader, entries, "id", _CONDITION, "condition")
    conditions: dict[str, Condition] = {}
    for item, fields, ok, what, _path in _walk(reader, records):
        ok = sources.check_list(item, "care_refs", what) and ok
        ok = sources.check_list(item, "red_flag_refs", what) and ok
        ok = _codes_well_formed(reader, item, "studied_points", what) and ok
        if "evidence" not in fields:
            continue
        ev_node = item["evidence"]
        ev, ev_ok = reader.record(ev_node, item.lines["evidence"], _EVIDENCE, f"{what} evidence")
        ev_ok = sources.check_list(ev_node, "refs", f"{what} evidence") and ev_ok
        ev_ok = reader.choice(ev_node, ev, "certainty", CERTAINTIES, what) and ev_ok
        ev_ok = reader.choice(ev_node, ev, "direction", DIRECTIONS, what) and ev_ok
        ev_ok = _direction_fits(reader, ev_node, ev, what) and ev_ok
        if ok and ev_ok:
            fields["evidence"] = Evidence(ev["certainty"], ev["summary"], tuple(ev["refs"]),
                                          ev["direction"], ev.get("verdict", ""))
            fields["aliases"] = tuple(fields.get("aliases", ()))
            fields["care_refs"] = tuple(fields.get("care_refs", ()))
            fields["red_flag_refs"] = tuple(fields.get("red_flag_refs", ()))
            fields["studied_points"] = tuple(fields.get("studied_points", ()))
            conditions[fields["id"]] = Condition(**fields)
    return _Refs(reader, conditions, declared, "condition")


def _codes_well_formed(reader: _Reader, item: Map, key: str, what: str) -> bool:
    """Every entry of a list of point codes is a code ('GB14', 'EX-B2'); whether the atlas
    holds the point yet is not asked."""
    value = item.get(key)
    if not isinstance(value, Seq):
        return True
    ok = True
    for code, line in zip(value, value.lines):
        if not isinstance(code, str) or codes.parse(code) is None:
            reader.problem(line, f"{what}: '{key}' holds '{code}', which is not a point code "
                                 f"(such as {codes.EXAMPLE})")
            ok = False
    return ok


def _direction_fits(reader: _Reader, node: Map, ev: dict, what: str) -> bool:
    """No trials and "untested" go together; a tested use says which way in its verdict."""
    if "certainty" not in ev or "direction" not in ev:
        return True
    untested = ev["certainty"] == "none"
    if untested != (ev["direction"] == "untested"):
        reader.problem(node.lines["direction"],
                       f"{what}: direction 'untested' goes with certainty 'none' and only "
                       "with it")
        return False
    if not untested and not ev.get("verdict", "").strip():
        reader.problem(node.lines["direction"],
                       f"{what}: a tested use needs a verdict, which way the evidence points "
                       "in a few words (for example 'no better than sham')")
        return False
    return True


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


def _read_views(reader: _Reader, entries: list[_Item], root: Path,
                glossary: dict[str, str] | None) -> _Refs:
    """The views; images are found from the root file (where a view's file sits does not
    matter); with a glossary, every landmark must be defined in it."""
    records, declared = _entries(reader, entries, "id", _VIEW, "view")
    views: dict[str, View] = {}
    for item, fields, ok, what, _path in _walk(reader, records):
        ok = reader.choice(item, fields, "side", SIDES, what) and ok
        ok = reader.choice(item, fields, "region", REGIONS, what) and ok
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
            if glossary is not None and name not in glossary:
                reader.problem(item["landmarks"].lines[name],
                               f"{what}: landmark '{name}' is not defined in the glossary")
        if "image" not in fields:
            continue
        image = paths.resolve_image(root, fields["image"])
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
                    landmarks=landmarks, region=fields.get("region", "body"),
                    parent=fields.get("parent"),
                    frame=tuple(map(float, fields["frame"])) if "frame" in fields else None,
                    cut=bool(fields.get("cut")))
        if view.cut and view.frame is None:
            reader.problem(item.lines["cut"], f"{what}: a cut shows its parent through its "
                           "frame; this view has no frame")
            continue
        for name, pair in landmarks.items():
            if not view.contains(pair):
                reader.problem(item["landmarks"].lines[name],
                               f"{what}: landmark '{name}' lies outside the image's viewBox")
        views[view.id] = view
    refs = _Refs(reader, views, declared, "view")
    for record in _walk(reader, records):
        parent = record.fields.get("parent")
        view = views.get(record.fields.get("id"))
        if view is None:
            continue
        if parent is not None:
            refs.check(parent, record.item.lines["parent"], f"{record.what}: parent")
        if view.frame is None:
            continue
        line = record.item.lines["frame"]
        if parent is None:
            reader.problem(line, f"{record.what}: a frame says where a close-up lies on its "
                           "parent; this view has no parent")
        elif parent in views:
            x, y, w, h = view.frame
            if not (views[parent].contains((x, y)) and views[parent].contains((x + w, y + h))):
                reader.problem(line, f"{record.what}: frame lies outside the viewBox of "
                               f"its parent '{parent}'")
    return refs


def _read_channels(reader: _Reader, tree: _Tree, views: _Refs) -> dict[str, Channel]:
    """The channels in atlas order (``channel_order`` when the root gives one). An atlas that
    declares none (a schema 1 file) knows each channel by its code alone."""
    records, _declared = _entries(reader, tree.lists["channels"], "code", _CHANNEL, "channel")
    found: dict[str, Channel] = {}
    for item, fields, ok, what, _path in _walk(reader, records):
        code = fields.get("code")
        if code is not None and not re.fullmatch(r"[A-Z]{2}", code):
            reader.problem(item.lines["code"], f"{what}: a channel code is two capital letters")
            ok = False
        course = item.get("course") if "course" in fields else ()
        for name, line in zip(course, getattr(course, "lines", ())):
            if codes.parse(name) is None and not any(
                    name in view.landmarks for view in views.valid.values()):
                reader.problem(line, f"{what}: course names '{name}', neither a point code "
                                     "nor a landmark of any view")
                ok = False
        if "colour" in fields and not _COLOUR.match(fields["colour"]):
            reader.problem(item.lines["colour"], f"{what}: colour must look like #1a2b3c")
            ok = False
        if ok:
            found[code] = Channel(code=code, name=fields["name"],
                                  aliases=tuple(fields.get("aliases", ())),
                                  colour=fields["colour"], who_points=fields.get("who_points"),
                                  course=tuple(fields.get("course", ())))
    if tree.channel_order is None:
        return found
    reader.path = tree.root
    ordered: dict[str, Channel] = {}
    for code, line in tree.channel_order:
        if code in found:
            ordered[code] = found.pop(code)
        elif code not in ordered:
            reader.problem(line, f"channel_order names unknown channel '{code}'")
    for code, channel in found.items():   # reported, and kept so its points are not lost
        reader.problem(tree.channel_order[0][1] if tree.channel_order else 1,
                       f"channel_order does not list channel '{code}'")
        ordered[code] = channel
    return ordered


class _Placer:
    """Computes every mark. A measurement with ``view:`` is placed on that view (and, for that
    point, replaces any general measurement there); one with ``views:`` on each listed view;
    one with neither on every view that has what it needs. Anchors may name other points
    placed on the same view."""

    def __init__(self, reader: _Reader, views: dict[str, View], specs: dict[str, list]):
        self.reader, self.views, self.specs = reader, views, specs
        self.done: dict[tuple[str, str], list[Mark]] = {}
        self.active: set[tuple[str, str]] = set()
        self.failed: set[str] = set()   # points with a reported problem in their marks

    def marks(self, code: str) -> list[Mark]:
        """Every mark of a point, its views in the order its measurements name them (a
        measurement for every view counts them in atlas order): the first is its main view."""
        order = dict.fromkeys(view_id for spec in self.specs.get(code, [])
                              for view_id in (spec.targets or self.views))
        return [mark for view_id in order for mark in self.on_view(code, view_id)]

    def on_view(self, code: str, view_id: str) -> list[Mark]:
        key = (code, view_id)
        if key in self.done:
            return self.done[key]
        if key in self.active:
            raise PlacementError(f"the measurement of {code} depends on itself")
        self.active.add(key)
        specs = self.specs.get(code, [])
        explicit = [s for s in specs if s.explicit and s.targets == (view_id,)]
        chosen = explicit or [s for s in specs if not s.explicit and (
            s.targets is None or view_id in s.targets)]
        marks = []
        try:
            for spec in chosen:
                mark = self._place(code, spec, self.views[view_id], spec.targets is not None)
                if mark is not None:
                    marks.append(mark)
        finally:
            self.active.discard(key)
        self.done[key] = marks
        return marks

    def _place(self, code: str, spec: _MarkSpec, view: View, required: bool) -> Mark | None:
        def anchor(name: Any) -> Point2:
            if not isinstance(name, str):
                raise PlacementError(f"anchor {name!r} must be a landmark name or point code")
            if name in view.landmarks:
                return view.landmarks[name]
            if name in self.specs:
                found = self.on_view(name, view.id)
                if found:
                    return found[0].at
            raise NotOnView(f"'{name}' is neither a landmark of view {view.id} "
                            f"nor a point marked on it")

        self.reader.path = spec.path
        try:
            at, steps = place(spec.node, view, anchor)
            if not view.contains(at):
                raise PlacementError(f"position ({at[0]:.0f}, {at[1]:.0f}) lies outside "
                                     f"view {view.id}")
        except NotOnView as exc:
            if required:
                self._report(code, spec, view, exc)
            return None
        except (PlacementError, TypeError, ValueError) as exc:
            self._report(code, spec, view, exc)
            return None
        return Mark(view.id, at, steps)

    def _report(self, code: str, spec: _MarkSpec, view: View, exc: Exception) -> None:
        self.failed.add(code)
        self.reader.path = spec.path
        self.reader.problem(spec.line, f"point {code}: mark on {view.id}: {exc}")


class _MarkSpec(NamedTuple):
    node: Map
    line: int
    path: Path
    targets: tuple[str, ...] | None   # the views it is for; None: every view that can carry it
    explicit: bool                    # given with ``view:`` (overrides general ones there)


def _mark_specs(reader: _Reader, item: Map, what: str, views: _Refs, path: Path
                ) -> list[_MarkSpec] | None:
    """A point's measurements, checked for form; None when any is broken (reported)."""
    marks = item.get("marks")
    specs: list[_MarkSpec] = []
    broken = False
    for mark, mark_line in zip(marks, marks.lines) if isinstance(marks, Seq) else ():
        if not isinstance(mark, Map):
            reader.problem(mark_line, f"{what}: a mark must be a mapping")
            broken = True
            continue
        unknown = [k for k in mark if k not in ("view", "views") and k not in PLACEMENT_KEYS]
        for key in unknown:
            reader.problem(mark.lines[key], f"{what}: mark has unknown key '{key}'")
        if "view" in mark and "views" in mark:
            reader.problem(mark_line, f"{what}: a mark takes 'view' or 'views', not both")
            broken = True
            continue
        if "view" in mark:
            if not views.check(mark["view"], mark_line, f"{what}: mark"):
                broken = True
                continue
            targets: tuple[str, ...] | None = (mark["view"],)
        elif "views" in mark:
            listed = mark["views"]
            if not isinstance(listed, Seq) or not listed:
                reader.problem(mark.lines["views"], f"{what}: 'views' must list view ids")
                broken = True
                continue
            if not views.check_list(mark, "views", f"{what}: mark"):
                broken = True
                continue
            targets = tuple(listed)
        else:
            targets = None
        cut = next((t for t in targets or () if t in views.valid and views.valid[t].cut), None)
        if cut is not None:
            reader.problem(mark_line, f"{what}: view {cut} is cut from "
                           f"{views.valid[cut].parent} and shows the marks placed there")
            broken = True
            continue
        if unknown:
            broken = True
            continue
        specs.append(_MarkSpec(mark, mark_line, path, targets, "view" in mark))
    return None if broken else specs


def _cut_marks(cut: View, marks: list[Mark]) -> list[Mark]:
    """A cut view's marks: its parent's marks that lie inside its frame, moved with it."""
    x, y, w, h = cut.frame

    def moved(at: Point2) -> Point2:
        return (at[0] - x, at[1] - y)

    return [Mark(cut.id, moved(m.at), tuple(s._replace(points=tuple(map(moved, s.points)))
                                              for s in m.steps))
            for m in marks
            if m.view == cut.parent and x <= m.at[0] <= x + w and y <= m.at[1] <= y + h]


def _read_points(reader: _Reader, entries: list[_Item], sources: _Refs, conditions: _Refs,
                 views: _Refs, channels: dict[str, Channel]) -> dict[str, Point]:
    records, _declared = _entries(reader, entries, "code", _POINT, "point")
    specs: dict[str, list[_MarkSpec]] = {}
    broken: set[str] = set()   # points with a malformed mark (reported)
    # the declared channels; a file that declares none accepts the channels its points name
    known = tuple(channels) or tuple(dict.fromkeys(
        str(r.fields["channel"]) for r in records if "channel" in r.fields))
    for item, fields, _ok, what, path in _walk(reader, records):
        code = fields.get("code")
        if code is None:
            continue
        parts = codes.parse(code)
        if parts is None:
            reader.problem(item.lines["code"], f"{what}: code must look like {codes.EXAMPLE}")
        if (reader.choice(item, fields, "channel", known, what) and parts is not None
                and "channel" in fields and fields["channel"] != parts.channel):
            reader.problem(item.lines["channel"],
                           f"{what}: code {code} is not on channel {fields['channel']}")
        if "location_source" in fields:
            sources.check(fields["location_source"], item.lines["location_source"], what)
        for also in fields.get("location_also", ()):
            sources.check(also, item.lines["location_also"], what)
        if fields.get("hanzi_traditional") is not None and "hanzi" in fields:
            wrong = traditional_problem(fields["hanzi"], fields["hanzi_traditional"])
            if wrong:
                reader.problem(item.lines["hanzi_traditional"], f"{what}: {wrong}")
        found = _mark_specs(reader, item, what, views, path)
        specs[code] = found or []
        if found is None:
            broken.add(code)

    cuts = [v for v in views.valid.values() if v.cut]
    placer = _Placer(reader, {k: v for k, v in views.valid.items() if not v.cut}, specs)
    points: dict[str, Point] = {}
    for item, fields, ok, what, _path in _walk(reader, records):
        code = fields.get("code")
        if code is None:
            continue
        marks = placer.marks(code)
        marks += [cut_mark for cut in cuts for cut_mark in _cut_marks(cut, marks)]
        reader.path = _path
        if specs[code] and not marks and code not in placer.failed:
            reader.problem(item.lines.get("marks", item.line),
                           f"{what}: no view carries its marks (no view has their landmarks)")
        unmarked = (fields.get("unmarked") or "").strip()
        if "marks" in item and unmarked and specs[code]:
            reader.problem(item.lines["unmarked"],
                           f"{what}: 'unmarked' is for a point with no marks; this one has marks")
        elif "marks" in item and not specs[code] and not unmarked and code not in broken:
            reader.problem(item.lines["marks"], f"{what}: no marks; a point no view can show "
                                                "says why in 'unmarked'")
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
        classes = _categories(reader, item, fields, what, sources, known)
        alt_names = []
        for alt, got in _sub_records(reader, item.get("alt_names"), _ALT_NAME,
                                     f"{what} alternative name"):
            good = sources.check(got.get("source"), alt.lines.get("source", alt.line), what)
            if not any((got.get(key) or "").strip() for key in ("pinyin", "hanzi", "english",
                                                              "code")):
                reader.problem(alt.line, f"{what}: an alternative name gives a pinyin, hanzi, "
                                         "english or code")
                good = False
            if good:
                alt_names.append(AltName(**got))
        if ok:
            points[code] = Point(
                code=code, pinyin=fields["pinyin"], hanzi=fields["hanzi"],
                hanzi_traditional=fields.get("hanzi_traditional") or None,
                english=fields["english"], channel=fields["channel"],
                bilateral=fields["bilateral"], location=fields["location"],
                location_source=fields["location_source"],
                location_also=tuple(s for s in fields.get("location_also", ())
                                    if s in sources.valid), marks=tuple(marks),
                indications=tuple(indications), cautions=tuple(cautions),
                finding=fields.get("finding"), korean=fields.get("korean"),
                categories=tuple(classes), alt_names=tuple(alt_names),
                unmarked=unmarked or None)
    return points


def _is_hanzi(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("CJK")


def traditional_problem(hanzi: str, traditional: str) -> str | None:
    """What is wrong with a point's traditional name beside its (simplified) hanzi, or None.
    It is written only where it differs, and matches the hanzi character for character (the
    traditional form of each character; the names have no characters added or dropped)."""
    if not traditional.strip():
        return ("hanzi_traditional is empty: leave it out where the traditional name is the "
                "same as hanzi")
    if traditional == hanzi:
        return (f"hanzi_traditional '{traditional}' is the same as hanzi: give it only where "
                "the traditional form differs")
    strays = [ch for ch in traditional if not _is_hanzi(ch)]
    if strays:
        return f"hanzi_traditional '{traditional}' holds '{strays[0]}', which is not a hanzi"
    if len(traditional) != len(hanzi):
        return (f"hanzi_traditional '{traditional}' has {len(traditional)} characters and "
                f"hanzi '{hanzi}' {len(hanzi)}: the two names match character for character")
    return None


def _categories(reader: _Reader, item: Map, fields: dict, what: str, sources: _Refs,
                channels: tuple[str, ...]) -> list[Category]:
    """A point's categories, each checked against the vocabulary (app/categories.py)."""
    found: list[Category] = []
    seen: set[tuple] = set()
    for node, got in _sub_records(reader, item.get("categories"), _CATEGORY,
                                  f"{what} category"):
        good = sources.check(got.get("source"), node.lines.get("source", node.line), what)
        entry = Category(got["category"], got["source"], got.get("of"), got.get("kind"),
                         got.get("element"), tuple(got.get("with", ())))
        for key, message in categories.problems(
                entry.category, entry.of, entry.kind, entry.element, entry.meets, channels,
                fields.get("channel", "")):
            reader.problem(node.lines.get(key, node.line), f"{what}: {message}")
            good = False
        key = (entry.category, entry.of, entry.kind)
        if good and key in seen:
            reader.problem(node.line, f"{what}: category '{entry.category}' is given twice")
            good = False
        seen.add(key)
        if good:
            found.append(entry)
    return found


def _sub_records(reader: _Reader, node: Any, spec: dict, what: str):
    """The whole, valid records of a point's indications or cautions list."""
    if not isinstance(node, Seq):
        return
    for item, line in zip(node, node.lines):
        got, ok = reader.record(item, line, spec, what)
        if ok:
            yield item, got
