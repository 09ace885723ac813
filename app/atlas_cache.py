"""Keep a validated atlas ready for the next start, so an unchanged file is not parsed twice.

Parsing and validating the atlas costs tens of milliseconds (hundreds for a large one) and the
libyaml import on top; the window's start does not need either when nothing changed. After a
full, successful load the atlas is written to the user's cache folder (the app's own file, like
a bytecode cache) as marshal data: values only (text, numbers, tuples), none of it ever run,
and rebuilt into the model's records. It is keyed on the atlas file (path, size, time), every
file it includes (size, time) and the folders they are in (a new file matching an include
pattern changes its folder's time), its images (size, time), the Python and app versions and
the code that reads and validates atlases; when anything differs, or the cache cannot be read,
the atlas is loaded and validated in full, exactly as ``load_atlas`` does. No Qt.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from app import __version__, paths
from app.model import (
    AltName,
    Atlas,
    Category,
    Caution,
    Channel,
    Condition,
    Evidence,
    Indication,
    Mark,
    Point,
    Roster,
    Source,
    Step,
    View,
    roster,
)

FORMAT = 4
_HERE = Path(__file__).resolve().parent
# The code whose change can change what a load produces.
_CODE = ("atlas_cache.py", "categories.py", "codes.py", "loader.py", "model.py", "placement.py",
         "paths.py", "yaml_nodes.py")
_CLASSES = (Atlas, Source, Evidence, Condition, Channel, View, Step, Mark, Caution, Indication,
            Category, AltName, Point)
_NAMES = {cls: cls._fields for cls in _CLASSES}


def _key(path: Path) -> tuple:
    stat = path.stat()
    code = tuple((name, s.st_size, s.st_mtime_ns)
                 for name in _CODE for s in [(_HERE / name).stat()])
    names = tuple(_NAMES[cls] for cls in _CLASSES)
    return (FORMAT, __version__, tuple(sys.version_info[:2]), str(path), stat.st_size,
            stat.st_mtime_ns, code, names)


def _inputs(atlas: Atlas) -> tuple:
    """What else the atlas was made from: its included files, their folders and its images
    (size and time: any write changes the time)."""
    files = [Path(f) for f in atlas.files[1:]]
    folders = sorted({str(f.parent) for f in files})
    return (tuple((str(f), s.st_size, s.st_mtime_ns) for f in files for s in [f.stat()]),
            tuple((d, os.stat(d).st_mtime_ns) for d in folders),
            tuple((str(v.image), s.st_size, s.st_mtime_ns)
                  for v in atlas.views.values() for s in [v.image.stat()]))


def _values(obj, **replace) -> tuple:
    return tuple(replace.get(name, getattr(obj, name)) for name in _NAMES[type(obj)])


class _Steps(Sequence):
    """A mark's placement steps, kept as their marshal bytes until first read: only the
    selected point's are ever drawn, and decoding every mark's floats costs more at start
    than all the rest of the cache (many-views atlas: 9 of 13 ms)."""

    __slots__ = ("_blob", "_steps")

    def __init__(self, blob: bytes):
        self._blob, self._steps = blob, None

    def _all(self) -> tuple[Step, ...]:
        if self._steps is None:
            self._steps = tuple([_new(Step, s) for s in marshal.loads(self._blob)])
        return self._steps

    def __getitem__(self, index):
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __eq__(self, other) -> bool:
        return tuple(self._all()) == tuple(other) if isinstance(other, Sequence) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return repr(self._all())


def _encode(atlas: Atlas) -> tuple:
    def mark(m: Mark) -> tuple:   # the steps as bytes of their own, read when first needed
        return _values(m, steps=marshal.dumps(tuple(_values(s) for s in m.steps))
                       if m.steps else b"")

    def point(p: Point) -> tuple:
        return _values(p, marks=tuple(mark(m) for m in p.marks),
                       indications=tuple(_values(i) for i in p.indications),
                       cautions=tuple(_values(c) for c in p.cautions),
                       categories=tuple(_values(c) for c in p.categories),
                       alt_names=tuple(_values(a) for a in p.alt_names))

    return _values(
        atlas, path=str(atlas.path),
        sources={k: _values(s) for k, s in atlas.sources.items()},
        conditions={k: _values(c, evidence=_values(c.evidence))
                    for k, c in atlas.conditions.items()},
        views={k: _values(v, image=str(v.image), landmarks=dict(v.landmarks))
               for k, v in atlas.views.items()},
        # each point's values as marshal bytes of their own, read when the point is first
        # asked for (_Points): a start copies the bytes and reads none of them
        points={k: marshal.dumps(_shared(point(p), {})) for k, p in atlas.points.items()},
        channels={k: _values(c) for k, c in atlas.channels.items()},
        glossary=dict(atlas.glossary))


_new = tuple.__new__   # a record from its values, in C: the cache key holds every class's
# field names, so the values always fit (``_make`` would check their number in Python)


def _rebuild(cls, values: tuple, **inner) -> tuple:
    """A record from its values, with the fields named in ``inner`` rebuilt by their function
    (a list and one ``tuple.__new__`` instead of ``_make`` and ``_replace``, which copies every
    record again: thousands of marks at start)."""
    values = list(values)
    for name, rebuild in inner.items():
        at = _FIELD[cls, name]
        values[at] = rebuild(values[at])
    return _new(cls, values)


_FIELD = {(cls, name): at for cls in _CLASSES for at, name in enumerate(cls._fields)}
_STEPS = _FIELD[Mark, "steps"]
_MARKS, _INDICATIONS, _CAUTIONS, _CATEGORIES, _ALT_NAMES = (
    _FIELD[Point, name]
    for name in ("marks", "indications", "cautions", "categories", "alt_names"))


_INNER = ((_INDICATIONS, Indication), (_CAUTIONS, Caution), (_CATEGORIES, Category),
          (_ALT_NAMES, AltName))


def _point(values: tuple) -> Point:
    """A point's record again from its values (a mark is (view, at, steps), steps last)."""
    values = list(values)
    values[_MARKS] = tuple([_new(Mark, (*m[:_STEPS], _Steps(m[_STEPS]) if m[_STEPS] else ()))
                            for m in values[_MARKS]])
    for at, cls in _INNER:
        if values[at]:   # most points have none of some (an empty one is read as ())
            values[at] = tuple([_new(cls, v) for v in values[at]])
    return _new(Point, values)


class _Points(Mapping):
    """The atlas's points by code, in atlas order, each point's record made from its cached
    bytes when it is first asked for. The window's first frame reads the roster, not the
    points (model.roster, kept in the cache too), so a start makes only the records it shows;
    the rest are made together the first time all are walked (the search index, right after
    the first frame), and from then on are served from a plain dict."""

    __slots__ = ("_all", "_blobs", "_made")

    def __init__(self, blobs: dict[str, bytes]):
        self._blobs = blobs   # code -> the point's values as marshal bytes, in atlas order
        self._made: dict[str, Point] = {}
        self._all: dict[str, Point] | None = None

    def __getitem__(self, code: str) -> Point:
        made = self._made.get(code)
        if made is None:
            made = self._made[code] = _point(marshal.loads(self._blobs[code]))
        return made

    def __iter__(self):
        return iter(self._blobs)

    def __len__(self) -> int:
        return len(self._blobs)

    def __contains__(self, code) -> bool:
        return code in self._blobs

    def _complete(self) -> dict[str, Point]:
        if self._all is None:
            made = self._made
            self._all = {code: made[code] if code in made else _point(marshal.loads(blob))
                         for code, blob in self._blobs.items()}
            self._made = self._blobs = self._all   # the bytes are not needed again
        return self._all

    def keys(self):
        return self._blobs.keys()

    def values(self):
        return self._complete().values()

    def items(self):
        return self._complete().items()

    def __eq__(self, other) -> bool:
        return self._complete() == other if isinstance(other, Mapping) else NotImplemented

    __hash__ = None

    def __repr__(self) -> str:
        return f"_Points({len(self)} points)"


def _decode(data: tuple) -> Atlas:
    """The records again from their values (the points when first asked for: _Points)."""

    def condition(values: tuple) -> Condition:
        return _rebuild(Condition, values, evidence=lambda v: _new(Evidence, v))

    def view(values: tuple) -> View:
        return _rebuild(View, values, image=Path)

    def each(make):
        return lambda records: {k: make(v) for k, v in records.items()}

    def plain(cls):
        return lambda values: _new(cls, values)

    return _rebuild(Atlas, data, path=Path, sources=each(plain(Source)),
                    conditions=each(condition), views=each(view), points=_Points,
                    channels=each(plain(Channel)))


def cache_file(path: Path, cache_dir: Path) -> Path:
    return cache_dir / f"atlas-{zlib.crc32(str(path).encode()):08x}.marshal"


def load_cached(path: Path | str | None, cache_dir: Path) -> Atlas:
    """The atlas at ``path`` (None: the bundled one), from the cache when it is current;
    otherwise loaded and validated in full (raising AtlasError as ``load_atlas`` does) and
    cached for the next time. A cache that cannot be read or written is simply not used."""
    given = Path(path) if path is not None else paths.atlas_file()
    resolved = given.resolve()
    try:
        key = (str(given), *_key(resolved))
    except OSError:
        key = None   # let the full load report the problem with the file
    target = cache_file(resolved, cache_dir)
    if key is not None:
        try:
            stored_key, inputs, encoded, listed = marshal.loads(target.read_bytes())
            if stored_key == key:
                atlas = _decode(encoded)
                if _inputs(atlas) == inputs:
                    roster.prime(atlas, _new(Roster, listed))
                    return atlas
        except Exception:  # any unusable cache just means a full load
            pass
    from app.loader import load_atlas  # YAML and validation only when they are needed

    atlas = load_atlas(given)
    if key is not None:
        _store(target, key, atlas)
    return atlas


def _shared(value, seen: dict):
    """``value`` with every equal string the one object: marshal writes a string met again as
    a reference to the first, and reading it back makes one object instead of many (the same
    cautions on dozens of points, view ids, source ids)."""
    if isinstance(value, str):
        return seen.setdefault(value, value)
    if isinstance(value, tuple):
        return tuple(_shared(v, seen) for v in value)
    if isinstance(value, dict):
        return {_shared(k, seen): _shared(v, seen) for k, v in value.items()}
    return value


def _store(target: Path, key: tuple, atlas: Atlas) -> None:
    try:
        seen: dict = {}
        encoded = _shared(_encode(atlas), seen)
        if _decode(encoded) != atlas:   # a model the codec does not know: do not cache
            return
        listed = _shared(tuple(roster(atlas)), seen)
        blob = marshal.dumps((key, _inputs(atlas), encoded, listed))
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        partial.write_bytes(blob)
        os.replace(partial, target)
    except (OSError, ValueError, TypeError):   # no room, no rights: start without a cache
        pass
