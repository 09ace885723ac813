"""Write schema/atlas.schema.json, the JSON Schema of the atlas files, from the loader's tables.

    python3 -m tools.atlas_schema --write   write it
    python3 -m tools.atlas_schema --check   exit 1 if the file differs from what the code makes

The data files name it in their first line (``# yaml-language-server: $schema=…``), so an editor
with a YAML language server completes keys and flags wrong types while one types.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "schema" / "atlas.schema.json"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def text() -> str:
    from app.atlas_schema import json_schema

    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    wanted = text()
    if args.write:
        TARGET.parent.mkdir(exist_ok=True)
        TARGET.write_text(wanted, encoding="utf-8")
        return 0
    if not TARGET.is_file() or TARGET.read_text(encoding="utf-8") != wanted:
        print(f"{TARGET.relative_to(ROOT)} is out of date: run python3 -m tools.atlas_schema "
              "--write", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
