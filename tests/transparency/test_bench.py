"""Smoke run of bench/report.py (`--quick`), so that it keeps working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "report.py"


def test_report_bench_quick() -> None:
    completed = subprocess.run(
        [sys.executable, str(BENCH), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = completed.stdout
    assert completed.returncode == 0, output + completed.stderr
    assert "one day of 5,000 decisions" in output
    assert "baseline: read rows, no aggregation" in output
    assert "build report + tree (streamed)" in output
    assert "report verify (streamed)" in output
    assert "ratio build (streamed) / baseline: time" in output
