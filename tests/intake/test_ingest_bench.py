"""Smoke run of `bench/ingest.py --quick`, so that the benchmark keeps working."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "ingest.py"


def test_ingest_bench_quick() -> None:
    completed = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--no-postgres", "--batches", "100"],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    output = completed.stdout
    assert completed.returncode == 0, output + completed.stderr
    assert re.search(r"sqlite\s+batch\s+100: API\s+[\d,]+ events/s.*ratio\s+[\d.]+", output)
    assert re.search(
        r"sqlite\s+8 clients x 1 event: API\s+[\d,]+ events/s\s+raw insert \+ commit per "
        r"event\s+[\d,]+ rows/s\s+ratio\s+[\d.]+",
        output,
    )
