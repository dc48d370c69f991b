"""Smoke run of `bench/enforce.py --quick`, so that it keeps working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_enforce_bench_quick() -> None:
    completed = subprocess.run(
        [sys.executable, str(BENCH / "enforce.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    lines = [line for line in completed.stdout.splitlines() if line.startswith("webhook")]
    assert len(lines) == 2
    assert all("actions/s" in line and "raw HTTP" in line and "p99" in line for line in lines)
