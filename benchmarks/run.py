"""Benchmark Acupoint Atlas against a bare PySide6 window on the same machine, in the same run.

    python benchmarks/run.py [--quick] [--json] [--check] [--atlas FILE] [--runs N]

Measures, for the bundled atlas, for a generated one ten times larger and for that one with
more views (copies of the real ones, carrying their marks: "many-views": 25 views, or six
more than the atlas has once it holds more than 19):
  - cold start to the first painted frame of the whole window, alternating with a bare
    QMainWindow of the same size started and painted the same way (medians; the ratio is the
    median of the back-to-back pairs' ratios), and, as a reference, the same window rebuilt
    with static content and no app code (static_window.py: the floor for such a window);
  - peak memory (RSS) of both processes at that moment;
  - loading and validating the atlas, and the load the app does at start (its cache);
  - search over 500 realistic queries; a keystroke in the search box, selecting a point,
    switching views and one zoom step, each up to the painted frame (median, p95).
Budgets are ratios or per-frame limits (see BUDGETS); --check exits 1 when one is missed.
--quick runs everything once or twice, to prove the benchmark works (the test suite uses it).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

from big_atlas import write_big_atlas  # noqa: E402

from app import paths  # noqa: E402
from app.loader import AtlasError, load_atlas  # noqa: E402

MARKER = "ACUPOINTS_BENCH "
# What `acupoints` (the console script) runs.
APP = [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())"]
BARE = [sys.executable, str(BENCH / "bare_window.py")]
BARE_QT = ["qt-enums"]   # the bare window naming one Qt enum: see bare_window.py
STATIC = [sys.executable, str(BENCH / "static_window.py")]
SCALE = 10
TIMEOUT_S = 120

MANY = "many-views"
VIEWS, MORE_VIEWS = 25, 6   # the many-views atlas: the 10x atlas with at least this many views,
# and always this many more than the real atlas has (copies of the real ones)
SCALES = ("1x", f"{SCALE}x", MANY)

# (scale, section, key, limit, what): value must be <= limit.
BUDGETS = [
    ("1x", "start", "ratio", 1.9, "cold start / bare window"),
    (f"{SCALE}x", "start", "ratio", 2.1, "cold start / bare window"),
    (MANY, "start", "ratio", 2.1, "cold start / bare window"),
    ("1x", "search", "p95_ms", 2.0, "search p95 (ms)"),
    (f"{SCALE}x", "search", "p95_ms", 10.0, "search p95 (ms)"),
    (MANY, "search", "p95_ms", 10.0, "search p95 (ms)"),
    *((scale, section, key, limit, what) for scale in SCALES for section, key, limit, what in (
        ("start", "extra_peak_mb", 40.0, "peak memory over bare window (MB)"),
        ("keystroke", "p95_ms", 16.0, "keystroke to frame p95 (ms)"),
        ("select", "p95_ms", 16.0, "select a point to frame p95 (ms)"),
        ("view_switch", "p95_ms", 16.0, "switch views to frame p95 (ms)"),
        ("zoom", "p95_ms", 16.0, "zoom step to frame p95 (ms)"))),
]

# Rows of the printed table: (label, section, key, format).
ROWS = [
    ("cold start, bare window (ms)", "start", "bare_ms", "{:.0f}"),
    ("cold start, acupoints (ms)", "start", "app_ms", "{:.0f}"),
    ("  ratio (median of pairs)", "start", "ratio", "{:.2f}"),
    ("  ratio of the medians", "start", "ratio_of_medians", "{:.2f}"),
    ("cold start, static window (ms)", "start", "static_ms", "{:.0f}"),
    ("  ratio: the floor for such a window", "start", "static_ratio", "{:.2f}"),
    ("cold start, bare window + Qt enums (ms)", "start", "enums_ms", "{:.0f}"),
    ("  ratio: what naming one Qt enum costs", "start", "enums_ratio", "{:.2f}"),
    ("  first start, no atlas cache (ms)", "start", "no_cache_ms", "{:.0f}"),
    ("peak memory, bare window (MB)", "start", "bare_peak_mb", "{:.1f}"),
    ("peak memory, acupoints (MB)", "start", "app_peak_mb", "{:.1f}"),
    ("  extra (MB)", "start", "extra_peak_mb", "{:.1f}"),
    ("  after a session, in process (MB)", "session", "peak_mb", "{:.1f}"),
    ("load + validate atlas (ms)", "load", "validate_ms", "{:.1f}"),
    ("load at start, cached (ms)", "load", "startup_ms", "{:.1f}"),
    ("search index build (ms)", "search", "index_build_ms", "{:.2f}"),
    ("search median (ms)", "search", "median_ms", "{:.3f}"),
    ("search p95 (ms)", "search", "p95_ms", "{:.3f}"),
    ("keystroke to frame median (ms)", "keystroke", "median_ms", "{:.1f}"),
    ("keystroke to frame p95 (ms)", "keystroke", "p95_ms", "{:.1f}"),
    ("select point median (ms)", "select", "median_ms", "{:.1f}"),
    ("select point p95 (ms)", "select", "p95_ms", "{:.1f}"),
    ("switch view median (ms)", "view_switch", "median_ms", "{:.1f}"),
    ("switch view p95 (ms)", "view_switch", "p95_ms", "{:.1f}"),
    ("zoom step median (ms)", "zoom", "median_ms", "{:.1f}"),
    ("zoom step p95 (ms)", "zoom", "p95_ms", "{:.1f}"),
]


class BenchError(RuntimeError):
    """A child process failed; the message carries its error output."""


def child_env(home: Path, pycache: Path, qpa: str) -> dict[str, str]:
    """Children run like an installed app: bytecode cached (pip compiles it on install; here in
    a private folder), user data in a private home, the Qt platform chosen here."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["QT_QPA_PLATFORM"] = qpa
    env["ACUPOINTS_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def spawn_to_first_paint(cmd: list[str], env: dict[str, str]) -> dict:
    """Start a process that exits after its first painted frame: time from spawn to that
    frame (both clocks are the system's monotonic clock) and the process's peak RSS."""
    env = dict(env, ACUPOINTS_BENCH_EXIT_ON_PAINT="1")
    with tempfile.TemporaryFile() as errors:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=errors)
        watchdog = threading.Timer(TIMEOUT_S, proc.kill)
        watchdog.start()
        try:
            output = proc.stdout.read().decode("utf-8", "replace")
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
        finally:
            watchdog.cancel()
            proc.stdout.close()
        errors.seek(0)
        error_text = errors.read().decode("utf-8", "replace")
    reports = [line[len(MARKER):] for line in output.splitlines() if line.startswith(MARKER)]
    if proc.returncode != 0 or not reports:
        raise BenchError(f"{' '.join(cmd[-3:])} exited {proc.returncode} without painting:\n"
                         f"{error_text[-2000:]}")
    report = json.loads(reports[-1])
    # The child's own peak (VmHWM, which it reports): Linux carries ru_maxrss across exec, so
    # that would be at least this process's peak (the 10x atlas it loaded), for every child.
    peak_kb = report["peak_rss_kb"] or usage.ru_maxrss
    return {"ms": (report["painted"] - start) * 1000.0, "peak_mb": peak_kb / 1024.0,
            "size": report["size"]}


def cold_start(app_args: list[str], runs: int, env: dict[str, str], fresh_home,
               static_args: list[str]) -> dict:
    """Alternate bare, app and static-window runs (the order turns each round). The ratio is
    the median of each round's app/bare ratio: a round runs back to back, so the machine's
    speed, which drifts on a shared host, cancels out; the ratio of the medians is shown too."""
    first = spawn_to_first_paint(APP + app_args, env)   # warm-up: caches, and the window size
    size = "{}x{}".format(*first["size"])
    bare_cmd, static_cmd = [*BARE, size], [*STATIC, size, *static_args]
    enums_cmd = [*bare_cmd, *BARE_QT]
    spawn_to_first_paint(bare_cmd, env)
    spawn_to_first_paint(static_cmd, env)
    bare, app, static, enums = [], [], [], []
    kinds = [(bare_cmd, bare), (APP + app_args, app), (static_cmd, static), (enums_cmd, enums)]
    for run in range(runs):
        for cmd, into in kinds[run % 4:] + kinds[:run % 4]:
            into.append(spawn_to_first_paint(cmd, env))
    no_cache = [spawn_to_first_paint(APP + app_args, dict(env, ACUPOINTS_HOME=fresh_home()))
                for _ in range(max(1, runs // 3))]
    bare_ms = statistics.median(r["ms"] for r in bare)
    app_ms = statistics.median(r["ms"] for r in app)
    pair_ratio = statistics.median(a["ms"] / b["ms"] for a, b in zip(app, bare))
    static_ratio = statistics.median(s["ms"] / b["ms"] for s, b in zip(static, bare))
    enums_ratio = statistics.median(e["ms"] / b["ms"] for e, b in zip(enums, bare))
    bare_mb = statistics.median(r["peak_mb"] for r in bare)
    app_mb = statistics.median(r["peak_mb"] for r in app)
    return {
        "window": size, "runs": runs,
        "bare_ms": round(bare_ms, 1), "app_ms": round(app_ms, 1),
        "ratio": round(pair_ratio, 3), "ratio_of_medians": round(app_ms / bare_ms, 3),
        "static_ms": round(statistics.median(r["ms"] for r in static), 1),
        "static_ratio": round(static_ratio, 3),
        "enums_ms": round(statistics.median(r["ms"] for r in enums), 1),
        "enums_ratio": round(enums_ratio, 3),
        "no_cache_ms": round(statistics.median(r["ms"] for r in no_cache), 1),
        "bare_peak_mb": round(bare_mb, 1), "app_peak_mb": round(app_mb, 1),
        "extra_peak_mb": round(app_mb - bare_mb, 1),
        "bare_samples_ms": [round(r["ms"], 1) for r in bare],
        "app_samples_ms": [round(r["ms"], 1) for r in app],
        "static_samples_ms": [round(r["ms"], 1) for r in static],
        "enums_samples_ms": [round(r["ms"], 1) for r in enums],
    }


def in_process(atlas: Path, quick: bool, env: dict[str, str]) -> dict:
    cmd = [sys.executable, str(BENCH / "interact.py"), "--atlas", str(atlas)]
    if quick:
        cmd.append("--quick")
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT_S * 5)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise BenchError(f"interact.py --atlas {atlas} exited {done.returncode}:\n"
                         f"{done.stderr[-2000:]}")
    return json.loads(lines[-1])


def static_args(atlas) -> list[str]:
    """What the static window imitates: the list's rows, the first view's marks and art."""
    view = next(iter(atlas.views.values()))
    marks = sum(len(p.marks_on(view)) for p in atlas.points.values())
    return [str(len(atlas.points)), str(marks), str(view.image)]


def measure_scale(label: str, atlas: Path, app_args: list[str], args, workdir: Path) -> dict:
    homes = iter(range(1_000_000))

    def fresh_home() -> str:
        home = workdir / f"home-{label}-{next(homes)}"
        home.mkdir()
        return str(home)

    pycache = workdir / "pycache"
    start_env = child_env(Path(fresh_home()), pycache, args.platform)
    result = {"start": cold_start(app_args, args.runs, start_env, fresh_home,
                                  static_args(load_atlas(atlas)))}
    inner = in_process(atlas, args.quick, child_env(Path(fresh_home()), pycache, args.platform))
    result["session"] = {"peak_mb": inner.pop("session_peak_mb")}
    result.update(inner)
    return result


def check_budgets(results: dict) -> list[dict]:
    verdicts = []
    for scale, section, key, limit, what in BUDGETS:
        value = results.get(scale, {}).get(section, {}).get(key)
        verdicts.append({"scale": scale, "measure": f"{section}.{key}", "what": what,
                         "value": value, "limit": limit,
                         "ok": value is not None and value <= limit})
    return verdicts


def table(report: dict) -> str:
    results, budgets = report["results"], report["budgets"]
    limits = {(b["scale"], b["measure"]): b for b in budgets}
    scales = list(results)
    sizes = [f"{results[s]['atlas']['points']} pts, {results[s]['atlas']['views']} views"
             for s in scales]
    lines = [f"Acupoint Atlas benchmark: {report['machine']['summary']}", ""]
    lines.append(f"{'measure':38s}" + "".join(f"{s:>18s}" for s in scales) + "   budget")
    lines.append(f"{'  atlas':38s}" + "".join(f"{s:>18s}" for s in sizes))
    for label, section, key, fmt in ROWS:
        cells, notes = [], []
        for scale in scales:
            value = results[scale].get(section, {}).get(key)
            cells.append("—" if value is None else fmt.format(value))
            budget = limits.get((scale, f"{section}.{key}"))
            if budget:
                notes.append(f"{scale} ≤ {budget['limit']:g} "
                             f"{'ok' if budget['ok'] else 'MISSED'}")
        lines.append(f"{label:38s}" + "".join(f"{c:>18s}" for c in cells)
                     + ("   " + "; ".join(notes) if notes else ""))
    missed = [b for b in budgets if not b["ok"]]
    lines.append("")
    lines.append("all budgets met" if not missed else "MISSED: " + "; ".join(
        f"{b['scale']} {b['what']} = {b['value']} > {b['limit']:g}" for b in missed))
    return "\n".join(lines)


def machine(args) -> dict:
    try:
        from importlib.metadata import version

        qt = version("PySide6-Essentials")
    except Exception:  # only for the report
        qt = "?"
    info = {"cpus": os.cpu_count(), "python": platform.python_version(), "pyside6": qt,
            "platform": args.platform, "system": platform.platform(terse=True),
            "runs": args.runs, "quick": args.quick}
    info["summary"] = (f"{info['cpus']} CPUs, Python {info['python']}, PySide6 {qt}, "
                       f"QT_QPA_PLATFORM={args.platform}, {args.runs} alternating runs"
                       + (" (quick)" if args.quick else ""))
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="few runs: prove it works")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--check", action="store_true", help="exit 1 when a budget is missed")
    parser.add_argument("--atlas", metavar="FILE", help="measure this atlas (default: bundled)")
    parser.add_argument("--runs", type=int, help="cold starts of each kind (default 9, quick 2)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for children")
    args = parser.parse_args(argv)
    args.runs = args.runs or (2 if args.quick else 9)

    atlas = Path(args.atlas).resolve() if args.atlas else paths.atlas_file()
    try:
        base = load_atlas(atlas)
    except AtlasError as exc:
        print(f"benchmark: {atlas} does not validate, nothing to measure:", file=sys.stderr)
        for problem in exc.problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="acupoints-bench-"))
    try:
        big = write_big_atlas(atlas, workdir / "big", SCALE)
        views = max(VIEWS, len(load_atlas(atlas).views) + MORE_VIEWS)
        many = write_big_atlas(atlas, workdir / "many", SCALE, views=views)
        results = {}
        for label, path, app_args in (
                ("1x", atlas, ["--atlas", str(atlas)] if args.atlas else []),
                (f"{SCALE}x", big, ["--atlas", str(big)]),
                (MANY, many, ["--atlas", str(many)])):
            if not args.json:
                print(f"measuring {label} ({path}) …", file=sys.stderr)
            results[label] = measure_scale(label, path, app_args, args, workdir)
    except BenchError as exc:
        print(f"benchmark: {exc}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report = {"machine": machine(args), "atlas": str(atlas), "points": len(base.points),
              "results": results}
    report["budgets"] = check_budgets(results)
    report["ok"] = all(b["ok"] for b in report["budgets"])
    print(json.dumps(report, indent=1) if args.json else table(report))
    return 1 if args.check and not report["ok"] else 0


if __name__ == "__main__":
    sys.exit(main())
