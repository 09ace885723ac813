"""The command line: `python3 -m tools.figures --write` or `--check`."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from . import ROOT, build, files
from .views import VIEWS_DIR


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write(wanted: dict[str, str], root: Path = ROOT) -> list[str]:
    """Write every file that differs from what the code builds; the paths written."""
    written = []
    for rel, text in wanted.items():
        path = root / rel
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            _atomic_write(path, text)
            written.append(rel)
    return written


def check(wanted: dict[str, str], root: Path = ROOT) -> list[str]:
    """One line per written file that is missing or differs, and per stray view file."""
    problems = []
    for rel, text in wanted.items():
        path = root / rel
        if not path.exists():
            problems.append(f"{rel}: missing")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"{rel}: differs from build()")
    views = root / VIEWS_DIR
    for path in sorted(views.glob("*.yaml")) if views.is_dir() else ():
        rel = path.relative_to(root).as_posix()
        if rel not in wanted:
            problems.append(f"{rel}: not a view the code builds (remove it)")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python3 -m tools.figures",
                                 description="Draw the atlas figures and write their views data.")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--write", action="store_true", help="write the SVGs and data/views/*.yaml")
    g.add_argument("--check", action="store_true", help="exit 1 if a written file differs")
    args = ap.parse_args(argv)
    figs = build()
    wanted = files(figs)
    if args.write:
        written = write(wanted)
        print(f"{len(figs)} views: wrote {len(written)} of {len(wanted)} files")
        return 0
    problems = check(wanted)
    for p in problems:
        print(p)
    if problems:
        print("run: python3 -m tools.figures --write")
        return 1
    print(f"ok: {len(figs)} views, {len(wanted)} files up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
