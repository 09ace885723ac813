"""The JSON Schema published for editors: current, accepting every bundled file, refusing what
the loader refuses by form (plain pytest, no Qt)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from app.loader import atlas_data
from app.yaml_nodes import read_yaml
from tools import atlas_schema

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads(atlas_schema.TARGET.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
FILES = sorted((ROOT / "data").rglob("*.yaml"))


def test_the_published_schema_is_current():
    assert atlas_schema.main(["--check"]) == 0


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT / "data")))
def test_every_data_file_names_the_schema_and_meets_it(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    if path.parent.name != "views":   # generated files need no editor help
        assert first.startswith("# yaml-language-server: $schema=")
        named = (path.parent / first.split("=", 1)[1]).resolve()
        assert named == atlas_schema.TARGET
    assert [e.message for e in VALIDATOR.iter_errors(read_yaml(path))] == []


def test_the_whole_atlas_in_one_mapping_meets_it():
    assert [e.message for e in VALIDATOR.iter_errors(atlas_data())] == []


@pytest.mark.parametrize("point", [
    {"code": "GB14", "pinyin": "Yángbái", "indicatons": []},          # unknown key
    {"code": "EX-Q2"},                                                 # malformed code
    {"code": "GB14", "marks": [{"from": "brow", "along": ["a", "b"]}]},   # two bases
    {"code": "GB14", "bilateral": "maybe"},                            # wrong type
])
def test_the_schema_refuses_what_the_loader_refuses(point):
    assert list(VALIDATOR.iter_errors({"points": [point]}))
