"""Smoke runs of the detection benchmarks (`--quick`), so that they keep working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def run(script: str) -> str:
    completed = subprocess.run(
        [sys.executable, str(BENCH / script), "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return completed.stdout


def test_match_bench_quick() -> None:
    output = run("match.py")
    assert "safeharbour PdqIndex" in output
    assert "ratio ours / faiss flat" in output
    assert "ratio ours / threatexchange" in output
    assert "exact agreement with faiss flat on 200 queries: yes" in output
    assert "main arrays rebuilt: no" in output


def test_hashing_bench_quick() -> None:
    output = run("hashing.py")
    assert "ratio full / baseline" in output
    assert "drift full -> reduced" in output


def test_pipeline_bench_quick() -> None:
    output = run("pipeline.py")
    assert "ceiling (bare library calls)" in output
    assert "safeharbour scanner" in output
    assert "text only (media removed)" in output
    assert "the classifier alone" in output
    assert "before: per event, pydantic + scan_event" in output
    assert "ratio ours / ceiling" in output
    assert "ratio ours text only / ceiling" in output
    assert "peak RSS" in output
    assert "rules: 10-rule file evaluation / scanner time" in output


def test_behaviour_bench_quick() -> None:
    output = run("behaviour.py")
    assert "sqlite: window store, posting burst" in output
    assert "ratio store / recompute" in output


def test_exchanges_bench_quick() -> None:
    output = run("exchanges.py")
    assert "exchange fetch + apply" in output
    assert "ratio ours / baseline" in output
    assert "incremental page" in output
