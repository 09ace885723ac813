"""The command line every generator of a checked-in file shares: --write, or --check (exit 1,
naming the file and the command that refreshes it, when it differs from what the code makes)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:   # run from a checkout: the app's own loader reads the data
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None, target: Path, make: Callable[[], str], module: str,
         description: str) -> int:
    parser = argparse.ArgumentParser(prog=f"python3 -m {module}", description=description)
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true", help="write the file")
    mode.add_argument("--check", action="store_true",
                      help="exit 1 if the file differs from what the code makes")
    args = parser.parse_args(argv)
    wanted = make()
    if args.write:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(wanted, encoding="utf-8")
        return 0
    if not target.is_file() or target.read_text(encoding="utf-8") != wanted:
        print(f"{target.relative_to(ROOT)} is out of date: run python3 -m {module} --write",
              file=sys.stderr)
        return 1
    return 0
