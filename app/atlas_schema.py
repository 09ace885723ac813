"""A JSON Schema of the atlas files, made from the loader's own field tables (no Qt).

Editors that read JSON Schema (a YAML language server) then complete keys and flag wrong types
as a contributor types. The loader stays the authority: it also checks references between
files, positions and images, and reports every problem with its file and line. The schema is
written to schema/atlas.schema.json by ``python3 -m tools.atlas_schema --write``.
"""

from __future__ import annotations

from typing import Any

from app import categories, codes, loader
from app.model import CERTAINTIES, DIRECTIONS, REGIONS, SIDES, SOURCE_KINDS
from app.placement import BASES, OFFSETS

_PAIR = {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2}
_STRS = {"type": "array", "items": {"type": "string"}}
_TYPES: dict[str, dict] = {
    "id": {"type": "string", "pattern": loader._ID.pattern},
    "text": {"type": "string", "minLength": 1},
    "str?": {"type": ["string", "null"]},
    "int?": {"type": ["integer", "null"]},
    "num": {"type": "number"},
    "num?": {"type": ["number", "null"]},
    "bool": {"type": "boolean"},
    "strs": _STRS,
    "list": {"type": "array"},
    "map": {"type": "object"},
    "rect": {"type": "array", "items": {"type": "number"}, "minItems": 4, "maxItems": 4},
}
_ENUMS = {("source", "kind"): SOURCE_KINDS, ("evidence", "certainty"): CERTAINTIES,
          ("evidence", "direction"): DIRECTIONS,
          ("view", "side"): SIDES, ("view", "region"): REGIONS,
          ("category", "category"): categories.IDS, ("category", "kind"): categories.FIVE_SHU,
          ("category", "element"): categories.ELEMENTS}
# What the lists and mappings of each record hold (the loader reads them with these tables).
_NESTED = {("condition", "evidence"): {"$ref": "#/$defs/evidence"},
           ("view", "landmarks"): {"type": "object", "additionalProperties": _PAIR},
           ("point", "cautions"): {"type": "array", "items": {"$ref": "#/$defs/caution"}},
           ("point", "indications"): {"type": "array", "items": {"$ref": "#/$defs/indication"}},
           ("point", "marks"): {"type": "array", "items": {"$ref": "#/$defs/mark"}},
           ("point", "categories"): {"type": "array", "items": {"$ref": "#/$defs/category"}},
           ("point", "alt_names"): {"type": "array", "items": {"$ref": "#/$defs/alt_name"}},
           ("point", "code"): {"type": "string", "pattern": codes.PATTERN},
           ("file", "sources"): {"type": "array", "items": {"$ref": "#/$defs/source"}},
           ("file", "conditions"): {"type": "array", "items": {"$ref": "#/$defs/condition"}},
           ("file", "condition"): {"$ref": "#/$defs/condition"},
           ("file", "views"): {"type": "array", "items": {"$ref": "#/$defs/view"}},
           ("file", "view"): {"$ref": "#/$defs/view"},
           ("file", "channels"): {"type": "array", "items": {"$ref": "#/$defs/channel"}},
           ("file", "channel"): {"$ref": "#/$defs/channel"},
           ("file", "points"): {"type": "array", "items": {"$ref": "#/$defs/point"}},
           ("file", "landmarks"): {"type": "object",
                                   "additionalProperties": {"type": "string", "minLength": 1}}}


def _record(name: str, spec: dict, title: str) -> dict:
    properties: dict[str, Any] = {}
    for key, (kind, _required) in spec.items():
        prop = dict(_NESTED.get((name, key), _TYPES[kind]))
        if (name, key) in _ENUMS:
            prop = {"enum": list(_ENUMS[(name, key)])}
        properties[key] = prop
    return {"title": title, "type": "object", "additionalProperties": False,
            "properties": properties,
            "required": [key for key, (_kind, required) in spec.items() if required]}


def _mark() -> dict:
    number = {"type": "number"}
    properties: dict[str, Any] = {
        "view": {"type": "string", "description": "this view only (overrides a general "
                 "measurement there)"},
        "views": {**_STRS, "description": "only these views"},
        "at": _PAIR,
        "from": {"oneOf": [{"type": "string"},
                           {**_STRS, "minItems": 2, "maxItems": 2}],
                 "description": "a landmark or point code, or [x-anchor, y-anchor]"},
        "along": {**_STRS, "minItems": 2}, "frac": number, "cun": number, "span": number,
        **{key: {**number, "description": f"B-cun {key}"} for key in OFFSETS},
    }
    assert set(properties) == {"view", "views", *loader.PLACEMENT_KEYS}
    return {"title": "A measurement: where a mark goes, from the view's landmarks",
            "type": "object", "additionalProperties": False, "properties": properties,
            "oneOf": [{"required": [base]} for base in BASES]}


def json_schema() -> dict:
    """The schema of any atlas file: the root (schema, include, channel_order) or an included
    file (sources, conditions, views, channels, landmarks, points)."""
    defs = {
        "source": _record("source", loader._SOURCE, "A source the atlas cites"),
        "condition": _record("condition", loader._CONDITION,
                             "A condition: evidence, established care, red flags"),
        "evidence": _record("evidence", loader._EVIDENCE, "What the evidence says"),
        "view": _record("view", loader._VIEW, "A view (generated with the art)"),
        "channel": _record("channel", loader._CHANNEL, "A channel's header"),
        "point": _record("point", loader._POINT, "A point"),
        "caution": _record("caution", loader._CAUTION, "A caution, shown in red"),
        "indication": _record("indication", loader._INDICATION,
                              "What a registered source says it is used for"),
        "category": _record("category", loader._CATEGORY,
                            "A category the point belongs to, with its source "
                            "(app/categories.py: which take of, kind, element, with)"),
        "alt_name": _record("alt_name", loader._ALT_NAME,
                            "Another name or an older code, with its source"),
        "mark": _mark(),
    }
    file = _record("file", loader._ROOT, "An Acupoint Atlas file")
    file["required"] = []   # included files hold no schema; the loader checks the root's
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "acupoint-atlas/atlas.schema.json",
            **{k: v for k, v in file.items() if k != "title"},
            "title": file["title"], "$defs": defs}
