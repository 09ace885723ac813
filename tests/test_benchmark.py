"""The benchmark runs end to end (quick mode) and reports every measure; no timing is judged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"
MEASURES = {
    "start": ["bare_ms", "app_ms", "ratio", "ratio_of_medians", "static_ms", "static_ratio",
              "enums_ms", "enums_ratio", "no_cache_ms", "bare_peak_mb", "app_peak_mb",
              "extra_peak_mb"],
    "load": ["validate_ms", "startup_ms"],
    "search": ["median_ms", "p95_ms", "index_build_ms", "queries"],
    "keystroke": ["median_ms", "p95_ms"],
    "select": ["median_ms", "p95_ms"],
    "view_switch": ["median_ms", "p95_ms"],
    "zoom": ["median_ms", "p95_ms"],
    "session": ["peak_mb"],
}


def test_quick_benchmark_reports_every_measure():
    run = subprocess.run([sys.executable, str(BENCHMARK), "--quick", "--json"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(run.stdout)
    assert set(report["results"]) == {"1x", "10x", "many-views"}
    one, ten, many = (report["results"][s] for s in ("1x", "10x", "many-views"))
    assert ten["atlas"]["points"] == 10 * one["atlas"]["points"]
    assert many["atlas"]["points"] == ten["atlas"]["points"]
    assert ten["atlas"]["views"] == one["atlas"]["views"]
    assert many["atlas"]["views"] == max(25, one["atlas"]["views"] + 6)
    assert many["atlas"]["marks"] > ten["atlas"]["marks"]   # the copies carry marks too
    for scale in (one, ten, many):
        for section, keys in MEASURES.items():
            for key in keys:
                assert isinstance(scale[section][key], (int, float)), (section, key)
    assert one["search"]["queries"] == 500
    for scale in (one, ten, many):   # each process's own peak: the app holds more than a bare
        start = scale["start"]       # window (never the benchmark's own peak for both)
        assert 0 < start["bare_peak_mb"] < start["app_peak_mb"]
    assert ten["start"]["app_peak_mb"] > one["start"]["app_peak_mb"]
    budgets = {(b["scale"], b["measure"]) for b in report["budgets"]}
    for scale in ("1x", "10x", "many-views"):
        for measure in ("start.ratio", "start.extra_peak_mb", "search.p95_ms", "keystroke.p95_ms",
                        "select.p95_ms", "view_switch.p95_ms", "zoom.p95_ms"):
            assert (scale, measure) in budgets, (scale, measure)
    assert all(isinstance(b["ok"], bool) for b in report["budgets"])
    assert report["ok"] == all(b["ok"] for b in report["budgets"])
