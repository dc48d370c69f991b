"""Smoke run of the review benchmark (`bench/review.py --quick`), so that it keeps working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "review.py"


def test_review_bench_quick() -> None:
    completed = subprocess.run(
        [sys.executable, str(BENCH), "--quick"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    output = completed.stdout
    assert "sqlite     notices, 1 client: API" in output
    assert "notices/s" in output and "baseline insert+commit" in output
    assert "sqlite     notices, 8 clients: API" in output
    assert "baseline insert+commit from 8 threads" in output
    assert "queue of 2,000 open cases" in output
    assert "bare indexed SELECT" in output
    assert "notice list of 2,000" in output and "one category" in output
