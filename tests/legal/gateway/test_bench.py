"""Smoke run of `bench/legal_intake.py --quick`, so that the benchmark keeps working."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench" / "legal_intake.py"


def test_legal_intake_bench_quick() -> None:
    completed = subprocess.run(
        [sys.executable, str(BENCH), "--quick"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    output = completed.stdout
    assert completed.returncode == 0, output + completed.stderr
    assert re.search(
        r"sqlite\s+baselines: raw floor 1 thread\(s\)\s+[\d,]+/s\s+8 thread\(s\)\s+[\d,]+/s", output
    )
    assert re.search(
        r"sqlite\s+8 client\(s\):.*60/60 durable\s+ratio to raw floor \(8 thread", output
    )
    assert re.search(r"sqlite\s+1 client\(s\):\s+[\d,]+ requests/s accepted, 60/60 durable", output)
    assert "ratio to raw floor" in output
    assert "idempotent repeats: 3 sent, 1 stored" in output
    assert re.search(
        r"sqlite\s+receipt -> effect given \(TCO, automatic path\): p50\s+[\d.]+ ms\s+"
        r"p99\s+[\d.]+ ms\s+20/20 given effect",
        output,
    )
