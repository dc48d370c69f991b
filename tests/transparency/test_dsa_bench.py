"""Smoke run of the DSA export benchmark (`--quick`), so that it keeps working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench" / "dsa_export.py"


def test_dsa_export_bench_quick() -> None:
    completed = subprocess.run(
        [sys.executable, str(BENCH), "--quick"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    output = completed.stdout
    assert "ratio export / baseline" in output
    assert "[sqlite] validation errors: 0" in output
    # Restrictions only outside the EEA (a third of the restrict_post measures) are skipped.
    exported = int(output.split("exported statements: ")[1].split(" ")[0].replace(",", ""))
    assert 400 < exported < 500
