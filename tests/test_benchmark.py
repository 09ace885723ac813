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
    assert set(report["results"]) == {"1x", "10x"}
    one, ten = report["results"]["1x"], report["results"]["10x"]
    assert ten["atlas"]["points"] == 10 * one["atlas"]["points"]
    for scale in (one, ten):
        for section, keys in MEASURES.items():
            for key in keys:
                assert isinstance(scale[section][key], (int, float)), (section, key)
    assert one["search"]["queries"] == 500
    budgets = {(b["scale"], b["measure"]) for b in report["budgets"]}
    assert ("1x", "start.ratio") in budgets and ("10x", "search.p95_ms") in budgets
    assert all(isinstance(b["ok"], bool) for b in report["budgets"])
    assert report["ok"] == all(b["ok"] for b in report["budgets"])
