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
MAX_DEPTH = 64   # an atlas nests five levels deep; far deeper is an attack or an accident
_SCALARS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
}
_constructor = yaml.constructor.SafeConstructor()
_resolver = yaml.resolver.Resolver()


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
        return _build(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise YamlError(line, f"not valid YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlError(0, f"not valid YAML: {exc}") from None


_NO_KEY = object()


def _build(events):
    """Build the data from the parser's events, without recursion (so no nesting can exhaust
    the stack), refusing anchors, aliases, merge keys, custom tags and more than one document."""
    root = None
    stack: list[list] = []   # [container, key waiting for its value (or _NO_KEY)]
    documents = 0

    def add(value, line: int) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        frame = stack[-1]
        container = frame[0]
        if isinstance(container, Seq):
            container.append(value)
            container.lines.append(line)
        elif frame[1] is _NO_KEY:
            if isinstance(value, (Map, Seq)) or value is None:
                raise YamlError(line, "a key must be plain text")
            if value == "<<":
                raise YamlError(line, "merge keys (<<) are not allowed in an atlas")
            if value in container:
                raise YamlError(line, f"duplicate key {value!r}")
            frame[1] = value
            container.lines[value] = line
        else:
            container[frame[1]] = value
            frame[1] = _NO_KEY

    for event in events:
        line = event.start_mark.line + 1 if event.start_mark else 0
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise YamlError(line, "anchors and aliases (&, *) are not allowed in an atlas")
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise YamlError(line, "an atlas is one YAML document (found a second '---')")
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            is_map = isinstance(event, yaml.MappingStartEvent)
            expected = "tag:yaml.org,2002:" + ("map" if is_map else "seq")
            if event.tag not in (None, "!", expected):
                raise YamlError(line, f"unsupported tag {event.tag!r}")
            if len(stack) >= MAX_DEPTH:
                raise YamlError(line, f"nested more than {MAX_DEPTH} levels deep")
            container = Map() if is_map else Seq()
            container.line, container.lines = line, {} if is_map else []
            add(container, line)
            stack.append([container, _NO_KEY])
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
        elif isinstance(event, yaml.ScalarEvent):
            add(_scalar(event, line), line)
    return root


def _scalar(event, line: int):
    tag = event.tag
    if tag in (None, "!"):
        tag = _resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
    if tag not in _SCALARS:
        raise YamlError(line, f"unsupported tag {tag!r} (only plain YAML is read)")
    if tag in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"):
        return event.value
    node = yaml.ScalarNode(tag, event.value)
    try:
        return {
            "tag:yaml.org,2002:int": _constructor.construct_yaml_int,
            "tag:yaml.org,2002:float": _constructor.construct_yaml_float,
            "tag:yaml.org,2002:bool": _constructor.construct_yaml_bool,
            "tag:yaml.org,2002:null": _constructor.construct_yaml_null,
        }[tag](node)
    except (ValueError, yaml.YAMLError):
        raise YamlError(line, f"cannot read {event.value!r}") from None
