"""Write schema/atlas.schema.json, the JSON Schema of the atlas files, from the loader's tables.

    python3 -m tools.atlas_schema --write   write it
    python3 -m tools.atlas_schema --check   exit 1 if the file differs from what the code makes

The data files name it in their first line (``# yaml-language-server: $schema=…``), so an editor
with a YAML language server completes keys and flags wrong types while one types.
"""

from __future__ import annotations

import json
import sys

from tools import generated

ROOT = generated.ROOT
TARGET = ROOT / "schema" / "atlas.schema.json"


def text() -> str:
    from app.atlas_schema import json_schema

    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    return generated.main(argv, TARGET, text, "tools.atlas_schema", __doc__.splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
