"""Count the instructions each start runs up to its first painted frame (valgrind's callgrind):
the same cold starts benchmarks/run.py times, as a count that does not drift with the machine.

    python benchmarks/instructions.py [--atlas FILE]

On a shared machine a cold start's time moves by a third from minute to minute, so a change of
a few milliseconds hides in the noise of the timed ratio; the count of instructions does not
(the same total twice, whatever else runs). For the bundled atlas, the 10x one and many-views
it counts the bare window, the static window (the floor) and `acupoints`, each started once to
warm its caches and once under callgrind, ended at the first frame
(ACUPOINTS_BENCH_EXIT_ON_PAINT=now: no teardown counted), and prints each one's ratio to the
bare window. A reference, not a budget: time is what a user waits for (run.py's budgets), and
instructions are not time (a page fault or a cache miss is one instruction), but the two ratios
agree within a few hundredths here, and only the count can show a 1 % change. Takes a few
minutes; needs valgrind (Debian's package).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from big_atlas import write_big_atlas  # noqa: E402
from run import APP, BARE, MANY, MORE_VIEWS, SCALE, STATIC, VIEWS, child_env, static_args  # noqa: E402

from app import paths  # noqa: E402
from app.loader import load_atlas  # noqa: E402

SIZE = "900x720"   # the window size run.py's starts settle on


def instructions(cmd: list[str], env: dict[str, str], out: Path) -> int:
    """Instructions from spawn to the first frame, after one start that warms the caches."""
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "-q", *cmd],
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    header = out.read_text(errors="replace")
    total = re.search(r"^(?:summary|totals): (\d+)", header, re.M)
    if total is None:
        raise SystemExit(f"no instruction total in {out}")
    return int(total.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--atlas", metavar="FILE", help="measure this atlas (default: bundled)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions: valgrind is not installed (apt-get install valgrind)",
              file=sys.stderr)
        return 2
    atlas = Path(args.atlas).resolve() if args.atlas else paths.atlas_file()
    work = Path(tempfile.mkdtemp(prefix="acupoints-instructions-"))
    try:
        views = max(VIEWS, len(load_atlas(atlas).views) + MORE_VIEWS)
        atlases = {"1x": atlas, f"{SCALE}x": write_big_atlas(atlas, work / "big", SCALE),
                   MANY: write_big_atlas(atlas, work / "many", SCALE, views=views)}
        print(f"{'':12s}{'bare':>16s}{'static':>16s}{'acupoints':>16s}"
              f"{'static ratio':>14s}{'app ratio':>11s}")
        for label, path in atlases.items():
            home = work / f"home-{label}"
            home.mkdir()
            env = dict(child_env(home, work / "pycache", "offscreen"),
                       ACUPOINTS_BENCH_EXIT_ON_PAINT="now")
            counts = [instructions(cmd, env, work / f"{label}-{n}.out") for n, cmd in enumerate((
                [*BARE, SIZE], [*STATIC, SIZE, *static_args(load_atlas(path))],
                [*APP, "--atlas", str(path)]))]
            bare = counts[0]
            print(f"{label:12s}" + "".join(f"{c:16,d}" for c in counts)
                  + f"{counts[1] / bare:14.3f}{counts[2] / bare:11.3f}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
