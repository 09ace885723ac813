"""Safe YAML reading that keeps line numbers: plain data plus the line of every key and item.

Only the standard scalar tags are accepted; anchors/aliases and custom tags (``!!python/...``)
are refused, and so is an oversized file, so a hostile file can neither run code nor explode.
"""

from __future__ import annotations

from pathlib import Path

import yaml

try:  # the libyaml parser is several times faster when present
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

MAX_BYTES = 8 * 1024 * 1024
_SCALARS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
}
_constructor = yaml.constructor.SafeConstructor()


class YamlError(ValueError):
    """The file cannot be read as safe, plain YAML; ``line`` is 1-based."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class Map(dict):
    """A mapping that remembers its own line and the line of each key."""

    line: int = 0
    lines: dict


class Seq(list):
    """A sequence that remembers its own line and the line of each item."""

    line: int = 0
    lines: list


def read_yaml(path: Path):
    """Parse ``path`` into Map/Seq/scalars; raise YamlError (with a line) on anything unsafe."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise YamlError(0, f"cannot read the file: {exc.strerror or exc}") from None
    if size > MAX_BYTES:
        raise YamlError(0, f"file is {size // 1024 // 1024} MB; an atlas may be at most "
                           f"{MAX_BYTES // 1024 // 1024} MB")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise YamlError(line, "the file is not valid UTF-8 text") from None
    except OSError as exc:
        raise YamlError(0, f"cannot read the file: {exc.strerror or exc}") from None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise YamlError(line, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlError(0, f"not valid YAML: {exc}") from None
    if node is None:
        return None
    return _convert(node, set())


def _convert(node, seen: set):
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise YamlError(line, "anchors and aliases (&, *) are not allowed in an atlas")
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        if node.tag != "tag:yaml.org,2002:map":
            raise YamlError(line, f"unsupported tag {node.tag!r}")
        result = Map()
        result.line, result.lines = line, {}
        for key_node, value_node in node.value:
            key = _convert(key_node, seen)
            key_line = key_node.start_mark.line + 1
            if key == "<<":
                raise YamlError(key_line, "merge keys (<<) are not allowed in an atlas")
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise YamlError(key_line, "a key must be plain text")
            if key in result:
                raise YamlError(key_line, f"duplicate key {key!r}")
            result[key] = _convert(value_node, seen)
            result.lines[key] = key_line
        return result
    if isinstance(node, yaml.SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            raise YamlError(line, f"unsupported tag {node.tag!r}")
        result = Seq()
        result.line, result.lines = line, []
        for item in node.value:
            result.append(_convert(item, seen))
            result.lines.append(item.start_mark.line + 1)
        return result
    if node.tag not in _SCALARS:
        raise YamlError(line, f"unsupported tag {node.tag!r} (only plain YAML is read)")
    if node.tag == "tag:yaml.org,2002:str" or node.tag == "tag:yaml.org,2002:timestamp":
        return node.value
    try:
        return {
            "tag:yaml.org,2002:int": _constructor.construct_yaml_int,
            "tag:yaml.org,2002:float": _constructor.construct_yaml_float,
            "tag:yaml.org,2002:bool": _constructor.construct_yaml_bool,
            "tag:yaml.org,2002:null": _constructor.construct_yaml_null,
        }[node.tag](node)
    except (ValueError, yaml.YAMLError):
        raise YamlError(line, f"cannot read {node.value!r}") from None
